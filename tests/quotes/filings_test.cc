// The quotes annotator's session-18 rules for a court filing's words (filings.cc) and for a
// paragraph the extraction split inside a quote (quote_finder.cc), on constructed paragraphs with
// the real NER model.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/quotes/quote_finder.h"
#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// "A and B have filed suit" ... "the court papers say", "the suit charges": both plaintiffs.
TEST(Filings, TheCourtPapersAreThePlaintiffs) {
  Article a = FromParagraphs(
      {"Stanford University and the University of Michigan have filed suit to block a new federal rule "
       "on student visas.",
       "The rule was announced on Monday by the State Department.",
       "Studying from home will be \u201Cimpossible, impracticable and prohibitively expensive for "
       "thousands of families,\u201D the court papers say.",
       "\u201CThe rule was written in haste and without any notice to the schools,\u201D the suit charges."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Stanford University and the University of Michigan|document|d");
  EXPECT_EQ(got[1], "Stanford University and the University of Michigan|document|d");
}

// "X sued Y" introduces the lawsuit: "the lawsuit alleges" is X's, never the defendant's.
TEST(Filings, TheLawsuitIsTheSuingBodys) {
  Article a = FromParagraphs(
      {"The Sierra Club sued the Environmental Protection Agency on Monday over its new rule on power plants.",
       "\u201CThe rule ignores decades of evidence about the harm it will do,\u201D the lawsuit alleges."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back(), "Sierra Club|document|d");
}

// With no plaintiff named, "the court documents" stay a description.
TEST(Filings, NoPlaintiffKeepsTheDescription) {
  Article a = FromParagraphs(
      {"The dispute over the pipeline has dragged on for three years.",
       "\u201CThe company never consulted the tribe about the route,\u201D the court documents say."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back(), "the court documents|document|d");
}

std::vector<std::string> Contents(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& q : FindQuotedSpans(text)) out.emplace_back(q.content.Of(text));
  return out;
}

// A quote left open at a paragraph's end goes on when the next paragraph opens with a lower-case
// word and its first mark closes (the extraction split the paragraph inside the quote).
TEST(Filings, AParagraphSplitInsideAQuoteGoesOn) {
  EXPECT_EQ(Contents("Now, \u201Cthe rule leaves thousands of students with no\n\n"
                     "options at all,\u201D the lawsuit alleges. \u201CIt is cruel.\u201D"),
            (std::vector<std::string>{"the rule leaves thousands of students with no\n\noptions at all", "It is cruel."}));
  // A next paragraph that opens in upper case, or whose first mark opens, starts afresh.
  EXPECT_EQ(Contents("He said \u201Cwe will go\n\nThen she left. \u201CNo,\u201D he said."),
            (std::vector<std::string>{"we will go", "No"}));
}

}  // namespace
}  // namespace parallax::quotes
