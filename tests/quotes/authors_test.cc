// The quotes annotator's session-17 rule for a study's authors quoted together (authors.cc), on
// constructed paragraphs with the real NER model.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// "X co-authored the study with A and B" ... "“...,” the authors wrote": the three authors.
TEST(Authors, TheAuthorsAreTheNamedCoauthors) {
  Article a = FromParagraphs(
      {"A new study finds that older voters changed their views on trade faster than younger ones.",
       "Daniel Okafor, a professor of economics, co-authored the study with Priya Raman and Lukas Brandt "
       "of the University of Leeds.",
       "\u201CThese results do not fit the story that cheap imports alone moved public opinion,\u201D the "
       "authors wrote."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back(), "Daniel Okafor, Priya Raman and Lukas Brandt|person|d");
}

// The authoring sentence may hold a quoted title that the segmenter splits at its question mark.
TEST(Authors, ATitleWithAQuestionMarkDoesNotHideTheCoauthors) {
  Article a = FromParagraphs(
      {"Daniel Okafor co-authored the paper, “Did trade move voters? Evidence from county data,” "
       "with Priya Raman and Lukas Brandt of the University of Leeds.",
       "The paper is available online.",
       "“These results do not fit the story that cheap imports alone moved public opinion,” the "
       "authors wrote."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back(), "Daniel Okafor, Priya Raman and Lukas Brandt|person|d");
}

// One named author is no group: "the researchers" then stays what the other rules make of it.
TEST(Authors, OneNamedAuthorIsNoAuthorGroup) {
  Article a = FromParagraphs(
      {"Daniel Okafor co-authored the study, which surveyed four thousand voters in the spring.",
       "\u201CThese results do not fit the story that cheap imports alone moved public opinion,\u201D the "
       "researchers wrote."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back().find("Daniel Okafor,"), std::string::npos);
  EXPECT_EQ(got.back().find(" and "), std::string::npos);
}

// "a study by A, B and C concerns ... such as X": only the list after "by" are the authors, not a
// person the sentence names later.
TEST(Authors, OnlyTheListAfterByAreTheAuthors) {
  Article a = FromParagraphs(
      {"A second finding in the study by Daniel Okafor, Priya Raman and Lukas Brandt concerns readers "
       "who follow commentators such as Sean Hannity.",
       "\u201CThese readers almost never change their minds after reading a correction,\u201D the "
       "authors wrote."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back(), "Daniel Okafor, Priya Raman and Lukas Brandt|person|d");
}

// Session 20: "the working paper, “Title,” by Harvard Professor A, Stanford University Professor B
// and Brown University Professor C": the work noun may stand before a quoted title, and bodies and
// titles may stand before each name of the list.
TEST(Authors, AQuotedTitleAndAffiliationsBeforeTheNames) {
  Article a = FromParagraphs(
      {"A new study finds that speech has become more divided over time.",
       "In the working paper, \u201CMeasuring Division in Large Data,\u201D by University of Chicago "
       "Professor Mark Tennant, Stanford University Professor Matthew Grove and Brown University "
       "Professor Jesse M. Shields, researchers developed a new approach.",
       "\u201CWe found a new way,\u201D said Tennant.",
       "\u201CThese differences may contribute to gridlock,\u201D the researchers said in the study."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1], "Mark Tennant, Matthew Grove and Jesse M. Shields|person|d");
}

}  // namespace
}  // namespace parallax::quotes
