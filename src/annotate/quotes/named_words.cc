// Quotes whose words the sentence names as someone's, with no reporting cue:
// `Trump's remark “...”`, `in the memorable words of scholars A and B, “...”`.
// Called by the direct attribution (attribution.cc) before it looks for a cue.
#include <algorithm>
#include <string_view>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/context.h"
#include "annotate/quotes/lexicon.h"

namespace parallax::quotes {

namespace {

// Nouns naming someone's words.
bool WordsNoun(std::string_view w) {
  static const std::string_view k[] = {"call",   "claim",   "comment", "comments", "demand",  "line",
                                       "message", "phrase", "plea",    "pledge",   "promise", "quip",
                                       "remark", "remarks", "saying",  "slogan",   "vow",     "warning",
                                       "words"};
  return InList(w, k);
}

// "Mr. Lincoln's famous phrase from the Gettysburg Address “...”", "Trump's remark “...”": a
// person's words named right before the quote, with no cue.
Speaker PossessorOfWords(const Context& ctx, uint32_t start, uint32_t open, const Discourse& d) {
  bool words = false;
  for (uint32_t t = open; t > start && t + 8 > open; --t) {
    std::string_view w = ctx.Lower(t - 1);
    if (ctx.InQuote(t - 1) || w == "," || w == "." || w == ":") return {};
    words = words || WordsNoun(w);
    if (!words || (w != "'s" && w != "\u2019s") || t < start + 2) continue;
    int32_t e = ctx.EntityOf(t - 2);
    if (e < 0 || ctx.article().entities[e].type != "PER") return {};
    uint32_t name = ctx.TokenAt(ctx.article().entities[e].span.begin);
    return ResolvePhrase(ctx, name, t - 1, name, d);
  }
  return {};
}

// "..., in the memorable words of congressional scholars Thomas Mann and Norm Ornstein, “...”": the
// phrase after "<words noun> of" and before the comma or colon right before the quote speaks.
Speaker WordsOf(const Context& ctx, uint32_t start, uint32_t open, const Discourse& d) {
  if (open < start + 3 || (ctx.Lower(open - 1) != "," && ctx.Lower(open - 1) != ":")) return {};
  uint32_t end = open - 1;
  for (uint32_t t = end; t > start + 1 && t + 12 > end; --t) {
    uint32_t w = t - 1;
    if (ctx.InQuote(w) || (ctx.IsPunct(w) && !ctx.IsQuoteMark(w))) return {};
    if (ctx.Lower(w) != "of" || !WordsNoun(ctx.Lower(w - 1))) continue;
    if (w + 1 >= end) return {};
    Speaker s = ResolvePhrase(ctx, w + 1, end, w + 1, d);
    return s.type == "person" || s.type == "organization" || s.type == "outlet" ? s : Speaker{};
  }
  return {};
}

}  // namespace

Speaker NamedWordsSpeaker(const Context& ctx, uint32_t start, uint32_t open, const Discourse& d) {
  Speaker s = PossessorOfWords(ctx, start, open, d);
  return s.resolved() ? s : WordsOf(ctx, start, open, d);
}

}  // namespace parallax::quotes
