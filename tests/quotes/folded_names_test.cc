// The quotes annotator's session-17 name rules (names.cc, folded_names.cc) on constructed
// paragraphs with the real NER model: a person's full name that the tagger folded into an
// organization's span names the bare surname it tags as a person, and initials before a
// two-word surname belong to the name.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/quotes/names.h"
#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// A mention of another type that ends with a known given name and the surname gives the full name.
TEST(FoldedNames, AGivenNameAndSurnameInsideAnotherEntityNameThePerson) {
  Article a;
  a.body = "Ambassador to the UN Nikki Haley spoke. Haley left.";
  a.entities.push_back(EntityMention{Span{18, 32}, "ORG", ""});
  a.entities.push_back(EntityMention{Span{40, 45}, "PER", ""});
  std::vector<FoldedName> folded = FoldedNames(a);
  EXPECT_EQ(FoldedPersonName(folded, "Haley", Gender::kUnknown), "Nikki Haley");
  EXPECT_EQ(FoldedPersonName(folded, "Haley", Gender::kFemale), "Nikki Haley");
  EXPECT_EQ(FoldedPersonName(folded, "Haley", Gender::kMale), "");  // a man named Haley is someone else
  EXPECT_EQ(FoldedPersonName(folded, "Smith", Gender::kUnknown), "");
  // The word before the surname must be a known given name: "Comet Haley" names no person.
  Article b;
  b.body = "The Halley Comet Haley spoke. Haley left.";
  b.entities.push_back(EntityMention{Span{4, 22}, "MISC", ""});
  EXPECT_TRUE(FoldedNames(b).empty());
}

// End to end: the quotes of "Haley" take the full name the title run holds.
TEST(FoldedNames, QuotesOfTheSurnameTakeTheFoldedFullName) {
  Article a = FromParagraphs(
      {"U.S. Ambassador to the UN Nikki Haley has become the latest official to warn about the tone of debate.",
       "At a forum this month, Haley called the council a \u201Cplace where nothing useful ever gets done.\u201D"});
  std::vector<std::string> got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back(), "Nikki Haley|person|d");
}

// "wrote W.E.B. Du Bois": the initials the tagger left out belong to the name.
TEST(FoldedNames, InitialsBeforeATwoWordSurnameJoinTheName) {
  Article a = FromParagraphs(
      {"These reformers, wrote W.E.B. Du Bois in his history of the period, \u201Cbuilt schools where "
       "there had been none and kept them open through hard years.\u201D"});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "W.E.B. Du Bois|person|d");
}

}  // namespace
}  // namespace parallax::quotes
