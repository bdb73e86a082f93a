// The quotes annotator's session-17 antecedent rules on constructed paragraphs (with the real NER
// model), found on the pooled development errors: a document named by a possessive pronoun.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// "“...,” his statement said": the statement is the person the pronoun points back to (type
// document), and the quote that goes on after it too; "her letter" is the woman's.
TEST(Antecedents, APossessivePronounNamesTheDocumentsAuthor) {
  Article a = FromParagraphs(
      {"Senator Richard Burr sold most of his shares in February. He has denied any wrongdoing.",
       "\u201CI relied only on public news reports to guide my decision,\u201D his statement said. "
       "\u201CI followed the daily health reporting closely.\u201D",
       "Governor Kate Brown spoke to reporters on Monday. \u201CWe will reopen the schools slowly,\u201D "
       "her letter to the parents reads."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Richard Burr|document|d", "Richard Burr|document|d",
                                                       "Kate Brown|document|d"}));
  // A document with its own author named is not the pronoun's: "his lawyer's letter".
  Article b = FromParagraphs(
      {"Senator Richard Burr sold most of his shares in February.",
       "\u201CThe senator acted on public information and broke no rule,\u201D his lawyer's letter said."});
  std::vector<std::string> got = Attributions(b);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_NE(got[0], "Richard Burr|document|d");
}

}  // namespace
}  // namespace parallax::quotes
