// The quotes annotator's session-21 rules on constructed paragraphs (with the real NER model),
// found by the speaker audit of unlabelled AllSides news (docs/quotes.md "Session 21: speaker audit").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// "the Ohio Republican said": the senator just named, not the party.
TEST(PartyMembers, TheStateRepublicanIsThePoliticianJustNamed) {
  Article a = FromParagraphs(
      {"Sen. Robert Hallam criticized the new budget plan on Saturday and said the agency needed a new director.",
       "\u201CThe agency has failed the families who depend on it for far too long,\u201D the Ohio Republican said "
       "in a weekly address."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Robert Hallam|person|d"}));
}

// Not a party member's phrase: "the Republican leadership" and a plural group keep their readings.
TEST(PartyMembers, OtherPhrasesAreNotMembers) {
  Article a = FromParagraphs(
      {"Sen. Robert Hallam criticized the new budget plan on Saturday.",
       "\u201CThe agency has failed the families who depend on it for far too long,\u201D the Republicans said in a "
       "statement."});
  auto got = Attributions(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_NE(got[0], "Robert Hallam|person|d");
}

// Too far: a senator named three paragraphs before "the Ohio Republican" is not taken for it.
TEST(PartyMembers, ANameThreeParagraphsBackIsNotTaken) {
  Article a = FromParagraphs(
      {"Sen. Robert Hallam criticized the new budget plan on Saturday.",
       "The plan would cut the agency's budget by a third over five years.",
       "The agency runs 40 offices across the state and employs 2,000 people.",
       "\u201CThe agency has failed the families who depend on it for far too long,\u201D the Ohio Republican said."});
  auto got = Attributions(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_NE(got[0], "Robert Hallam|person|d");
}

}  // namespace
}  // namespace parallax::quotes
