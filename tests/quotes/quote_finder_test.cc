#include <gtest/gtest.h>

#include <string>

#include <fstream>
#include <iterator>

#include "annotate/quotes/quote_annotator.h"
#include "annotate/quotes/quote_finder.h"
#include "text/segment.h"

namespace parallax::quotes {
namespace {

std::vector<std::string> Contents(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& q : FindQuotedSpans(text)) out.emplace_back(q.content.Of(text));
  return out;
}

TEST(QuoteFinder, StraightAndCurly) {
  EXPECT_EQ(Contents("He said \"we will go,\" and left. She said \u201Cno way.\u201D"),
            (std::vector<std::string>{"we will go", "no way."}));
}

// The scan jumps between the bytes a mark can start with, a block of bytes at
// a time: marks and look-alike bytes (the dash's 0xE2, the copyright sign's
// 0xC2) are found at every offset from the block edges.
TEST(QuoteFinder, MarksAtEveryOffsetAmongLookAlikeBytes) {
  for (size_t pad = 0; pad < 40; ++pad) {
    std::string text = std::string(pad, 'x') + " said \u201Cgo now\u2014fast\u201D and \u00A9 2020 \"ok then\" end";
    EXPECT_EQ(Contents(text), (std::vector<std::string>{"go now\u2014fast", "ok then"})) << pad;
  }
}

// An opening curly mark glued to the words before it and followed by a space closes the quote it is
// met in (a close typed the wrong way); the words after it are no quotation. A glued opening mark
// followed by a word still opens.
TEST(QuoteFinder, MistypedClosingMarkCloses) {
  EXPECT_EQ(Contents("\u201CThe port has been shut for weeks,\u201C said Ana Ruiz, a shipping agent. "
                     "She added \u201Cwe wait.\u201D"),
            (std::vector<std::string>{"The port has been shut for weeks", "we wait."}));
  EXPECT_EQ(Contents("\u201CNo deal yet.\u201C Then she left."), (std::vector<std::string>{"No deal yet."}));
  EXPECT_EQ(Contents("He called it a\u201Cdisgrace\u201D today."), (std::vector<std::string>{"disgrace"}));
}

TEST(QuoteFinder, NestedSingleQuotesStayInside) {
  EXPECT_EQ(Contents("\u201CHe told me \u2018don\u2019t go\u2019 twice,\u201D she said."),
            (std::vector<std::string>{"He told me \u2018don\u2019t go\u2019 twice"}));
}

TEST(QuoteFinder, QuoteSpanningParagraphsIsMerged) {
  std::string t = "\u201CFirst part of it.\n\n\u201CSecond part,\u201D he said.\n\nNo quote here.";
  auto qs = FindQuotedSpans(t);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].first_paragraph, 0u);
  EXPECT_EQ(qs[0].last_paragraph, 1u);
  EXPECT_TRUE(qs[0].closed);
  EXPECT_EQ(std::string(qs[0].content.Of(t)), "First part of it.\n\n\u201CSecond part");
}

TEST(QuoteFinder, UnclosedQuoteEndsAtParagraph) {
  std::string t = "He said \u201Cthis never closes\n\nNext paragraph.";
  auto qs = FindQuotedSpans(t);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_FALSE(qs[0].closed);
  EXPECT_EQ(std::string(qs[0].content.Of(t)), "this never closes");
}

TEST(QuoteFinder, SecondOpeningMarkEndsAForgottenQuote) {
  EXPECT_EQ(Contents("\u201Cone two \u201Cthree four\u201D"), (std::vector<std::string>{"one two", "three four"}));
}

TEST(QuoteFinder, StrayMarksAndTruncatedUtf8) {
  EXPECT_TRUE(Contents("\u201D\u201D \xE2\x80").empty());
  EXPECT_TRUE(Contents("\"").empty());
  EXPECT_TRUE(Contents("").empty());
}

TEST(QuoteFinder, LinearOnManyUnbalancedMarks) {
  std::string t;
  for (int i = 0; i < 200000; ++i) t += "\u201C a ";  // a space before each mark: every one opens
  auto qs = FindQuotedSpans(t);
  EXPECT_EQ(qs.size(), 200000u);
}

}  // namespace
}  // namespace parallax::quotes

namespace parallax::quotes {
namespace {

// Regression (fuzz_quotes): a quote mark after the last token (invalid UTF-8
// and NULs around it) made the attribution read past the token tables.
TEST(QuoteFinder, MarkPastLastTokenIsSafe) {
  std::ifstream in(std::string(PARALLAX_SOURCE_DIR) + "/fuzz/corpus/quotes/regression-mark-past-last-token",
                   std::ios::binary);
  ASSERT_TRUE(in);
  Article a;
  a.body.assign(std::istreambuf_iterator<char>(in), {});
  a.paragraphs.push_back(Paragraph{Span{0, static_cast<uint32_t>(a.body.size())}});
  text::Segment(&a);
  FindQuotations(&a);
  for (const auto& q : a.quotes) {
    EXPECT_LE(q.span.end, a.body.size());
    EXPECT_LE(q.speaker.end, a.body.size());
    EXPECT_LE(q.cue.end, a.body.size());
  }
}

// Session 8 (allsides-blind7): text that lost its paragraph breaks glues straight marks to words on
// both sides; a glued mark that opened, followed by a mark that can only open, was a close.
TEST(QuoteFinder, GluedStraightMarkBeforeAnOpeningMarkWasAClose) {
  EXPECT_EQ(Contents("He spoke. \"We are afraid of the left.\"We will not act until he leads.\"The Post wrote that "
                     "\"the plan may fail,\" the paper said.\"Later it seemed,\" the Times wrote."),
            (std::vector<std::string>{"We are afraid of the left.", "the plan may fail", "Later it seemed"}));
  // Without a later opening mark the glued one keeps its usual reading.
  EXPECT_EQ(Contents("It was over.\"We lost,\" she said."), (std::vector<std::string>{"We lost"}));
}

}  // namespace
}  // namespace parallax::quotes
