// Session 24 (docs/quotes.md, "Session 24: sourcing24"): report shapes for indirect speech that
// indirect.cc leaves out, from the pooled misses of the development splits (indirect-dev and
// indirect-blind to indirect-blind6), classified by the shape that carries the report:
//   "X had blamed the activists ..., saying CLAUSE"     a participle of saying after a main clause
//                                                      whose verb is no report: X is the speaker
//   "what he says is a discriminatory practice", "spending, which experts say leads to ...",
//   "the documents he has said are coming soon"         a cue inside a relative clause whose gap
//                                                      is the reported clause's subject or object
#include <string_view>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/lexicon.h"

namespace parallax::quotes {

namespace {

// A finite verb of the main clause right after its subject: an auxiliary, or a past-tense verb.
bool MainVerb(std::string_view w) {
  if (InList(w, {"has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "did"})) return true;
  if (w.size() > 4 && w.ends_with("ed")) return true;
  return InList(w, {"took", "made", "gave", "sent", "met", "spoke", "wrote", "held", "put", "set", "left", "got",
                    "came", "went", "brought", "sought", "won", "lost", "ran", "struck", "kept", "filed", "sued",
                    "hit", "cut", "told", "urged", "called", "voted", "rejected", "defended"});
}

// The first token after an opening conjunction ("But the mayor ...") or a short opening phrase of
// time or place closed by a comma ("On Tuesday, the mayor ...", "Earlier Sunday, he ..."): at most
// six words, no other punctuation; `from` when the words open with neither.
uint32_t OpeningPhraseEnd(const Context& ctx, uint32_t from, uint32_t limit) {
  std::string_view w = ctx.Lower(from);
  if (InList(w, {"but", "and", "yet", "still", "so", "also"})) return from + 1;
  if (!InList(w, {"on", "in", "earlier", "later", "last", "after", "during", "meanwhile", "at", "since", "before",
                  "by", "this", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday",
                  "saturday", "sunday"})) {
    return from;
  }
  for (uint32_t t = from + 1; t < limit && t <= from + 6; ++t) {
    if (ctx.Lower(t) == ",") return t + 1;
    if (ctx.IsPunct(t) || ctx.InQuote(t)) return from;
  }
  return from;
}

}  // namespace

uint32_t ClauseBeforeParticipleSubjectEnd(const Context& ctx, uint32_t from, uint32_t part, uint32_t end,
                                          uint32_t* subject_b, uint32_t* content_b) {
  // "The senator had blamed such activists during appearances on CNN, saying that CLAUSE": the
  // subject opening the sentence's words, after an opening conjunction or phrase (a subject
  // pronoun, a person's or body's name the tagger found, or a determiner and one to three more
  // words), a main verb right after it, then
  // no punctuation, quote mark, cue or relative pronoun up to the comma before the participle (at
  // most twenty-five words), and a finite clause after the participle ("that", a subject pronoun
  // or an auxiliary within six words: not "saying goodbye to his staff").
  const uint32_t words = from;
  if (part < from + 4 || part > from + 28 || ctx.Lower(part - 1) != "," || !ReportParticiple(ctx.Lower(part))) {
    return words;
  }
  from = OpeningPhraseEnd(ctx, from, part);  // "On Tuesday, the mayor ...", "But the mayor ..."
  uint32_t e = from;
  std::string_view w0 = ctx.Lower(from);
  if (InList(w0, {"he", "she", "they", "we"})) {
    e = from + 1;
  } else if (ctx.EntityOf(from) >= 0) {
    int32_t x = ctx.EntityOf(from);
    const std::string& type = ctx.article().entities[x].type;
    if (type != "PER" && type != "ORG") return words;
    while (e < part && ctx.EntityOf(e) == x) ++e;
  } else if (Determiner(w0)) {  // "The county", "A liberal super PAC"
    e = from + 1;
    while (e < part && e < from + 5 && !ctx.IsPunct(e) && !MainVerb(ctx.Lower(e))) ++e;
    if (e == from + 1) return words;
  } else {
    return words;
  }
  // A main verb that is a cue and reported stopped the scan before the participle (indirect.cc).
  if (e + 1 >= part - 1 || !MainVerb(ctx.Lower(e))) return words;
  for (uint32_t t = e + 1; t + 1 < part; ++t) {
    if (ctx.IsPunct(t) || ctx.InQuote(t) || ctx.CueWord(t) != 0 || InList(ctx.Lower(t), {"who", "which", "whom"})) {
      return words;
    }
  }
  uint32_t c = part + 1;
  if (c < end && ctx.Lower(c) == "that") ++c;
  if (c + 3 >= end || !FiniteClauseAhead(ctx, c, end)) return words;
  *subject_b = from;
  *content_b = c;
  return e;
}

bool EmbeddedReport(const Context& ctx, uint32_t from, uint32_t subject, uint32_t t, const Cue& c, uint32_t end) {
  // "what he says is ...", "which experts say leads to ...", "which many health leaders said they
  // support", "the documents he has said are coming soon": the subject [subject, t) ("he" or "she"
  // after a person's name in the sentence, a name the tagger found, or up to three lower-case words
  // ending in a plural noun:
  // "experts", "many health leaders") right after "what" or "which" or after a plural noun (a
  // contact clause; an auxiliary may stand between subject and cue), a cue of saying that takes no
  // listener, then the rest of the reported clause: a finite verb whose subject is the gap
  // ("is", "are", "would", "leads") or a subject pronoun and its verb (the gap is the object).
  if (subject <= from || t >= end || c.last + 2 >= end) return false;
  std::string_view verb = ctx.Lower(c.first);
  if (!InList(verb, {"say", "says", "said", "claim", "claims", "claimed", "insist", "insists", "insisted", "argue",
                     "argues", "argued", "contend", "contends", "declared", "alleged", "allege"})) {
    return false;
  }
  uint32_t v = t;  // "he has said": the auxiliary before the cue
  while (v > subject + 1 && InList(ctx.Lower(v - 1), {"has", "have", "had"})) --v;
  if (v <= subject) return false;
  std::string_view w0 = ctx.Lower(subject), rel = ctx.Lower(subject - 1);
  // "he"/"she" only after a person's name earlier in the sentence ("Andy Cohen is speaking out about
  // what he says is"): read on unlabelled news, "they" and a pronoun with no name before it in the
  // sentence mostly resolved to the wrong antecedent ("what they claim are" -> an outlet).
  bool pronoun = v == subject + 1 && InList(w0, {"he", "she"});
  if (pronoun) {
    uint32_t first = ctx.article().sentences[ctx.SentenceOf(subject)].first_token;
    bool name = false;
    for (uint32_t u = first; u < subject && !name; ++u) {
      int32_t x = ctx.EntityOf(u);
      name = x >= 0 && ctx.article().entities[x].type == "PER";
    }
    if (!name) return false;
  }
  bool named = false;
  if (!pronoun && ctx.EntityOf(subject) >= 0) {
    int32_t x = ctx.EntityOf(subject);
    const std::string& type = ctx.article().entities[x].type;
    named = type == "PER" || type == "ORG";
    for (uint32_t u = subject; u < v && named; ++u) named = ctx.EntityOf(u) == x;
  }
  bool people = false;
  if (!pronoun && !named && v <= subject + 3) {
    people = true;
    for (uint32_t u = subject; u < v && people; ++u) {
      std::string_view raw = ctx.Text(u);
      people = !raw.empty() && raw[0] >= 'a' && raw[0] <= 'z' && ctx.EntityOf(u) < 0 && !Determiner(ctx.Lower(u));
    }
    std::string_view head = ctx.Lower(v - 1);
    people = people && head.size() > 4 && head.ends_with("s") && !head.ends_with("ss");
  }
  if (!pronoun && !named && !people) return false;
  std::string_view before = ctx.Text(subject - 1);
  bool contact = !before.empty() && before[0] >= 'a' && before[0] <= 'z' && rel.size() > 4 && rel.ends_with("s") &&
                 pronoun;  // "the documents he has said are"
  if (rel != "what" && rel != "which" && !contact) return false;
  std::string_view next = ctx.Lower(c.last);
  if (InList(next, {"is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "should", "has",
                    "have", "had"})) {
    return true;
  }
  if (InList(next, {"he", "she", "they", "we", "i", "it"})) {  // "which many health leaders said they support"
    std::string_view after = ctx.Text(c.last + 1);
    return !after.empty() && after[0] >= 'a' && after[0] <= 'z' && !ctx.IsPunct(c.last + 1);
  }
  // "which experts say leads to": a verb in -s, not a noun (a lower-case word, then a preposition,
  // determiner or lower-case word, no punctuation).
  std::string_view raw = ctx.Text(c.last);
  return next.size() > 3 && next.ends_with("s") && !next.ends_with("ss") && !raw.empty() && raw[0] >= 'a' &&
         raw[0] <= 'z' && ctx.EntityOf(c.last) < 0 && !ctx.IsPunct(c.last + 1) && rel != "what";
}

}  // namespace parallax::quotes
