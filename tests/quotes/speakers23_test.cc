// The quotes annotator's session-23 speaker rules on constructed paragraphs (with the real NER
// model), found on the dev material of the speaker audits (docs/quotes.md "Session 23: speaker
// audit 2").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// "Secretary of State Carl Whitmore, ..., defended the decision of Obama ... “...,” he said": the
// titled subject, though a preposition stands inside the title and another man is named after it.
TEST(TitleRuns, APrepositionInsideATitleKeepsTheSubject) {
  for (const char* title : {"Secretary of State Carl Whitmore", "Chairman of the Joint Chiefs of Staff Carl Whitmore",
                            "Deputy National Security Adviser for Communications Carl Whitmore"}) {
    Article a = FromParagraphs(
        {"Senator Marie Harf said the agency needed help on Tuesday, calling the plan a failure.",
         std::string(title) +
             ", on the other hand, defended the decision of Obama to help the rebels, because Obama never thought "
             "it could work. \u201CThe reason that the president was very deliberate is that we wanted to make "
             "sure,\u201D he said."});
    std::vector<std::string> got = Attributions(a);
    ASSERT_FALSE(got.empty()) << title;
    EXPECT_EQ(got.back(), "Carl Whitmore|person|d") << title;
  }
}

}  // namespace
}  // namespace parallax::quotes
