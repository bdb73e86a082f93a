// A quote that a naming phrase introduces is a name, not words someone said (session 24,
// quotes24): "charged more under a practice known as “gender rating”", "so-called “small
// modular reactors”". The naming words sit right before the opening mark, so the quote is a
// term whatever cue its sentence holds: that cue reports other words ("charged", "says").
// FindQuotations asks it before TermAfterDeterminer (quoted_shape.cc), which so no longer lists
// "so-called".
#include "annotate/quotes/attribution.h"

namespace parallax::quotes {

bool TermByNamingMark(const Context& ctx, uint32_t open) {
  if (open == 0 || open >= ctx.size()) return false;
  std::string_view prev = ctx.Lower(open - 1);
  if (prev == "so-called") return true;
  return prev == "as" && open > 1 && ctx.Lower(open - 2) == "known";  // "(also) known as “...”"
}

}  // namespace parallax::quotes
