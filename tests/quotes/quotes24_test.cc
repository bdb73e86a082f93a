// Session 24 (quotes24): quotation precision, rules over classes of spurious quotations pooled from
// the development splits, on constructed paragraphs with the real NER model.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// "known as “...”", "so-called “...”": the quote is a name even in a sentence with a cue (the old
// code kept both as partial quotations of the cue's subject); the real quotation stays.
TEST(Quotes24, NamingMarkBeforeQuoteIsATerm) {
  Article a = FromParagraphs(
      {"Older drivers, who were often charged more under a scheme known as \u201Cage rating\u201D will no "
       "longer pay higher premiums.",
       "Much of the debate turns on so-called \u201Csmall reactors.\u201D The agency says these units can "
       "run for decades.",
       "\u201CWe are still short on details,\u201D Ryan Kugelmass said."});
  std::vector<std::string> direct;
  for (const auto& s : Attributions(a)) if (s.ends_with("|d")) direct.push_back(s);
  ASSERT_EQ(direct.size(), 1u);
  EXPECT_EQ(direct[0], "Ryan Kugelmass|person|d");
}

}  // namespace
}  // namespace parallax::quotes
