// Quote-mark spans in article text: where direct quotations are.
//
// Pure functions over the body and its paragraphs; thread-safe. Linear in
// the body size whatever the balance of the quote marks.
#ifndef PARALLAX_ANNOTATE_QUOTES_QUOTE_FINDER_H_
#define PARALLAX_ANNOTATE_QUOTES_QUOTE_FINDER_H_

#include <string_view>
#include <vector>

#include "parallax/article.h"

namespace parallax::quotes {

struct QuotedSpan {
  Span content;         // the quoted words, quote marks and edge spaces/commas excluded
  Span outer;           // from the opening mark to the closing mark inclusive
  uint32_t first_paragraph = 0;
  uint32_t last_paragraph = 0;
  bool closed = true;   // false: the quote ran to the end of its paragraph unclosed
};

// Finds double-quoted spans (straight " and curly “ ” „ « ») paragraph by
// paragraph. News convention: a paragraph that ends inside a quote continues
// in the next paragraph when that one opens with a quote mark; the spans of
// such a quote are merged. Single quotes (‘ ’ ') are nested quotes or
// apostrophes and never start a span. Spans are sorted and disjoint.
std::vector<QuotedSpan> FindQuotedSpans(std::string_view body, const std::vector<Paragraph>& paragraphs);

// Same over a text whose paragraphs are separated by blank lines.
std::vector<QuotedSpan> FindQuotedSpans(std::string_view text);

}  // namespace parallax::quotes

#endif  // PARALLAX_ANNOTATE_QUOTES_QUOTE_FINDER_H_
