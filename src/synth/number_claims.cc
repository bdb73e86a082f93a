// Number claims of the statement-conflict pass (claims.h).
//
// Numbers. Inside one fact group, the same unit word after different numbers
// ("52.2 degrees" vs "50 degrees") from different outlets; a bound or an
// estimate ("more than $1 million", "nearly 40") agrees within 15%, two
// bounds one way less than twofold apart published on one day (bounds.cc)
// too. After a magnitude ("billion") the next content word is part of the
// unit, so "$500 billion a year" in trade and "the $110 billion deal" are not compared. A
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
// compared. Nor are the whole after a part ("51 of the state's 67
// counties") or an example (", say, a 25 percent approval rating"); a
// distance is keyed by the place it is measured from ("60 miles south of
// Boston"), and a value in a sentence about a past year ("In 2008, ...") by
// that year when the year is named before it. A change ("closed 2,352
// points lower") or an increment ("174 additional cases") is a quantity of
// one day: it compares only within one publication day, dated by the
// nearest dated sentence when its own names no day. A person's share is
// keyed by the place named before it too; a family's or a couple's amount
// by the relatives named ("Adelson and his wife"); a share whose sentence
// opens with a population ("Teenagers ... have a rate of 25 percent") by
// that population. "A 30-day ban" is the ban's length.
#include <algorithm>
#include <cmath>
#include <climits>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "cluster/text_features.h"
#include "core/ascii.h"
#include "core/months.h"
#include "core/word_list.h"
#include "synth/claims.h"
#include "synth/timeline.h"

namespace parallax::synth::claims {

namespace {

// A mark that ends a clause for the look-backs below: ",", ";" or ":".
bool ClauseMark(std::string_view w) { return w == "," || w == ";" || w == ":"; }

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return core::IsAsciiDigit(c); });
}

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

// "mile", "kilometers", "pound": a unit of length, weight or volume.
bool IsMeasureUnit(std::string_view w) {
  static constexpr std::string_view kMeasures[] = {
      "mile", "miles", "kilometer", "kilometers", "kilometre", "kilometres", "km", "foot", "feet", "yard", "yards",
      "meter", "meters", "metre", "metres", "inch", "pound", "pounds", "ton", "tons", "tonne", "tonnes", "gallon",
      "gallons", "acre", "acres"};
  return core::InList(w, kMeasures);
}

// Whether "N-<after>" at the token before `next` is the length of the
// thing named by the lower-case noun at `next` ("a 30-day ban", "a 14-day
// quarantine", "a 72-hour deadline"): a span of hours to months before a
// noun that is no span itself ("a 12-hour day", "a 24-hour period", "a
// 30-day window") nor a record ("a 30-day high"). Years are left out: "a
// 10-year plan", "a 30-year mortgage" name kinds of things.
bool LastsThat(const Article& a, const Toks& t, std::string_view after, size_t next) {
  static constexpr std::string_view kSpans[] = {"hour", "day", "week", "month"};
  static constexpr std::string_view kNotLasting[] = {
      "day",    "days",  "week",   "weeks", "month", "months",  "period", "periods", "window", "span",
      "shift",  "shifts", "stretch", "session", "time", "cycle", "stint", "high",   "low",    "record",
      "average", "news", "night",  "nights", "workweek", "rolling", "moving"};
  if (after.size() > 1 && after.back() == 's') after.remove_suffix(1);
  if (!core::InList(after, kSpans) || next >= t.words.size()) return false;
  const std::string& noun = t.words[next];
  return !noun.empty() && core::IsAsciiLower(a.body[t.spans[next].begin]) && core::IsAsciiAlpha(noun[0]) &&
         !cluster::IsStopWord(noun) && !core::InList(noun, kNotLasting);
}

