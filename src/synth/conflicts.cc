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
// recur within a story and make no claims (signings too: a relief bill in
// March, another in April); nor does a date in an "if" clause, nor one after
// "until" ("delay the election until June": the end of a span, or a date
// proposed), nor travel that someone restricts ("close off travel from
// China" is no trip of the person named), nor a date without its year that
// names an election or an attack ("November's election", "the September 11
// attacks": the year is the resolver's guess), nor a date counted from the
// event ("the Sunday following the attack"), nor an event that belongs to an
// indefinite noun phrase before it ("along with a Chechen killed early
// Wednesday"). Page furniture (a video teaser, a dated caption) claims nothing.
// A meeting is keyed by whom it is with, a person or a group ("with House
// and Senate leaders" / "with military officials"), and a trip by its
// places, after it ("to Afghanistan") or before the trip noun ("a Middle
// Eastern trip"): other counterparts or places are other events.
//
// Ranks. "X is the third high-ranking US official to visit Beijing" and "X is
// the most senior member of the administration to visit China" both rank X
// among those who did the action (visit): an ordinal or a superlative, a
// person noun (official, member, ...) and "to <verb>" after it. Claims on the
// same (X, verb) with different ranks conflict. Counts ("Kerry's third visit
// to China") are a different key (X, count of visits), so they never pair
// with ranks ("the third official to visit").
//
// Numbers: number_claims.cc. Claims are kept and set against each other with
// the shared pieces of claims.h.
//
// Ambiguity. A sentence that gives the same key two values ("Romney leads
// with 21 percent, Trump and Huckabee at 17 percent"; "Kerry will travel later
// this month, after Blinken's June trip" when both resolve to Kerry) cannot
// say which value belongs to the key; its claims on that key are dropped.
#include "synth/conflicts.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "cluster/text_features.h"
#include "core/ascii.h"
#include "core/months.h"
#include "core/word_list.h"
#include "synth/sentence_shape.h"
#include "synth/claims.h"

