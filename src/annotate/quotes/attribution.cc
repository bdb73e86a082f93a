// Attribution: pairing quoted and reported content with a cue and a speaker.
//
// Direct quotes come from the quote finder. For each, the speaker is looked
// for where news writing puts it, in order:
//   1. right after the closing mark, in the same sentence or in a short
//      following one: `“...,” Kerry said` / `“...,” said Kerry` /
//      `“...,” Kerry, a former senator, said` / `“...” he said.`;
//   2. before the opening mark in its sentence: `Kerry said: “...”`,
//      `Kerry said the talks were “productive”` (partial quotes),
//      `According to Kerry, “...”`;
//   3. continuation: an unattributed quote that follows a quote or report
//      of the same or previous paragraph keeps that speaker (the
//      multi-paragraph and "second sentence" conventions).
// Short unattributed quotes are scare quotes and dropped.
// Indirect speech is looked for in sentences without quote marks: the
// cue "according to X" (content: the rest of the sentence), a trailing
// attribution (`..., said one of the people.` / `..., another person said.`)
// and a leading one (`Kerry said (that) CLAUSE`, `Politico reports CLAUSE`,
// nested reports giving one quotation each). A report needs a resolved
// speaker. Speakers are resolved by ResolvePhrase (speakers.cc), in text
// order so that pronouns see the speakers before them.
#include <algorithm>
#include <cctype>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/quote_annotator.h"
#include "annotate/quotes/quote_finder.h"
#include "annotate/quotes/speaker_model.h"
#include "core/ascii.h"
#include "core/word_list.h"