// Appends the digits and points of a numeric token up to a hyphen ("1,062" ->
// "1062"; "26.2%" -> "26.2"; "5-year" -> "5").
void AppendDigits(std::string_view w, std::string* out) {
  for (char ch : w) {
    if (ch == '-') break;
    if (core::IsAsciiDigit(ch) || ch == '.') out->push_back(ch);
  }
}

// The value of a numeric token ("1,062" -> 1062; "26.2%" -> 26.2).
double NumberOf(std::string_view w) {
  std::string digits;
  AppendDigits(w, &digits);
  return std::atof(digits.c_str());
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
  if (k < w.size() && !w[k].empty() && core::IsAsciiDigit(w[k][0]) && !(w[k].size() == 4 && AllDigits(w[k]))) {
    // "outraised him $76 million to $60 million", "52 percent to 45 percent":
    // a contrast of two values, not a range.
    if (NumberOf(w[k]) < NumberOf(w[i])) return 0;
    return k;
  }
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
    // "a 12-hour day" is a duration; "a 19-year-old" an age; "a 30-day ban"
    // the length of the thing named after it, keyed by it ("day ban").
    if (IsTimeSpanWord(after.substr(0, after.find('-'))) && after.find("old") == std::string::npos &&
        !LastsThat(a, t, after, i + 1)) {
      return "";
    }
    std::string unit = cluster::StemWord(after);
    // "a 2,500-mile range": a measure keeps its unit alone, as "1,800 miles"
    // does; what it measures (range, border, drive) is not the unit.
    if (IsMeasureUnit(after)) return unit;
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

// The index of the verb that makes the number at `i` a change ("jumped 10
// percent", "rose by $2 billion", "up 3 percent"): within three words before
// it; SIZE_MAX when the number is no change.
size_t ChangeVerb(const std::vector<std::string>& w, size_t i) {
  static const std::set<std::string> k = {
      "rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "jumped", "jump", "jumps", "climbed",
      "climb", "climbs", "dropped", "drop", "drops", "increased", "increase", "increases", "decreased",
      "decrease", "grew", "grow", "grown", "gained", "gain", "gains", "lost", "slid", "slipped", "surged",
      "soared", "plunged", "plummeted", "tumbled", "declined", "decline", "up", "down", "boosted", "cut"};
  for (size_t back = 1; back <= 3 && back <= i; ++back) {
    const std::string& x = w[i - back];
    if (k.count(x)) return i - back;
    if (x != "by" && x != "$" && x != "about" && x != "nearly" && x != "almost" && x != "roughly" && x != "some" &&
        x != "more" && x != "than" && x != "another" && x != "a" && x != "an" && x != "over" && x != "just") {
      return SIZE_MAX;
    }
  }
  return SIZE_MAX;
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

// "51 of the state's 67 counties", "112 of the 178 people injured": the
// number after "of" that follows a count is the whole the count is a part
// of, not a claim about the fact ("declared an emergency in 51 counties").
bool IsWholeOfAPart(const std::vector<std::string>& w, size_t i) {
  for (size_t back = 1; back <= 4 && back <= i; ++back) {
    const std::string& x = w[i - back];
    if (x == "of") return back < i && !w[i - back - 1].empty() && core::IsAsciiDigit(w[i - back - 1][0]);
    if (x.empty() || !(core::IsAsciiAlpha(x[0]) || x == "'s" || x == "\xE2\x80\x99s" || x == "$")) return false;
  }
  return false;
}

// "crashed to, say, a 25 percent approval rating": an example, not a claim.
bool IsExample(const std::vector<std::string>& w, size_t i) {
  size_t k = i;
  while (k > 0 && (w[k - 1] == "a" || w[k - 1] == "an" || w[k - 1] == "$")) --k;
  return k >= 3 && w[k - 1] == "," && w[k - 2] == "say" && w[k - 3] == ",";
}

// "60 miles south of Boston" / "65 miles south of Cambridge": a distance is
// measured from a place, which joins the key (lower-cased); "" when the
// distance names none.
std::string DistanceFrom(const Toks& t, size_t unit_at) {
  static constexpr std::string_view kUnits[] = {"mile",   "miles",  "kilometer", "kilometers", "kilometre",
                                                "kilometres", "km", "foot", "feet", "yard", "yards", "meter",
                                                "meters", "metre", "metres"};
  static constexpr std::string_view kWays[] = {"north", "south", "east", "west", "northeast", "northwest",
                                               "southeast", "southwest", "outside", "away", "off", "inland"};
  size_t k = unit_at + 1;
  while (k < t.words.size() && k < unit_at + 3 && t.words[k] != "of" && t.words[k] != "from" && core::InList(t.words[k], kWays)) ++k;
  if (k + 1 >= t.words.size() || (t.words[k] != "of" && t.words[k] != "from") || !core::InList(t.words[unit_at], kUnits)) return "";
  ++k;
  if (k + 1 < t.words.size() && (t.words[k] == "the" || t.words[k] == "downtown")) ++k;
  if (t.words[k].empty() || !core::IsAsciiAlpha(t.words[k][0])) return "";
  return t.words[k];
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
  if (alpha(k) && !cluster::IsStopWord(t.words[k])) return cluster::StemWord(t.words[k]);
  // "50 percent have an unfavorable view of the GOP" / "40 percent had an
  // unfavorable view of unions": after a verb, what the share is about is the
  // head after the first "of" in the next few words of its clause.
  for (size_t of = k; of < t.words.size() && of < k + 6; ++of) {
    const std::string& x = t.words[of];
    if (ClauseMark(x) || x == "." || !alpha(of)) break;
    if (x != "of") continue;
    size_t head = of + 1;
    for (size_t skipped = 0; skipped < 2 && alpha(head) && cluster::IsStopWord(t.words[head]); ++skipped) ++head;
    if (!alpha(head) || cluster::IsStopWord(t.words[head])) return "";
    while (head < of + 4 && alpha(head + 1) && !cluster::IsStopWord(t.words[head + 1])) ++head;
    return cluster::StemWord(t.words[head]);
  }
  return "";
}

// The person a share belongs to: one named right after "for" ("46 percent
// for Barrett"), else the last person named before it in the sentence
// ("Bloomberg was at 19 percent" / "Sanders with 31 percent"), or "".
std::string ShareHolder(const std::vector<Person>& people, const Toks& t, size_t at, size_t unit_at) {
  // "53 percent, compared with 46 percent for Barrett": the person after "for".
  if (unit_at + 2 < t.words.size() && t.words[unit_at + 1] == "for") {
    for (const Person& p : people) {
      if (p.first == static_cast<int>(unit_at) + 2) return p.name;
    }
  }
  const Person* holder = nullptr;
  for (const Person& p : people) {
    if (p.last < static_cast<int>(at)) holder = &p;
  }
  return holder ? holder->name : "";
}

// The place a share belongs to: the last place (LOC) named
// before it in its sentence ("South Carolina is set to allow stores to reopen
// at 20 percent capacity" / another state's "50 percent capacity"), or "".
std::string SharePlace(const StoryCorpus& c, const SentenceInfo& s, const Toks& t, size_t at) {
  const Article& a = *c.articles()[s.article];
  std::vector<uint32_t> inside;
  c.MentionsInside(s.article, a.sentences[s.sentence].span, &inside);
  std::string place;
  for (uint32_t m : inside) {
    const EntityMention& e = a.entities[m];
    if (e.type == "LOC" && e.span.end <= t.spans[at].begin) place = c.EntityName(s.article, m);
  }
  return place;
}

// Whether the amount at `i` is asked for, not had: a request, a demand or
// a proposal before it in its clause ("will ask Congress for an extra $2
// billion" / "Congress has provided only $2.65 billion").
bool Sought(const std::vector<std::string>& w, size_t i) {
  static const std::set<std::string> k = {"ask",     "asks",     "asked",     "asking",   "request", "requests",
                                          "requested", "requesting", "seek",   "seeks",    "sought",  "seeking",
                                          "demand",  "demands",  "demanded",  "demanding", "propose", "proposes",
                                          "proposed", "proposing"};
  for (size_t back = 1; back <= 6 && back <= i; ++back) {
    const std::string& x = w[i - back];
    if (ClauseMark(x)) break;
    // The words all open with a, d, p, r or s and have 3-10 bytes: most words are passed over unhashed.
    if (x.size() < 3 || x.size() > 10 || std::string_view("adprs").find(x[0]) == std::string_view::npos) continue;
    if (k.count(x)) return true;
  }
  return false;
}

// Whether the count at `i` sums over several events or holders: its clause
// names them before it ("The weekend shootings killed at least 31 people",
// "both attacks", "a combined 40", "eight states worth 105 electoral
// votes"), so it is not one event's count ("a gunman killed 22 people in El
// Paso").
bool SumOverSeveral(const std::vector<std::string>& w, size_t i) {
  static const std::set<std::string> k = {"shootings", "attacks", "bombings", "explosions", "crashes", "storms",
                                          "hurricanes", "earthquakes", "fires", "wildfires", "floods", "both",
                                          "combined", "altogether"};
  for (size_t back = 1; back <= 12 && back <= i; ++back) {
    const std::string& x = w[i - back];
    if (ClauseMark(x)) break;
    if (k.count(x)) return true;
    // "<count> <plural> worth 105": a total over the counted holders.
    if (back == 1 && (x == "worth" || x == "totaling" || x == "totalling") && i >= 3) {
      const std::string& plural = w[i - 2];
      const std::string& count = w[i - 3];
      static const std::set<std::string> counts = {"two", "three", "four", "five", "six", "seven", "eight",
                                                   "nine", "ten", "several", "many"};
      if (plural.size() > 2 && plural.back() == 's' &&
          (counts.count(count) || (!count.empty() && core::IsAsciiDigit(count[0])))) {
        return true;
      }
    }
  }
  return false;
}

// The group a share counts when it is a subgroup's: "11 percent among
// voters who ..." or "Among independents, 40 percent ..." (the head of the
// words after "among"), or a sentence that goes on with a breakdown begun by
// the one before it in its paragraph ("Of the 63 percent of voters who want
// ..., 28 percent backed X. Biden and Warren each got 11 percent."): "" for a
// share of the whole population the story's other figures count.
std::string SubgroupOf(const Article& a, const SentenceInfo& s, const Toks& t, size_t unit_at) {
  auto alpha = [&](size_t i) { return i < t.words.size() && !t.words[i].empty() && core::IsAsciiAlpha(t.words[i][0]); };
  for (size_t k = 0; k < t.words.size() && k <= unit_at + 1; ++k) {
    if (t.words[k] != "among") continue;
    size_t head = k + 1;
    while (head < t.words.size() && alpha(head) && cluster::IsStopWord(t.words[head]) && head < k + 3) ++head;
    if (!alpha(head)) return "group";
    while (head < k + 5 && alpha(head + 1) && !cluster::IsStopWord(t.words[head + 1])) ++head;
    return cluster::StemWord(t.words[head]);
  }
  if (s.sentence == 0) return "";
  const Sentence& before = a.sentences[s.sentence - 1];
  if (before.paragraph != a.sentences[s.sentence].paragraph) return "";
  const std::string_view text = before.span.Of(a.body);
  return text.starts_with("Of the ") || text.starts_with("Among ") ? "group" : "";
}

// What a change measures: the last capitalised word before its verb (at
// `verb`, from ChangeVerb) in the clause ("The S&P 500 fell 75 points" ->
// "s&p", "The Dow Jones Industrial Average plunged 600 points" -> "average"),
// or "".
std::string ChangeSubject(const Article& a, const Toks& t, size_t verb) {
  for (size_t k = verb, steps = 0; k > 0 && steps < 8; --k, ++steps) {
    const std::string& w = t.words[k - 1];
    if (ClauseMark(w)) break;
    if (k - 1 == 0 && cluster::IsStopWord(w)) break;  // "The" opening the sentence
    if (!w.empty() && core::IsAsciiAlpha(w[0]) && core::IsAsciiUpper(a.body[t.spans[k - 1].begin])) return w;
  }
  return "";
}

// The relatives an amount's clause names with its giver or holder before
// it ("Adelson and his wife contributed $20 million" / "Adelson and his
// family had contributed $21 million"; "the Adelson family gave"): a family
// and a person, or a couple, are different givers. "" when none is named.
std::string KinOf(const std::vector<std::string>& w, size_t i) {
  static constexpr std::string_view kKin[] = {"wife", "husband", "spouse", "family", "families", "relatives",
                                              "children", "sons", "daughters", "parents", "brothers", "sisters"};
  for (size_t back = 1; back <= 12 && back <= i; ++back) {
    const std::string& x = w[i - back];
    if (ClauseMark(x)) break;
    if (x.size() < 4 || x.size() > 9) continue;
    if (!core::InList(x, kKin)) continue;
    if (x.starts_with("famil")) return x;
    const std::string_view before = back < i ? std::string_view(w[i - back - 1]) : std::string_view();
    if (before == "his" || before == "her" || before == "their") return x;
  }
  return "";
}

// The population a share's sentence opens with as its subject: a plural
// common noun first ("Teenagers, according to the May report, now have an
// unemployment rate approaching 25 percent"), with "have"/"has"/"had"
// between it and the share; its stem, or "". Such a share is the group's,
// not the whole population's the story's other figures count.
std::string PopulationSubject(const Article& a, const Toks& t, size_t at) {
  if (at < 2 || t.words.empty()) return "";
  const std::string& first = t.words[0];
  if (first.size() < 4 || first.back() != 's' || cluster::IsStopWord(first)) return "";
  const std::string_view written = t.spans[0].Of(a.body);
  if (!core::IsAsciiUpper(written[0])) return "";
  for (size_t k = 1; k < written.size(); ++k) {
    if (!core::IsAsciiLower(written[k])) return "";  // a name or an acronym ("NATO", "McDonalds")
  }
  for (size_t k = 1; k < at && k < 16; ++k) {
    if (t.words[k] == "have" || t.words[k] == "has" || t.words[k] == "had") return cluster::StemWord(first);
  }
  return "";
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

// The days a sentence is dated on (its resolved day-precision dates:
// "Friday" -> 2019-08-23), as day numbers.
std::vector<int32_t> DaysOf(const SentenceInfo& s) {
  std::vector<int32_t> days;
  for (std::string_view v : s.dates) {
    DateInterval d;
    if (v.size() >= 10 && v[4] == '-' && v[7] == '-' && ParseTimexDate(v.substr(0, 10), &d)) days.push_back(d.first_day);
  }
  return days;
}

// Whether two sentences are each dated on days and share none ("the Dow
// plunged 600 points Friday" / "was up 300 points Monday"): their values are
// the states of different days.
bool OnOtherDays(const std::vector<int32_t>& a, const std::vector<int32_t>& b) {
  if (a.empty() || b.empty()) return false;
  for (int32_t x : a) {
    if (std::find(b.begin(), b.end(), x) != b.end()) return false;
  }
  return true;
}

// The days of the nearest sentence before corpus sentence `si` in its article
// that is dated on days ("Stocks plummeted again on Thursday ... The Dow
// closed 2,352 points lower."), looking at most kMaxLookBack sentences back
// (a bound for stories of thousands of sentences), or none.
std::vector<int32_t> DaysBefore(const StoryCorpus& c, uint32_t si) {
  constexpr uint32_t kMaxLookBack = 40;
  const uint32_t article = c.sentences()[si].article;
  for (uint32_t k = si; k-- > 0 && si - k <= kMaxLookBack && c.sentences()[k].article == article;) {
    std::vector<int32_t> days = DaysOf(c.sentences()[k]);
    if (!days.empty()) return days;
  }
  return {};
}

// "174 additional cases", "505 new cases", "300 more deaths": a count of
// one report (a day's increment), not of the whole.
bool IsIncrementWord(std::string_view w) { return w == "new" || w == "additional" || w == "more"; }

// Whether the sentence states `value` (one end of it) among its numbers.
bool States(const SentenceInfo& s, const std::string& value) {
  const Quantity q = ParseQuantity(value);
  for (std::string_view n : s.numbers) {
    const double x = NumberOf(n);
    if (x == q.lo || x == q.hi) return true;
  }
  return false;
}

}  // namespace

namespace {

// Ages written after a name ("Sean Collier, 26, of Somerville"): a person's
// age is one fact across the story, whatever fact group its sentence is in,
// so the claim is keyed by the person alone ("age (Sean Collier)").
void AgeClaims(const StoryCorpus& c, uint32_t si, SentenceTokens* st, std::vector<Claim>* out) {
  const SentenceInfo& s = c.sentences()[si];
  // Most sentences hold no number of one to three digits: no tokens, no people.
  if (std::none_of(s.numbers.begin(), s.numbers.end(),
                   [](std::string_view n) { return n.size() <= 3 && AllDigits(n); })) {
    return;
  }
  const Toks& t = st->Tokens();
  const size_t n = t.words.size();
  auto age_at = [&](size_t k) {  // ", 26," or ", 26." with the number at k
    return k >= 1 && k + 1 < n && t.words[k - 1] == "," && t.words[k].size() <= 3 && AllDigits(t.words[k]) &&
           (t.words[k + 1] == "," || t.words[k + 1] == ".");
  };
  bool any = false;
  for (size_t k = 1; k + 1 < n && !any; ++k) any = age_at(k);
  if (!any) return;
  for (const Person& p : st->People()) {
    const size_t k = static_cast<size_t>(p.last) + 2;
    if (p.last < 0 || !age_at(k)) continue;
    const int age = std::atoi(t.words[k].c_str());
    if (age < 1 || age > 119) continue;
    // "Sean A. Collier" and "Sean Collier": a middle initial names no one else.
    std::string name;
    for (size_t b = 0; b < p.name.size();) {
      size_t e = p.name.find(' ', b);
      if (e == std::string::npos) e = p.name.size();
      const std::string_view part = std::string_view(p.name).substr(b, e - b);
      const bool initial = part.size() == 2 && part[1] == '.' && b > 0 && e < p.name.size();
      if (!initial) name.append(name.empty() ? "" : " ").append(part);
      b = e + 1;
    }
    const std::string unit = "age (" + name + ")";
    out->push_back({"number\t\t" + unit, unit, t.words[k], name + ", " + t.words[k], si});
  }
}

}  // namespace

void NumberClaims(const StoryCorpus& c, uint32_t si, const std::string& fact, SentenceTokens* st,
                  std::vector<Claim>* out) {
  const SentenceInfo& s = c.sentences()[si];
  if (s.numbers.empty()) return;
  AgeClaims(c, si, st, out);
  PastTollClaims(c, si, st, out);
  if (fact.empty()) return;
  const Article& a = *c.articles()[s.article];
  const Toks& t = st->Tokens();
  // "26.2 percent and 26 percent of the vote, respectively": the values go
  // to people by their order, which the claims cannot follow.
  // Asked before the sentence's first claim only: most sentences make none.
  int respectively = -1;
  // "In 2008, the group gave him 2 percent": a value of that year, compared
  // only with values of the same year. The year counts for the numbers after
  // the sentence's first date: one named only after a number ("will award
  // 82 votes ... as Romney won in 2012", "the most since 2005") may belong to
  // another clause.
  const int past_year = PastYearOf(c, s);
  uint32_t past_from = UINT32_MAX;
  if (past_year) {
    std::vector<uint32_t> times;
    c.TimesInside(s.article, a.sentences[s.sentence].span, &times);
    for (uint32_t x : times) {
      const TimeExpression& te = a.times[x];
      if (te.type == "DATE" && !te.needs_dct && !te.value.empty() && core::IsAsciiDigit(te.value[0])) {
        past_from = std::min(past_from, te.span.begin);
      }
    }
  }
  for (size_t i = 0; i + 1 < t.words.size(); ++i) {
    const std::string& w = t.words[i];
    if (w.empty() || !core::IsAsciiDigit(w[0])) continue;
    if (w.size() == 4 && AllDigits(w)) continue;  // a year is a date, not a quantity
    if (i > 0 && core::EnglishMonth(t.words[i - 1])) continue;  // "the Jan. 3 strike": a day
    if (InUnassertedClause(t, static_cast<int>(i), true)) continue;  // a condition or a possibility
    if (IsNumericOrdinal(w) || IsMarginOfError(t.words, i)) continue;
    if (IsWholeOfAPart(t.words, i) || IsExample(t.words, i)) continue;
    // "up from 22 percent in December": the earlier value, not the claim.
    if ((i >= 1 && t.words[i - 1] == "from") || (i >= 2 && t.words[i - 1] == "$" && t.words[i - 2] == "from")) continue;
    // A range is one claim, keyed by the unit after its upper end.
    const size_t upper = RangeEnd(t.words, i);
    const size_t at = upper ? upper : i;
    if (at + 1 >= t.words.size()) continue;
    // "174 additional cases": the counted noun follows the increment word.
    const bool increment = at + 2 < t.words.size() && IsIncrementWord(t.words[at + 1]) &&
                           core::IsAsciiLower(a.body[t.spans[at + 1].begin]);
    std::string unit = UnitOf(a, t, increment ? at + 1 : at);
    if (unit.empty()) {
      i = at;
      continue;
    }
    if (IsShareUnit(unit)) {
      const std::string of = ShareOf(t, at + 1);
      if (!of.empty()) unit += " " + of;
      // A person's share in a place ("in Alabama, ... Sanders 17 percent")
      // is not theirs in another ("Virginia exit polls ... 18 percent for
      // Sanders"): the place named before it joins the holder.
      std::string holder = ShareHolder(st->People(), t, i, at + 1);
      if (std::string place = SharePlace(c, s, t, i); holder.empty()) {
        holder = std::move(place);
      } else if (!place.empty()) {
        holder.append(" in ").append(place);
      }
      if (!holder.empty()) unit += " (" + holder + ")";
      std::string group = SubgroupOf(a, s, t, at + 1);
      if (group.empty()) group = PopulationSubject(a, t, i);
      if (!group.empty()) unit.append(" among ").append(group);
    }
    if (const std::string from = DistanceFrom(t, at + 1); !from.empty()) unit += " from " + from;
    size_t verb = ChangeVerb(t.words, i);
    // "closed 2,352.60 points lower": the direction follows the unit.
    if (verb == SIZE_MAX && !increment && at + 2 < t.words.size() &&
        (t.words[at + 2] == "lower" || t.words[at + 2] == "higher")) {
      verb = i;
    }
    if (verb != SIZE_MAX || increment) {
      unit = "change in " + unit;
      if (verb != SIZE_MAX) {
        if (const std::string what = ChangeSubject(a, t, verb); !what.empty()) unit.append(" of ").append(what);
      }
    }
    if (past_year && past_from < t.spans[i].begin) unit += " in " + std::to_string(past_year);
    if (SumOverSeveral(t.words, i)) unit += " over several";
    if (Sought(t.words, i)) unit += " sought";
    if (const std::string kin = KinOf(t.words, i); !kin.empty()) unit.append(" by ").append(kin);
    // "limited in the 50 states", "all 50 states": a set named by its size
    // (the whole), not a count of the ones that did something ("23 states
    // had mobilized"); it compares with other definite counts only.
    if (i >= 1 && (t.words[i - 1] == "the" || t.words[i - 1] == "all")) unit += " in all";
    std::string value = Approximate(t.words, i) ? "~" : "";
    AppendDigits(w, &value);
    std::string surface = w + " " + t.words[i + 1];
    if (upper) {
      value += "..";
      AppendDigits(t.words[upper], &value);
      surface = w + " to " + t.words[upper] + " " + t.words[upper + 1];
    }
    if (respectively < 0) respectively = std::find(t.words.begin(), t.words.end(), "respectively") != t.words.end();
    if (respectively) return;
    out->push_back({"number\t" + fact + "\t" + unit, unit, value, surface, si, "", upper ? '\0' : BoundOf(t.words, i)});
    i = at;
  }
}

std::optional<Conflict> NumberConflict(const StoryCorpus& c, const std::vector<const Claim*>& claims,
                                       std::string fact) {
  // A change or an increment is a quantity of one day (the Dow's fall on
  // Wednesday and on Thursday, a day's new cases): it compares only between
  // articles published on one day, and a sentence that names no day is
  // dated by the nearest sentence before it in its article that does.
  const bool of_a_day = claims[0]->subject.starts_with("change in ");
  std::vector<int32_t> day(claims.size());
  std::vector<std::vector<int32_t>> dated(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) {
    const SentenceInfo& s = c.sentences()[claims[i]->sentence];
    day[i] = PublishedDay(*c.articles()[s.article]);
    dated[i] = DaysOf(s);
    if (of_a_day && dated[i].empty()) dated[i] = DaysBefore(c, claims[i]->sentence);
  }
  // Close bounds one way agree when published on one day (bounds.cc); on
  // two days they are a running count's states, which the view reports as
  // a count that moved ("more than 57,000" signatures on one day, "more than
  // 78,000" the next).
  auto side = Sides(claims, [&](size_t i, size_t j) {
    return NumbersAgree(claims[i]->value, claims[j]->value) ||
           (day[i] != INT32_MIN && day[i] == day[j] && BoundsAgree(*claims[i], *claims[j]));
  });
  // A sentence that also states another side's value knows it, so its own
  // value is another quantity ("$100 million to the theater and $65 million
  // to renovate the plaza" against "$100 million to renovate"): its claim
  // disagrees with no side.
  std::vector<bool> knows_other(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) {
    const SentenceInfo& s = c.sentences()[claims[i]->sentence];
    for (size_t j = 0; j < claims.size() && !knows_other[i]; ++j) {
      knows_other[i] = side[j] != side[i] && States(s, claims[j]->value);
    }
  }
  std::vector<const Claim*> kept;
  std::vector<size_t> kept_side;
  for (size_t i = 0; i < claims.size(); ++i) {
    if (knows_other[i]) continue;
    for (size_t j = 0; j < claims.size(); ++j) {
      if (side[j] == side[i] || knows_other[j] || !Comparable(claims[i]->value, claims[j]->value, day[i], day[j]) ||
          OnOtherDays(dated[i], dated[j]) ||
          (of_a_day && day[i] != INT32_MIN && day[j] != INT32_MIN && day[i] != day[j])) {
        continue;
      }
      kept.push_back(claims[i]);
      kept_side.push_back(side[i]);
      break;
    }
  }
  if (kept.empty()) return std::nullopt;
  return MakeConflict(c, kept, kept_side, "number", std::move(fact));
}

}  // namespace parallax::synth::claims
