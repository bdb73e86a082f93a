// Indirect speech, sessions 21-22 (docs/quotes.md, "Session 21-22: indirect blind5 and
// indirect-blind4's missed reports"): the shapes of indirect-blind4's missed reports, on
// constructed paragraphs with the real NER model. Each test but the guards fails on the code
// before session 22; the guards check that the new shapes do not reach their look-alikes.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/quotes/names.h"
#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::FromParagraphs;
constexpr auto Indirect = test_util::IndirectAttributions;

// "NAME, APPOSITIVE, said that CLAUSE": the subject before the appositive speaks.
TEST(Indirect21, AppositiveSubjectLeads) {
  Article a = FromParagraphs({"Junior Mark Green, president of the Campus Democrats, said that strong language was "
                              "needed for the party to win."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Mark Green|person|i");
  EXPECT_EQ(a.quotes[0].span.Of(a.body), "strong language was needed for the party to win");
}

// "The journalist, who declined to be named ..., told X that CLAUSE": a "who" clause between commas.
TEST(Indirect21, RelativeClauseBetweenCommas) {
  Article a = FromParagraphs({"The journalist, who declined to be named for safety reasons, told the committee that "
                              "the mayor had named the same five suspects."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "The journalist|anonymous|i");
}

// "CLAUSE, NAME, APPOSITIVE, said.": the trailing attribution with an appositive.
TEST(Indirect21, AppositiveSubjectTrails) {
  Article a = FromParagraphs({"As they grow older, they become more careful with money, Anna Berg, chair of the "
                              "economics department, said."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Anna Berg|person|i");
  EXPECT_EQ(a.quotes[0].span.Of(a.body), "As they grow older, they become more careful with money");
}

// Guard: after an appositive subject, an object after "announced" is no report.
TEST(Indirect21, AppositiveGuards) {
  Article a = FromParagraphs({"Last month, Marriott, the largest hotel chain in the world, announced one of the biggest "
                              "data breaches of the year."});
  std::vector<std::string> got = Indirect(a);
  EXPECT_TRUE(got.empty());
}

// "CLAUSE, X said, adding that CLAUSE": two reports of one speaker.
TEST(Indirect21, ParticipleAfterTrailingAttribution) {
  Article a = FromParagraphs({"The city has a serious housing problem, Smith said, adding that by talking to renters "
                              "the council could learn a lot."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Smith|person|i");
  EXPECT_EQ(got[1], "Smith|person|i");
  EXPECT_EQ(a.quotes[0].span.Of(a.body), "The city has a serious housing problem");
  EXPECT_EQ(a.quotes[1].span.Of(a.body), "by talking to renters the council could learn a lot");
}

// "X said CLAUSE, noting that CLAUSE": the first report ends at the participle.
TEST(Indirect21, ParticipleAfterLeadingReport) {
  Article a = FromParagraphs({"Mary Jones said the shelter would stay open all winter, noting that the county had found "
                              "new money for it."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1], "Mary Jones|person|i");
  EXPECT_EQ(a.quotes[0].span.Of(a.body), "the shelter would stay open all winter");
  EXPECT_EQ(a.quotes[1].span.Of(a.body), "the county had found new money for it");
}

// "X points out that", "Critics point out that": present forms with "out"; not "the points that".
TEST(Indirect21, PresentPointOut) {
  Article a = FromParagraphs({"Anna Brown points out that every donated kidney is screened for disease before the "
                              "transplant.",
                              "He made three points that the committee later adopted in its final report."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Anna Brown|person|i");
}

// "But according to a three year study by X, CLAUSE": a conjunction before the leading phrase;
// the study is a document.
TEST(Indirect21, ConjunctionBeforeAccording) {
  Article a = FromParagraphs({"But according to a three year study by the Urban Institute, young renters pay more than "
                              "half their income in rent."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Urban Institute|document|i");
}

// "..., according to that police statement.": a demonstrative and a document noun.
TEST(Indirect21, DemonstrativeDocument) {
  Article a = FromParagraphs({"The plant was closed by the state in response to the complaint, according to that police "
                              "statement."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "that police statement|document|i");
}

// "involved,\u201dJoshua Siepmann": a lost space after a closing quotation mark.
TEST(Indirect21, NameGluedToClosingQuote) {
  EXPECT_EQ(CleanName("involved,\u201dJoshua Siepmann", true), "Joshua Siepmann");
  EXPECT_EQ(CleanName("time.\"Barney Keller", true), "Barney Keller");
}

}  // namespace
}  // namespace parallax::quotes
