// Unnamed persons described by their role and the body or person they serve (session 24): "a trial
// attorney at the Justice Department told him", "a lawyer for the family said". The phrase is an
// anonymous source; the name in its modifier does not speak (it was the speaker, typed as that body,
// or a person described by a title noun). Found on speaker audit 2's errors (docs/quotes.md "Session 24: speakers24").
#include <string_view>

#include "annotate/quotes/speakers_internal.h"

namespace parallax::quotes {

bool PersonRoleNoun(std::string_view raw) {
  if (AgentNoun(raw)) return true;
  if (raw.empty() || raw[0] < 'a' || raw[0] > 'z') return false;
  std::string_view w = raw.ends_with("s") ? raw.substr(0, raw.size() - 1) : raw;
  static constexpr std::string_view kRoles[] = {"associate", "attorney",  "co-founder", "executive",
                                                "expert",    "founder",   "investigator", "lawyer",
                                                "operative", "organizer", "prosecutor", "researcher",
                                                "staffer",   "volunteer"};
  return InList(w, kRoles);
}

bool UnnamedRole(const Context& ctx, Range main, uint32_t t) {
  if (t <= main.b || t + 1 >= main.e) return false;
  std::string_view det = ctx.Lower(main.b);
  if (det != "a" && det != "an" && det != "one" && det != "another") return false;
  std::string_view raw = ctx.Text(t);
  if (ctx.EntityOf(t) >= 0 || !(PersonRoleNoun(raw) || AnonymousNoun(raw))) return false;
  for (uint32_t u = main.b + 1; u < t; ++u) {
    std::string_view w = ctx.Text(u);
    if (ctx.EntityOf(u) >= 0 || w.empty() || w[0] < 'a' || w[0] > 'z') return false;
  }
  std::string_view next = ctx.Lower(t + 1);
  return next == "at" || next == "for" || next == "to" || next == "with" || next == "in" || next == "on";
}

Speaker UnnamedRoleSource(const Context& ctx, Range main, uint32_t modifier) {
  if (modifier >= main.e || modifier <= main.b || !UnnamedRole(ctx, main, modifier - 1)) return {};
  return Described(ctx, Range{main.b, modifier}, "anonymous");
}

}  // namespace parallax::quotes