namespace parallax::synth {

using claims::Claim;
using claims::InUnassertedClause;
using claims::MakeConflict;
using claims::NumberClaims;
using claims::NumberConflict;
using claims::Person;
using claims::SentenceTokens;
using claims::Sides;
using claims::TokenAt;
using claims::Toks;

namespace {

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

bool HasWord(const Toks& t, std::initializer_list<const char*> words, int from, int to) {
  for (int i = std::max(0, from); i < std::min<int>(to, t.words.size()); ++i)
    for (const char* w : words) if (t.words[i] == w) return true;
  return false;
}

// Who the action at token k belongs to (see the essay above).
std::string ParticipantOf(const StoryCorpus& c, const SentenceInfo& s, const Toks& t,
                          const std::vector<Person>& people, int k) {
  // "a visit by X", "the resignation of Deputy Prime Minister X": X's.
  if (k + 1 < static_cast<int>(t.words.size()) && (t.words[k + 1] == "by" || t.words[k + 1] == "of")) {
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

// Announcements, releases and signings recur: one person announces,
// releases or signs several things in a story ("announced Sunday" the
// withdrawal, "announced Monday" sanctions; a relief package signed in March,
// another bill on Friday; two executive orders ten days apart), so their
// dates are no claims about one event.
bool RecurringAction(const std::string& action) {
  return action == "announce" || action == "release" || action == "sign";
}

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

// Whether "travel" at token k (k > 0) is travel someone restricts, not a
// trip of the person named: "close off travel from China", "stop some travel
// to the U.S.", "a ban on travel", "travel restrictions".
bool OthersTravel(const Toks& t, int k) {
  static constexpr std::string_view kBefore[] = {
      "some",  "all",   "off",     "on",      "restrict", "restricted", "restricting", "ban",
      "banned", "banning", "halt", "halted", "stop",  "stopped", "suspend", "suspended", "block",
      "blocked", "limit", "limited", "curb", "curbed", "nonessential", "essential", "international"};
  static constexpr std::string_view kAfter[] = {"ban", "bans", "restriction", "restrictions", "curbs", "limits"};
  return core::InList(t.words[k - 1], kBefore) || (k + 1 < static_cast<int>(t.words.size()) && core::InList(t.words[k + 1], kAfter));
}

// Whether the event word at token k dates an event: not a capitalised word
// inside a sentence (a name: "told Meet the Press", "the March for Our
// Lives"), nor a participle before a noun ("a pool of elected Democrats",
// "the arrested men").
bool DatesAnEvent(const Article& a, const Toks& t, int k) {
  if (k == 0) return true;
  if (core::IsAsciiUpper(a.body[t.spans[k].begin])) return false;
  const std::string& w = t.words[k];
  if (w == "travel" && OthersTravel(t, k)) return false;
  if (w.size() > 2 && w.ends_with("ed")) {
    const std::string& before = t.words[k - 1];
    for (const char* d : {"the", "a", "an", "of", "for", "with", "among", "newly", "democratically"}) {
      if (before == d) return false;
    }
    // "along with a Chechen killed early Wednesday", "a young man arrested":
    // a past form right after an indefinite noun phrase is that phrase's
    // event (or, active, its deed), not one of a person named before it.
    for (int back = 2; back <= 3 && back <= k; ++back) {
      const std::string& det = t.words[k - back];
      if (det != "a" && det != "an" && det != "another") continue;
      bool nouns = true;
      for (int i = k - back + 1; i < k; ++i) {
        nouns &= !t.words[i].empty() && core::IsAsciiAlpha(t.words[i][0]) && core::EnglishMonth(t.words[i]) == 0;
      }
      if (nouns) return false;
    }
  }
  return true;
}

// A plural noun for a group one meets: "leaders", "officials", ...
bool GroupMet(std::string_view w) {
  static constexpr std::string_view k[] = {
      "leaders",   "officials",  "lawmakers", "senators",     "governors", "mayors",   "ministers",
      "counterparts", "executives", "advisers", "advisors",   "commanders", "generals", "diplomats",
      "negotiators", "delegates", "members",  "donors",       "supporters", "families", "victims",
      "residents", "farmers",    "workers",   "students",     "activists", "officers", "chiefs",
      "republicans", "democrats", "investors", "ceos",        "bishops",   "allies",   "envoys"};
  return core::InList(w, k);
}

// A title that names the one person met when no name is written ("during a
// meeting with Uzbekistan's president", "met his Chinese counterpart").
bool TitleMet(std::string_view w) {
  static constexpr std::string_view k[] = {"president", "premier",  "chancellor", "king",     "queen",
                                           "pope",      "prince",   "emperor",    "minister", "leader",
                                           "governor",  "mayor",    "ambassador", "envoy",    "counterpart",
                                           "secretary", "speaker",  "senator"};
  return core::InList(w, k);
}

// " with <name>" when the meeting at token k names the person met ("met Xi",
// "his meeting with Xi", "meets Monday with Russian President Putin"), else
// " with <group>" when it names a group met ("a meeting Tuesday with House
// and Senate leaders", "will meet today with military officials") or a
// person by title only ("a meeting with Uzbekistan's president"), else "":
// meetings with different people or groups, or with someone and with no one
// named (a summit), are different events.
std::string MeetingCounterpart(const Toks& t, const std::vector<Person>& people, int k) {
  const int n = static_cast<int>(t.words.size());
  int from = k + 1;
  for (int j = k + 1; j <= k + 3 && j < n; ++j) {
    if (t.words[j] == "with") { from = j + 1; break; }
  }
  for (const Person& p : people) {
    if (p.first >= from && p.first <= from + 3 && (from > k + 1 || p.first == k + 1)) return " with " + p.name;
  }
  // A group or a title: met directly ("met lawmakers"), or after a "with" a few words
  // on in the same clause ("meeting Tuesday in the Oval Office with Capitol
  // Hill leaders"), its noun within five words.
  from = k + 1;
  for (int j = k + 1; j <= k + 6 && j < n; ++j) {
    const std::string& w = t.words[j];
    if (w == "," || w == ";" || w == ":") break;
    if (w == "with") { from = j + 1; break; }
  }
  for (int j = from; j < from + 5 && j < n; ++j) {
    const std::string& w = t.words[j];
    if (w == "," || w == ";" || w == ":" || w == "who" || w == "to") break;
    if (GroupMet(w) || TitleMet(w)) return " with " + w;
    if (from == k + 1 && j > from + 1) break;  // met directly: the object's first words
  }
  return "";
}

// The place written before a trip noun at token k, after a determiner or a
// possessive ("a Middle Eastern trip", "his Asia tour", "Kerry's China
// visit"), as "|middle eastern|"; "" when none is written so.
template <typename Capitalised>
std::string PlaceBeforeTripNoun(const Toks& t, int k, Capitalised capitalised) {
  const std::string& noun = t.words[k];
  if (noun != "trip" && noun != "visit" && noun != "tour") return "";
  int first = k;
  while (first > 0 && first > k - 3 && capitalised(first - 1)) --first;
  if (first == k || first == 0) return "";
  static constexpr std::string_view kDeterminers[] = {"a", "an", "the", "his", "her", "their", "its", "'s",
                                                      "\xE2\x80\x99s"};
  if (!core::InList(t.words[first - 1], kDeterminers)) return "";
  std::string place = "|";
  for (int w = first; w < k; ++w) place += (w > first ? " " : "") + t.words[w];
  return place + "|";
}

// The places a trip at token k goes to: the capitalised names (not a month)
// after "to" or "in" within three words of the event word ("travel to Dayton and
// El Paso", "his trip to Beijing", "arrived in France"), or the object of
// "visit" ("visited Beijing"), as "|dayton|el paso|"; failing those, the
// place written before the trip noun (PlaceBeforeTripNoun); "" when none is
// named.
std::string TripPlaces(const Article& a, const Toks& t, int k) {
  const int n = static_cast<int>(t.words.size());
  auto capitalised = [&](int i) {
    return i >= 0 && i < n && !t.words[i].empty() && core::IsAsciiAlpha(t.words[i][0]) &&
           core::IsAsciiUpper(a.body[t.spans[i].begin]) && !core::EnglishMonth(t.words[i]);
  };
  int from = -1;
  if (capitalised(k + 1) && t.words[k].starts_with("visit")) from = k + 1;
  for (int j = k + 1; from < 0 && j <= k + 3 && j < n; ++j) {
    const std::string& w = t.words[j];
    if (w == "to" || w == "in") {
      from = j + 1;
      if (from < n && t.words[from] == "the") ++from;
      break;
    }
  }
  if (from < 0 || !capitalised(from)) return PlaceBeforeTripNoun(t, k, capitalised);
  std::string places = "|";
  for (int i = from; i < n && i < from + 8;) {
    if (!capitalised(i)) break;
    int end = i;
    while (end + 1 < n && capitalised(end + 1)) ++end;
    for (int w = i; w <= end; ++w) places += (w > i ? " " : "") + t.words[w];
    places += "|";
    i = end + 1;
    if (i < n && (t.words[i] == "and" || t.words[i] == ",")) ++i;
    if (i < n && t.words[i] == "and") ++i;
  }
  return places;
}

// Whether two trips may be one: either names no place, or they share one.
bool SamePlaces(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return true;
  for (size_t p = 1; p < a.size();) {
    const size_t end = a.find('|', p);
    if (b.find(a.substr(p - 1, end - p + 2)) != std::string::npos) return true;
    p = end + 1;
  }
  return false;
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
  std::erase_if(events, [&](const auto& e) { return !DatesAnEvent(a, t, e.first); });
  if (events.empty()) return;
  const std::vector<Person>& people = st->People();
  std::vector<uint32_t> inside;
  c.TimesInside(s.article, sent, &inside);
  for (uint32_t xi : inside) {
    const TimeExpression& x = a.times[xi];
    if (x.type != "DATE" || x.needs_dct) continue;
    DateInterval when;
    if (!ParseTimexDate(x.value, &when)) continue;
    int d0 = TokenAt(t, x.span.begin), d1 = TokenAt(t, x.span.end - 1);
    // "delay the election until June", "closed through May": the end of a
    // span (or a date proposed for it), not when the event happened.
    auto ends_span = [](const std::string& w) { return w == "until" || w == "till" || w == "through"; };
    if (ends_span(t.words[d0]) || (d0 > 0 && ends_span(t.words[d0 - 1]))) continue;
    int best = -1;
    const std::string* best_action = nullptr;
    double best_dist = o.action_window + 1;
    for (const auto& [k, action] : events) {
      if (k >= d0 && k <= d1) continue;
      double dist = k < d0 ? d0 - k : 2.5 * (k - d1);
      if (dist < best_dist) { best_dist = dist; best = k; best_action = action; }
    }
    if (best < 0 || RecurringAction(*best_action) || InUnassertedClause(t, d0, false)) continue;
    // "had resigned before the battle was joined in 1991": a date after
    // "before"/"after"/"since" that follows the event word dates the other
    // clause's event.
    if (best < d0 && HasWord(t, {"before", "after", "since"}, best + 1, d0)) continue;
    // "the Sunday following the attack", "the day after the election": a date
    // counted from the event, not the event's.
    if (best > d1 && best <= d1 + 4 && HasWord(t, {"after", "following", "before"}, d1 + 1, d1 + 2)) continue;
    // "in November's election", "the September 11 attacks": a date without
    // its year that names the event after it. The year is the resolver's
    // guess, and an election or an attack named so is as often another
    // occurrence (a past one, the coming one) as this one; a trip or a
    // meeting named so ("a June trip by Blinken") is the story's own.
    if (best > d1 && best <= d1 + 2 && *best_action != "travel" && !best_action->starts_with("meet") &&
        claims::NamesWithoutYear(a, x)) {
      continue;
    }
    std::string who = ParticipantOf(c, s, t, people, best);
    if (who.empty()) continue;
    std::string action = *best_action;
    if (action == "meet") action += MeetingCounterpart(t, people, best);
    out->push_back({"date\t" + who + "\t" + action, who + ": " + action, x.value,
                    std::string(x.span.Of(a.body)), si, action == "travel" ? TripPlaces(a, t, best) : ""});
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

bool RankAgrees(const std::string& a, const std::string& b) {
  if (a == b) return true;
  bool la = a.starts_with(">="), lb = b.starts_with(">=");
  if (la == lb) return false;
  const std::string& bound = la ? a : b;
  const std::string& exact = la ? b : a;
  if (exact.empty() || !core::IsAsciiDigit(exact[0])) return false;
  return std::atoi(exact.c_str()) >= std::atoi(bound.c_str() + 2);
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
      if (side[j] == side[i] || !SamePlaces(claims[i]->places, claims[j]->places)) continue;
      int32_t gap = std::max(r[i].first_day, r[j].first_day) - std::min(r[i].last_day, r[j].last_day);
      near_other |= gap <= o.same_event_horizon_days;
    }
    if (near_other) { kept.push_back(claims[i]); kept_side.push_back(side[i]); }
  }
  if (kept.empty()) return std::nullopt;
  return MakeConflict(c, kept, kept_side, "date", "");
}

}  // namespace

void FindStatementConflicts(const StoryCorpus& c, const std::vector<std::string>& fact_of,
                            const ConflictOptions& o, SentenceShapes* shapes, std::vector<Conflict>* out) {
  std::vector<Claim> claims;
  RankWordMemo rank_words(c.TokenTypeCount(), -1);
  EventWordMemo event_words(c.TokenTypeCount(), Unlooked());
  for (uint32_t si = 0; si < c.sentences().size(); ++si) {
    if (c.sentences()[si].quote_heavy) {
      // Its narration outside the quotation may tell a past toll.
      if (!c.sentences()[si].numbers.empty() && !c.sentences()[si].dates.empty()) {
        SentenceTokens tokens(c, si);
        claims::PastTollClaims(c, si, &tokens, &claims);
      }
      continue;
    }
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
  auto judge = [&](const std::string& key, const std::vector<const Claim*>& group) -> std::optional<Conflict> {
    if (key.starts_with("date\t")) return DateConflict(c, group, o);
    if (key.starts_with("number\t")) return NumberConflict(c, group, key.substr(7, key.find('\t', 7) - 7));
    auto side = Sides(group, [&](size_t i, size_t j) { return RankAgrees(group[i]->value, group[j]->value); });
    return MakeConflict(c, group, side, "rank", "");
  };
  // Page furniture (a video teaser "CLOSE ... Louisville Courier Journal"
  // written weeks before the article, a dated picture caption) states no
  // claim of the article; asked only of the claims of a key in conflict.
  auto furniture = [&](const Claim* cl) {
    const SentenceInfo& s = c.sentences()[cl->sentence];
    return shapes->IsBoilerplate(s.article, s.sentence);
  };
  for (auto& [key, group] : by_key) {
    std::optional<Conflict> conflict = judge(key, group);
    if (conflict && std::any_of(group.begin(), group.end(), furniture)) {
      std::erase_if(group, furniture);
      conflict = judge(key, group);
    }
    if (conflict) out->push_back(std::move(*conflict));
  }
}

}  // namespace parallax::synth
