// Indirect speech, session 24 (docs/quotes.md, "Session 24: sourcing24"): the shapes of the pooled
// missed reports of the development splits, on constructed paragraphs with the real NER model. Each
// test but the guards fails on the code before session 24; the guards check that the new shapes do
// not reach their look-alikes.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/quotes/attribution.h"
#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::FromParagraphs;
constexpr auto Indirect = test_util::IndirectAttributions;

// "X had blamed Y ..., saying CLAUSE": a participle of saying after a main clause whose verb is no
// report reports for the main clause's subject.
TEST(Indirect24, ParticipleAfterMainClause) {
  Article a = FromParagraphs({"Jane Roe had blamed the activists during appearances on television, saying that she had "
                              "not seen anything to support the reports."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Jane Roe|person|i");
  EXPECT_EQ(a.quotes[0].span.Of(a.body), "she had not seen anything to support the reports");
}

// The same after an opening phrase of time and with a pronoun subject resolved to a group.
TEST(Indirect24, ParticipleAfterOpeningPhraseAndPronoun) {
  Article a = FromParagraphs({"Mayor Bill de Blasio spoke on Monday. On Tuesday, the mayor criticized the plan, saying "
                              "it would cost the city too much money.",
                              "Some advocates for prisoners spoke at the hearing. They were also dubious about the "
                              "idea that prisons are separate from the community, noting that staff come and go "
                              "each day."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Bill de Blasio|person|i");
  EXPECT_EQ(got[1], "Some advocates|anonymous|i");
  EXPECT_EQ(a.quotes[1].span.Of(a.body), "staff come and go each day");
}

// No clause after the participle; an inanimate subject; a relative clause before the comma (whose
// subject the participle may share: left alone).
TEST(Indirect24, ParticipleGuards) {
  Article a = FromParagraphs({"Jane Roe waved to the crowd, saying goodbye to her staff.",
                              "The storm hit the coast on Monday, warning residents that the worst was yet to come.",
                              "Jane Roe met the man who had lost his job, saying he would help."});
  EXPECT_TRUE(Indirect(a).empty());
}

// "what he says is X", "which experts say leads to X": a cue inside a relative clause whose gap is
// the reported clause's subject.
TEST(Indirect24, CueInsideRelativeClause) {
  Article a = FromParagraphs({"Andy Roe is speaking out about what he says is a discriminatory practice at the federal "
                              "level.",
                              "Officials pointed to the new spending, which experts say leads to high incarceration "
                              "rates."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Andy Roe|person|i");
  EXPECT_EQ(got[1], "experts|anonymous|i");
}

// "they" (mostly resolved to the wrong antecedent on unlabelled news) and "he" with no person
// named before it in the sentence are left alone.
TEST(Indirect24, CueInsideRelativeClauseGuards) {
  Article a = FromParagraphs({"Three groups are calling on the company to end what they claim are retaliatory tactics "
                              "against workers.",
                              "A local pastor defied the ban on gatherings with what he claims are up to 1,000 "
                              "people."});
  EXPECT_TRUE(Indirect(a).empty());
}

}  // namespace
}  // namespace parallax::quotes
