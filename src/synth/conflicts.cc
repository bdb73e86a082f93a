// Conflicts between statements.
//
// Dates. A dated statement is read as a claim "participant P did action A on
// date D": D is a resolved TIMEX3 DATE of the sentence, A the nearest event
// word around it (travel/visit/trip, meet, sign, announce, ... — an action
// before the date counts at its distance, one after it at 2.5x, because
// English puts the date after the verb it dates: "traveled to Beijing in
// June to meet"), and P the person the action belongs to: "a visit by X",
// "X's visit", else the nearest person named before the action, else (for
// "he ..." or "The visit ...") the last person named before the sentence.
// Two claims about the same (P, A) from different outlets disagree when their
// day ranges neither overlap nor lie within a tolerance (7 days for day/week
// precision, none for month/year: "in June" vs "the week of July 16"). Claims
// more than ~3 months apart are taken as different occurrences (Kerry's 2021
// visit and his 2023 visit), never as a conflict. Announcements and releases
// recur within a story and make no claims; nor does a date in an "if" clause.
//
// Ranks. "X is the third high-ranking US official to visit Beijing" and "X is
// the most senior member of the administration to visit China" both rank X
// among those who did the action (visit): an ordinal or a superlative, a
// person noun (official, member, ...) and "to <verb>" after it. Claims on the
// same (X, verb) with different ranks conflict. Counts ("Kerry's third visit
// to China") are a different key (X, count of visits), so they never pair
// with ranks ("the third official to visit").
//
// Numbers. Inside one fact group, the same unit word after different numbers
// ("52.2 degrees" vs "50 degrees") from different outlets; a bound or an
// estimate ("more than $1 million", "nearly 40") agrees within 15%. After a
// magnitude ("billion") the next content word is part of the unit, so "$500
// billion a year" in trade and "the $110 billion deal" are not compared. A
// range ("$35 billion to $40 billion") agrees with the values it overlaps;
// the unit is the counted noun after modifiers ("11 U.S. service members").
// Times of day and durations ("24 hours", "a 12-hour day") are no quantities
// here: the durations of one story measure different spans. Nor are numbers
// in a condition or a possibility ("if 20 Republicans", "could shut off power
// to 350,000 customers"), ordinals ("the 13th case"), or a poll's margin of
// error. A change ("jumped 10 percent") is keyed apart from a level ("49
// percent"), and a share by what follows it ("57 percent support" / "66
// percent say", "9 percent of these voters" / "60 percent of independents":
// different questions and populations). Two values ten times apart or more
// are a part and a whole ("22 emails" marked top secret, "2,000 emails"
// with classified material), and values in articles published more than two
// days apart measure a later state (a count, a poll): neither pair is
// compared.
//
// Ambiguity. A sentence that gives the same key two values ("Romney leads
// with 21 percent, Trump and Huckabee at 17 percent"; "Kerry will travel later
// this month, after Blinken's June trip" when both resolve to Kerry) cannot
// say which value belongs to the key; its claims on that key are dropped.
#include "synth/conflicts.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "cluster/text_features.h"
#include "core/ascii.h"
#include "core/months.h"

namespace parallax::synth {

namespace {

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return core::IsAsciiDigit(c); });
}

const std::unordered_map<std::string, std::string>& EventWords() {
  static const auto* m = new std::unordered_map<std::string, std::string>{
      {"travel", "travel"}, {"traveled", "travel"}, {"travelled", "travel"}, {"travels", "travel"},
      {"traveling", "travel"}, {"trip", "travel"}, {"visit", "travel"}, {"visited", "travel"},
      {"visits", "travel"}, {"visiting", "travel"}, {"heading", "travel"}, {"arrived", "travel"},
      {"arrives", "travel"}, {"flew", "travel"}, {"tour", "travel"},
      {"meet", "meet"}, {"met", "meet"}, {"meeting", "meet"}, {"meets", "meet"},
      {"sign", "sign"}, {"signed", "sign"}, {"signing", "sign"},
      {"announce", "announce"}, {"announced", "announce"}, {"announcement", "announce"},
      {"elected", "elect"}, {"election", "elect"}, {"resigned", "resign"}, {"resignation", "resign"},
      {"arrested", "arrest"}, {"arrest", "arrest"}, {"died", "die"}, {"killed", "die"},
      {"launched", "launch"}, {"launch", "launch"}, {"attack", "attack"}, {"attacked", "attack"},
      {"released", "release"}, {"sentenced", "sentence"}, {"charged", "charge"}};
  return *m;
}

