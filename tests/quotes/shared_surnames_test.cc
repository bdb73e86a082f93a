// The quotes annotator's session-18 rule for a surname two people of the article share
// (shared_surnames.cc, read by CanonicalNames in names.cc), on constructed paragraphs with the
// real NER model.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// "“...,” Clinton said. She said ...": the woman of the two Clintons named in full, not the man
// named last.
TEST(SharedSurnames, TheNextSentencesSheNamesTheWoman) {
  Article a = FromParagraphs(
      {"Hillary Clinton spoke to factory workers in Ohio on Tuesday.",
       "Her husband, former President Bill Clinton, did not attend the event.",
       "\u201CWe will not give up on these towns and the people who built them,\u201D Clinton said. "
       "She said she would return in the fall."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got[0], "Hillary Clinton|person|d");
}

// A bare mention with no pronoun of its own follows what the article's other bare mentions say.
TEST(SharedSurnames, TheOtherBareMentionsDecide) {
  Article a = FromParagraphs(
      {"Hillary Clinton criticized the new trade plan on Monday.",
       "Former President Bill Clinton spoke at the same event in Detroit.",
       "\u201CThis is a dangerous plan for every worker in this state,\u201D Clinton told reporters.",
       "Clinton also said she would write to the governor this week."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got[0], "Hillary Clinton|person|d");
}

// "he" after the bare mention names the man even when the woman is named more often.
TEST(SharedSurnames, HeNamesTheMan) {
  Article a = FromParagraphs(
      {"Donald Trump arrived in Florida on Friday.",
       "Ivanka Trump joined him later, and Ivanka Trump spoke to the crowd first.",
       "\u201CWe are going to win this state again, and we are going to win it big,\u201D Trump said. "
       "He then left for the airport."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got[0], "Donald Trump|person|d");
}

}  // namespace
}  // namespace parallax::quotes
