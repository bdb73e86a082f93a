// Unnamed persons described by their role and the body or person they serve (session 24): "a trial
// attorney at the Justice Department told him", "a lawyer for the family said". The phrase is an
// anonymous source; the name in its modifier does not speak (it was the speaker, typed as that body,
// or a person described by a title noun). Found on speaker audit 2's errors (docs/quotes.md "Session 24: speakers24").
#include <string_view>

#include "annotate/quotes/names.h"
#include "core/ascii.h"
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

// Session 25: a lower-case title noun ("senator", "judge") or "head"; not a spokesperson noun ("a
// representative for the Hudson Institute" is the body, as the guideline types a spokesperson).
bool UnnamedTitleNoun(std::string_view raw) {
  return raw == "head" || raw == "heads" || (TitleNoun(raw) && !SpokespersonNoun(raw));
}

bool UnnamedRole(const Context& ctx, Range main, uint32_t t) {
  if (t <= main.b || t + 1 >= main.e) return false;
  std::string_view det = ctx.Lower(main.b);
  if (det != "a" && det != "an" && det != "one" && det != "another") return false;
  std::string_view raw = ctx.Text(t);
  if (ctx.EntityOf(t) >= 0 || !(PersonRoleNoun(raw) || AnonymousNoun(raw) || UnnamedTitleNoun(raw))) return false;
  for (uint32_t u = main.b + 1; u < t; ++u) {
    std::string_view w = ctx.Text(u);
    int32_t e = ctx.EntityOf(u);
    // Session 25: a capitalized word of no person ("Another Democratic senator on this committee", "a
    // White House aide to Trump") may modify the role too; a name does not ("a Trump adviser").
    bool capital = Capitalized(w) && (e < 0 || ctx.article().entities[e].type != "PER");
    if (!capital && (e >= 0 || w.empty() || w[0] < 'a' || w[0] > 'z')) return false;
  }
  std::string_view next = ctx.Lower(t + 1);
  // Session 25: "a former head of the Democratic National Committee", "a professor of law at ...": a title
  // noun (or "head") before "of" too; an unnamed-source noun keeps its "of" ("a member of Congress").
  if (next == "of") return UnnamedTitleNoun(raw);
  return next == "at" || next == "for" || next == "to" || next == "with" || next == "in" || next == "on";
}

Speaker UnnamedTitleSpeaker(const Context& ctx, Range main, std::string_view hw, const Discourse& d) {
  std::string_view det = ctx.Lower(main.b);
  if (det == "a" || det == "an" || det == "another" || det == "one") return Described(ctx, main, "anonymous");
  // "Another executive said ... “...,” the executive said": the unnamed person of a recent report again
  // (a person speaker of that title was kept as the last person speaker; an anonymous one is not).
  const Speaker& last = d.last_speaker;
  uint32_t sentence = ctx.SentenceOf(main.b);
  bool recent = d.last_speaker_sentence <= sentence && sentence - d.last_speaker_sentence <= 3;
  if (det == "the" && recent && last.type == "anonymous" && core::AsciiLowered(LastWord(last.name)) == hw) {
    Speaker s = last;
    s.span = Described(ctx, main, "anonymous").span;
    return s;
  }
  return Described(ctx, main, "person");
}

Speaker UnnamedRoleSource(const Context& ctx, Range main, uint32_t modifier) {
  if (modifier >= main.e || modifier <= main.b || !UnnamedRole(ctx, main, modifier - 1)) return {};
  return Described(ctx, Range{main.b, modifier}, "anonymous");
}

}  // namespace parallax::quotes