const std::unordered_map<std::string, int>& Ordinals() {
  static const auto* m = new std::unordered_map<std::string, int>{
      {"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"fifth", 5}, {"sixth", 6},
      {"seventh", 7}, {"eighth", 8}, {"ninth", 9}, {"tenth", 10}, {"1st", 1}, {"2nd", 2},
      {"3rd", 3}, {"4th", 4}, {"5th", 5}};
  return *m;
}

bool IsPersonNoun(const std::string& w) {
  static const std::set<std::string> k = {"official", "officials", "member", "members", "person", "leader",
                                          "secretary", "diplomat", "visitor", "politician", "minister",
                                          "president", "woman", "man", "american", "representative"};
  return k.count(w) > 0;
}

// The sentence's tokens, lower-cased, with their byte spans.
struct Toks {
  std::vector<std::string> words;
  std::vector<Span> spans;
};

// The lower-cased words are the story's word types' (lowered once per
// distinct word), not lowered again per token.
Toks TokensOf(const StoryCorpus& c, const SentenceInfo& s) {
  const Article& a = *c.articles()[s.article];
  Toks t;
  t.words.reserve(s.token_count);
  t.spans.reserve(s.token_count);
  for (uint32_t i = s.first_token; i < s.first_token + s.token_count && i < a.tokens.size(); ++i) {
    const uint32_t type = c.TokenType(s.article, i);
    t.words.push_back(type == StoryCorpus::kNoType ? LowerToken(a.tokens[i].span.Of(a.body))
                                                   : c.words().Features(type).lower);
    t.spans.push_back(a.tokens[i].span);
  }
  return t;
}

int TokenAt(const Toks& t, uint32_t byte) {
  for (size_t i = 0; i < t.spans.size(); ++i) if (t.spans[i].end > byte) return static_cast<int>(i);
  return static_cast<int>(t.spans.size()) - 1;
}

// A value claimed about a key, with where it was said.
struct Claim {
  std::string key, subject, value, surface;
  uint32_t sentence = 0;  // index into corpus.sentences()
};

// PER mentions of the sentence as (first token, last token, name).
struct Person { int first, last; std::string name; };

std::vector<Person> PeopleOf(const StoryCorpus& c, const SentenceInfo& s, const Toks& t) {
  std::vector<Person> out;
  const Article& a = *c.articles()[s.article];
  const Span sent = a.sentences[s.sentence].span;
  std::vector<uint32_t> inside;
  c.MentionsInside(s.article, sent, &inside);
  for (uint32_t m : inside) {
    const auto& e = a.entities[m];
    if (e.type != "PER") continue;
    out.push_back({TokenAt(t, e.span.begin), TokenAt(t, e.span.end - 1), c.EntityName(s.article, m)});
  }
  return out;
}

bool HasWord(const Toks& t, std::initializer_list<const char*> words, int from, int to) {
  for (int i = std::max(0, from); i < std::min<int>(to, t.words.size()); ++i)
    for (const char* w : words) if (t.words[i] == w) return true;
  return false;
}

// Who the action at token k belongs to (see the essay above).
std::string ParticipantOf(const StoryCorpus& c, const SentenceInfo& s, const Toks& t,
                          const std::vector<Person>& people, int k) {
  if (k + 1 < static_cast<int>(t.words.size()) && t.words[k + 1] == "by") {
    for (const auto& p : people) if (p.first > k && p.first <= k + 7) return p.name;
    return "";  // a visit by someone not named as a person ("by a US Cabinet official")
  }
  const Person* before = nullptr;
  for (const auto& p : people) if (p.last < k) before = &p;
  if (before) return before->name;
  bool anaphoric = HasWord(t, {"he", "she", "his", "her"}, 0, k) || (k > 0 && t.words[k - 1] == "the");
  if (!anaphoric) return "";
  const Article& a = *c.articles()[s.article];
  return c.LastPersonBefore(s.article, a.sentences[s.sentence].span.begin);
}

// One sentence's lower-cased tokens and people, built on first use and shared
// by its claim passes (dates, ranks, numbers) instead of once per pass.
class SentenceTokens {
 public:
  SentenceTokens(const StoryCorpus& c, uint32_t si) : c_(c), s_(c.sentences()[si]) {}
  const Toks& Tokens() {
    if (!toks_) toks_ = TokensOf(c_, s_);
    return *toks_;
  }
  const std::vector<Person>& People() {
    if (!people_) people_ = PeopleOf(c_, s_, Tokens());
    return *people_;
  }

 private:
  const StoryCorpus& c_;
  const SentenceInfo& s_;
  std::optional<Toks> toks_;
  std::optional<std::vector<Person>> people_;
};

// Whether the token at `at` stands in a clause that states no fact: after
// "if"/"unless" ("if the election was held today") or, with `modal`, after
// "could"/"might"/"would" ("could shut off power to 350,000 customers"),
// with no clause break (, ; :) in between, at most 10 words back.
bool InUnassertedClause(const Toks& t, int at, bool modal) {
  for (int k = at - 1; k >= 0 && k >= at - 10; --k) {
    const std::string& w = t.words[k];
    if (w == "," || w == ";" || w == ":") return false;
    if (w == "if" || w == "unless") return true;
    if (modal && (w == "could" || w == "might" || w == "would")) return true;
  }
  return false;
}

// Announcements and releases recur: one person announces or releases several
// things in a story ("announced Sunday" the withdrawal, "announced Monday"
// sanctions), so their dates are no claims about one event.
bool RecurringAction(const std::string& action) { return action == "announce" || action == "release"; }

// Per token type of the story (StoryCorpus::TokenType): the action of an
// event word (EventWords), nullptr for another word; Unlooked() before the
// type's first look.
using EventWordMemo = std::vector<const std::string*>;
const std::string* Unlooked() {
  static const std::string* unlooked = new std::string;
  return unlooked;
}

// The sentence's event words as (index among its tokens, action), each
// distinct word of the story looked up once: most dated sentences have none,
// and make no claim, without lowering their tokens or naming their people.
void EventsOf(const StoryCorpus& c, const SentenceInfo& s, EventWordMemo* memo,
              std::vector<std::pair<int, const std::string*>>* events) {
  const Article& a = *c.articles()[s.article];
  for (uint32_t i = s.first_token; i < s.first_token + s.token_count && i < a.tokens.size(); ++i) {
    const uint32_t type = c.TokenType(s.article, i);
    const std::string* action;
    if (type == StoryCorpus::kNoType) {
      auto it = EventWords().find(LowerToken(a.tokens[i].span.Of(a.body)));
      action = it == EventWords().end() ? nullptr : &it->second;
    } else {
      const std::string*& known = (*memo)[type];
      if (known == Unlooked()) {
        auto it = EventWords().find(c.words().Features(type).lower);
        known = it == EventWords().end() ? nullptr : &it->second;
      }
      action = known;
    }
    if (action != nullptr) events->emplace_back(static_cast<int>(i - s.first_token), action);
  }
}

void DateClaims(const StoryCorpus& c, uint32_t si, const ConflictOptions& o, EventWordMemo* memo, SentenceTokens* st,
                std::vector<Claim>* out) {
  const SentenceInfo& s = c.sentences()[si];
  if (s.dates.empty()) return;
  // The sentence's event words (token index, action), looked up once for all its dates.
  std::vector<std::pair<int, const std::string*>> events;
  EventsOf(c, s, memo, &events);
  if (events.empty()) return;  // no event word: no claim for any date
  const Article& a = *c.articles()[s.article];
  const Span sent = a.sentences[s.sentence].span;
  const Toks& t = st->Tokens();
  const std::vector<Person>& people = st->People();
  std::vector<uint32_t> inside;
  c.TimesInside(s.article, sent, &inside);
  for (uint32_t xi : inside) {
    const TimeExpression& x = a.times[xi];
    if (x.type != "DATE" || x.needs_dct) continue;
    DateInterval when;
    if (!ParseTimexDate(x.value, &when)) continue;
    int d0 = TokenAt(t, x.span.begin), d1 = TokenAt(t, x.span.end - 1);
    int best = -1;
    const std::string* best_action = nullptr;
    double best_dist = o.action_window + 1;
    for (const auto& [k, action] : events) {
      if (k >= d0 && k <= d1) continue;
      double dist = k < d0 ? d0 - k : 2.5 * (k - d1);
      if (dist < best_dist) { best_dist = dist; best = k; best_action = action; }
    }
    if (best < 0 || RecurringAction(*best_action) || InUnassertedClause(t, d0, false)) continue;
    std::string who = ParticipantOf(c, s, t, people, best);
    if (who.empty()) continue;
    const std::string& action = *best_action;
    out->push_back({"date\t" + who + "\t" + action, who + ": " + action, x.value,
                    std::string(x.span.Of(a.body)), si});
  }
}

// The subject of "X is the third ... to visit": the person before the copula.
std::string CopulaSubject(const StoryCorpus& c, const SentenceInfo& s, const Toks& t,
                          const std::vector<Person>& people, int ord) {
  int cop = -1;
  for (int i = ord - 1; i >= 0 && i >= ord - 3; --i)
    if (t.words[i] == "is" || t.words[i] == "was" || t.words[i] == "becomes" || t.words[i] == "became") cop = i;
  if (cop < 0) return "";
  const Person* before = nullptr;
  for (const auto& p : people) if (p.last < cop && p.last >= cop - 3) before = &p;
  if (before) return before->name;
  if (cop > 0 && (t.words[cop - 1] == "he" || t.words[cop - 1] == "she")) {
    return c.LastPersonBefore(s.article, t.spans[cop - 1].begin);
  }
  return "";
}

// `lower`: a lower-cased word.
bool IsLoweredRankWord(const std::string& lower) {
  if (lower.size() < 3 || lower.size() > 7) return false;  // ordinals and "most" are 3-7 bytes
  return lower == "most" || Ordinals().count(lower) > 0;
}

bool IsRankWord(std::string_view w) {
  return w.size() >= 3 && w.size() <= 7 && IsLoweredRankWord(LowerToken(w));
}

// Per token type of the story (StoryCorpus::TokenType): 1 when the word is
// an ordinal or "most", 0 when not, -1 not yet looked at.
using RankWordMemo = std::vector<int8_t>;

// Most sentences hold no ordinal and no "most": they are passed over without
// lowering their tokens or resolving their people. Each distinct word of the
// story is tested once.
bool MayHoldRank(const StoryCorpus& c, const SentenceInfo& s, RankWordMemo* memo) {
  const Article& a = *c.articles()[s.article];
  const std::span<const uint32_t> types = c.words().Types(s.article);  // TokenType, read once per sentence
  int8_t* known_of = memo->data();
  for (uint32_t i = s.first_token; i < s.first_token + s.token_count && i < a.tokens.size(); ++i) {
    const uint32_t type = i < types.size() ? types[i] : StoryCorpus::kNoType;
    if (type != StoryCorpus::kNoType && known_of[type] == 0) continue;  // the common case: a known non-rank word
    if (type == StoryCorpus::kNoType) {
      if (IsRankWord(a.tokens[i].span.Of(a.body))) return true;
      continue;
    }
    int8_t& known = (*memo)[type];
    if (known < 0) known = IsLoweredRankWord(c.words().Features(type).lower) ? 1 : 0;
    if (known) return true;
  }
  return false;
}

void RankClaims(const StoryCorpus& c, uint32_t si, RankWordMemo* memo, SentenceTokens* st, std::vector<Claim>* out) {
  const SentenceInfo& s = c.sentences()[si];
  const Article& a = *c.articles()[s.article];
  if (!MayHoldRank(c, s, memo)) return;
  const Toks& t = st->Tokens();
  const std::vector<Person>& people = st->People();
  const int n = static_cast<int>(t.words.size());
  const std::span<const uint32_t> types = c.words().Types(s.article);
  for (int i = 0; i < n; ++i) {
    // A word MayHoldRank has looked at and found no ordinal nor "most" is passed over unhashed.
    const uint32_t token = s.first_token + static_cast<uint32_t>(i);
    if (token < types.size() && (*memo)[types[token]] == 0) continue;
    std::string value;
    int head_from = i + 1;
    if (Ordinals().count(t.words[i])) value = std::to_string(Ordinals().at(t.words[i]));
    else if (t.words[i] == "most" && i + 1 < n) { value = "most " + t.words[i + 1]; head_from = i + 2; }
    if (value.empty()) continue;
    bool at_least = i >= 2 && t.words[i - 2] == "at" && t.words[i - 1] == "least";
    // Count: "Kerry's third visit".
    if (i >= 2 && (t.words[i - 1] == "'s" || t.words[i - 1] == "\xE2\x80\x99s") && i + 1 < n &&
        EventWords().count(t.words[i + 1])) {
      for (const auto& p : people) {
        if (p.last == i - 2 || p.last == i - 1) {
          std::string noun = EventWords().at(t.words[i + 1]);
          out->push_back({"count\t" + p.name + "\t" + noun, p.name + ": number of " + noun + "s",
                          (at_least ? ">=" : "") + value, std::string(t.words[i]) + " " + t.words[i + 1], si});
        }
      }
      continue;
    }
    // Rank: "the third high-ranking official to visit".
    int head = -1;
    for (int k = head_from; k < std::min(n, head_from + 4); ++k) if (IsPersonNoun(t.words[k])) { head = k; break; }
    if (head < 0) continue;
    int to = -1;
    for (int k = head + 1; k < std::min(n - 1, head + 9); ++k) if (t.words[k] == "to") { to = k; break; }
    if (to < 0) continue;
    std::string subject = CopulaSubject(c, s, t, people, i);
    if (subject.empty()) continue;
    std::string verb = cluster::StemWord(t.words[to + 1]);
    std::string surface(a.body.substr(t.spans[i].begin, t.spans[to + 1].end - t.spans[i].begin));
    out->push_back({"rank\t" + subject + "\t" + verb, subject + ": rank among those to " + verb,
                    (at_least ? ">=" : "") + value, surface, si});
  }
}

}  // namespace

