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

// "Mr. Whitcombe said" when "Dana Whitcombe" (a given name the table lacks) is the only full name of the
// surname: her own sentence's "her" shows she is not the man the honorific names.
TEST(SpouseNames, AMaleHonorificDoesNotJoinAFullNameShownFemale) {
  Article a = FromParagraphs(
      {"The mayor opened the new library on Monday. Mr. Whitcombe cut the ribbon at noon.",
       "\u201CThis building belongs to every family in town,\u201D Mr. Whitcombe said.",
       "Dana Whitcombe stood beside the stage and waved to her neighbors.",
       "\u201CWe raised the money in two years,\u201D Mr. Whitcombe said."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Whitcombe|person|d", "Whitcombe|person|d"}));
}

// A guard: "Mrs. Whitcombe" still joins the full name her pronouns show female.
TEST(SpouseNames, AFemaleHonorificStillJoinsHerFullName) {
  Article a = FromParagraphs(
      {"Dana Whitcombe stood beside the stage and waved to her neighbors.",
       "\u201CWe raised the money in two years,\u201D Mrs. Whitcombe said."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Dana Whitcombe|person|d"}));
}

// A guard: with no pronoun about the full name, "Mr. Whitcombe" joins it as before.
TEST(SpouseNames, NoPronounKeepsTheJoin) {
  Article a = FromParagraphs(
      {"Dana Whitcombe opened the new library on Monday.",
       "\u201CWe raised the money in two years,\u201D Mr. Whitcombe said."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Dana Whitcombe|person|d"}));
}

}  // namespace
}  // namespace parallax::quotes
