// Session 25 (quotes25): a standalone paragraph repeating a quote of the article is a pull quote,
// on constructed paragraphs with the real NER model.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/quotes_test_util.h"

namespace parallax::quotes {

namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

std::vector<std::string> Direct(const Article& a) {
  std::vector<std::string> direct;
  for (const auto& s : Attributions(a)) if (s.ends_with("|d")) direct.push_back(s);
  return direct;
}

// The pull quote repeats the cued quotation word for word in a paragraph of its own (the old code
// kept it as a second quotation, continuing the last speaker); the cued one stays.
TEST(Quotes25, RepeatedStandaloneQuoteIsAPullQuote) {
  Article a = FromParagraphs(
      {"The council met on Tuesday to weigh the new budget for the harbour district.",
       "\u201CWe cannot keep paying for repairs that never reach the docks,\u201D said Maria Lindqvist, "
       "the council's finance chair.",
       "\u201CWe cannot keep paying for repairs that never reach the docks.\u201D",
       "The vote is expected next month."});
  auto direct = Direct(a);
  ASSERT_EQ(direct.size(), 1u);
  EXPECT_EQ(direct[0], "Maria Lindqvist|person|d");
}

// A standalone quote that the article does not repeat, and a short repeated reply, stay quotations.
TEST(Quotes25, StandaloneQuoteNotRepeatedStays) {
  Article a = FromParagraphs(
      {"\u201CThe harbour will be ready by spring,\u201D said Maria Lindqvist, the council's finance chair.",
       "\u201CWe have waited long enough for this work to begin.\u201D",
       "The vote is expected next month."});
  EXPECT_EQ(Direct(a).size(), 2u);
}

}  // namespace
}  // namespace parallax::quotes
