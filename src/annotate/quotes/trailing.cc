// Attributions that follow a quote as a subordinate clause rather than as a
// "said X" (session 17): `“...,” as Hicks wrote in her book`, `“...,” as one
// analyst put it`, `“...,” in the words of Kevin Kelly, a co-founder of Wired`.
// The direct attribution (attribution.cc) reads words after the closing mark
// that open with a preposition or conjunction as a clause and finds no speaker
// there; this names the one such a clause gives. Used by attribution.cc.
#include <string_view>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/speakers_internal.h"

namespace parallax::quotes {

namespace {

// The longest subject phrase read between "as" and its cue ("as the former
// secretary of state wrote").
constexpr uint32_t kMaxSubject = 7;

// "There was no “rule of thumb,” as X points out": a short quote after a determiner names a term
// the clause's speaker discusses, not their words.
bool TermAfterArticle(const Context& ctx, const QuotedSpan& q) {
  static constexpr std::string_view kDeterminers[] = {"a", "an", "any", "his", "her", "its", "no", "our",
                                                     "that", "the", "their", "these", "this", "those"};
  uint32_t open = ctx.TokenAt(q.outer.begin);
  if (open == 0 || WordCount(q.content.Of(ctx.article().body)) >= 4) return false;
  std::string_view w = ctx.Lower(open - 1);
  return InList(w, kDeterminers);
}

}  // namespace

Speaker TrailingClauseSpeaker(const Context& ctx, const QuotedSpan& q, uint32_t after, const Discourse& d, Cue* cue) {
  const Article& a = ctx.article();
  if (after >= ctx.size() || a.tokens[after].span.begin >= a.paragraphs[q.last_paragraph].span.end) return {};
  uint32_t end = SentenceEnd(ctx, after);
  // The clause follows the mark in the quote's sentence, after at most a comma (",” as X wrote"
  // or "”, as X wrote").
  if (after > 0 && ctx.SentenceOf(after) != ctx.SentenceOf(after - 1)) return {};
  uint32_t w = after;
  if (w < end && ctx.Lower(w) == ",") ++w;
  if (w + 2 >= end || TermAfterArticle(ctx, q)) return {};
  std::string_view first = ctx.Lower(w);
  if (first == "as") {
    // "as X wrote" / "as X put it": a subject of up to kMaxSubject words, then the cue.
    for (uint32_t t = w + 2; t < end && t <= w + 1 + kMaxSubject; ++t) {
      if (ctx.IsQuoteMark(t) || ctx.InQuote(t)) return {};
      bool put_it = ctx.Lower(t) == "put" && ctx.Lower(t + 1) == "it";
      Cue c = CueAt(ctx, t);
      if (!c.valid() && !put_it) {
        if (ctx.IsPunct(t)) return {};
        continue;
      }
      Speaker s = ResolvePhrase(ctx, w + 1, t, t, d);
      if (!s.resolved()) return {};
      if (c.valid()) *cue = c;
      return s;
    }
    return {};
  }
  // "in the words of X": X runs to the next comma or the sentence end.
  if (first == "in" && ctx.Lower(w + 1) == "the" && ctx.Lower(w + 2) == "words" && ctx.Lower(w + 3) == "of") {
    uint32_t from = w + 4;
    if (from >= end) return {};
    Speaker s = ResolvePhrase(ctx, from, PhraseEnd(ctx, from, end), from, d);
    bool named = s.type == "person" || s.type == "organization" || s.type == "outlet";
    return named && s.resolved() ? s : Speaker{};
  }
  return {};
}

}  // namespace parallax::quotes