bool DatesDisagree(const DateInterval& a, const DateInterval& b, const ConflictOptions& o) {
  int32_t gap = std::max(a.first_day, b.first_day) - std::min(a.last_day, b.last_day);
  if (gap <= 0) return false;  // overlap
  auto coarse = [](const DateInterval& d) {
    return d.granularity == DateGranularity::kMonth || d.granularity == DateGranularity::kYear;
  };
  return gap > ((coarse(a) || coarse(b)) ? 0 : o.fine_tolerance_days);
}

namespace {

// "more than $1 million", "nearly 40", "about 3.5 percent": a bound or an estimate.
bool Approximate(const std::vector<std::string>& w, size_t i) {
  static const std::set<std::string> k = {"more", "over", "about", "around", "roughly", "nearly", "almost",
                                          "approximately", "some", "least", "to", "than", "under", "estimated"};
  for (size_t back = 1; back <= 3 && back <= i; ++back) {
    if (k.count(w[i - back])) return true;
    if (w[i - back] != "$" && w[i - back] != "a") break;
  }
  return false;
}

// A claim's value: "40", "~40" (a bound or an estimate), "35..40" (a range).
struct Quantity {
  double lo = 0, hi = 0;
  bool approx = false;
};

Quantity ParseQuantity(const std::string& v) {
  Quantity q;
  q.approx = v.starts_with("~");
  const char* p = v.c_str() + q.approx;
  q.lo = q.hi = std::atof(p);
  const size_t dots = v.find("..");
  if (dots != std::string::npos) q.hi = std::atof(v.c_str() + dots + 2);
  return q;
}

// Numbers agree when equal, or within 15% when either is a bound or an
// estimate, or within 0.5 when only one has decimals (rounding); a range
// agrees with what it overlaps.
bool NumbersAgree(const std::string& a, const std::string& b) {
  const Quantity x = ParseQuantity(a), y = ParseQuantity(b);
  double tol = x.approx || y.approx
                   ? 0.15 * std::max({std::abs(x.lo), std::abs(x.hi), std::abs(y.lo), std::abs(y.hi)})
                   : 0;
  // A whole number against one with decimals may be it rounded ("8 percent"
  // / "8.5 percent").
  if ((a.find('.') == std::string::npos) != (b.find('.') == std::string::npos)) tol = std::max(tol, 0.5);
  return x.lo <= y.hi + tol && y.lo <= x.hi + tol;
}

// "10:45 a.m.", "9 p.m.", "1500 GMT", "4 o'clock" (lower-case words): a
// time of day. Live blogs stamp every entry with one, so they would all
// "disagree".
bool IsClockTime(std::string_view number, std::string_view next) {
  if (number.find(':') != std::string_view::npos) return true;
  static constexpr std::string_view kMarks[] = {"a.m.", "p.m.", "a.m", "p.m", "am", "pm", "o'clock",
                                                "gmt", "utc", "et", "edt", "est", "pt", "pdt", "pst"};
  for (std::string_view m : kMarks) {
    if (next == m) return true;
  }
  return false;
}

bool IsMagnitude(std::string_view w) {
  return w == "hundred" || w == "thousand" || w == "million" || w == "billion" || w == "trillion" ||
         w == "mln" || w == "bln" || w == "bn" || w == "m";
}

// "hours", "day", "weeks": a unit of time. A count of them is a duration,
// and a story's durations measure different spans ("24 hours for opening
// arguments" per side vs "48 hours of opening arguments" in all; "16 hours"
// of questions), so they are not compared; ages ("19 years old") are.
bool IsTimeSpanWord(std::string_view w) {
  if (w.size() > 1 && w.back() == 's') w.remove_suffix(1);
  for (const char* u : {"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade"}) {
    if (w == u) return true;
  }
  return w == "centurie" || w == "century";
}

// Index of the upper end of a range that opens with the number at `i` ("$35
// billion to $40 billion", "35 to 40 percent", "between 3 and 4"), or 0.
size_t RangeEnd(const std::vector<std::string>& w, size_t i) {
  size_t k = i + 1;
  if (k < w.size() && IsMagnitude(w[k])) ++k;
  if (k + 1 >= w.size()) return 0;
  const bool between = (i >= 1 && w[i - 1] == "between") || (i >= 2 && w[i - 1] == "$" && w[i - 2] == "between");
  if (!(w[k] == "to" || w[k] == "-" || w[k] == "\xE2\x80\x93" || (between && w[k] == "and"))) return 0;
  ++k;
  if (k < w.size() && w[k] == "$") ++k;
  if (k < w.size() && !w[k].empty() && core::IsAsciiDigit(w[k][0]) && !(w[k].size() == 4 && AllDigits(w[k]))) return k;
  return 0;
}

// The unit counted by the number at token `i` (stemmed), or "" when there is
// none. Modifiers before the counted noun are passed over: an abbreviation
// ("11 U.S. service members") and all but the last of a run of capitalised
// words ("47 Senate Democrats"); "100-seat" counts seats.
std::string UnitOf(const Article& a, const Toks& t, size_t i) {
  const std::string& w = t.words[i];
  const size_t hyphen = w.find('-');
  if (hyphen != std::string::npos) {
    // "a 100-seat Senate" describes the Senate: the key is "seat senat", so
    // it never pairs with "53 seats". "2-1" is a score.
    const std::string after = w.substr(hyphen + 1);
    if (after.empty() || !core::IsAsciiAlpha(after[0])) return "";
    // "a 12-hour day" is a duration; "a 19-year-old" an age.
    if (IsTimeSpanWord(after.substr(0, after.find('-'))) && after.find("old") == std::string::npos) return "";
    std::string unit = cluster::StemWord(after);
    if (i + 1 < t.words.size() && !t.words[i + 1].empty() && core::IsAsciiAlpha(t.words[i + 1][0])) {
      unit += " " + cluster::StemWord(t.words[i + 1]);
    }
    return unit;
  }
  size_t u = i + 1;
  auto capitalised = [&](size_t k) { return core::IsAsciiUpper(a.body[t.spans[k].begin]); };
  auto alpha = [&](size_t k) { return k < t.words.size() && !t.words[k].empty() && core::IsAsciiAlpha(t.words[k][0]); };
  for (int step = 0; step < 3 && alpha(u) && alpha(u + 1); ++step) {
    const bool abbreviation = t.words[u].find('.') != std::string::npos;
    if (!abbreviation && !(capitalised(u) && capitalised(u + 1))) break;
    ++u;
  }
  std::string unit = t.words[u];
  if (unit.empty() || !core::IsAsciiAlpha(unit[0]) || cluster::IsStopWord(unit)) return "";
  if (IsClockTime(w, unit)) return "";  // when it happened, not how many
  if (IsTimeSpanWord(unit) && !(u + 1 < t.words.size() && t.words[u + 1] == "old")) return "";  // a duration
  unit = cluster::StemWord(unit);
  // A magnitude is not what is counted: "$500 billion a year" (trade) and
  // "the $110 billion deal" (arms) are different quantities, so the next
  // content word joins the key.
  if (IsMagnitude(t.words[u])) {
    for (size_t k = u + 1; k < t.words.size() && k < u + 4; ++k) {
      const std::string& next = t.words[k];
      if (next.empty() || !core::IsAsciiAlpha(next[0])) break;
      if (cluster::IsStopWord(next)) continue;
      unit += " " + cluster::StemWord(next);
      break;
    }
  }
  return unit;
}

// "13th", "2nd": a rank or a position in a series, not a count.
bool IsNumericOrdinal(std::string_view w) {
  if (w.size() < 3) return false;
  const std::string_view suffix = w.substr(w.size() - 2);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return false;
  return AllDigits(w.substr(0, w.size() - 2));
}

// Whether the number at `i` measures a change ("jumped 10 percent", "rose by
// $2 billion", "up 3 percent"): the verb within three words before it.
bool IsChange(const std::vector<std::string>& w, size_t i) {
  static const std::set<std::string> k = {
      "rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "jumped", "jump", "jumps", "climbed",
      "climb", "climbs", "dropped", "drop", "drops", "increased", "increase", "increases", "decreased",
      "decrease", "grew", "grow", "grown", "gained", "gain", "gains", "lost", "slid", "slipped", "surged",
      "soared", "plunged", "plummeted", "tumbled", "declined", "decline", "up", "down", "boosted", "cut"};
  for (size_t back = 1; back <= 3 && back <= i; ++back) {
    const std::string& x = w[i - back];
    if (k.count(x)) return true;
    if (x != "by" && x != "$" && x != "about" && x != "nearly" && x != "almost" && x != "roughly" && x != "some" &&
        x != "more" && x != "than" && x != "another" && x != "a" && x != "an") {
      return false;
    }
  }
  return false;
}

// "plus or minus 4 percentage points", "a margin of error of 5.7 points",
// "±3": the precision of a poll, not a claim about the world.
bool IsMarginOfError(const std::vector<std::string>& w, size_t i) {
  for (size_t back = 1; back <= 4 && back <= i; ++back) {
    const std::string& x = w[i - back];
    if (x == "minus" || x == "\xC2\xB1" || x == "margin" || x == "+/-") return true;
    if (x == "," || x == ";") break;
  }
  return false;
}

bool IsShareUnit(std::string_view unit) { return unit == "percent" || unit == "percentag" || unit == "%"; }

// What a share counts, for the key: the content word after it ("percent
// support", "percent mark") or the head of the noun phrase after its "of"
// ("percent of independents" -> "independ"; "of the New Hampshire
// electorate" -> "elector"); "" when the share stands alone ("finished third
// with 20 percent.").
std::string ShareOf(const Toks& t, size_t unit_at) {
  size_t k = unit_at + 1;
  if (k < t.words.size() && t.words[k] == "points") ++k;
  auto alpha = [&](size_t i) { return i < t.words.size() && !t.words[i].empty() && core::IsAsciiAlpha(t.words[i][0]); };
  if (k < t.words.size() && t.words[k] == "of") {
    ++k;
    for (size_t skipped = 0; skipped < 2 && alpha(k) && cluster::IsStopWord(t.words[k]); ++skipped) ++k;  // "the", "these"
    if (!alpha(k) || cluster::IsStopWord(t.words[k])) return "";
    size_t head = k;  // the last of up to four content words
    while (head < k + 3 && alpha(head + 1) && !cluster::IsStopWord(t.words[head + 1])) ++head;
    return cluster::StemWord(t.words[head]);
  }
  return alpha(k) && !cluster::IsStopWord(t.words[k]) ? cluster::StemWord(t.words[k]) : "";
}

// The person a share belongs to: the last person named before it in the
// sentence ("Bloomberg was at 19 percent" / "Sanders with 31 percent"), or "".
std::string ShareHolder(const std::vector<Person>& people, size_t at) {
  const Person* holder = nullptr;
  for (const Person& p : people) {
    if (p.last < static_cast<int>(at)) holder = &p;
  }
  return holder ? holder->name : "";
}

void NumberClaims(const StoryCorpus& c, uint32_t si, const std::string& fact, SentenceTokens* st,
                  std::vector<Claim>* out) {
  const SentenceInfo& s = c.sentences()[si];
  if (s.numbers.empty() || fact.empty()) return;
  const Article& a = *c.articles()[s.article];
  const Toks& t = st->Tokens();
  // "26.2 percent and 26 percent of the vote, respectively": the values go
  // to people by their order, which the claims cannot follow.
  if (std::find(t.words.begin(), t.words.end(), "respectively") != t.words.end()) return;
  auto digits = [](const std::string& w, std::string* v) {
    for (char ch : w) {
      if (ch == '-') break;
      if (core::IsAsciiDigit(ch) || ch == '.') v->push_back(ch);
    }
  };
  for (size_t i = 0; i + 1 < t.words.size(); ++i) {
    const std::string& w = t.words[i];
    if (w.empty() || !core::IsAsciiDigit(w[0])) continue;
    if (w.size() == 4 && AllDigits(w)) continue;  // a year is a date, not a quantity
    if (i > 0 && core::EnglishMonth(t.words[i - 1])) continue;  // "the Jan. 3 strike": a day
    if (InUnassertedClause(t, static_cast<int>(i), true)) continue;  // a condition or a possibility
    if (IsNumericOrdinal(w) || IsMarginOfError(t.words, i)) continue;
    // "up from 22 percent in December": the earlier value, not the claim.
    if ((i >= 1 && t.words[i - 1] == "from") || (i >= 2 && t.words[i - 1] == "$" && t.words[i - 2] == "from")) continue;
    // A range is one claim, keyed by the unit after its upper end.
    const size_t upper = RangeEnd(t.words, i);
    const size_t at = upper ? upper : i;
    if (at + 1 >= t.words.size()) continue;
    std::string unit = UnitOf(a, t, at);
    if (unit.empty()) {
      i = at;
      continue;
    }
    if (IsShareUnit(unit)) {
      const std::string of = ShareOf(t, at + 1);
      if (!of.empty()) unit += " " + of;
      const std::string holder = ShareHolder(st->People(), i);
      if (!holder.empty()) unit += " (" + holder + ")";
    }
    if (IsChange(t.words, i)) unit = "change in " + unit;
    std::string value = Approximate(t.words, i) ? "~" : "";
    digits(w, &value);
    std::string surface = w + " " + t.words[i + 1];
    if (upper) {
      value += "..";
      digits(t.words[upper], &value);
      surface = w + " to " + t.words[upper] + " " + t.words[upper + 1];
    }
    out->push_back({"number\t" + fact + "\t" + unit, unit, value, surface, si});
    i = at;
  }
}

// Side index of each claim: claims i and j join one side when agree(i, j)
// says so (union-find).
template <typename Agree>
std::vector<size_t> Sides(const std::vector<const Claim*>& claims, Agree agree) {
  std::vector<size_t> parent(claims.size());
  for (size_t i = 0; i < parent.size(); ++i) parent[i] = i;
  auto find = [&](size_t x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; };
  for (size_t i = 0; i < claims.size(); ++i)
    for (size_t j = i + 1; j < claims.size(); ++j)
      if (agree(i, j)) parent[find(i)] = find(j);
  std::vector<size_t> side(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) side[i] = find(i);
  return side;
}

bool RankAgrees(const std::string& a, const std::string& b) {
  if (a == b) return true;
  bool la = a.starts_with(">="), lb = b.starts_with(">=");
  if (la == lb) return false;
  const std::string& bound = la ? a : b;
  const std::string& exact = la ? b : a;
  if (exact.empty() || !core::IsAsciiDigit(exact[0])) return false;
  return std::atoi(exact.c_str()) >= std::atoi(bound.c_str() + 2);
}

std::optional<Conflict> MakeConflict(const StoryCorpus& c, const std::vector<const Claim*>& claims,
                                     const std::vector<size_t>& side, std::string kind, std::string fact) {
  std::map<size_t, ConflictClaim> sides;
  std::map<size_t, std::set<std::string>> outlets;
  std::map<size_t, std::set<uint32_t>> cited;
  for (size_t i = 0; i < claims.size(); ++i) {
    ConflictClaim& cc = sides[side[i]];
    if (cc.value.empty()) { cc.value = claims[i]->value; cc.surface = claims[i]->surface; }
    if (cited[side[i]].insert(claims[i]->sentence).second) cc.sources.push_back(c.Cite(c.sentences()[claims[i]->sentence]));
    outlets[side[i]].insert(c.Outlet(c.sentences()[claims[i]->sentence].article));
  }
  if (sides.size() < 2) return std::nullopt;
  std::set<std::string> all;
  for (auto& [k, o] : outlets) all.insert(o.begin(), o.end());
  if (all.size() < 2) return std::nullopt;  // one outlet disagreeing with itself
  Conflict out{std::move(kind), claims[0]->subject, std::move(fact), {}};
  for (auto& [k, cc] : sides) {
    cc.outlets.assign(outlets[k].begin(), outlets[k].end());
    out.claims.push_back(std::move(cc));
  }
  std::stable_sort(out.claims.begin(), out.claims.end(),
                   [](const ConflictClaim& a, const ConflictClaim& b) { return a.sources.size() > b.sources.size(); });
  return out;
}

// Date claims of one key: sides of agreeing dates; sides that are more than
// the horizon away from every other side are another occurrence and dropped.
std::optional<Conflict> DateConflict(const StoryCorpus& c, std::vector<const Claim*> claims, const ConflictOptions& o) {
  // Each value parsed once (was twice per pair of claims).
  std::vector<DateInterval> r(claims.size());
  std::vector<bool> parsed(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) parsed[i] = ParseTimexDate(claims[i]->value, &r[i]);  // checked by DateClaims
  auto side = Sides(claims, [&](size_t i, size_t j) { return parsed[i] && parsed[j] && !DatesDisagree(r[i], r[j], o); });
  std::vector<const Claim*> kept;
  std::vector<size_t> kept_side;
  for (size_t i = 0; i < claims.size(); ++i) {
    bool near_other = false;
    for (size_t j = 0; j < claims.size(); ++j) {
      if (side[j] == side[i]) continue;
      int32_t gap = std::max(r[i].first_day, r[j].first_day) - std::min(r[i].last_day, r[j].last_day);
      near_other |= gap <= o.same_event_horizon_days;
    }
    if (near_other) { kept.push_back(claims[i]); kept_side.push_back(side[i]); }
  }
  if (kept.empty()) return std::nullopt;
  return MakeConflict(c, kept, kept_side, "date", "");
}

// Day number of the article's publication, or INT32_MIN when unknown.
int32_t PublishedDay(const Article& a) {
  DateInterval d;
  if (a.published.value.size() < 10 || !ParseTimexDate(std::string_view(a.published.value).substr(0, 10), &d)) {
    return INT32_MIN;
  }
  return d.first_day;
}

// Whether two number claims speak of one quantity at one time: values less
// than ten times apart, in articles published at most two days apart.
bool Comparable(const std::string& a, const std::string& b, int32_t day_a, int32_t day_b) {
  const Quantity x = ParseQuantity(a), y = ParseQuantity(b);
  const double small = std::min(std::abs(x.lo), std::abs(y.lo)), large = std::max(std::abs(x.hi), std::abs(y.hi));
  if (small > 0 && large >= 10 * small) return false;  // a part and a whole
  if (day_a != INT32_MIN && day_b != INT32_MIN && std::abs(day_a - day_b) > 2) return false;
  return true;
}

// Number claims of one key: sides of agreeing values; a claim comparable
// with no claim of another side is about another quantity and dropped.
std::optional<Conflict> NumberConflict(const StoryCorpus& c, const std::vector<const Claim*>& claims,
                                       std::string fact) {
  auto side = Sides(claims, [&](size_t i, size_t j) { return NumbersAgree(claims[i]->value, claims[j]->value); });
  std::vector<int32_t> day(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) day[i] = PublishedDay(*c.articles()[c.sentences()[claims[i]->sentence].article]);
  std::vector<const Claim*> kept;
  std::vector<size_t> kept_side;
  for (size_t i = 0; i < claims.size(); ++i) {
    for (size_t j = 0; j < claims.size(); ++j) {
      if (side[j] == side[i] || !Comparable(claims[i]->value, claims[j]->value, day[i], day[j])) continue;
      kept.push_back(claims[i]);
      kept_side.push_back(side[i]);
      break;
    }
  }
  if (kept.empty()) return std::nullopt;
  return MakeConflict(c, kept, kept_side, "number", std::move(fact));
}

}  // namespace

