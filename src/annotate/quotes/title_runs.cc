// Session 23: a title's preposition inside the run of names, titles and role words that opens a
// sentence's subject. "Secretary of State John Kerry", "Deputy National Security Adviser for
// Communications Ben Rhodes", "Chairman of the Joint Chiefs of Staff Mark Milley": the "of", "for"
// or "on" joins capitalized words of one title, and the person after it is the subject a later
// "he said" points back to (salience.cc read the run only up to the preposition, found no subject
// and left the pronoun to the nearest person named, often one the sentence names as an object).
#include <string_view>

#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/names.h"
#include "annotate/quotes/speakers_internal.h"

namespace parallax::quotes {

namespace {

// A capitalized word of a title: "Secretary", "Director", "Adviser", "Envoy"; not a plural
// ("Supporters of Bernie Sanders" is no title).
bool CapitalizedTitle(const Context& ctx, uint32_t t) {
  if (!Capitalized(ctx.Text(t)) || ctx.EntityOf(t) >= 0) return false;
  std::string_view w = ctx.Lower(t);
  return TitleNoun(w) || SpokespersonNoun(w) || w.ends_with("er") || w.ends_with("or");
}

}  // namespace

bool TitlePreposition(const Context& ctx, uint32_t b, uint32_t t) {
  std::string_view w = ctx.Lower(t);
  if (t <= b || t + 1 >= ctx.size() || ctx.InQuote(t) || (w != "of" && w != "for" && w != "on")) return false;
  if (!Capitalized(ctx.Text(t - 1))) return false;
  uint32_t next = ctx.Lower(t + 1) == "the" ? t + 2 : t + 1;
  if (next >= ctx.size() || ctx.SentenceOf(next) != ctx.SentenceOf(t) || ctx.InQuote(next) ||
      !Capitalized(ctx.Text(next)) || IsPerson(ctx, ctx.EntityOf(next))) {
    return false;
  }
  // A capitalized title opens the words before it, with only capitalized words, "the" and earlier
  // prepositions of the same title between ("Chairman of the Joint Chiefs of Staff").
  for (uint32_t k = t; k > b; --k) {
    uint32_t p = k - 1;
    if (CapitalizedTitle(ctx, p)) return true;
    std::string_view lw = ctx.Lower(p);
    if (!Capitalized(ctx.Text(p)) && lw != "the" && lw != "of" && lw != "for" && lw != "on") return false;
    if (IsPerson(ctx, ctx.EntityOf(p))) return false;
  }
  return false;
}

}  // namespace parallax::quotes
