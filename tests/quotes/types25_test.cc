// The quotes annotator's session-25 source-type rule (source_types.cc, EarlierCueTakesMedium) on
// constructed paragraphs (with the real NER model): docs/quotes.md "Session 25: a medium's reach".
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/quotes/quote_annotator.h"
#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// A reporting verb with its own subject between the medium and the cue takes the medium: the words the
// cue reports are someone else's, spoken, not posted.
TEST(EarlierCueTakesMedium, ASecondSpeakersWordsAreNoPost) {
  Article a = FromParagraphs(
      {"Senator Marie Harf spoke on Monday about the case.",
       "In a tweet, Harf said a trial attorney at the department told her, \u201CWe were ordered to drop the "
       "charges before the election.\u201D",
       "Harf said in a Facebook post that Mayor Carl Whitmore told her, \u201CThe city has no money left for "
       "the program this year.\u201D"});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "a trial attorney|anonymous|d");
  EXPECT_EQ(got[1], "Carl Whitmore|person|d");
}

// A cue coordinated with the verb that took the medium shares its subject and keeps the medium.
TEST(EarlierCueTakesMedium, ACoordinatedCueStaysAPost) {
  Article a = FromParagraphs(
      {"Senator Marie Harf spoke on Monday about the case.",
       "In a Friday tweet, Harf said the plan was dead, and added: \u201CWe will not let this go without a "
       "fight in every court.\u201D",
       "Mayor Carl Whitmore tweeted that the vote was a disgrace, adding, \u201CThe people of this city "
       "deserve far better than this.\u201D"});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Marie Harf|social|d");
  EXPECT_EQ(got[1], "Carl Whitmore|social|d");
}

}  // namespace
}  // namespace parallax::quotes