void FindStatementConflicts(const StoryCorpus& c, const std::vector<std::string>& fact_of,
                            const ConflictOptions& o, std::vector<Conflict>* out) {
  std::vector<Claim> claims;
  RankWordMemo rank_words(c.TokenTypeCount(), -1);
  EventWordMemo event_words(c.TokenTypeCount(), Unlooked());
  for (uint32_t si = 0; si < c.sentences().size(); ++si) {
    if (c.sentences()[si].quote_heavy) continue;
    SentenceTokens tokens(c, si);
    DateClaims(c, si, o, &event_words, &tokens, &claims);
    RankClaims(c, si, &rank_words, &tokens, &claims);
    NumberClaims(c, si, fact_of[si], &tokens, &claims);
  }
  // A sentence that gives one key several values ("Romney leads with 21
  // percent, Trump at 17 percent") cannot say which value is which: its claims
  // on that key are dropped rather than set against each other.
  std::map<std::pair<std::string, uint32_t>, std::set<std::string>> values;
  for (const Claim& cl : claims) values[{cl.key, cl.sentence}].insert(cl.value);
  // A key's claims are set against each other pair by pair: a key claimed
  // in more than kMaxClaimsPerKey sentences (a story that repeats one
  // statement thousands of times; news keys have a few dozen at most) is
  // judged on its first ones, so that the cost stays linear in the story.
  constexpr size_t kMaxClaimsPerKey = 256;
  std::map<std::string, std::vector<const Claim*>> by_key;
  for (const Claim& cl : claims) {
    if (values[{cl.key, cl.sentence}].size() != 1) continue;
    std::vector<const Claim*>& group = by_key[cl.key];
    if (group.size() < kMaxClaimsPerKey) group.push_back(&cl);
  }
  for (const auto& [key, group] : by_key) {
    std::optional<Conflict> conflict;
    if (key.starts_with("date\t")) {
      conflict = DateConflict(c, group, o);
    } else if (key.starts_with("number\t")) {
      conflict = NumberConflict(c, group, key.substr(7, key.find('\t', 7) - 7));
    } else {
      auto side = Sides(group, [&](size_t i, size_t j) { return RankAgrees(group[i]->value, group[j]->value); });
      conflict = MakeConflict(c, group, side, "rank", "");
    }
    if (conflict) out->push_back(std::move(*conflict));
  }
}

}  // namespace parallax::synth
