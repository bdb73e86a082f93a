// Session 19: the person "he" or "she" at a cue points back to when the narrative before it keeps
// one person as its subject. Reading back from the pronoun's sentence (its paragraph and the one
// before), each sentence either names its subject, goes on with the same person (its subject is
// a pronoun of the cue's gender, or it names no compatible person and refers to one by such a
// pronoun), or names someone else; the first subject found is the antecedent when it is newer
// than the last person quoted:
//   "In a new interview, President Trump defended his son. He said, “...”" -> Trump, not the man
//   quoted a paragraph before;
//   "The governor, who took no questions, anticipated the pushback. “...,” he said." -> the person
//   named with that title ("Gov. Nathan Deal"), not the senator quoted before;
//   "Former Obama supporter Melissa Klein exposed her ordeal. ... her case remains unresolved, and
//   she can't file her taxes. How is it, she wondered, “...”" -> Klein, not the woman quoted before;
//   "A woman named Judy Roe sent an email. She said ..." -> Judy Roe.
// Used by PronounSpeaker (antecedents.cc) before the older rules of ResolvePronoun (speakers.cc).
#include <algorithm>
#include <cctype>
#include <string_view>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/names.h"
#include "annotate/quotes/speakers_internal.h"

namespace parallax::quotes {

namespace {

// Sentences read back from the pronoun: narrative ones (sentences wholly inside quotation marks
// are speech and not counted), and all of them.
constexpr uint32_t kNarrativeSentences = 4;
constexpr uint32_t kSentencesBack = 10;

Gender PronounGender(std::string_view w) {
  if (w == "he" || w == "him" || w == "his" || w == "himself") return Gender::kMale;
  if (w == "she" || w == "her" || w == "hers" || w == "herself") return Gender::kFemale;
  return Gender::kUnknown;
}

bool AllCaps(std::string_view raw) {
  return raw.size() > 1 && std::all_of(raw.begin(), raw.end(), [](char c) { return c < 'a' || c > 'z'; }) &&
         std::isupper(static_cast<unsigned char>(raw[0]));
}

// A lower-case word that may stand in a subject's run of names and roles before the name:
// "resident", "former", "supporter", "spokesman", "strategist"; not a verb, cue or preposition.
bool RoleWord(const Context& ctx, uint32_t t) {
  std::string_view raw = ctx.Text(t), w = ctx.Lower(t);
  if (!Lowercase(raw) || PhraseStop(w) || ctx.CueWord(t) != 0 || PronounKind(w) != Pronoun::kNone) return false;
  if (TitleNoun(w) || SpokespersonNoun(w) || AgentNoun(raw) || AnonymousNoun(w)) return true;
  if (w.size() <= 4 || InList(w, {"never", "ever", "however", "whether", "other", "rather", "either", "neither",
                                  "together", "under", "over", "later", "sooner", "meant", "went", "sent", "spent"})) {
    return false;
  }
  return w.ends_with("er") || w.ends_with("or") || w.ends_with("ent") || w.ends_with("ist") || w.ends_with("man");
}

bool Possessive(const Context& ctx, uint32_t last, uint32_t after) {
  std::string_view w = ctx.Lower(after), l = ctx.Lower(last);
  return w == "'s" || w == "\u2019s" || l.ends_with("'s") || l.ends_with("\u2019s");
}

enum class Step { kStop, kGoOn, kFound };
struct Subject {
  Step step = Step::kStop;
  int32_t entity = -1;
  bool quoted = false;  // the sentence is wholly inside quotation marks
};

// The speaker the words right after a sentence's opening quotation name: "“...,” Heath said",
// "“...,” said Heath", "“...,” he said".
Subject AttributionAfter(const Context& ctx, uint32_t t, Gender want) {
  if (ctx.Lower(t) == ",") ++t;
  std::string_view w = ctx.Lower(t);
  if (PronounKind(w) == Pronoun::kPerson) return {PronounGender(w) == want ? Step::kGoOn : Step::kStop};
  if (ctx.CueWord(t) != 0) ++t;
  int32_t e = ctx.EntityOf(t);
  return IsPerson(ctx, e) && ctx.EntityStart(e) == t ? Subject{Step::kFound, e} : Subject{};
}

// The person a cue of sentence [b, end) names as its speaker, outside quotations: "..., Giaconia
// said.", "“...,” Heath said", "..., said Heath"; -1 when none (the last such cue wins).
int32_t AttributedPerson(const Context& ctx, uint32_t b, uint32_t end) {
  int32_t found = -1;
  for (uint32_t t = b + 1; t < end; ++t) {
    if (ctx.CueWord(t) == 0 || ctx.InQuote(t)) continue;
    int32_t before = ctx.EntityOf(t - 1), after = ctx.EntityOf(t + 1);
    if (IsPerson(ctx, before) && !ctx.InQuote(t - 1)) {
      uint32_t first = ctx.EntityStart(before);
      if (first > b && (ctx.Lower(first - 1) == "," || ctx.IsQuoteMark(first - 1))) found = before;
    } else if (IsPerson(ctx, after) && ctx.EntityStart(after) == t + 1 && (ctx.Lower(t - 1) == "," || ctx.IsQuoteMark(t - 1))) {
      // "..., said Heath." / "..., said Heath, a ..." / "..., says Heath of ...": the name closes the
      // clause; "X, who ...,
      // said Giuliani shouldn't ..." and "..., says Donahue's abuse ..." report what another did.
      uint32_t next = t + 1;
      while (next < end && ctx.EntityOf(next) == after) ++next;
      bool closes = next >= end || (ctx.IsPunct(next) && !Possessive(ctx, next - 1, next)) || ctx.Lower(next) == "of";
      if (closes) found = after;
    }
  }
  return found;
}

// The person named with `title` ("governor", "president") before token `at`: the last person quoted
// when they are one of those so named (at most six back), else the one the article names most
// ("The president won over voters" after "President Obama's decision" in an article on Trump),
// the nearest of equals.
int32_t TitleHolder(const Context& ctx, std::string_view title, uint32_t at, const Discourse& d) {
  int32_t best = -1;
  size_t best_count = 0;
  int32_t e = PersonWithTitle(ctx, title, at);
  for (int k = 0; k < 6 && e >= 0; ++k) {
    if (d.last_person.resolved() && ctx.Canonical(e) == d.last_person.name) return e;
    size_t count = ctx.NameCount(ctx.Canonical(e));
    if (best < 0 || count > best_count) best = e, best_count = count;
    e = PersonWithTitle(ctx, title, ctx.EntityStart(e));
  }
  return best;
}

// What sentence `s` says about the subject a `want` pronoun after it points back to; `same_paragraph`:
// `s` is in the pronoun's paragraph.
Subject SubjectOf(const Context& ctx, uint32_t s, Gender want, const Discourse& d, bool same_paragraph) {
  const Sentence& st = ctx.article().sentences[s];
  uint32_t b = st.first_token, end = std::min<uint32_t>(b + st.token_count, ctx.size());
  uint32_t t = b;
  while (t < end && ctx.InQuote(t)) ++t;
  if (t == end) return {Step::kGoOn, -1, true};
  if (t > b) return AttributionAfter(ctx, t, want);
  int32_t attributed = AttributedPerson(ctx, b, end);
  if (attributed >= 0) return {Step::kFound, attributed};
  // A transcript's speaker label ("AMY GOODMAN: In a new interview, ...").
  uint32_t k = b;
  while (k < end && k < b + 4 && AllCaps(ctx.Text(k))) ++k;
  if (k > b && ctx.Lower(k) == ":") b = k + 1;
  uint32_t opened = SkipOpening(ctx, b, end);
  if (opened == b && (PhraseStop(ctx.Lower(b)) || OpeningPreposition(ctx.Lower(b)))) {
    // A long opening clause up to its comma ("After the Committee released the transcript of the
    // interview with Justice Kavanaugh, a woman named ...").
    for (uint32_t c = b + 1; c < end && c < b + 25 && !ctx.InQuote(c); ++c) {
      if (ctx.Lower(c) == ",") {
        opened = c + 1;
        break;
      }
    }
  }
  // "Although Trump has taken a clear stand ..., he had wavered": the subject of an opening
  // subordinate clause that the main clause goes on with by the pronoun (no "him"/"her" in it).
  int32_t opening = ctx.EntityOf(b + 1);
  if (opened > b + 1 && PhraseStop(ctx.Lower(b)) && IsPerson(ctx, opening) && ctx.EntityStart(opening) == b + 1 &&
      PronounKind(ctx.Lower(opened)) == Pronoun::kPerson && PronounGender(ctx.Lower(opened)) == want) {
    bool object = false;
    for (uint32_t c = b; c < opened; ++c) object = object || ctx.Lower(c) == "him" || ctx.Lower(c) == "her";
    if (!object) return {Step::kFound, opening};
  }
  b = opened;
  if (ctx.Lower(b) == "like" || ctx.Lower(b) == "unlike") {  // "Like Paul Ryan, a rival, he's ...": no subject
    while (b < end && ctx.Lower(b) != ",") ++b;
    ++b;
  }
  std::string_view w = ctx.Lower(b);
  if (PronounKind(w) == Pronoun::kPerson) return {PronounGender(w) == want ? Step::kGoOn : Step::kStop};
  // The opening run of names, capitalized titles and role words: its last person is the subject
  // ("San Francisco resident and former Obama supporter Melissa Klein exposed ..."), unless a
  // possessive ("Trump's lawyer said") or a pair ("Grassley and Graham sent") ends it.
  int32_t person = -1, earlier = -1;
  uint32_t title = UINT32_MAX;
  bool named = false;
  bool credit = false;  // "Brendan Smialowski / AFP - Getty Images President Barack Obama pauses"
  for (t = b; t < end && t < b + 16; ++t) {
    if (ctx.Text(t) == "/") {
      credit = true;
      person = -1;
      continue;
    }
    if (ctx.InQuote(t) || (ctx.IsPunct(t) && !(credit && (ctx.Text(t) == "-" || ctx.Text(t) == "\u2013")))) break;
    int32_t e = ctx.EntityOf(t);
    if (e >= 0) {
      named = true;
      uint32_t last = t;
      while (last + 1 < end && ctx.EntityOf(last + 1) == e) ++last;
      // "Trump's lawyer", "the Trump administration's decision": a possessor is no subject.
      bool possessive = Possessive(ctx, last, last + 1) ||
                        (Lowercase(ctx.Text(last + 1)) && Possessive(ctx, last + 1, last + 2));
      if (IsPerson(ctx, e)) {
        if (person >= 0 && ctx.Lower(t - 1) == "and") earlier = person;
        person = possessive ? -1 : e;
      }
      bool separate = ctx.Lower(last + 1) == "'s" || ctx.Lower(last + 1) == "\u2019s";
      t = last + (separate ? 1 : 0);
      continue;
    }
    std::string_view raw = ctx.Text(t), lw = ctx.Lower(t);
    if (!Lowercase(raw)) {
      named = named || t > b;
      continue;
    }
    // "Trump campaign communications director Tim Murtaugh": office words (attributive_names.cc) too.
    if (lw == "and" || Determiner(lw) || RoleWord(ctx, t) || OfficeWord(lw)) {
      if (TitleNoun(lw)) title = t;
      continue;
    }
    if (TitlePreposition(ctx, b, t)) continue;  // "Secretary of State John Kerry" (title_runs.cc)
    break;
  }
  if (person >= 0) return earlier >= 0 ? Subject{} : Subject{Step::kFound, person};
  // "A woman named Judy Roe sent ...".
  int32_t after_named = ctx.Lower(t) == "named" ? ctx.EntityOf(t + 1) : -1;
  if (IsPerson(ctx, after_named)) return {Step::kFound, after_named};
  // "The governor, who ..., anticipated": the person named with that title before, when the sentence
  // is in the pronoun's paragraph or opens its own ("Yet the president is never going to ask ..."
  // closing a paragraph is no subject for the "he says" that opens the next one).
  if (w == "the" && title != UINT32_MAX && !named) {
    bool opens = s == 0 || ctx.article().sentences[s - 1].paragraph != st.paragraph;
    if (!same_paragraph && !opens) return {};
    int32_t e = TitleHolder(ctx, ctx.Lower(title), b, d);
    return e >= 0 ? Subject{Step::kFound, e} : Subject{};
  }
  // No subject named: the sentence goes on with the person when it names no compatible person and
  // refers to one by a pronoun of the cue's gender ("her case remains unresolved").
  bool pronoun = false;
  for (k = st.first_token; k < end; ++k) {
    if (ctx.InQuote(k)) continue;
    int32_t e = ctx.EntityOf(k);
    if (IsPerson(ctx, e) && Compatible(ctx.GenderOf(e), want)) return {};
    pronoun = pronoun || PronounGender(ctx.Lower(k)) == want;
  }
  return {pronoun ? Step::kGoOn : Step::kStop};
}

}  // namespace

Speaker SalientSubject(const Context& ctx, Range r, const Discourse& d) {
  std::string_view w = ctx.Lower(r.b);
  if (w != "he" && w != "she") return {};
  Gender want = w == "she" ? Gender::kFemale : Gender::kMale;
  const auto& sentences = ctx.article().sentences;
  uint32_t here = ctx.SentenceOf(r.b);
  if (here >= sentences.size()) return {};
  // Its own sentence before it names no compatible person ("Jones is “...,” he said" is the reported
  // clause's subject, for the older rules).
  for (uint32_t t = sentences[here].first_token; t < r.b; ++t) {
    int32_t e = ctx.EntityOf(t);
    if (!ctx.InQuote(t) && IsPerson(ctx, e) && Compatible(ctx.GenderOf(e), want)) return {};
  }
  uint32_t narrative = 0;
  for (uint32_t k = here; k > 0 && here - k < kSentencesBack && narrative < kNarrativeSentences; --k) {
    uint32_t s = k - 1;
    if (sentences[s].paragraph + 1 < sentences[here].paragraph) break;
    if (InAside(ctx, sentences[s].first_token)) continue;
    Subject sub = SubjectOf(ctx, s, want, d, sentences[s].paragraph == sentences[here].paragraph);
    narrative += !sub.quoted;
    if (sub.step == Step::kStop) return {};
    if (sub.step == Step::kGoOn) continue;
    int32_t e = sub.entity;
    // "she" needs a woman the article shows as one (names of unknown gender are mostly men in the
    // news, as ResolvePronoun assumes); "he" takes a person of unknown gender too.
    if (!Compatible(ctx.GenderOf(e), want) || (want == Gender::kFemale && ctx.GenderOf(e) != want)) return {};
    // Newer than the last person quoted, or that person.
    if (d.last_person.resolved() && s <= d.last_person_sentence && d.last_person.name != ctx.Canonical(e)) return {};
    // A subject of unknown gender yields to a person of the pronoun's gender named after it.
    for (uint32_t t = sentences[s].first_token; ctx.GenderOf(e) == Gender::kUnknown && t < r.b; ++t) {
      int32_t other = ctx.EntityOf(t);
      if (!ctx.InQuote(t) && IsPerson(ctx, other) && ctx.GenderOf(other) == want) return {};
    }
    Speaker found = FromEntity(ctx, e);
    found.span = ctx.article().tokens[r.b].span;
    return found;
  }
  return {};
}

}  // namespace parallax::quotes
