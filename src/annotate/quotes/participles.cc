// Session 23: the subject of a participle cue ("acknowledging", "admitting", "saying", ...).
#include <cctype>
#include <cstdint>
#include <string_view>

#include "annotate/quotes/attribution.h"
#include "core/word_list.h"

namespace parallax::quotes {

using core::InList;

Speaker ReportBeforeParticiple(const Context& ctx, uint32_t v, uint32_t start, const Discourse& d) {
  if (v < start + 4 || ctx.Lower(v - 1) != ",") return {};
  // The words between the previous comma (or a closing quotation mark) and the participle's comma.
  uint32_t b = v - 1;
  while (b > start && b + 10 > v && !ctx.IsPunct(b - 1)) --b;
  if (b == start || b + 10 <= v) return {};
  if (ctx.Lower(b - 1) != "," && !ctx.IsQuoteMark(b - 1)) return {};
  // A subject opens the clause: a name, a determiner or a pronoun ("also skewered Bloomberg following
  // reports of the call, writing" is a predicate going on with the sentence's subject).
  std::string_view first = ctx.Text(b);
  bool upper = !first.empty() && std::isupper(static_cast<unsigned char>(first[0]));
  if (!upper && !InList(ctx.Lower(b), {"a", "an", "he", "it", "one", "she", "the", "they", "we"})) return {};
  for (uint32_t t = b + 1; t + 1 < v; ++t) {
    if (ctx.InQuote(t)) return {};
    Cue c = CueAt(ctx, t);
    if (!c.valid()) continue;
    if (c.according || ctx.Lower(t).ends_with("ing")) return {};
    // The clause is a subject and its cue ("the Obama administration said Thursday", "he told the
    // newspaper"), not a clause with a cue word deeper in it ("Rouhani addressed Trump directly in
    // his reported remarks", "appeared in an Internet video posted Wednesday").
    if (SubjectStart(ctx, t, b) != b || c.last + 4 < v - 1) return {};
    Speaker s = ResolvePhrase(ctx, b, t, t, d);
    return s.resolved() ? s : Speaker{};
  }
  return {};
}

uint32_t AbsoluteWithSubject(const Context& ctx, uint32_t subject, uint32_t v, uint32_t start) {
  if (subject >= v) return v;
  if (ctx.Lower(subject) == "with") return subject + 1 < v ? subject + 1 : v;
  return subject > start && ctx.Lower(subject - 1) == "with" ? subject : v;
}

}  // namespace parallax::quotes
