// Indirect speech, session 25 (docs/quotes.md, "Session 25: sourcing25"): reports whose subject is
// a definite or possessive phrase naming no one, from the pooled missed reports of the development
// splits, on constructed paragraphs with the real NER model. The first two tests fail on the code
// before session 25 (no report there); the guard checks the look-alikes stay out.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/quotes/attribution.h"
#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::FromParagraphs;
constexpr auto Indirect = test_util::IndirectAttributions;

// "But the county said": a place speaking through its government, named by the body mentioned
// before whose name ends in the same noun; "Ohio's governor said": a possessor's title, the phrase
// as the speaker; "The couple said": two people named before.
TEST(Indirect25, DefiniteAndPossessiveSubjects) {
  Article a = FromParagraphs({"Maricopa County closed its offices on Monday.",
                              "But the county said libraries designated as polling places would still be open for "
                              "voters.",
                              "Ohio's governor said he would support extending voting in his state.",
                              "Mark McCloskey and Patricia McCloskey were charged on Monday.",
                              "The couple said their attorney was in possession of the pistol at the time."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0], "Maricopa County|organization|i");
  EXPECT_EQ(got[1], "Ohio's governor|person|i");
  EXPECT_EQ(got[2], "The couple|person|i");
}

// "Sanders' campaign announced that": a possessor written with a lone apostrophe joins the subject.
TEST(Indirect25, ApostrophePossessor) {
  Article a = FromParagraphs({"Bernie Sanders spoke in Iowa on Friday.",
                              "Sanders' campaign announced that it was refocusing its effort around climate change."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Sanders' campaign|organization|i");
}

// "Ohio Gov. Mike DeWine ... Ohio's governor said": the person named with that title and that
// possessor is the speaker; a governor of another state is not (fails on 5b0ba7f, which names the
// first speaker "Ohio's governor").
TEST(Indirect25, PossessiveRoleNamedHolder) {
  Article a = FromParagraphs({"Ohio Gov. Mike DeWine spoke to reporters on Friday.",
                              "Ohio's governor said Monday he would support extending voting in his state."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Mike DeWine|person|i");
  Article b = FromParagraphs({"Texas Gov. Greg Abbott spoke to reporters on Friday.",
                              "Ohio's governor said Monday he would support extending voting in his state."});
  got = Indirect(b);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Ohio's governor|person|i");
}

// "CLAUSE, as the pollster Stan Greenberg told me.": the words before the comma are the report (fails
// on c205a50: no report); a question ("Is this a law, as Trump argued?") and an "as" clause whose cue
// has its own clause after it are none.
TEST(Indirect25, TrailingAsClause) {
  Article a = FromParagraphs({"He lost a large share of voters who approved of the president but disapproved of him "
                              "personally, as the Democratic pollster Stan Greenberg told me.",
                              "Is this a law written by the other party, as President Donald Trump argued?",
                              "The crowd cheered loudly at the rally, as Senator Jane Roe said she would run again."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Stan Greenberg|person|i");
  EXPECT_EQ(a.quotes[0].span.Of(a.body).substr(0, 34), "He lost a large share of voters wh");
}

// A described subject reports only with a finite clause after its cue ("The city declared three
// days of mourning" is no report); a head noun of no class ("The storm said") stays unresolved.
TEST(Indirect25, DescribedSubjectGuards) {
  Article a = FromParagraphs({"Moscow was hit by a blast on Monday. The city declared three days of mourning.",
                              "The old bridge said nothing about the plans for the new road across the river."});
  EXPECT_TRUE(Indirect(a).empty());
}

}  // namespace
}  // namespace parallax::quotes
