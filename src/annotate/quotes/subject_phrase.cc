// The subject phrase before a reporting cue (moved from attribution.cc in
// session 16, unchanged but for the parenthesized tag): where the words
// naming the speaker start when they end right before the cue ("Kerry, a
// former senator said", "Mr. Mueller planned to ask", "David Axelrod, former
// chief strategist to President Barack Obama tweeted", "the Democratic
// Socialists of America (DSA) tweeted"). Used by attribution.cc.
#include <cctype>
#include <string_view>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/speakers_internal.h"

namespace parallax::quotes {

// "Mr. Mueller planned to ask", "he went on to say": the subject ends before
// the verb that governs the infinitive cue at `v`; returns v otherwise.
uint32_t InfinitiveStart(const Context& ctx, uint32_t start, uint32_t v) {
  if (v < start + 3 || ctx.Lower(v - 1) != "to") return v;
  uint32_t verb = v - 2;
  if (verb > start && ctx.Lower(verb) == "on") --verb;  // "went on to say"
  std::string_view w = ctx.Lower(verb);
  bool verbal = w.ends_with("ed") || w.ends_with("s") || w == "went" || w == "want" || w == "plan";
  return verbal && !ctx.IsPunct(verb) && ctx.EntityOf(verb) < 0 ? verb : v;
}

namespace {

// "David Axelrod, former chief strategist to President Barack Obama tweeted": the subject
// phrase found before the cue starting at `b` is the complement of a title in an appositive
// (its closing comma forgotten). Returns the end of the person named before the appositive's
// comma, or `b` when there is none.
uint32_t NameBeforeTitleComplement(const Context& ctx, uint32_t b, uint32_t start) {
  std::string_view prep = b > start ? ctx.Lower(b - 1) : "";
  if (prep != "to" && prep != "for" && prep != "of") return b;
  bool title = false;
  uint32_t k = b - 1;
  while (k > start && b - k < 8 && !ctx.IsPunct(k - 1) && ctx.EntityOf(k - 1) < 0) {
    std::string_view w = ctx.Text(k - 1);
    if (w.empty() || !std::islower(static_cast<unsigned char>(w[0]))) return b;  // lower-case title words only
    title = title || TitleNoun(ctx.Lower(k - 1)) || SpokespersonNoun(ctx.Lower(k - 1));
    --k;
  }
  if (!title || k <= start + 1 || ctx.Lower(k - 1) != ",") return b;
  int32_t e = ctx.EntityOf(k - 2);
  return e >= 0 && ctx.article().entities[e].type == "PER" ? k - 1 : b;
}

// "The officials with knowledge of Bolton's briefing for Trump said": the words found before the
// cue starting at `b` are a complement; the subject is the sentence's opening noun phrase when an
// unnamed source, a group or a document heads it (ResolvePhrase then ends it at its modifier).
// Returns that phrase's start, or `b`.
uint32_t SubjectBeforeComplement(const Context& ctx, uint32_t b, uint32_t start) {
  static const std::string_view kPrepositions[] = {"about", "at", "for", "in", "of", "on", "to", "with"};
  static const std::string_view kDeterminers[] = {"a", "an", "five", "four", "many", "one", "several", "some",
                                                  "the", "three", "two"};
  std::string_view prep = b > start ? ctx.Lower(b - 1) : "";
  if (!InList(prep, kPrepositions)) return b;
  // "one cable addressed to Clinton's office said", "officials briefed on the talks said": a
  // participle right before the preposition.
  std::string_view participle = b >= start + 3 ? ctx.Lower(b - 2) : "";
  if (participle.size() > 4 && participle.ends_with("ed") && ctx.EntityOf(b - 3) < 0 &&
      (AnonymousNoun(ctx.Lower(b - 3)) || GroupNoun(ctx.Lower(b - 3)) || DocumentNoun(ctx.Lower(b - 3)))) {
    uint32_t n = b - 3;
    bool det = n > start && (InList(ctx.Lower(n - 1), kDeterminers) || ctx.Lower(n - 1) == "one");
    return det ? n - 1 : n;
  }
  // Session 24: "... said a trial attorney at the Justice Department told him": an unnamed person's
  // role right before the preposition, after "a"/"an"/"one"/"another" and at most three words (session 25:
  // UnnamedRole's forms, "Another Democratic senator on this committee said", "A former head of the DNC").
  const bool role = b >= start + 3 && (PersonRoleNoun(ctx.Text(b - 2)) || UnnamedTitleNoun(ctx.Text(b - 2)));
  for (uint32_t d = b - 2, n = 0; role && d > start && n < 4; --d, ++n) {
    std::string_view w = ctx.Lower(d - 1);
    if (w == "a" || w == "an" || w == "one" || w == "another") return UnnamedRole(ctx, Range{d - 1, b}, b - 2) ? d - 1 : b;
  }
  uint32_t k = b - 1;
  while (k > start && b - k < 16 && !ctx.IsPunct(k - 1) && !ctx.InQuote(k - 1)) --k;
  if (k != start || ctx.EntityOf(k + 1) >= 0) return b;
  std::string_view det = ctx.Lower(k), head = ctx.Lower(k + 1);
  bool determiner = InList(det, kDeterminers);
  bool unnamed = AnonymousNoun(head) || GroupNoun(head) || DocumentNoun(head);
  return determiner && unnamed && ctx.Lower(k + 2) != "," ? k : b;
}

}  // namespace

// The subject phrase that ends right before the cue at `v`, not before `start`.
uint32_t SubjectStart(const Context& ctx, uint32_t v, uint32_t start) {
  auto collect = [&](uint32_t end) {
    uint32_t b = end;
    while (b > start && b + 10 > end) {
      std::string_view w = ctx.Lower(b - 1);
      if (ctx.IsPunct(b - 1) || (PhraseStop(w) && w != "of")) break;
      --b;
    }
    return b;
  };
  uint32_t end = v;
  // "a military fight he called": a subject pronoun right before the verb is the subject.
  std::string_view prev = v > start ? ctx.Lower(v - 1) : "";
  if (prev == "he" || prev == "she" || prev == "they" || prev == "it") return v - 1;
  // "video emerged of him warning that": the participle's subject is its object pronoun.
  if ((prev == "him" || prev == "her") && ctx.Lower(v).ends_with("ing")) return v - 1;
  while (end > start && (ctx.Lower(end - 1) == "has" || ctx.Lower(end - 1) == "had" || ctx.Lower(end - 1) == "also" ||
                         ctx.Lower(end - 1) == "later")) {
    --end;
  }
  // "the Democratic Socialists of America (DSA) tweeted", "Ted Cruz (R-Texas) said": a parenthesized tag.
  if (end >= start + 4 && ctx.Text(end - 1) == ")" && ctx.Text(end - 3) == "(" && ctx.EntityOf(end - 4) >= 0) end -= 3;
  end = InfinitiveStart(ctx, start, end);  // "Mr. Mueller wants to ask:"
  uint32_t b = collect(end);
  // "Kerry, a former senator said": an appositive description before the verb (its closing comma
  // forgotten), when the name opens the clause; "In a rebuke to Barack Obama, the president told"
  // is a new subject.
  std::string_view first = ctx.Lower(b);
  bool description = first == "a" || first == "an" || first == "the";
  if (description && b >= start + 2 && ctx.Lower(b - 1) == "," ) {
    uint32_t b0 = collect(b - 1);
    bool opens = b0 == start || ctx.IsPunct(b0 - 1);
    if (b0 < b - 1 && ctx.EntityOf(b - 2) >= 0 && opens) return b0;
  }
  // "Nides and Burns told": two named people.
  auto person = [&](uint32_t t) { return ctx.EntityOf(t) >= 0 && ctx.article().entities[ctx.EntityOf(t)].type == "PER"; };
  if (b > start + 1 && ctx.Lower(b - 1) == "and" && person(b) && person(b - 2)) return collect(b - 1);
  uint32_t named = NameBeforeTitleComplement(ctx, b, start);
  if (named < b) return collect(named);
  return SubjectBeforeComplement(ctx, b, start);
}

}  // namespace parallax::quotes
