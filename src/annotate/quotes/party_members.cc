// Session 21 (speakers21, from the speaker audit): "the Arizona Republican said", "the New York
// Democrat told reporters": a definite phrase headed by a party member's noun names a politician the
// article has just named, not the party (the tagger marks "Republican" an organization or a
// nationality, and the phrase was typed organization).
#include "annotate/quotes/speakers_internal.h"

namespace parallax::quotes {

Speaker PartyMemberReferent(const Context& ctx, Range main) {
  // "the" + one to three words (a state, "freshman", "first-term") + "Republican"/"Democrat".
  if (main.e < main.b + 3 || main.e > main.b + 5 || ctx.Lower(main.b) != "the") return {};
  std::string_view head = ctx.Text(main.e - 1);
  if (head != "Republican" && head != "Democrat") return {};
  for (uint32_t t = main.b; t < main.e; ++t) {
    std::string_view w = ctx.Lower(t);
    if (ctx.IsPunct(t) || ctx.InQuote(t) || IsPerson(ctx, ctx.EntityOf(t)) || w == "'s" || w == "\u2019s") return {};
  }
  // A name right after the phrase is its own ("the Arizona Republican John McCain" never gets here);
  // the person: the subject LastPersonBefore prefers, named in the phrase's paragraph or the one
  // before it.
  int32_t p = LastPersonBefore(ctx, main.b);
  if (p < 0) return {};
  uint32_t first = ctx.TokenAt(ctx.article().entities[p].span.begin);
  if (ctx.ParagraphOf(first) + 1 < ctx.ParagraphOf(main.b)) return {};
  Speaker s = FromEntity(ctx, p);
  s.span = Described(ctx, main, "person").span;
  return s;
}

}  // namespace parallax::quotes
