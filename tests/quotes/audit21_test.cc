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

// "Kessler campaign press secretary Owen Bright ... “...,” he wrote": the name before the office and
// title modifies it; the subject is the titled person.
TEST(AttributiveNames, ANameBeforeAnOfficeTitleIsNotTheSubject) {
  Article a = FromParagraphs(
      {"Mayor Tom Kessler announced his campaign for governor on Monday.",
       "\u201CThis is a list of private citizens,\u201D said Sen. Carl Brandt of Ohio.",
       "Kessler campaign press secretary Owen Bright called on the senator to delete the post and apologize.",
       "\u201CHow far will they go?\u201D he said in a statement."});
  auto got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back(), "Owen Bright|person|d");
}

// A guard: "Kessler told talk show host Owen Bright": a verb between, the subject stays Kessler.
TEST(AttributiveNames, AVerbBetweenKeepsTheFirstName) {
  Article a = FromParagraphs(
      {"Donors were named in a list on Monday.",
       "\u201CThis is a list of private citizens,\u201D said Sen. Carl Brandt of Ohio.",
       "Mayor Ann Kessler told radio host Owen Bright that the list was a mistake.",
       "\u201CWe took it down within the hour,\u201D she said."});
  EXPECT_EQ(Attributions(a),
            (std::vector<std::string>{"Carl Brandt|person|d", "Ann Kessler|person|i", "Ann Kessler|person|d"}));
}

}  // namespace
}  // namespace parallax::quotes
