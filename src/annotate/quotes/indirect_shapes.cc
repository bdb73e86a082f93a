// Session 19 (docs/quotes.md, "Session 19: indirect blind4 and leftovers"): report shapes and
// speaker corrections for indirect speech, from the errors of indirect-blind3 (a development split
// from session 19) and indirect-dev:
//   "On Monday, according to Reuters, Kudlow said ..."   "according to X," after an opening phrase
//   "As pundits have already pointed out, CLAUSE"       the "as" shape with auxiliaries and adverbs
//   "..., in which he said CLAUSE", "where they claim"  a subject opening a relative clause
//   "A spokesman for the US mission in Geneva told"     a spokesperson's subject with complements
//   "Steel told the Tea Partiers about her daughters"   a listener and a complement, no report
//   "according to a Reuters tally"                       an outlet's document
//   "The social network on Thursday said"               the platform named before
#include <algorithm>
#include <cctype>
#include <string_view>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/lexicon.h"

namespace parallax::quotes {

namespace {

// Words between the subject and the verb of "As X have already pointed out,".
bool AuxiliaryOrAdverb(std::string_view w) {
  return InList(w, {"has", "have", "had", "already", "also", "long", "often", "repeatedly", "previously", "rightly",
                    "correctly", "recently", "since"});
}

// Nouns of a count or an inquiry an outlet publishes ("a Reuters tally", "an NBC News analysis").
bool OutletDocumentNoun(std::string_view w) {
  return DocumentNoun(w) || InList(w, {"tally", "count", "review", "investigation", "estimate", "calculation",
                                       "database", "examination", "compilation"});
}

}  // namespace

bool ParentheticalAccording(const Context& ctx, uint32_t t, uint32_t pe, uint32_t from, uint32_t end) {
  // "On Monday, according to Reuters, White House adviser Larry Kudlow said ...", "the fact that,
  // according to Mueller, CLAUSE": the words before are a short opening phrase (at most five words
  // with no punctuation, opening with a preposition or a time word) or end with "that"; the words
  // after are no appositive closing the sentence ("..., according to X, a law professor.").
  if (t < from + 2 || ctx.Lower(t - 1) != "," || pe + 4 >= end || ctx.Lower(pe) != ",") return false;
  if (AppositiveToEnd(ctx, pe, end) || InList(ctx.Lower(pe + 1), {"and", "but", "which", "who", "as", "while"})) {
    return false;
  }
  // "the fact that, according to X," (not "One example of that, according to X,").
  if (ctx.Lower(t - 2) == "that") {
    return t < from + 3 || !InList(ctx.Lower(t - 3), {"of", "in", "about", "for", "with", "to", "on", "at", "by", "from",
                                                      "like", "after", "before", "is", "was"});
  }
  if (t > from + 6) return false;
  for (uint32_t u = from; u + 1 < t; ++u) {
    if (ctx.IsPunct(u)) return false;
  }
  std::string_view w = ctx.Lower(from);
  return OpeningPreposition(w) ||
         InList(w, {"on", "in", "at", "during", "after", "before", "since", "last", "earlier", "this", "yesterday",
                    "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"});
}

bool ListenerThenComplement(const Context& ctx, const Cue& c, uint32_t clause, uint32_t end) {
  std::string_view verb = ctx.Lower(c.first);
  // "Ann Lee wrote a letter in which ...", "wrote an op-ed": a written work as the object.
  if (InList(verb, {"wrote", "writes", "write"}) && clause + 1 < end && InList(ctx.Lower(clause), {"a", "an"}) &&
      (DocumentNoun(ctx.Lower(clause + 1)) || (clause + 2 < end && DocumentNoun(ctx.Lower(clause + 2))))) {
    return true;
  }
  if (verb != "told" && verb != "tells") return false;
  // "told reporters that the story about X was false": the clause after "that" is the report.
  if (clause > c.last && ctx.Lower(clause - 1) == "that") return false;
  if (clause >= end || !InList(ctx.Lower(clause), {"the", "a", "an", "his", "her", "their", "its", "our", "my"})) {
    return false;
  }
  // "told the Tea Partiers about her two daughters".
  for (uint32_t u = clause + 1; u < end && u < clause + 6; ++u) {
    std::string_view w = ctx.Lower(u);
    if (w == "that" || ctx.IsPunct(u)) return false;
    if (w == "about") return true;
  }
  return false;
}

AsReport AsReportAt(const Context& ctx, uint32_t as, uint32_t from, uint32_t end) {
  // "As pundits have already pointed out, Walter Mondale ...", "..., as experts have long noted,
  // CLAUSE": "as", a subject of at most six words, auxiliaries or adverbs, a cue verb (the
  // that-clause cues too: the "as" shape carries the content), an optional "out", a comma.
  AsReport r;
  if (as + 4 >= end || ctx.Lower(as) != "as") return r;
  if (as != from && ctx.Lower(as - 1) != "," && !InList(ctx.Lower(as - 1), {"and", "but"})) return r;
  uint32_t v = as + 1;
  while (v < end && v < as + 8 && !ctx.IsPunct(v) && ctx.CueWord(v) == 0 && !WentOnCueWord(ctx.Lower(v))) ++v;
  if (v >= end || v == as + 1 || ctx.IsPunct(v) || ctx.InQuote(v)) return r;
  std::string_view verb = ctx.Lower(v);
  bool cue = IndirectSpeechVerb(verb) || WentOnCueWord(verb) || InList(verb, {"noted", "pointed", "argued",
                                                                             "observed", "written", "reported"});
  // Finite forms only: "as secretary of state," is no report.
  if (!cue || verb.ends_with("ing") || !(verb.ends_with("ed") || verb.ends_with("s") || verb == "told" ||
                                        verb == "wrote" || verb == "said" || verb == "written")) {
    return r;
  }
  uint32_t subject_e = v;
  bool auxiliary = false;
  while (subject_e > as + 1 && AuxiliaryOrAdverb(ctx.Lower(subject_e - 1))) --subject_e, auxiliary = true;
  if (subject_e == as + 1 || subject_e > as + 7) return r;
  uint32_t after = v + 1;
  if (after < end && ctx.Lower(after) == "out") ++after;
  if (after >= end || ctx.Lower(after) != ",") return r;
  // The old "as the Times noted," shape (indirect.cc) keeps the cues it reads with no auxiliary.
  if (!auxiliary && IndirectSpeechVerb(verb)) return r;
  for (uint32_t t = as + 1; t < subject_e; ++t) {
    if (ctx.IsPunct(t) || PronounKind(ctx.Lower(t)) == Pronoun::kIt || ctx.Lower(t) == "i") return r;
  }
  r.cue = Cue{v, v + 1, CueKind::kSpeech, false};
  r.subject_b = as + 1;
  r.subject_e = subject_e;
  r.content_b = after + 1;
  return r;
}

bool RelativeSubject(const Context& ctx, uint32_t subject, uint32_t from) {
  // "..., in which he said he was pulling for Dole", "a checklist of issues where they claim ...".
  if (subject < from + 2) return false;
  std::string_view rel = ctx.Lower(subject - 1);
  if (rel == "where") return true;
  // "Tom Brown, whom police say was ...": not a pronoun ("X, whom he earlier said was ...": the
  // pronoun resolution would take the person "whom" stands for).
  if (rel == "whom") return PronounKind(ctx.Lower(subject)) == Pronoun::kNone;
  return rel == "which" && InList(ctx.Lower(subject - 2), {"in", "of", "by", "during", "on"});
}

bool ClauseOpening(const Context& ctx, uint32_t clause, uint32_t end) {
  if (clause >= end) return false;
  std::string_view w = ctx.Lower(clause), raw = ctx.Text(clause);
  if (ctx.Lower(clause - 1) == "that" || w == "the" || PronounKind(w) != Pronoun::kNone || w == "i" || w == "we") {
    return w != "her" && w != "him" && w != "them";
  }
  return !raw.empty() && raw[0] >= 'A' && raw[0] <= 'Z';
}

uint32_t SpokespersonSubjectStart(const Context& ctx, uint32_t from, uint32_t subject, uint32_t* subject_end) {
  // "A spokesman for the US mission in Geneva told Reuters ...": the subject found before the cue
  // is the complement of a spokesperson noun opening the sentence; the subject starts there and
  // ends before a second complement ("in Geneva").
  if (subject <= from + 2 || subject > from + 14) return subject;
  uint32_t noun = Determiner(ctx.Lower(from)) ? from + 1 : from;
  if (!SpokespersonNoun(ctx.Lower(noun)) || !InList(ctx.Lower(noun + 1), {"for", "at", "with"})) return subject;
  for (uint32_t t = noun + 1; t < subject; ++t) {
    if (ctx.IsPunct(t) || ctx.InQuote(t) || ctx.CueWord(t) != 0) return subject;
  }
  for (uint32_t t = noun + 3; t < *subject_end; ++t) {
    if (InList(ctx.Lower(t), {"in", "at", "on", "from"})) {
      *subject_end = t;
      break;
    }
  }
  return from;
}

uint32_t AcronymSubjectStart(const Context& ctx, uint32_t from, uint32_t subject) {
  // "WHO spokeswoman Fadela Chaib told": an acronym written in capitals that reads as a phrase
  // stop ("WHO") opens the subject.
  if (subject != from + 1) return subject;
  std::string_view raw = ctx.Text(from);
  if (raw.size() < 2 || !PhraseStop(ctx.Lower(from))) return subject;
  for (char ch : raw) {
    if (ch < 'A' || ch > 'Z') return subject;
  }
  return from;
}

bool OutletLikeName(std::string_view name) {
  // "Metro Weekly", "E&E News", "The Texas Tribune": two to five capitalized words, the last a
  // word newspapers and magazines are named by.
  static const std::string_view kLast[] = {"Chronicle", "Courier", "Daily", "Dispatch", "Examiner", "Gazette",
                                           "Herald", "Inquirer", "Journal", "Magazine", "News", "Post",
                                           "Sentinel", "Telegraph", "Times", "Tribune", "Weekly"};
  size_t space = name.rfind(' ');
  std::string_view last = space == std::string_view::npos ? name : name.substr(space + 1);
  // Session 23: "Arkansas Democrat-Gazette", "Post-Dispatch", "Journal-Constitution", "Star-Ledger": a
  // hyphenated last word of two capitalized parts, one of them a newspaper word (one to five words).
  size_t hyphen = last.find('-');
  bool compound = false;
  if (hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < last.size() && last[0] >= 'A' &&
      last[0] <= 'Z' && last[hyphen + 1] >= 'A' && last[hyphen + 1] <= 'Z') {
    std::string_view a = last.substr(0, hyphen), b = last.substr(hyphen + 1);
    compound = InList(a, kLast) || InList(b, kLast) || b == "Ledger" || b == "Picayune" || b == "Telegram";
  }
  if (!compound && (space == std::string_view::npos || !InList(last, kLast))) return false;
  size_t words = 1;
  bool start = true;
  for (char ch : name) {
    if (ch == ' ') {
      ++words;
      start = true;
    } else if (start) {
      if (!(ch >= 'A' && ch <= 'Z') && !(ch >= '0' && ch <= '9')) return false;
      start = false;
    }
  }
  return words <= 5;
}

Speaker UnnamedPartyMember(const Context& ctx, const Speaker& s) {
  // "said one Democrat, who like all respondents ...", "a New Hampshire Republican said": one
  // member of a party, unnamed, is an anonymous source; the party itself stays an organization.
  if (!s.resolved() || s.type != "organization" || (s.name != "Democrat" && s.name != "Republican")) return s;
  uint32_t t = ctx.TokenAt(s.span.begin);
  if (t >= ctx.size() || ctx.article().tokens[t].span.begin != s.span.begin) return s;
  uint32_t d = t;
  while (d > 0 && t - d < 4 && ctx.SentenceOf(d - 1) == ctx.SentenceOf(t)) {
    std::string_view raw = ctx.Text(d - 1);
    if (raw.empty() || raw[0] < 'A' || raw[0] > 'Z' || ctx.IsPunct(d - 1)) break;  // "New Hampshire"
    if (InList(ctx.Lower(d - 1), {"one", "a", "an", "another"})) break;
    --d;
  }
  if (d == 0 || !InList(ctx.Lower(d - 1), {"one", "a", "an", "another"})) return s;
  Speaker p = s;
  p.span.begin = ctx.article().tokens[d - 1].span.begin;
  p.name = std::string(ctx.TextOf(d - 1, t + 1));
  p.type = "anonymous";
  p.entity = -1;
  return p;
}

Speaker CorrectIndirectSpeaker19(const Context& ctx, Speaker s, uint32_t b, uint32_t e) {
  if (e <= b) return s;
  std::string_view first = ctx.Lower(b), head = ctx.Lower(e - 1);
  // "the Times reports" after "A New York Times investigation": the outlet the article cites whose
  // name ends in that word.
  if ((e == b + 1 || (e == b + 2 && first == "the")) && (!s.resolved() || s.type != "outlet")) {
    std::string_view word = ctx.Text(e - 1);
    if (word.size() >= 4 && word[0] >= 'A' && word[0] <= 'Z') {
      for (const std::string& o : ctx.article().cited_outlets) {
        if (o.size() > word.size() + 1 && o.ends_with(word) && o[o.size() - word.size() - 1] == ' ') {
          const auto& toks = ctx.article().tokens;
          return Speaker{Span{toks[b].span.begin, toks[e - 1].span.end}, o, "outlet", -1};
        }
      }
    }
  }
  // "His campaign also sent out a checklist of issues where they claim ...": "they" in a clause
  // after the sentence's opening phrase, a body ("His campaign", "The company"), is that body.
  if (e == b + 1 && first == "they" && b > 0 && InList(ctx.Lower(b - 1), {"where", "which"})) {
    uint32_t start = SentenceStart(ctx, b);
    uint32_t n = start + (InList(ctx.Lower(start), {"his", "her", "their", "its", "the"}) ? 1 : 0);
    if (n + 3 < b && n < start + 2 && BodyNoun(ctx.Lower(n)) && !ctx.IsPunct(n + 1) && ctx.EntityOf(n) < 0) {
      return Speaker{Span{ctx.article().tokens[start].span.begin, ctx.article().tokens[n].span.end},
                     std::string(ctx.TextOf(start, n + 1)), "organization", -1};
    }
  }
  // "according to a Reuters tally": an outlet's count or analysis is a document of that outlet.
  std::string_view head_raw = ctx.Text(e - 1);
  // "The page notes that", "One page on the site reads": a web page (lower case: not "Page Six",
  // "Carter Page") is a document; indirect speech only, the direct rules keep their lexicon.
  bool plain_words = true;  // not "their Facebook page" (a platform's page: social)
  for (uint32_t t = b + 1; t + 1 < e; ++t) plain_words = plain_words && std::islower(static_cast<unsigned char>(ctx.Text(t)[0]));
  if (head_raw == "page" && e <= b + 4 && plain_words && (!s.resolved() || s.type != "document") &&
      (Determiner(first) || InList(first, {"one", "its", "his", "her", "their", "this"}))) {
    const auto& toks = ctx.article().tokens;
    return Speaker{Span{toks[b].span.begin, toks[e - 1].span.end}, std::string(ctx.TextOf(b, e)), "document", -1};
  }
  if (s.resolved() && s.type == "outlet" && e >= b + 3 && (first == "a" || first == "an" || first == "the") &&
      OutletDocumentNoun(head) && !head_raw.empty() && head_raw[0] >= 'a' && head_raw[0] <= 'z') {
    s.type = "document";
    return s;
  }
  // "The social network on Thursday said", "the platform said": the platform named last before,
  // within five sentences, speaks as the company.
  bool platform = first == "the" && ((e == b + 3 && ctx.Lower(b + 1) == "social" &&
                                      InList(head, {"network", "platform", "giant", "site"})) ||
                                     (e == b + 2 && InList(head, {"platform"})));
  if (platform && (!s.resolved() || s.type == "anonymous")) {
    uint32_t here = ctx.SentenceOf(b);
    for (uint32_t t = b; t > 0; --t) {
      if (ctx.SentenceOf(t - 1) + 5 < here) break;
      std::string_view raw = ctx.Text(t - 1);
      std::string_view w = ctx.Lower(t - 1);
      if (!raw.empty() && std::isupper(static_cast<unsigned char>(raw[0])) && SocialWord(w) &&
          !InList(w, {"post", "social", "truth", "threads", "x", "tweet"}) && !ctx.InQuote(t - 1)) {
        const auto& tok = ctx.article().tokens[b];
        return Speaker{Span{tok.span.begin, ctx.article().tokens[e - 1].span.end}, std::string(raw), "organization",
                       ctx.EntityOf(t - 1)};
      }
    }
  }
  return s;
}

}  // namespace parallax::quotes
