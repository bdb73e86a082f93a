// The subject of a cue across an appositive (moved from speakers.cc in session 22), which now
// also steps over a parenthesis that closes before the cue and names a person, its words not
// counted against the window: the names inside one are an aside, never the subject of the verb
// outside it ("Gibson, who said he is not religious (although
// later he says he is moved by God and Jesus) and ..., says that ..." is Gibson's, not Jesus's).
#include <string_view>

#include "annotate/quotes/context.h"
#include "annotate/quotes/speakers_internal.h"

namespace parallax::quotes {

namespace {

// The token of the "(" that the ")" at token `close` ends, in the same sentence and not inside a
// quotation, when a person is named between them; `close` itself otherwise (a parenthesis naming
// no one, "(R-Ky.)", "(meaning he ...)", is read as before: word by word, each counted).
uint32_t OpeningParenthesis(const Context& ctx, uint32_t close, uint32_t sentence) {
  int depth = 0;
  bool person = false;
  for (uint32_t t = close + 1; t > 0; --t) {
    uint32_t k = t - 1;
    if (ctx.SentenceOf(k) != sentence) break;
    if (ctx.InQuote(k)) continue;
    std::string_view w = ctx.Text(k);
    person = person || IsPerson(ctx, ctx.EntityOf(k));
    if (w == ")") ++depth;
    if (w == "(" && --depth == 0) return person ? k : close;
  }
  return close;
}

}  // namespace

int32_t SubjectAcrossAppositive(const Context& ctx, uint32_t v, uint32_t window) {
  uint32_t sentence = ctx.SentenceOf(v);
  uint32_t skipped = 0;  // tokens inside the parentheses stepped over do not count against the window
  for (uint32_t t = v; t > 0 && t + window + skipped > v; --t) {
    if (ctx.SentenceOf(t - 1) != sentence) break;
    if (ctx.Text(t - 1) == ")" && !ctx.InQuote(t - 1)) {
      uint32_t open = OpeningParenthesis(ctx, t - 1, sentence);
      skipped += t - 1 - open;
      t = open + 1;  // the loop's decrement lands on "(": the word before it comes next
      continue;
    }
    int32_t e = ctx.EntityOf(t - 1);
    if (!IsPerson(ctx, e) || ctx.InQuote(t - 1)) continue;
    uint32_t first = ctx.TokenAt(ctx.article().entities[e].span.begin);
    std::string_view next = ctx.Lower(t);
    if (next == "'s" || next == "\u2019s" || ctx.Lower(t - 1).ends_with("'s") || ctx.Lower(t - 1).ends_with("\u2019s")) {
      t = first + 1;  // "Mr. Trump's chief adviser": a possessive is not the subject
      continue;
    }
    if (ClauseInitial(ctx, first)) return e;
    t = first + 1;
  }
  return -1;
}

}  // namespace parallax::quotes
