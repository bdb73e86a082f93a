// Who speaks when the cue sits in a clause rather than next to its speaker
// (session 16): the antecedent of a "who" right before the cue ("it was Joe
// who said", "Yogi who once claimed"), and a cue inside the clause another cue
// reports ("Booker insisted that Dr. Ford told “her truth.”"), whose partial
// quote is the outer speaker's words. Used by attribution.cc.
#include <initializer_list>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/speakers_internal.h"

namespace parallax::quotes {

namespace {

// "famously", "once", "also": words between a relative pronoun and its verb.
bool AdverbBeforeVerb(std::string_view w) {
  static constexpr std::string_view kWords[] = {"also", "later", "once", "then"};
  return (w.size() > 4 && w.ends_with("ly")) || InList(w, kWords);
}

}  // namespace

Speaker RelativeAntecedentSpeaker(const Context& ctx, uint32_t v, uint32_t start, const Discourse& d) {
  uint32_t k = v;
  for (int adverbs = 0; k > start && adverbs < 2 && AdverbBeforeVerb(ctx.Lower(k - 1)); ++adverbs) --k;
  if (k < start + 2 || ctx.Lower(k - 1) != "who") return {};
  uint32_t name_end = k - 1;
  int32_t e = ctx.EntityOf(name_end - 1);
  if (!IsPerson(ctx, e)) return {};
  uint32_t name_start = name_end - 1;
  while (name_start > start && ctx.EntityOf(name_start - 1) == e) --name_start;
  return ResolvePhrase(ctx, name_start, name_end, name_start, d);
}

uint32_t NestedReportSubject(const Context& ctx, uint32_t v, uint32_t start) {
  uint32_t subject = SubjectStart(ctx, v, start);
  // The outer cue ends right before the inner subject (or its "that": "insisted that Dr. Ford
  // told"), or the subject phrase opens with it ("saying the committee maintained").
  for (uint32_t t = subject > start + 2 ? subject - 2 : start; t < v; ++t) {
    Cue c = CueAt(ctx, t);
    if (!c.valid() || c.according) continue;
    uint32_t inner = c.last < v && ctx.Lower(c.last) == "that" ? c.last + 1 : c.last;
    if (inner >= subject && inner < v) return inner;
  }
  return v;
}

}  // namespace parallax::quotes
