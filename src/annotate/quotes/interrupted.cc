// Session 23: the one-word first part of an interrupted quotation (“Republicans,” he writes, “rely
// on racial entreaties ...”) is a quotation (the lead's decision, docs/quotes.md's guideline). A
// single quoted word is otherwise a term or a scare quote. And a capitalized exclamation with its cue
// right after it (“Crooked Hillary!” Trump added) is speech, not a title.
#include "annotate/quotes/attribution.h"

namespace parallax::quotes {

bool InterruptedOpening(const Context& ctx, const Cue& cue, uint32_t open, uint32_t after, const QuotedSpan* next) {
  if (next == nullptr || !cue.valid() || cue.first < after || after >= ctx.size()) return false;
  // The first part opens its sentence: a word quoted inside one ("is “unbelievable,” he told them,
  // adding, “...”") is a term, whatever follows it.
  if (!QuoteOpensSentence(ctx, open)) return false;
  uint32_t reopen = ctx.TokenAt(next->outer.begin);
  // The cue and its speaker between the two parts, then a comma and the second part's mark, all
  // in one sentence: “Word,” he said, “...” (not “Ah-hah,” she said. “Well, ...”).
  if (reopen <= cue.last || reopen > after + 8 || ctx.SentenceOf(reopen) != ctx.SentenceOf(after)) return false;
  if (ctx.Lower(reopen - 1) != ",") return false;
  for (uint32_t t = after; t + 1 < reopen; ++t) {
    if (ctx.IsQuoteMark(t) || (ctx.IsPunct(t) && ctx.Lower(t) != "," && ctx.Lower(t) != ".")) return false;
  }
  return true;
}

bool ExclaimedWithCue(const Context& ctx, std::string_view content, const Cue& cue, uint32_t after) {
  if (content.empty() || content.back() != '!' || !cue.valid() || cue.first < after) return false;
  // The cue right after the closing mark, with at most the speaker's name or pronoun between:
  // "“Crooked Hillary!” Trump added", "“Fake News!” he tweeted", "“Lock Them Up!” said Flynn".
  if (cue.first > after + 3 || ctx.SentenceOf(cue.first) != ctx.SentenceOf(after)) return false;
  for (uint32_t t = after; t < cue.first; ++t) {
    if (ctx.IsPunct(t) || ctx.IsQuoteMark(t)) return false;
  }
  return true;
}

}  // namespace parallax::quotes
