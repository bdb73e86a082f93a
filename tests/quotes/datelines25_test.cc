// Session 25: one dateline reader for the quotes stage (DatelineEnd, indirect_shapes23.cc, now also
// read by SkipOpening): docs/quotes.md "Session 25: one dateline reader".
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/quotes/quote_annotator.h"
#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::FromParagraphs;

// "NAVARRE BEACH, Fla. — CLAUSE, officials said.": a place in capitals opening the sentence with its
// state after a comma is a dateline; the report's words start after its dash.
TEST(Datelines25, PlaceAndStateBeforeTrailingReport) {
  Article a = FromParagraphs({"NAVARRE BEACH, Fla. \u2014 Rescue crews searched the water again on Thursday for the "
                              "two missing soldiers, military officials said."});
  std::vector<std::string> got = test_util::IndirectAttributions(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "military officials|anonymous|i");
  EXPECT_EQ(a.quotes[0].span.Of(a.body),
            "Rescue crews searched the water again on Thursday for the two missing soldiers");
}

}  // namespace
}  // namespace parallax::quotes
