// A pull quote is display text: a paragraph that holds nothing but a quote whose words the article
// gives again elsewhere (session 25, quotes25). Magazines set a striking sentence of the piece in
// large type between paragraphs; extraction keeps it as a paragraph of its own, quoted, usually with
// no cue, and the rules (or the speaker model) then gave it a speaker a second time. The guideline
// labels it no quotation (allsides-blind12, blind18, blind21), and the quotation it repeats is kept
// where its cue is; an embedded post repeating a quoted post is no pull quote. Six words at least,
// so that a short reply repeated in a transcript stays.
#include <string_view>

#include "annotate/quotes/attribution.h"

namespace parallax::quotes {

bool RepeatedPullQuote(const Context& ctx, const QuotedSpan& q) {
  const Article& a = ctx.article();
  if (q.first_paragraph != q.last_paragraph || q.first_paragraph >= a.paragraphs.size()) return false;
  const Span& p = a.paragraphs[q.first_paragraph].span;
  // Nothing but the quote: blanks before the opening mark, blanks and punctuation after the closing one.
  for (uint32_t i = p.begin; i < q.outer.begin; ++i) {
    if (a.body[i] != ' ' && a.body[i] != '\n') return false;
  }
  for (uint32_t i = q.outer.end; i < p.end; ++i) {
    char c = a.body[i];
    if (c != ' ' && c != '\n' && c != '.' && c != ',' && c != '!' && c != '?') return false;
  }
  std::string_view content = q.content.Of(a.body);
  while (!content.empty() && (content.back() == '.' || content.back() == ',' || content.back() == ' ')) {
    content.remove_suffix(1);
  }
  if (WordCount(content) < 6) return false;
  std::string_view body = a.body;
  for (size_t at = body.find(content); at != std::string_view::npos; at = body.find(content, at + 1)) {
    if (at >= p.begin && at < p.end) continue;
    // The same words outside this paragraph, but not in an embedded post (`... — Name (@handle) date`):
    // a quoted tweet followed by the tweet's own embed repeats it, and is the quotation.
    const size_t from = body.rfind("\n\n", at), to = body.find("\n\n", at);
    const size_t begin = from == std::string_view::npos ? 0 : from;
    std::string_view para = body.substr(begin, to == std::string_view::npos ? std::string_view::npos : to - begin);
    if (para.find("(@") == std::string_view::npos) return true;
  }
  return false;
}

bool DisplayOrName(const Context& ctx, const QuotedSpan& q, uint32_t open) {
  return ListedDisplayText(ctx, q) || TermByNamingMark(ctx, open) || RepeatedPullQuote(ctx, q);
}

}  // namespace parallax::quotes
