// Session 17: speakers named through an antecedent the phrase points back to. "his statement
// said", "her letter reads": the possessive pronoun's person wrote the document; "Their neighbor
// told the outlet ... “...,” he said": an unnamed person opening a clause of the paragraph is what
// "he" or "she" points back to when no named person comes between; "met with A and B, ...": B is
// a list's last item, not a subject a pronoun points back to.
#include <string_view>

#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/speakers_internal.h"

namespace parallax::quotes {

namespace {

uint32_t ParagraphOfToken(const Context& ctx, uint32_t tok) {
  uint32_t s = ctx.SentenceOf(tok);
  return s < ctx.article().sentences.size() ? ctx.article().sentences[s].paragraph : UINT32_MAX;
}

// A singular noun of an unnamed person ("neighbor", "official", "killer"),
// compatible with the pronoun's gender `she`.
bool UnnamedPersonNoun(const Context& ctx, uint32_t t, bool she) {
  std::string_view w = ctx.Lower(t);
  if (w == "woman") return she;
  if (w == "man") return !she;
  static const std::string_view kMore[] = {"assailant", "attacker", "bystander", "caller", "gunman", "killer",
                                           "owner", "shooter", "suspect", "survivor", "victim"};
  if (InList(w, kMore)) return true;
  // Not the adjectives among those nouns ("The conservative movement, he argued"), nor the agent
  // suffixes AgentNoun reads ("The important thing, he argued"), nor plurals.
  if (w.size() < 4 || w.ends_with("s") || w == "people" || w == "conservative" || w == "liberal") return false;
  return AnonymousNoun(w);
}

// The unnamed person a clause of the pronoun's paragraph opens with before token `pron`: a
// determiner or possessive, at most three modifiers and a singular person noun, at the sentence's
// start or after "that", and a word (not punctuation) after it ("Their neighbor also told",
// "know that the El Paso killer also made"). Unresolved when a person is named in the paragraph
// before the pronoun, or no such phrase is there.
Speaker UnnamedSubjectBefore(const Context& ctx, uint32_t pron, bool she) {
  uint32_t paragraph = ParagraphOfToken(ctx, pron);
  if (paragraph == UINT32_MAX) return {};
  uint32_t start = pron;
  while (start > 0 && ParagraphOfToken(ctx, start - 1) == paragraph) --start;
  Speaker found;
  for (uint32_t t = start; t < pron; ++t) {
    if (ctx.InQuote(t)) continue;
    if (IsPerson(ctx, ctx.EntityOf(t))) return {};
    bool opens = t == 0 || ctx.SentenceOf(t - 1) != ctx.SentenceOf(t) || ctx.Lower(t - 1) == "that";
    std::string_view det = ctx.Lower(t);
    if (!opens || !(Determiner(det) || det == "their" || det == "his" || det == "her" || det == "our")) continue;
    for (uint32_t h = t + 1; h < pron && h <= t + 4 && !ctx.IsPunct(h) && !ctx.InQuote(h); ++h) {
      if (IsPerson(ctx, ctx.EntityOf(h))) break;
      if (!UnnamedPersonNoun(ctx, h, she)) continue;
      if (h + 1 < pron && !ctx.IsPunct(h + 1) && ctx.SentenceOf(h + 1) == ctx.SentenceOf(h)) {
        found = Described(ctx, Range{t, h + 1}, "anonymous");
      }
      break;
    }
  }
  return found;
}

}  // namespace

bool ListedAfterPerson(const Context& ctx, uint32_t first) {
  if (first < 2 || ctx.Lower(first - 1) != "and" || ctx.SentenceOf(first - 2) != ctx.SentenceOf(first)) return false;
  int32_t before = ctx.EntityOf(first - 2);  // "A and B" with A no clause's subject: "met with A and B"
  return IsPerson(ctx, before) && !ClauseInitial(ctx, ctx.EntityStart(before));
}

// "Democrats like the retiring Sen. Harry Reid are calling ...", "Other Republicans, such as Sen.
// Orrin Hatch, have said": a person named as the example of a plural subject that opens the
// sentence (at most three words, the last a plural) after "like", "such as" or "including" and
// at most four title words.
bool ExampleOfSubject(const Context& ctx, uint32_t first) {
  uint32_t t = first, sentence = ctx.SentenceOf(first);
  while (t > 0 && first - t < 4 && ctx.SentenceOf(t - 1) == sentence && !ctx.IsPunct(t - 1) &&
         !PhraseStop(ctx.Lower(t - 1)) && ctx.Lower(t - 1) != "like" && ctx.Lower(t - 1) != "including" &&
         ctx.EntityOf(t - 1) < 0) {
    --t;
  }
  if (t < 2 || ctx.SentenceOf(t - 1) != sentence) return false;
  std::string_view cue = ctx.Lower(t - 1);
  uint32_t k = t - 1;  // the first token of "like" / "such as" / "including"
  if (cue == "as" && ctx.Lower(t - 2) == "such") k = t - 2;
  else if (cue != "like" && cue != "including") return false;
  if (k > 0 && ctx.Lower(k - 1) == ",") --k;
  uint32_t start = k;  // the subject opens the sentence or follows an opening phrase's comma
  while (start > 0 && k - start < 3 && ctx.SentenceOf(start - 1) == sentence && !ctx.IsPunct(start - 1) &&
         !IsPerson(ctx, ctx.EntityOf(start - 1))) {
    --start;
  }
  bool opens = start == 0 || ctx.SentenceOf(start - 1) != sentence || ctx.Lower(start - 1) == ",";
  std::string_view plural = k > start ? ctx.Lower(k - 1) : "";
  return opens && (GroupNoun(plural) || (plural.size() > 3 && plural.ends_with("s") && !plural.ends_with("ss")));
}

bool PronounSubject(const Context& ctx, uint32_t first) {
  return (ClauseInitial(ctx, first) && !ListedAfterPerson(ctx, first)) || OpensAfterRoleWords(ctx, first) ||
         ExampleOfSubject(ctx, first);
}

Speaker PronounSpeaker(const Context& ctx, Pronoun p, Range r, uint32_t at, const Discourse& d) {
  std::string_view w = ctx.Lower(r.b);
  if (p == Pronoun::kPerson && (w == "he" || w == "she")) {
    Speaker unnamed = UnnamedSubjectBefore(ctx, r.b, w == "she");
    if (unnamed.resolved()) return unnamed;
    Speaker salient = SalientSubject(ctx, r, d);  // salience.cc
    if (salient.resolved()) return salient;
  }
  return ResolvePronoun(ctx, p, r, at, d);
}

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
