// Session 22 (quotes21): speaker rules from allsides-blind19's causes, on constructed paragraphs
// with the real NER model.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// "X, who said ... (... Y) and ..., says that ... “...”": the person named inside a parenthesis
// is an aside, not the subject of the cue after it (the old code gave the quote to Y).
TEST(Asides22, PersonInsideParenthesisIsNoSubject) {
  Article a = FromParagraphs(
      {"The rally drew a few hundred people to the waterfront on Saturday.",
       "Mary Ellison, who said she is not religious (although near the end of the interview she says "
       "she is moved by God and Jesus) and that she will not push faith on anyone, says that "
       "what she preaches is about what is \u201Con the inside of every person.\u201D"});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Mary Ellison|person|d");
}

// A parenthesis naming no one is read word by word as before: "(R-Ky.)" does not carry the walk
// back to the senator of an opening "When" clause.
TEST(Asides22, ParenthesisWithoutPersonUnchanged) {
  Article a = FromParagraphs(
      {"\u201CThe connection is very real,\u201D Secretary Mike Pompeo told lawmakers in April.",
       "When Sen. Rand Paul (R-Ky.) pushed Pompeo in that hearing to pledge that the administration "
       "would not rely on the old war authorization to attack Iran, the secretary demurred, saying he "
       "would \u201Cprefer to leave that to the lawyers.\u201D"});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1], "Mike Pompeo|person|d");
}

// "confessed", "confesses", "confessing", "acknowledging" and "admitting" are reporting verbs: the
// quote after "NAME, who confessed ..." is NAME's, not the subject of the sentence's earlier cue
// (the old code, without those forms, gave it to the author whose book "recounts" the speech).
TEST(Asides22, ConfessedIsACue) {
  Article a = FromParagraphs(
      {"In Ian Lorca's book, the law professor describes the strategy as an open secret. Lorca cites a "
       "2010 speech by a former party chairman.",
       "He recounts a 2005 speech from another former party chairman, Ken Mehlman, who confessed the "
       "party has strived \u201Cto benefit politically from racial polarization\u201D for decades.",
       "Rubio left New Hampshire admitting he had \u201Cdropped the ball\u201D with the voters there."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Ken Mehlman|person|d");
  EXPECT_EQ(got[1], "Rubio|person|d");
}

}  // namespace
}  // namespace parallax::quotes
