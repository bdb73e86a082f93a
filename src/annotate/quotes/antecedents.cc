// Session 17: speakers named through an antecedent the phrase points back to. "his statement
// said", "her letter reads": the possessive pronoun's person wrote the document.
#include <string_view>

#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/speakers_internal.h"

namespace parallax::quotes {

Speaker PossessiveDocumentAuthor(const Context& ctx, Range main, uint32_t at, const Discourse& d) {
  if (main.empty() || main.e > ctx.size()) return {};
  std::string_view det = ctx.Lower(main.b);
  if (det != "his" && det != "her") return {};
  // Only "his/her [modifiers] NOUN" with the document noun last and no name in it ("his
  // campaign's statement" names its own author; "her lawyer's letter" is the lawyer's).
  uint32_t head = main.e - 1;
  if (head == main.b || !DocumentNoun(ctx.Lower(head))) return {};
  for (uint32_t t = main.b + 1; t < main.e; ++t) {
    std::string_view w = ctx.Lower(t);
    if (ctx.EntityOf(t) >= 0 || ctx.IsPunct(t) || w == "'s" || w == "\u2019s" || ctx.InQuote(t)) return {};
  }
  // ResolvePronoun reads "her" as female and any other word as male, as for "he said".
  Speaker s = ResolvePronoun(ctx, Pronoun::kPerson, Range{main.b, main.b + 1}, at, d);
  if (!s.resolved() || s.type != "person" || s.entity < 0) return {};
  s.type = "document";
  s.span = Span{ctx.article().tokens[main.b].span.begin, ctx.article().tokens[head].span.end};
  return s;
}

}  // namespace parallax::quotes
