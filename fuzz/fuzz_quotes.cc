// Fuzz target for the quote finder and the attribution over it: arbitrary
// bytes as an article body (paragraphs split at blank lines, segmented, no
// entities). Checks that quoted spans lie inside the input, are ordered and
// disjoint, and that every quotation's span, cue and speaker lie inside the
// body. Unbalanced and nested marks, huge inputs: the finder is linear.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "annotate/quotes/quote_annotator.h"
#include "annotate/quotes/quote_finder.h"
#include "text/segment.h"

namespace {

void CheckSpan(const parallax::Span& s, size_t size) {
  if (s.begin > s.end || s.end > size) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  parallax::Article a;
  a.body.assign(reinterpret_cast<const char*>(data), size);
  a.paragraphs = parallax::text::SplitParagraphs(a.body);
  uint32_t last_end = 0;
  for (const auto& q : parallax::quotes::FindQuotedSpans(a.body, a.paragraphs)) {
    CheckSpan(q.outer, size);
    CheckSpan(q.content, size);
    if (q.outer.begin < last_end || q.content.empty()) std::abort();
    if (q.content.begin < q.outer.begin || q.content.end > q.outer.end) std::abort();
    last_end = q.outer.end;
  }
  parallax::text::Segment(&a);
  parallax::quotes::FindQuotations(&a);
  for (const auto& q : a.quotes) {
    CheckSpan(q.span, size);
    CheckSpan(q.cue, size);
    CheckSpan(q.speaker, size);
    if (q.source_type.empty()) std::abort();
  }
  return 0;
}
