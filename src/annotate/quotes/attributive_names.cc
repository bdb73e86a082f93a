// Session 22 (speakers21, from the speaker audit): "Trump campaign communications director Tim
// Murtaugh called on ... “...,” he wrote": a person's name standing before a title as its modifier
// ("Obama adviser", "Pelosi spokesman", "Trump's campaign manager") is not the subject of the
// sentence; the titled person after it is.
#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/speakers_internal.h"
#include "core/word_list.h"

namespace parallax::quotes {

bool OfficeWord(std::string_view w) {
  static const std::string_view k[] = {"campaign", "communications", "press", "deputy", "senior", "chief",
                                       "former", "top", "longtime", "legal", "policy", "security",
                                       "national", "transition", "administration", "reelection",
                                       "re-election", "digital", "political", "economic", "domestic",
                                       "foreign", "white", "house", "personal", "staff", "team"};
  return core::InList(w, k);
}

int32_t ModifiedPerson(const Context& ctx, int32_t e, Gender want) {
  if (e < 0) return e;
  uint32_t t = ctx.EntityStart(e);
  while (t < ctx.size() && ctx.EntityOf(t) == e) ++t;
  if (t < ctx.size() && (ctx.Lower(t) == "'s" || ctx.Lower(t) == "\u2019s")) ++t;
  const uint32_t start = t;
  // Up to five words of the person's office, the last a title ("campaign communications director").
  while (t < ctx.size() && t < start + 5) {
    int32_t f = ctx.EntityOf(t);
    if (IsPerson(ctx, f)) break;
    std::string_view raw = ctx.Text(t);
    if (raw.empty() || ctx.IsPunct(t) || ctx.InQuote(t)) return e;
    bool capitalized = raw[0] >= 'A' && raw[0] <= 'Z';  // "White House", "Campaign"
    std::string_view w = ctx.Lower(t);
    if (!capitalized && !OfficeWord(w) && !TitleNoun(w)) return e;
    ++t;
  }
  if (t == start || t >= ctx.size() || !TitleNoun(ctx.Lower(t - 1))) return e;
  int32_t titled = ctx.EntityOf(t);
  if (!IsPerson(ctx, titled) || ctx.Canonical(titled) == ctx.Canonical(e)) return e;
  return Compatible(ctx.GenderOf(titled), want) ? titled : e;
}

}  // namespace parallax::quotes
