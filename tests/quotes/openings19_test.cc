// Session 19 (quotes19): speaker rules from allsides-blind18's causes, on constructed paragraphs
// with the real NER model.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// "Fifteen years ago, X, always inventing, built ...": X after a time phrase ending in "ago" is
// the sentence's subject, not an appositive, so a later "he" points back to him rather than to a
// person of unknown gender quoted two paragraphs before.
TEST(Openings19, SubjectAfterAgoPhrase) {
  Article a = FromParagraphs(
      {"Dmitri Halvorsen runs the soil laboratory at a research institute in Norway.",
       "Across town, the oceanographer Aukje Lindqvist catalogues whale songs. \u201CIt fills every waking hour,\u201D "
       "says Lindqvist.",
       "Twelve years ago, Halvorsen, always tinkering, designed a probe that measures how fast rain "
       "soaks into clay.",
       "These days he is building a cheap spectrometer. \u201CRetirement is one option, but I would rather "
       "keep working,\u201D he says."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Aukje Lindqvist|person|d");
  EXPECT_EQ(got[1], "Dmitri Halvorsen|person|d");
}

// "Dean" before a given name and a surname is a title, dropped from the canonical name; a name
// that is "Dean" and a surname keeps it.
TEST(Openings19, GivenNameTitles) {
  Article a = FromParagraphs(
      {"The seminary expelled a student last fall.",
       "Dean Margaret Meyer Whitcombe answered her letter on Oct. 9: \u201CI am instructing the registrar "
       "to dismiss you, effective immediately.\u201D",
       "\u201CWe will look at the case again next spring,\u201D Dean Baquet said on Tuesday."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Margaret Meyer Whitcombe|person|d");
  EXPECT_EQ(got[1], "Dean Baquet|person|d");
}

// "X, who ..., is suing Y" names the plaintiff whose filing "the lawsuit states" quotes later.
TEST(Openings19, ProgressiveSuingWithRelativeClause) {
  Article a = FromParagraphs(
      {"Rachel Greenfield enrolled at Oakmont Academy in 2016 and was expelled two years later.",
       "Now, Greenfield, who lives with her husband Tom Pardee in Austin, is suing Oakmont Academy, "
       "alleging the school broke federal law.",
       "Her lawyer, Samuel Okoro, said the school had ignored its own rules.",
       "\u201CMrs. Greenfield took her studies seriously and deserved a fair hearing,\u201D the lawsuit "
       "states."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back(), "Rachel Greenfield|document|d");
}

// "“...,” says the chief curator at the museum" right after a sentence opened by a named person
// (session 20): a definite phrase headed by an occupation noun is that person, not the museum and
// not the person quoted a paragraph before; "the scientist" with no person opening a sentence
// since the last speaker stays an unnamed source.
TEST(Openings19, OccupationNounRefersBackToTheSentenceSubject) {
  Article a = FromParagraphs(
      {"Maria Okafor, a chemist at the University of Leeds, was sorry to learn that her lab would close. "
       "\u201CI liked doing things by hand,\u201D she says.",
       "Daniel Reyes welcomed the news. \u201CIt seemed like a gift,\u201D says the chief curator at the "
       "Natural History Museum of Denver.",
       "A scientist at the lab agreed. \u201CWe all needed the break,\u201D said the scientist."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0], "Maria Okafor|person|d");
  EXPECT_EQ(got[1], "Daniel Reyes|person|d");
  EXPECT_EQ(got[2], "the scientist|anonymous|d");
}

}  // namespace
}  // namespace parallax::quotes
