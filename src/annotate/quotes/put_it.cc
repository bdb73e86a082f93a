// Session 17: "as one former aide put it, “...”", "as Mr. Smith once put it: “...”": the speaker
// named in a manner clause right before the quote, which has no reporting cue ("put" alone is none:
// "put the blame on").
#include <string_view>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/lexicon.h"

namespace parallax::quotes {

Speaker AsPutItSpeaker(const Context& ctx, uint32_t start, uint32_t open, const Discourse& d) {
  // "... put it" then a comma or colon, right before the mark.
  if (open < start + 4 || (ctx.Lower(open - 1) != "," && ctx.Lower(open - 1) != ":")) return {};
  if (ctx.Lower(open - 2) != "it") return {};
  std::string_view put = ctx.Lower(open - 3);
  if (put != "put" && put != "puts") return {};
  // Adverbs and auxiliaries between the subject and "put": "once", "memorably", "has".
  uint32_t end = open - 3;
  while (end > start && InList(ctx.Lower(end - 1), {"once", "memorably", "famously", "aptly", "later", "so",
                                                      "has", "had", "recently", "succinctly", "bluntly"})) {
    --end;
  }
  // "as" and a subject of at most eight words, no punctuation but a possessive, no quote.
  for (uint32_t t = end; t > start && t + 9 > end; --t) {
    uint32_t w = t - 1;
    if (ctx.InQuote(w) || ctx.IsPunct(w)) return {};
    if (ctx.Lower(w) != "as") continue;
    if (w + 1 >= end) return {};
    return ResolvePhrase(ctx, w + 1, end, w + 1, d);
  }
  return {};
}

}  // namespace parallax::quotes
