// Who a phrase or a clause refers to when the speaker rules need more than
// the phrase itself (session 15): page asides that are not discourse, subjects
// behind role words, unnamed members of a group, the same speaker again, the
// findings of a report or a body, and the subject of a report whose subject is
// cut from its cue by a relative clause. Used by speakers.cc, attribution.cc
// and indirect.cc.
#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <iterator>
#include <string>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/gender.h"
#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/names.h"
#include "annotate/quotes/speakers_internal.h"

namespace parallax::quotes {


bool InAside(const Context& ctx, uint32_t tok) {
  uint32_t s = ctx.SentenceOf(tok);
  const Article& a = ctx.article();
  if (s >= a.sentences.size() || a.sentences[s].paragraph >= a.paragraphs.size()) return false;
  std::string_view p = a.paragraphs[a.sentences[s].paragraph].span.Of(a.body);
  while (!p.empty() && std::isspace(static_cast<unsigned char>(p.front()))) p.remove_prefix(1);
  while (!p.empty() && (std::isspace(static_cast<unsigned char>(p.back())) || p.back() == '.')) p.remove_suffix(1);
  return p.size() > 2 && p.front() == '(' && p.back() == ')';
}

bool OpensAfterRoleWords(const Context& ctx, uint32_t first) {
  if (first == 0) return false;
  uint32_t sentence = ctx.SentenceOf(first);
  bool role = false;
  uint32_t t = first;
  for (; t > 0 && first - t < 7; --t) {
    uint32_t k = t - 1;
    if (ctx.SentenceOf(k) != sentence) return role;
    std::string_view raw = ctx.Text(k), w = ctx.Lower(k);
    if (ctx.IsPunct(k) || ctx.InQuote(k) || IsPerson(ctx, ctx.EntityOf(k)) || ctx.CueWord(k) != 0) return false;
    if (ctx.EntityOf(k) >= 0 || !Lowercase(raw) || w == "and" || Determiner(w)) continue;
    // Lower-case words must name a role: "strategist", "sponsor", "adviser" (not "mocked", "says").
    bool agent = TitleNoun(w) || AgentNoun(raw) ||
                 (w.size() > 4 && (w.ends_with("or") || w.ends_with("er") || w.ends_with("ist")));
    if (!agent || PhraseStop(w) || PronounKind(w) != Pronoun::kNone) return false;
    role = true;
  }
  return t == 0 && role;
}

Speaker PartitiveSource(const Context& ctx, Range main, uint32_t head) {
  if (head + 1 >= main.e || ctx.Lower(head + 1) != "of") return {};
  if (!InList(ctx.Lower(head), {"one", "two", "three", "some", "several", "many", "few", "most", "none"})) return {};
  // Of people only ("one of them", "three of the lawyers"; not "some of it", "one of my favorite Proverbs").
  std::string_view last = ctx.Lower(main.e - 1), raw = ctx.Text(main.e - 1);
  std::string_view singular = last.ends_with("s") ? last.substr(0, last.size() - 1) : last;
  bool people = InList(last, {"them", "us", "those"}) || AnonymousNoun(last) || GroupNoun(last) ||
                (Lowercase(raw) && (AgentNoun(raw) || TitleNoun(singular)));
  return people ? Described(ctx, main, "anonymous") : Speaker{};
}

Speaker SameSpeakerAgain(const Context& ctx, Range main, const Discourse& d) {
  if (main.e < main.b + 3 || ctx.Lower(main.b + 1) != "same" ||
      !InList(ctx.Lower(main.b), {"the", "this", "that"}) || !d.last_speaker.resolved()) {
    return {};
  }
  uint32_t here = ctx.SentenceOf(main.b);
  if (d.last_speaker_sentence > here || here > d.last_speaker_sentence + 3) return {};
  Speaker s = d.last_speaker;
  s.span = Described(ctx, main, "anonymous").span;
  return s;
}

Speaker FindingSpeaker(const Context& ctx, uint32_t v, uint32_t start, const Discourse& d) {
  std::string_view w = ctx.Lower(v);
  if ((w != "found" && w != "finds") || v == start || InList(ctx.Lower(v - 1), {"was", "were", "is", "are", "been", "be"})) {
    return {};
  }
  // A document, or a body or group by its noun ("the grand jury", "investigators"; not "Russia found").
  auto finder = [&](const Speaker& s, uint32_t b, uint32_t e) {
    if (s.type == "document") return true;
    bool body = false;
    for (uint32_t t = b; t < e && !body; ++t) {
      std::string_view w = ctx.Lower(t);
      body = BodyNoun(w) || GroupNoun(w) || w == "jury" || w == "panel";
    }
    return s.type == "organization" && body;
  };
  uint32_t subject = SubjectStart(ctx, v, start);
  // "The lawsuit alleges that Russia found": a finding inside a reported clause is not the speaker's.
  for (uint32_t t = start; t < subject; ++t) {
    if (CueAt(ctx, t).valid()) return {};
  }
  Speaker s = subject < v ? ResolvePhrase(ctx, subject, v, v, d) : Speaker{};
  if (finder(s, subject, v)) return s;
  // "a 2013 civil grand jury report that examined ... found": the sentence's opening phrase.
  uint32_t p = SkipOpening(ctx, start, v), e = p;
  while (e < v && e < p + 6 && !ctx.IsPunct(e) && !PhraseStop(ctx.Lower(e))) ++e;
  s = e > p ? ResolvePhrase(ctx, p, e, p, d) : Speaker{};
  return finder(s, p, e) ? s : Speaker{};
}

bool ShareOfPeople(const Context& ctx, uint32_t v) {
  uint32_t start = SentenceStart(ctx, v);
  for (uint32_t t = SubjectStart(ctx, v, start); t < v; ++t) {
    std::string_view w = ctx.Lower(t);
    if (w == "percent" || (!w.empty() && w.back() == '%')) return true;
    if (ctx.Lower(t + 1) == "of" && InList(w, {"half", "majority", "plurality", "third", "thirds", "quarter",
                                                "quarters", "three-quarters", "two-thirds"})) {
      return true;
    }
  }
  return false;
}

uint32_t RelativeClauseSubjectEnd(const Context& ctx, uint32_t from, uint32_t v) {
  if (v < from + 4 || ctx.Lower(v - 1) != ",") return v;
  uint32_t who = from;
  while (who < v - 1 && !ctx.IsPunct(who) && ctx.Lower(who) != "who") ++who;
  if (who == from || who >= v - 1 || ctx.Lower(who) != "who") return v;
  for (uint32_t t = who; t + 1 < v; ++t) {
    if (ctx.IsPunct(t) || ctx.InQuote(t)) return v;
  }
  return who;
}

bool ReportGoesOn(const Context& ctx, uint32_t open, uint32_t after, const Quotation& report,
                  uint32_t report_sentence) {
  const auto& sentences = ctx.article().sentences;
  uint32_t here = ctx.SentenceOf(open);
  if (report.speaker_name.empty() || report_sentence >= sentences.size() || here != report_sentence + 1 ||
      here >= sentences.size() || sentences[here].first_token != open ||
      sentences[here].paragraph != sentences[report_sentence].paragraph + 1) {
    return false;
  }
  // Not after "according to X" (a source of facts, not a voice that goes on), nor when a cue or a
  // name follows the quote in its sentence ("“...,” said A .J. Spiker", "“...,” Serhiy Rybakov, a
  // construction worker in the capital told": words the rules could not attribute).
  if (report.cue.Of(ctx.article().body).starts_with("according")) return false;
  for (uint32_t t = after; t < ctx.size() && ctx.SentenceOf(t) == here; ++t) {
    if (CueAt(ctx, t).valid() || (t < after + 3 && IsPerson(ctx, ctx.EntityOf(t)))) return false;
  }
  return true;
}

// Lower-case nouns of a person's occupation or part that the title list (lexicon.cc) leaves out
// and AgentNoun's suffixes miss ("curator", "researcher", "teacher").
bool RoleNoun(std::string_view raw) {
  static constexpr std::string_view k[] = {
      "actor",      "actress",  "astronaut",  "coordinator", "curator",      "designer",   "doctor",
      "driver",     "engineer", "explorer",   "farmer",      "filmmaker",    "instructor", "inventor",
      "investor",   "lecturer", "nurse",      "organizer",   "photographer", "pilot",      "player",
      "producer",   "researcher", "singer",   "soldier",     "student",      "surgeon",    "teacher",
      "veteran",    "volunteer", "worker",    "writer",
  };
  // Nouns of unnamed sources ("the confidant said", "the consultant") are no back-reference.
  static constexpr std::string_view kSource[] = {"assistant", "confidant", "consultant", "informant", "lobbyist"};
  if (InList(raw, kSource)) return false;
  if (AgentNoun(raw) && !raw.ends_with("s")) return true;
  return InList(raw, k);
}

// True when the occupation noun at `head` (or its plural) occurs earlier in the article outside
// quotes, other than within four words of a mention of person `e` ("Gloria Davy, a retired
// inventor"): the phrase then refers back to that earlier description ("a lobbyist who asked not
// to be named ... the lobbyist said"), not to `e`.
bool NounSeenApart(const Context& ctx, uint32_t head, int32_t e) {
  std::string_view noun = ctx.Lower(head);
  for (uint32_t t = 0; t + 1 < head; ++t) {
    std::string_view w = ctx.Lower(t);
    if (ctx.InQuote(t) || !w.starts_with(noun) || (w.size() != noun.size() && w != std::string(noun) + "s")) continue;
    bool beside = false;
    for (uint32_t u = t >= 4 ? t - 4 : 0; u <= t + 4 && u < ctx.size() && !beside; ++u) {
      int32_t f = ctx.EntityOf(u);
      beside = f >= 0 && IsPerson(ctx, f) && ctx.Canonical(f) == ctx.Canonical(e);
    }
    if (!beside) return true;
  }
  return false;
}

Speaker RoleReferent(const Context& ctx, Range main, uint32_t head, const Discourse& d) {
  if (main.e < main.b + 2 || ctx.Lower(main.b) != "the" || head <= main.b || head >= main.e) return {};
  if (ctx.EntityOf(head) >= 0 || ctx.InQuote(head) || !RoleNoun(ctx.Text(head))) return {};
  std::string_view hw = ctx.Lower(head);
  Gender want = hw.ends_with("ess") ? Gender::kFemale : WordGender(hw);  // "the actress"
  int32_t subject = LastPersonBefore(ctx, main.b, want);
  if (subject < 0 || !OpensSentence(ctx, subject)) return {};
  uint32_t named = ctx.SentenceOf(ctx.TokenAt(ctx.article().entities[subject].span.begin));
  uint32_t here = ctx.SentenceOf(main.b);
  // The sentence before: a person named in the phrase's own sentence is mostly in the words reported
  // ("Obama will order ..., the lobbyist said").
  if (named >= here || named + 1 < here) return {};
  if (d.last_person.resolved() && named <= d.last_person_sentence) return {};
  if (NounSeenApart(ctx, head, subject) || (main.b > 0 && ctx.IsQuoteMark(main.b - 1))) return {};
  // Another participant introduced since the person ("Emily went to a surgeon. The physician said"),
  // or a name right after the phrase ("The Intercept columnist and host Mehdi Hasan").
  uint32_t after = ctx.TokenAt(ctx.article().entities[subject].span.begin);
  for (uint32_t t = after; t + 1 < main.b; ++t) {
    std::string_view w = ctx.Lower(t);
    if (w != "a" && w != "an" && w != "another") continue;
    for (uint32_t u = t + 1; u <= t + 3 && u < main.b; ++u) {
      if (RoleNoun(ctx.Text(u)) || TitleNoun(ctx.Lower(u))) return {};
    }
  }
  for (uint32_t t = head + 1; t < head + 6 && t < ctx.size() && ctx.SentenceOf(t) == here; ++t) {
    if (IsPerson(ctx, ctx.EntityOf(t))) return {};
  }
  Speaker s = FromEntity(ctx, subject);
  s.span = Described(ctx, main, "person").span;
  return s;
}

Speaker BodySubjectBefore(const Context& ctx, uint32_t at) {
  const auto& sentences = ctx.article().sentences;
  uint32_t here = ctx.SentenceOf(at);
  if (here == 0 || here >= sentences.size()) return {};
  const Sentence& st = sentences[here - 1];
  if (st.paragraph != sentences[here].paragraph) return {};
  uint32_t b = st.first_token, end = std::min<uint32_t>(b + st.token_count, ctx.size());
  uint32_t t = SkipOpening(ctx, b, end);
  if (t == b && PhraseStop(ctx.Lower(b))) {  // a longer opening clause: "When ..., The Post awarded"
    for (uint32_t u = b + 1; u < end && u < b + 25; ++u) {
      if (ctx.Lower(u) == ",") {
        t = u + 1;
        break;
      }
    }
  }
  if (t < end && ctx.Lower(t) == "the" && ctx.EntityOf(t) < 0) ++t;
  int32_t e = t < end ? ctx.EntityOf(t) : -1;
  if (e < 0 || ctx.article().entities[e].type != "ORG" || ctx.InQuote(t)) return {};
  while (t < end && ctx.EntityOf(t) == e) ++t;
  // The name must be the subject: a lower-case word (its verb) follows, not a possessive.
  if (t >= end || !Lowercase(ctx.Text(t)) || ctx.Lower(t) == "'s" || ctx.Lower(t) == "\u2019s") return {};
  return FromEntity(ctx, e);
}

}  // namespace parallax::quotes
