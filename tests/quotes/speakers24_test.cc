// The quotes annotator's session-24 speaker rules on constructed paragraphs (with the real NER
// model), found on the errors of speaker audits 1 and 2 (docs/quotes.md "Session 24: speakers24").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// "President Trump" throughout and "his wife, Melania Trump" once: the bare "Trump ... He" is not
// the one woman the article names in full (it was, as the surname's only gendered full name).
TEST(LoneSurnames, TheBareSurnameIsNotTheRelativeNamedInFull) {
  Article a = FromParagraphs(
      {"President Trump arrived in Riyadh on Saturday for the first stop of his trip abroad.",
       "\u201CThat was a tremendous day for our country and for the region,\u201D Trump said. He then met "
       "the king.",
       "Trump was joined on the trip by his wife, Melania Trump, who visited a school in the city.",
       "\u201CWe are going to make a deal with these countries very soon,\u201D Trump told reporters. He "
       "left for Israel on Monday."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Trump|person|d");
  EXPECT_EQ(got[1], "Trump|person|d");
}

// The same shape with "she" after the bare mentions: they are the woman named in full.
TEST(LoneSurnames, PronounsOfTheFullNamesGenderStillJoin) {
  Article a = FromParagraphs(
      {"Kelly hosts the most watched show on cable news at nine each night.",
       "\u201CIf you are boring, I tend to just call you out,\u201D Kelly says. She laughed at the idea.",
       "Megyn Kelly started as a lawyer in Chicago before she moved to television."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got[0], "Megyn Kelly|person|d");
}


// "a trial attorney at the Justice Department said", "a lawyer for the Romneys said": an unnamed person
// described by role and employer, not a person described by a title or the body named in the modifier.
TEST(UnnamedRoles, ARoleAtABodyIsAnAnonymousSource) {
  Article a = FromParagraphs(
      {"The census forms were due at the printer by the end of the month.",
       "\u201CThe printer has been instructed to begin the printing process this week,\u201D a trial attorney "
       "at the Justice Department said on Tuesday.",
       "\u201CThe family will ask the court to look at the case again,\u201D a lawyer for the Romneys said."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "a trial attorney|anonymous|d");
  EXPECT_EQ(got[1], "a lawyer|anonymous|d");
}

// The same role as the subject of a report inside another's: "X said a trial attorney at the Justice
// Department told him that “...”" (the Justice Department spoke).
TEST(UnnamedRoles, ARoleAtABodyInsideAnotherReport) {
  Article a = FromParagraphs(
      {"The census forms were due at the printer by the end of the month.",
       "On Tuesday, Daniel Jacobson said a trial attorney at the Justice Department told him that "
       "\u201Cthe printer has been instructed to begin the printing process\u201D without the question."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "a trial attorney|anonymous|d");
}

// "For their part, House Democratic Leader Nancy Pelosi and Senate Democratic Leader Chuck Schumer put out
// a joint statement ... “...,” they said": the pair after an opening phrase is the subject of "they".
TEST(PairSubjects, TheyAfterAnOpeningPhrase) {
  Article a = FromParagraphs(
      {"The president said on Monday that he would not sign any bill without money for the wall.",
       "For their part, House Democratic Leader Nancy Pelosi and Senate Democratic Leader Chuck Schumer put out "
       "a joint statement Monday arguing the president will own a shutdown.",
       "\u201CRepublicans still control the House, the Senate and the White House,\u201D they said."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back().substr(0, got.back().find('|')), "Nancy Pelosi and Chuck Schumer");
}

}  // namespace
}  // namespace parallax::quotes