namespace parallax::quotes {

namespace {

// "read" reports only a document: `the statement read` or `“...,” read a
// joint statement from ...` (not `he read the report`).
Cue ReadCue(const Context& ctx, uint32_t t) {
  std::string_view before = t > 0 ? ctx.Lower(t - 1) : "";
  bool after_quote = before == "," || ctx.IsQuoteMark(t - 1);
  bool document_near = false;  // "read a joint statement", "Heinrich's letter, signed by ..., read"
  for (uint32_t u = t + 1; u < t + 5 && after_quote && !document_near; ++u) document_near = DocumentNoun(ctx.Lower(u));
  for (uint32_t u = t; u > 0 && u + 20 > t && before == "," && !document_near; --u) {
    if (ctx.SentenceOf(u - 1) != ctx.SentenceOf(t) || ctx.InQuote(u - 1)) break;
    document_near = DocumentNoun(ctx.Lower(u - 1));
  }
  if (DocumentNoun(before) || document_near) return Cue{t, t + 1, CueKind::kWrite, false};
  return {};
}

}  // namespace

Cue CueAt(const Context& ctx, uint32_t t) {
  const uint8_t word = ctx.CueWord(t);  // most tokens stop here
  if (word == 0) return {};
  std::string_view w = ctx.Lower(t);
  if ((word & kCueAccording) && ctx.Lower(t + 1) == "to") return Cue{t, t + 2, CueKind::kSpeech, true};
  if (word & kCueRead) return ReadCue(ctx, t);
  CueKind k = static_cast<CueKind>(word & kCueKindBits);
  if (k == CueKind::kNone) return {};
  // "states" and "claims" are nouns ("the United States", "Chinese claims to")
  // unless a document or a quotation is their subject ("“...,” the suit states").
  std::string_view before = t > 0 ? ctx.Lower(t - 1) : "";
  bool document_subject = DocumentNoun(before) || before == "suit" || before == "," || ctx.IsQuoteMark(t - 1);
  for (uint32_t u = t; u > 0 && u + 4 > t && !document_subject; --u) {  // "The letter from Taylor states"
    if (ctx.SentenceOf(u - 1) != ctx.SentenceOf(t)) break;
    document_subject = DocumentNoun(ctx.Lower(u - 1));
  }
  if ((w == "states" || w == "claims") && (ctx.Text(t)[0] == 'S' || !document_subject)) return {};
  std::string_view prev = t > 0 ? ctx.Lower(t - 1) : "";
  // "emerged to call the dossier “...”", "goes on to state that": not "a phone call", "the state",
  // "according to State Budget Solutions", "to state officials".
  if ((w == "call" || w == "state") && prev != "to") return {};
  if (w == "state" && (ctx.Text(t)[0] != 's' || !(ctx.Lower(t + 1) == "that" || ctx.IsPunct(t + 1)))) return {};
  // "Commentators have pointed to the breadth of “qualified immunity”": a reference, not speech.
  if ((w == "pointed" || w == "points") && (ctx.Lower(t + 1) == "to" || ctx.Lower(t + 1) == "at")) return {};

  // "the reported talks", "was told", "is said to": not a report by a speaker.
  static const std::string_view kNotAfter[] = {"the", "a", "an", "was", "were", "is", "are", "be", "been", "being", "all"};
  if (InList(prev, kNotAfter)) return {};
  return Cue{t, t + 1, k, false};
}

uint32_t SentenceEnd(const Context& ctx, uint32_t tok) {
  uint32_t s = ctx.SentenceOf(tok);
  if (s >= ctx.article().sentences.size()) return tok + 1;
  const Sentence& st = ctx.article().sentences[s];
  return st.first_token + st.token_count;
}

uint32_t SentenceStart(const Context& ctx, uint32_t tok) {
  uint32_t s = ctx.SentenceOf(tok);
  return s < ctx.article().sentences.size() ? ctx.article().sentences[s].first_token : tok;
}

// End of the speaker phrase that starts at `from` (after a cue).
uint32_t PhraseEnd(const Context& ctx, uint32_t from, uint32_t limit) {
  uint32_t t = from;
  for (; t < limit && t < from + 10; ++t) {
    std::string_view w = ctx.Lower(t);
    bool after_spokes = t > from && (w == "for" || w == "at") && SpokespersonNoun(ctx.Lower(t - 1));
    bool after_document = t > from && (w == "from" || w == "by") && DocumentNoun(ctx.Lower(t - 1));
    if (after_spokes || after_document) continue;
    if (ctx.IsPunct(t) || PhraseStop(w) || CueAt(ctx, t).valid()) break;
  }
  // An appositive name closes the phrase: "the statement from his attorney, William McGinley",
  // also after capitalized title words ("Agra's top local official, District Magistrate Prabhu N Singh").
  uint32_t name = t + 1;
  while (ctx.Lower(t) == "," && name < limit && name < t + 5 && ctx.EntityOf(name) < 0 && !ctx.IsPunct(name) &&
         std::isupper(static_cast<unsigned char>(ctx.Text(name)[0]))) {
    ++name;
  }
  if (name < limit && ctx.Lower(t) == "," && ctx.EntityOf(name) >= 0 &&
      ctx.article().entities[ctx.EntityOf(name)].type == "PER") {
    int32_t e = ctx.EntityOf(name);
    uint32_t u = name;
    while (u < limit && ctx.EntityOf(u) == e) ++u;
    bool closes = u >= limit || ctx.IsPunct(u);
    if (closes) t = u;
  }
  return t;
}

namespace {

struct Found {
  Cue cue;
  Speaker speaker;
};

// `“...,” Elliott Maynard, a Republican trying to unseat ..., said`: a
// person opening the words after the quote, whose cue comes after a
// comma-closed appositive too long for the usual window.
Found PersonBeforeLongAppositive(const Context& ctx, uint32_t w, uint32_t end, const Discourse& d) {
  uint32_t p = w;
  if (ctx.EntityOf(p) < 0 && (TitleNoun(ctx.Lower(p)) || ctx.Text(p).ends_with("."))) ++p;  // "Rev. John Paul Hopping"
  int32_t e = ctx.EntityOf(p);
  if (e < 0 || ctx.article().entities[e].type != "PER" || ctx.TokenAt(ctx.article().entities[e].span.begin) != p) {
    return {};
  }
  uint32_t after_name = p;
  while (after_name < end && ctx.EntityOf(after_name) == e) ++after_name;
  uint32_t tagged_end = after_name;  // the tagger may stop short: "[John Paul] Hopping of ..."
  while (after_name < end && after_name < tagged_end + 2 && ctx.EntityOf(after_name) < 0 &&
         !ctx.IsPunct(after_name) && std::isupper(static_cast<unsigned char>(ctx.Text(after_name)[0]))) {
    ++after_name;
  }
  std::string_view joint = ctx.Lower(after_name);
  // "Ali Akbar Salehi was quoted by state television as saying": the quoted person.
  bool quoted = (joint == "was" || joint == "is") && ctx.Lower(after_name + 1) == "quoted";
  if (joint != "," && joint != "of" && joint != "from" && joint != "(" && !quoted) return {};  // "Carlos Curbelo (R) of"
  for (uint32_t t = after_name; t < end && t < w + 40; ++t) {
    if (ctx.IsQuoteMark(t) || ctx.Lower(t) == ";") return {};
    Cue c = CueAt(ctx, t);
    if (!c.valid()) continue;
    std::string_view before = ctx.Lower(t - 1);
    // "Dunford, chairman of the joint chiefs of staff told": a title appositive whose closing comma
    // was forgotten.
    uint32_t title = after_name + 1;
    std::string_view det = ctx.Lower(title);
    if (det == "a" || det == "an" || det == "the" || det == "former") ++title;
    bool title_appositive = joint == "," && TitleNoun(ctx.Lower(title)) && t < title + 10;
    bool closed = before == "," || ((before == "has" || before == "had") && ctx.Lower(t - 2) != ",") ||
                  (quoted && before == "as") || title_appositive;
    if (!closed) return {};  // the appositive must close before the cue ("..., said", "... of Florida has told")
    Speaker s = ResolvePhrase(ctx, p, p + 1, t, d);
    if (s.resolved() && after_name > tagged_end && s.type == "person") s.name = std::string(ctx.TextOf(p, after_name));
    return s.resolved() ? Found{c, s} : Found{};
  }
  return {};
}

// `“...,” the White House press secretary, Sarah Huckabee Sanders, said`:
// a noun phrase with an appositive, its cue right after a comma further
// than the usual window; or a long title ending with the name right before
// the cue (`“...,” leader of the caravan Irineo Mujica said`).
Found SpeakerBeforeLateCue(const Context& ctx, uint32_t w, uint32_t end, const Discourse& d) {
  if (PhraseStop(ctx.Lower(w)) || CueAt(ctx, w).valid()) return {};
  for (uint32_t t = w + 1; t < end && t < w + 25; ++t) {
    if (ctx.IsQuoteMark(t) || ctx.Lower(t) == ";") return {};
    Cue c = CueAt(ctx, t);
    if (!c.valid()) continue;
    // "..., said" or a name right before the cue ("leader of the caravan Irineo Mujica said"), a
    // party tag between them ("President Pro Tem David Long (R) said").
    uint32_t k = t - 1;
    if (ctx.Lower(k) == ")") {
      while (k > w && k + 6 > t && ctx.Lower(k) != "(") --k;
      if (ctx.Lower(k) == "(" && k > w) --k;
    }
    int32_t e = ctx.EntityOf(k);
    bool named = e >= 0 && ctx.article().entities[e].type == "PER";
    if (ctx.Lower(t - 1) != "," && !named) return {};
    Speaker s = named ? ResolvePhrase(ctx, k, k + 1, t, d) : ResolvePhrase(ctx, w, t, t, d);
    return s.resolved() ? Found{c, s} : Found{};
  }
  return {};
}

Found AfterQuote(const Context& ctx, const QuotedSpan& q, uint32_t after, const Discourse& d) {
  const Article& a = ctx.article();
  if (after >= ctx.size() || a.tokens[after].span.begin >= a.paragraphs[q.last_paragraph].span.end) return {};
  uint32_t end = SentenceEnd(ctx, after);
  bool next_sentence = after > 0 && ctx.SentenceOf(after) != ctx.SentenceOf(after - 1);
  // A long next sentence is a new one, unless the quote was a question or an
  // exclamation the segmenter ended: `“...?” Mr. Mueller planned to ask, according to ...`.
  std::string_view content = q.content.Of(a.body);
  bool ended = !content.empty() && (content.back() == '?' || content.back() == '!');
  bool long_next = next_sentence && end - after > 12;
  if (long_next && !ended) return {};
  end = std::min(end, after + 15);
  uint32_t w = after;
  while (w < end && ctx.IsPunct(w) && !ctx.IsQuoteMark(w)) ++w;
  for (uint32_t t = w; t < end && t < w + 8; ++t) {
    if (ctx.IsQuoteMark(t) || ctx.Lower(t) == ";") break;
    Cue c = CueAt(ctx, t);
    if (!c.valid()) continue;
    // The cue closes the clause, or a name opens it: `“...?” Bachmann asked her followers on ...`.
    int32_t name = ctx.EntityOf(w);
    bool named = name >= 0 && ctx.article().entities[name].type == "PER" && ctx.EntityOf(t - 1) == name;
    if (long_next && ctx.Lower(c.last) != "," && ctx.Lower(c.last) != "." && !named) return {};
    // "“...” after video emerged of him warning": a clause, not a speaker phrase; nor is a participle
    // modifying the quoted words ("the “...” identified in a report that pointed to").
    if (t > w && PhraseStop(ctx.Lower(w))) return {};
    std::string_view raw = ctx.Text(w);
    bool participle = ctx.Lower(w).size() > 4 && ctx.Lower(w).ends_with("ed") && ctx.EntityOf(w) < 0 &&
                      std::islower(static_cast<unsigned char>(raw[0]));
    if (t > w && participle) return {};
    // "“it might have been X”—told Paul Combetta to": "told" takes its listener, never an inverted speaker.
    std::string_view cue_word = ctx.Lower(t);
    if (t == w && (cue_word == "told" || cue_word == "tells" || cue_word == "reminded" || cue_word == "assured")) {
      return {};
    }
    Speaker s = t == w ? ResolvePhrase(ctx, c.last, PhraseEnd(ctx, c.last, end), t, d)
                       : ResolvePhrase(ctx, w, InfinitiveStart(ctx, w, t), t, d);
    if (s.resolved()) return Found{c, s};
    return {};
  }
  if (long_next) return {};
  Found f = PersonBeforeLongAppositive(ctx, w, SentenceEnd(ctx, after), d);
  return f.speaker.resolved() ? f : SpeakerBeforeLateCue(ctx, w, SentenceEnd(ctx, after), d);
}

}  // namespace

uint32_t SkipOpening(const Context& ctx, uint32_t start, uint32_t limit) {
  // A dateline, the reader indirect speech uses (DatelineEnd, indirect_shapes23.cc; session 25).
  const uint32_t dateline = DatelineEnd(ctx, start, SentenceEnd(ctx, start));
  if (dateline > start && dateline <= limit) start = dateline;
  std::string_view w0 = ctx.Lower(start);
  // "But Alexandria Ocasio-Cortez, a candidate, said": an opening conjunction is one word.
  if ((w0 == "but" || w0 == "and" || w0 == "yet" || w0 == "so") && start + 1 < limit && !ctx.IsPunct(start + 1)) {
    return SkipOpening(ctx, start + 1, limit);
  }
  // "Speaking to reporters, ...", "Asked about it, ...": an opening participle phrase.
  bool participle = ctx.EntityOf(start) < 0 && w0.size() > 4 && (w0.ends_with("ing") || w0.ends_with("ed"));
  // "Earlier this year, ...", "Last week, ...": a time phrase.
  bool time = w0 == "earlier" || w0 == "later" || w0 == "last" || w0 == "next" || w0 == "early" || w0 == "late";
  // "Fifteen years ago, ...", "A week ago, ...": a time phrase whose first comma follows "ago".
  for (uint32_t t = start + 1; !time && t < limit && t < start + 6; ++t) {
    if (ctx.Lower(t) == ",") {
      time = ctx.Lower(t - 1) == "ago";
      break;
    }
  }
  // "Within his statement, he said": a preposition opening the sentence (tagged_names.cc).
  bool intro = PhraseStop(w0) || w0 == "with" || w0 == "after" || participle || time || OpeningPreposition(w0);
  if (!intro) {  // one opening adverb: "Then, the congressman ..." (not "He went on," nor "Mr. Grimm,")
    bool adverb = ctx.Lower(start + 1) == "," && ctx.EntityOf(start) < 0 &&
                  PronounKind(ctx.Lower(start)) == Pronoun::kNone && !ctx.IsPunct(start);
    return adverb && start + 2 < limit ? start + 2 : start;
  }
  for (uint32_t t = start + 1; t < limit && t < start + 10; ++t) {
    if (ctx.Lower(t) == ",") return t + 1;  // "In that interview,"
  }
  return start;
}

namespace {

// The subject of the sentence [start, limit): the first of its opening
// phrases (up to five words) that resolves ("The letter ...", "The AARP ...").
Speaker SentenceSubject(const Context& ctx, uint32_t start, uint32_t limit, const Discourse& d) {
  start = SkipOpening(ctx, start, limit);
  if (PronounKind(ctx.Lower(start)) != Pronoun::kNone) return ResolvePhrase(ctx, start, start + 1, start, d);
  uint32_t end = start;
  while (end < limit && end < start + 5 && !ctx.IsPunct(end) && !PhraseStop(ctx.Lower(end))) ++end;
  // The phrase ends with the last person of its opening name-and-title run: "President Donald
  // Trump commended North Korea's ...", "Trump spokesman Jason Miller issued ...".
  uint32_t person_end = 0;
  for (uint32_t t = start; t < end; ++t) {
    std::string_view raw = ctx.Text(t), w = ctx.Lower(t);
    bool run = ctx.EntityOf(t) >= 0 || TitleNoun(w) || SpokespersonNoun(w) ||
               (!raw.empty() && std::isupper(static_cast<unsigned char>(raw[0])));
    if (!run) break;
    int32_t e = ctx.EntityOf(t);
    if (e >= 0 && ctx.article().entities[e].type == "PER") person_end = t + 1;
  }
  if (person_end > start) end = person_end;
  Speaker pair = person_end > start && ctx.Lower(end) == "and" ? PairFrom(ctx, start, limit) : Speaker{};
  if (pair.resolved()) return pair;  // "Bishop Lori and Bishop Malone issued a statement"
  // "The press secretary, Sarah Sanders, told ...": a name in apposition to the opening phrase.
  int32_t named = end + 1 < limit && ctx.Lower(end) == "," ? ctx.EntityOf(end + 1) : -1;
  if (person_end == 0 && named >= 0 && ctx.article().entities[named].type == "PER" &&
      ctx.TokenAt(ctx.article().entities[named].span.begin) == end + 1) {
    uint32_t name_end = end + 1;
    while (name_end < limit && ctx.EntityOf(name_end) == named) ++name_end;
    if (ctx.Lower(name_end) == ",") return ResolvePhrase(ctx, end + 1, name_end, end + 1, d);
  }
  for (; end > start; --end) {  // longest first: "AARP CEO Barry Rand", not "AARP"
    Speaker s = ResolvePhrase(ctx, start, end, start, d);
    if (s.resolved()) return s;
  }
  return {};
}

// The speaker of the cue at v when the words before it do not name one:
// the antecedent of a relative clause holding the cue ("Josh Wong, who
// responded by writing"); a participle continues the sentence's last
// speaker ("..., adding that");
// an appositive separates subject and cue ("Jenky, of Peoria, Ill., said");
// else the sentence's subject.
Speaker FallbackSubject(const Context& ctx, uint32_t v, uint32_t start, const Discourse& d) {
  bool participle = ctx.Lower(v).ends_with("ing");
  // "activist Josh Wong, who responded by writing on Twitter:": the relative clause's antecedent.
  for (uint32_t t = v; t > start + 1 && t + 15 > v; --t) {
    if (ctx.Lower(t - 1) != "who" || ctx.Lower(t - 2) != ",") continue;
    int32_t who = ctx.EntityOf(t - 3);
    if (who >= 0 && ctx.article().entities[who].type == "PER") {
      uint32_t name = ctx.TokenAt(ctx.article().entities[who].span.begin);
      return ResolvePhrase(ctx, name, t - 2, name, d);
    }
    break;
  }
  if (participle && v == start) {  // "Calling it “an all-out assault,” the DNC filed ...": the main clause's subject
    uint32_t end = SentenceEnd(ctx, v);
    for (uint32_t t = v + 1; t + 1 < end; ++t) {
      if (ctx.Lower(t) != "," || ctx.InQuote(t)) continue;
      Speaker s = SentenceSubject(ctx, t + 1, end, d);
      if (s.resolved()) return s;
      break;
    }
  }
  if (participle) {  // "CLAUSE, the Obama administration said Thursday, acknowledging that"
    Speaker s = ReportBeforeParticiple(ctx, v, start, d);
    if (s.resolved()) return s;
  }
  if (participle && !ctx.IsQuoteMark(start)) {  // "Barry Rand later issued a statement ... claiming “...”"
    Speaker s = SentenceSubject(ctx, start, v, d);
    if (s.resolved()) return s;
  }
  if (participle && d.last_speaker.resolved() && d.last_speaker_sentence + 1 >= ctx.SentenceOf(v)) return d.last_speaker;
  if (v > start && ctx.Lower(v - 1) == "and") {  // "X wrote that ... and described ...": X's second verb
    uint32_t clause = v;  // the clause after a colon: "The evening began ...: Demonstrators marched and chanted"
    while (clause > start && ctx.Lower(clause - 1) != ":" && ctx.Lower(clause - 1) != ";") --clause;
    Speaker s = SentenceSubject(ctx, clause, v, d);
    if (s.resolved() && (s.type == "person" || s.type == "organization" || s.type == "anonymous")) return s;
  }
  int32_t e = SubjectAcrossAppositive(ctx, v, 30);
  if (e >= 0) {
    uint32_t t = ctx.TokenAt(ctx.article().entities[e].span.begin);
    return ResolvePhrase(ctx, t, t + 1, t, d);
  }
  return SentenceSubject(ctx, start, v, d);
}

// "Mr. Perez demurred: “...”": a colon right before the quote introduces
// the words of the sentence's subject when that is a person. With
// `bodies`, an organization introducing a document does too ("The DNC
// issued a brief statement:" then a quoted paragraph): its document.
Speaker ColonSubject(const Context& ctx, uint32_t start, uint32_t open, const Discourse& d, bool bodies = false) {
  if (open <= start || ctx.Lower(open - 1) != ":") return {};
  uint32_t clause = open - 1;  // the clause before the colon: past "Asked about it,"
  while (clause > start && ctx.Lower(clause - 1) != ",") --clause;
  Speaker s = SentenceSubject(ctx, clause, open - 1, d);
  if ((s.type == "person" && s.entity >= 0) || s.type == "anonymous") return s;  // "an unseen announcer concludes:"
  bool document = false;
  for (uint32_t t = clause; t + 1 < open && !document; ++t) document = DocumentNoun(ctx.Lower(t));
  if (!bodies || !document || (s.type != "organization" && s.type != "person") || s.entity < 0) return {};
  s.type = "document";
  return s;
}

// "When the president accused Democrats of ..., Mrs Pelosi was seen mouthing: “...”": after an
// opening subordinate clause, a colon before the quote introduces the words of the main clause's
// subject, whatever cue the subordinate clause holds (used when the cue found
// lies before `*main_start`, the main clause's first token).
Speaker MainClauseColonSubject(const Context& ctx, uint32_t start, uint32_t open, const Discourse& d,
                               uint32_t* main_start) {
  static const std::string_view kSubordinators[] = {"after", "although", "as", "because", "before", "if",
                                                    "once", "since", "though", "when", "whereas", "while"};
  std::string_view w0 = ctx.Lower(start);
  if (open <= start + 2 || ctx.Lower(open - 1) != ":" ||
      !InList(w0, kSubordinators)) {
    return {};
  }
  for (uint32_t t = start + 1; t + 1 < open; ++t) {
    if (ctx.Lower(t) == "," && !ctx.InQuote(t)) {
      *main_start = t + 1;
      return ColonSubject(ctx, t + 1, open, d);
    }
  }
  return {};
}

// Cues whose following noun phrase is their object (the listener or the
// target), never an inverted speaker: "asked Trump", "praised the senator".
bool TransitiveCue(std::string_view w) {
  static const std::string_view k[] = {"accused", "asked", "assured", "blasted", "call", "called", "chided", "criticized",
                                       "derided", "mocked", "praised", "reminded", "taunted", "told", "urged",
                                       "warned", "welcomed"};
  return InList(w, k);
}

// "Don Jr. was getting this email saying", "she received a long letter stating": a document the
// subject of [subject, v) receives, right before the participle cue v, is what speaks. Returns the
// document phrase's first token (its determiner), or v when there is none.
uint32_t ReceivedDocument(const Context& ctx, uint32_t subject, uint32_t v) {
  static const std::string_view kReceive[] = {"get", "gets", "getting", "got", "obtained", "receive", "received",
                                              "receives", "receiving"};
  auto determiner = [&](uint32_t t) {
    std::string_view w = ctx.Lower(t);
    return w == "this" || w == "the" || w == "a" || w == "an" || w == "that";
  };
  if (v < subject + 3 || !DocumentNoun(ctx.Text(v - 1))) return v;
  uint32_t det = determiner(v - 2) ? v - 2 : v >= subject + 4 && determiner(v - 3) ? v - 3 : v;  // one adjective
  for (uint32_t t = subject; t < det && det < v; ++t) {
    if (InList(ctx.Lower(t), kReceive)) return det;
  }
  return v;
}

// Auxiliaries and copulas that start a reported clause's predicate.
bool ClauseVerb(std::string_view w) {
  static const std::string_view k[] = {"was", "is", "were", "are", "had", "has", "have", "would", "will",
                                       "could", "should", "can", "did", "does", "might", "must"};
  return InList(w, k);
}

// The person who opens the clause [from, open) after an earlier quotation, whose closing mark is
// `from` - 1, and before the quote at `open` ("...,” Sanders hammered: “...”", "...,” Guthrie
// dismissed the idea as “...”"), when that clause holds no other quote; the caller has found no
// cue in it. Punctuation must end the earlier quote or follow it: in `he was “delighted” Trump
// would “...”` the name is the reported clause's subject.
Speaker PersonOpeningClauseAfter(const Context& ctx, uint32_t from, uint32_t open, const Discourse& d) {
  if (from < 2) return {};
  bool separated = (ctx.IsPunct(from - 2) && !ctx.IsQuoteMark(from - 2)) || (ctx.IsPunct(from) && !ctx.IsQuoteMark(from));
  if (!separated) return {};
  uint32_t p = from;
  while (p < open && ctx.IsPunct(p) && !ctx.IsQuoteMark(p)) ++p;  // the comma or dash after the mark
  if (p >= open) return {};
  for (uint32_t t = p; t < open; ++t) {
    if (ctx.IsQuoteMark(t) || ctx.InQuote(t)) return {};
  }
  int32_t e = ctx.EntityOf(p);
  if (e < 0 || ctx.article().entities[e].type != "PER") return {};
  uint32_t end = p;
  while (end < open && ctx.EntityOf(end) == e) ++end;
  if (end >= open || end == p) return {};
  std::string_view w = ctx.Lower(end);
  if (w == "'s" || w == "\u2019s" || ctx.IsPunct(end)) return {};  // a possessor or an appositive, not a subject
  return ResolvePhrase(ctx, p, end, p, d);
}

Found BeforeQuote(const Context& ctx, uint32_t open, const Discourse& d) {
  if (open >= ctx.size()) return {};
  uint32_t start = SentenceStart(ctx, open);
  for (uint32_t t = open; t > start; --t) {  // a final stop the segmenter kept inside the sentence
    std::string_view w = ctx.Lower(t - 1);
    if ((w == "." || w == "?" || w == "!") && !ctx.InQuote(t - 1)) {
      start = t;
      break;
    }
  }
  Speaker words = NamedWordsSpeaker(ctx, start, open, d);
  if (!words.resolved()) words = AsPutItSpeaker(ctx, start, open, d);  // "as one aide put it, “...”"
  if (words.resolved()) return Found{Cue{}, words};
  uint32_t main_start = start;
  Speaker main_clause = MainClauseColonSubject(ctx, start, open, d, &main_start);
  for (uint32_t t = open; t > start; --t) {
    uint32_t v = t - 1;
    if (ctx.InQuote(v)) {  // an earlier quotation in the sentence: its words are not cues
      // "“...,” Guthrie cut her off to lecture: “...”": a person opening the clause after it is
      // the speaker, not whoever the earlier quote's cue names.
      Speaker next = ctx.InQuote(v + 1) ? Speaker{} : PersonOpeningClauseAfter(ctx, v + 1, open, d);
      if (next.resolved()) return Found{Cue{}, next};
      continue;
    }
    if (ctx.Lower(v) == "to" && v > start && ctx.Lower(v - 1) == "according") continue;
    Cue c = CueAt(ctx, v);
    if (!c.valid()) {  // "the grand jury found that ... “...”": a body's or a document's findings
      Speaker finding = FindingWord(ctx.Lower(v)) ? FindingSpeaker(ctx, v, start, d) : Speaker{};  // polls: answers
      if (finding.resolved() && !SurveyWording(ctx, open)) return Found{Cue{v, v + 1, CueKind::kWrite, false}, finding};
      continue;
    }
    if (main_clause.resolved() && v < main_start) return Found{Cue{}, main_clause};
    if (c.according) return Found{c, ResolvePhrase(ctx, c.last, PhraseEnd(ctx, c.last, open), v, d)};
    // "it was Joe who said": the person before "who".
    Speaker antecedent = RelativeAntecedentSpeaker(ctx, v, start, d);
    if (antecedent.resolved()) return Found{c, antecedent};
    // "Booker insisted that Dr. Ford told “her truth.”": a partial quote that is the object of a cue
    // in the clause another cue reports is that cue's speaker's words, when a person ("he wrote
    // that Mr. Trump told him that Mr. Flynn “...”" stays Trump's).
    std::string_view first_word = ctx.Text(open + 1);
    bool object = c.last == open || (c.last + 1 == open && Determiner(ctx.Lower(c.last)));
    bool partial = object && !first_word.empty() && std::islower(static_cast<unsigned char>(first_word[0]));
    uint32_t nested = partial ? NestedReportSubject(ctx, v, start) : v;
    if (nested < v) {
      Found outer = BeforeQuote(ctx, nested, d);
      if (outer.cue.valid() && outer.speaker.type == "person") return outer;
    }
    uint32_t subject = SubjectStart(ctx, v, start);
    // Before a participle a person is its subject ("ends with Perry claiming");
    // other words are an object ("an ad in Iowa describing himself as").
    Speaker s = subject < v ? ResolvePhrase(ctx, subject, v, v, d) : Speaker{};
    bool participle = ctx.Lower(v).ends_with("ing") && PronounKind(ctx.Lower(subject)) == Pronoun::kNone;
    // "the Pentagon issued a statement saying": a body's document says it (a person's statement is
    // the person's words: "spokesman Jason Reyes issued a statement saying").
    bool body_document = s.type == "document" && s.entity >= 0 && ctx.article().entities[s.entity].type != "PER";
    uint32_t with = participle && s.type != "person" ? AbsoluteWithSubject(ctx, subject, v, start) : v;
    if (with < v) s = ResolvePhrase(ctx, with, v, v, d);  // "..., with researchers describing it as"
    if (participle && s.type != "person" && !body_document && with == v) s = Speaker{};
    uint32_t received = participle ? ReceivedDocument(ctx, subject, v) : v;
    if (received < v) s = ResolvePhrase(ctx, received, v, v, d);
    // "A spokesman for the party, Brad Woodhouse, said Mr. Steele was “...”": the
    // subject sits before the comma, not after the cue.
    if (!s.resolved() && subject == v && ctx.Lower(v - 1) == ",") s = FallbackSubject(ctx, v, start, d);
    // "... and asked Trump on Twitter, “...”": after a transitive cue the phrase is the listener.
    bool listener = TransitiveCue(ctx.Lower(v)) && v > start && !ctx.IsPunct(v - 1);
    if (!s.resolved() && subject == v && !listener) {
      uint32_t end = PhraseEnd(ctx, c.last, open);
      // "said Mr. Scotto was “not man enough”", "said the president “undermines the order”": the
      // reported clause's subject, not the speaker.
      std::string_view quoted = ctx.Text(open + 1);
      bool clause_goes_on = end == open && !quoted.empty() && std::islower(static_cast<unsigned char>(quoted[0]));
      // "said Omar and other opponents in Congress should be “sent back”": a verb before the quote
      // with no punctuation between makes the phrase a clause's subject too.
      for (uint32_t k = end; k < open && !clause_goes_on && !ctx.IsPunct(k); ++k) clause_goes_on = ClauseVerb(ctx.Lower(k));
      if (!ClauseVerb(ctx.Lower(end)) && !clause_goes_on) s = ResolvePhrase(ctx, c.last, end, v, d);
    }
    if (!s.resolved()) s = FallbackSubject(ctx, v, start, d);
    if (!s.resolved()) s = ColonSubject(ctx, start, open, d);  // "Asked about it, Ms. Ruiz shrugged: “...”"
    return Found{c, s};
  }
  // No cue: a partial quote in a clause opened by a person ("Yellen walked
  // away with the message that “...”", "while Blinken felt ... “...”").
  uint32_t clause = open;
  while (clause > start && !ctx.IsPunct(clause - 1) && ctx.Lower(clause - 1) != "while" &&
         ctx.Lower(clause - 1) != "but" && ctx.Lower(clause - 1) != "and") {
    --clause;
  }
  int32_t e = ctx.EntityOf(clause);
  if (clause < open && e >= 0 && ctx.article().entities[e].type == "PER") {
    return Found{Cue{}, ResolvePhrase(ctx, clause, clause + 1, clause, d)};
  }
  // "why is Comey, who doesn't “give a hoot about politics,” concerned": a relative clause on a person.
  int32_t antecedent = clause >= start + 2 && ctx.Lower(clause) == "who" && ctx.Lower(clause - 1) == "," ?
                       ctx.EntityOf(clause - 2) : -1;
  if (antecedent >= 0 && ctx.article().entities[antecedent].type == "PER") {
    uint32_t name = ctx.TokenAt(ctx.article().entities[antecedent].span.begin);
    Speaker s = ResolvePhrase(ctx, name, clause - 1, name, d);
    if (s.resolved()) return Found{Cue{}, s};
  }
  Speaker colon = ColonSubject(ctx, start, open, d);
  if (colon.resolved()) return Found{Cue{}, colon};
  // Else the sentence's subject when it is a named person ("Mr. Braley
  // apologized to Senator Grassley and “anyone I may have offended”").
  uint32_t p = SkipOpening(ctx, start, open);
  if (p < open && ctx.EntityOf(p) < 0 && WordGender(ctx.Lower(p)) != Gender::kUnknown) ++p;  // "Mr."
  if (p < open && (ctx.Lower(p) == "he" || ctx.Lower(p) == "she")) {  // "He went on, “...”"
    Speaker s = ResolvePhrase(ctx, p, p + 1, p, d);
    if (s.resolved()) return Found{Cue{}, s};
  }
  e = ctx.EntityOf(p);
  if (p < open && e >= 0 && ctx.article().entities[e].type == "PER" && !PartyTag(ctx.Text(p))) {
    return Found{Cue{}, ResolvePhrase(ctx, p, p + 1, p, d)};
  }
  return {};
}

// `“...,” which is “...,” Merkel's statement said`: an unattributed direct
// quote takes the speaker of the next direct quote of its sentence when
// that one's cue follows both.
void ShareTrailingCue(const Context& ctx, std::vector<Quotation>* out) {
  for (size_t i = out->size(); i-- > 1;) {
    Quotation& q = (*out)[i - 1];
    const Quotation& next = (*out)[i];
    if (!q.direct || !next.direct || !q.speaker_name.empty() || next.speaker_name.empty()) continue;
    if (next.cue.empty() || next.cue.begin < next.span.end) continue;
    if (ctx.SentenceOf(ctx.TokenAt(q.span.begin)) != ctx.SentenceOf(ctx.TokenAt(next.cue.begin))) continue;
    Span span = q.span;
    q = next;
    q.span = span;
  }
}

// True when the words after the quote's closing mark in its sentence name
// a speaker other than `previous` (`“...,” intoned a 2017 Times
// editorial.`, with an unknown cue word): the quote does not continue the
// previous speaker (`“...?” goes another.` does).
bool OtherSpeakerFollows(const Context& ctx, const QuotedSpan& q, uint32_t after, const std::string& previous,
                         const Discourse& d) {
  const Article& a = ctx.article();
  if (after == 0 || after + 1 >= ctx.size() || a.tokens[after].span.begin >= a.paragraphs[q.last_paragraph].span.end) {
    return false;
  }
  if (ctx.SentenceOf(after) != ctx.SentenceOf(after - 1) || ctx.IsPunct(after)) return false;
  Speaker s = ResolvePhrase(ctx, after + 1, PhraseEnd(ctx, after + 1, SentenceEnd(ctx, after)), after, d);
  return s.resolved() && s.name != previous;
}

// A kept quote without a speaker, with the discourse state where it was met.
struct Unnamed {
  Span content;
  uint32_t open, after;
  Discourse discourse;
};

struct Item {
  uint32_t begin;
  int32_t quote;  // index into spans, or -1 for a sentence to scan for indirect speech
  uint32_t sentence;
};

}  // namespace

void FindQuotations(Article* article, const QuoteOptions& options) {
  article->quotes.clear();
  const OutletRegistry& registry = options.registry ? *options.registry : OutletRegistry::Default();
  std::vector<QuotedSpan> spans = FindQuotedSpans(article->body, article->paragraphs);
  Context ctx(*article, registry, spans);
  std::vector<Span> outer;
  for (const auto& q : spans) outer.push_back(q.outer);
  ctx.MarkQuoted(outer);
  std::vector<Item> items;
  for (size_t i = 0; i < spans.size(); ++i) items.push_back(Item{spans[i].outer.begin, static_cast<int32_t>(i), 0});
  if (options.indirect) {
    for (uint32_t s = 0; s < article->sentences.size(); ++s) {
      const Sentence& st = article->sentences[s];
      bool has_mark = false;
      for (uint32_t t = st.first_token; t < st.first_token + st.token_count && !has_mark; ++t) has_mark = ctx.IsQuoteMark(t);
      if (!has_mark) items.push_back(Item{st.span.begin, -1, s});
    }
  }
  std::stable_sort(items.begin(), items.end(), [](const Item& x, const Item& y) { return x.begin < y.begin; });
  std::vector<Quotation> out;
  Discourse d;
  std::vector<bool> cue_sentence(article->sentences.size());  // holds the cue of an attributed direct quote
  Quotation last;  // the last attributed direct quote (speaker empty: none to continue)
  Quotation report;  // the last indirect report, and its sentence
  uint32_t report_sentence = UINT32_MAX;
  std::vector<Unnamed> unnamed;  // kept quotes the rules found no speaker for
  uint32_t prev_paragraph = 0;
  for (const Item& it : items) {
    if (it.quote < 0) {
      // The attribution of a quote the segmenter cut off (“...?” X planned to ask, according to ...).
      if (cue_sentence[it.sentence]) continue;
      size_t before = out.size();
      FindIndirect(ctx, it.sentence, &d, &out);
      if (out.size() > before) {  // reports do not carry over to following unattributed quotes...
        last = Quotation{};
        report = out.back();
        report_sentence = it.sentence;
      }
      continue;
    }
    const QuotedSpan& q = spans[it.quote];
    uint32_t open = ctx.TokenAt(q.outer.begin);
    uint32_t after = ctx.TokenAt(q.outer.end);
    Found f{Cue{}, CreditLine(ctx, q, d)};  // "“...”" then "Andrea Powell, NBC News"
    if (!f.speaker.resolved()) f = AfterQuote(ctx, q, after, d);
    if (!f.speaker.resolved()) f.speaker = TrailingClauseSpeaker(ctx, q, after, d, &f.cue);  // ", as X wrote"
    if (!f.speaker.resolved()) f = BeforeQuote(ctx, open, d);
    if (!f.speaker.resolved() && open > 0 && open == SentenceStart(ctx, open) && ctx.Lower(open - 1) == ":") {
      f = BeforeQuote(ctx, open - 1, d);  // "X posted this status update:" then the quoted paragraph
      if (!f.speaker.resolved()) f.speaker = ColonSubject(ctx, SentenceStart(ctx, open - 1), open, d, true);
    }
    size_t words = WordCount(q.content.Of(article->body));
    if (words < 2 && f.speaker.resolved() && f.cue.valid() && f.cue.first >= after) {
      // “Ah-hah,” she said. “Well, ...”: no quotation, but the next quote continues her.
      last = MakeQuotation(q.content, ctx, &f.cue, f.speaker, true);
      prev_paragraph = q.last_paragraph;
    }
    const QuotedSpan* next = static_cast<size_t>(it.quote) + 1 < spans.size() ? &spans[it.quote + 1] : nullptr;
    bool interrupted = words == 1 && f.speaker.resolved() && InterruptedOpening(ctx, f.cue, open, after, next);
    if (words < 2 && !TranscriptAnswer(ctx, open) && !interrupted) continue;  // a single word is a term or a scare quote
    bool title = words > 1 && TitleLike(q.content.Of(article->body));  // not a one-word answer ("Correct.")
    if (title && f.speaker.resolved() && ExclaimedWithCue(ctx, q.content.Of(article->body), f.cue, after)) title = false;
    if (title || NamedNotSaid(ctx, open, after) || DisplayOrName(ctx, q, open)) continue;
    // "voting down the “skinny repeal” of Obamacare": a term, even in a sentence whose subject is a person.
    if (!f.cue.valid() && TermAfterDeterminer(ctx, open)) continue;
    // "66 percent of Americans say that immigration is a “good thing”": a poll's answer wording.
    if (f.cue.valid() && f.speaker.type != "person" && ShareOfPeople(ctx, f.cue.first)) continue;
    Quotation quote;
    if (f.speaker.resolved()) f.speaker = ApplySpeakerModel(ctx, options, q.content, open, after, f.speaker, d);
    if (f.speaker.resolved()) {
      quote = MakeQuotation(q.content, ctx, &f.cue, f.speaker, true);
      Remember(ctx, f.speaker, f.cue.valid() ? f.cue.first : open, &d);
      if (f.cue.valid() && ctx.SentenceOf(f.cue.first) < cue_sentence.size()) cue_sentence[ctx.SentenceOf(f.cue.first)] = true;
    } else if ((words < options.min_unattributed_words && !ShortSentenceGoesOn(ctx, q, open, last, prev_paragraph)) ||
               TermAfterDeterminer(ctx, open) || SurveyWording(ctx, open)) {
      continue;
    } else if (!last.speaker_name.empty() && q.first_paragraph <= prev_paragraph + 1 && QuoteOpensSentence(ctx, open) &&
               !OtherSpeakerFollows(ctx, q, after, last.speaker_name, d)) {
      quote = last;  // continuation of the previous speaker's quote
      quote.span = q.content;
      quote.cue = Span{};
    } else if (ReportGoesOn(ctx, open, after, report, report_sentence)) {
      quote = report;  // ...but to a quoted paragraph right after a report's paragraph
      quote.span = q.content;
      quote.cue = Span{};
      quote.direct = true;
    } else {  // the rules found no one: the speaker model decides once the cues are shared
      quote = MakeQuotation(q.content, ctx, nullptr, Speaker{}, true);
      unnamed.push_back(Unnamed{q.content, open, after, d});
    }
    out.push_back(quote);
    last = quote;
    prev_paragraph = q.last_paragraph;
  }
  auto span_order = [](const Quotation& x, const Quotation& y) {
    return x.span.begin != y.span.begin ? x.span.begin < y.span.begin : x.span.end < y.span.end;
  };
  std::sort(out.begin(), out.end(), span_order);
  ShareTrailingCue(ctx, &out);
  for (const Unnamed& u : unnamed) {
    Quotation probe;
    probe.span = u.content;
    auto it = std::lower_bound(out.begin(), out.end(), probe, span_order);  // the first with this span
    if (it == out.end() || it->span != u.content || !it->speaker_name.empty()) continue;
    Speaker s = ApplySpeakerModel(ctx, options, u.content, u.open, u.after, Speaker{}, u.discourse);
    if (s.resolved()) *it = MakeQuotation(u.content, ctx, nullptr, s, true);
  }
  for (Quotation& q : out) {
    if (q.speaker_name.find("\xC2\xAD") != std::string::npos) q.speaker_name = WithoutSoftHyphens(q.speaker_name);
  }
  article->quotes = std::move(out);
}

}  // namespace parallax::quotes
