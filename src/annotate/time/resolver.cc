// Resolution policy (the full text is in docs/time.md):
//  * Calendar dates missing a year take the DCT's year, moved one year back
//    (past tense) or forward (future tense) only when that year puts the
//    date more than 150 days on the wrong side of the DCT; with no tense cue
//    the nearer year wins, leaning to the past (back if > 150 days ahead,
//    forward only if > 215 days behind).
//  * A bare weekday is the most recent one on or before the DCT in a past
//    sentence, the next one on or after it in a future sentence, and the
//    nearest one otherwise. "last/next Friday" never mean the DCT's day;
//    "this Friday" is the Friday of the DCT's ISO week.
//  * "last/this/next + unit" shift the DCT by one unit and print the unit's
//    granularity (week -> 2023-W28, weekend -> 2023-W28-WE, quarter ->
//    2023-Q3). "the weekend" is the coming one in a future sentence and the
//    one just gone in a past sentence.
//  * "N units ago/earlier/later" shift by N units; a fractional year shifts
//    by months and prints a month ("two and a half years ago" -> 2021-01).
//  * Without a DCT, values keep X placeholders (XXXX-WXX-5, XXXX-07) and are
//    flagged needs_dct; TimeTagger::Resolve redoes them when a DCT arrives.
#include "annotate/time/resolver.h"

#include <cmath>
#include <cstdlib>
#include <cstring>

#include "core/ascii.h"

namespace parallax::time {
namespace {

const char* kUnitCode[] = {"", "S", "M", "H", "D", "WE", "W", "W", "M", "Q", "M", "Y", "DE", "CE"};

bool IsTimeUnit(Unit u) { return u == Unit::kSecond || u == Unit::kMinute || u == Unit::kHour; }

// The next smaller unit and how many of it make one `u`.
Unit Smaller(Unit u, int* factor) {
  switch (u) {
    case Unit::kCentury: *factor = 100; return Unit::kYear;
    case Unit::kDecade: *factor = 10; return Unit::kYear;
    case Unit::kYear: *factor = 12; return Unit::kMonth;
    case Unit::kHalfYear: *factor = 6; return Unit::kMonth;
    case Unit::kQuarter: *factor = 3; return Unit::kMonth;
    case Unit::kMonth: *factor = 30; return Unit::kDay;
    case Unit::kFortnight: *factor = 14; return Unit::kDay;
    case Unit::kWeek: *factor = 7; return Unit::kDay;
    case Unit::kWeekend: *factor = 2; return Unit::kDay;
    case Unit::kDay: *factor = 24; return Unit::kHour;
    case Unit::kHour: *factor = 60; return Unit::kMinute;
    default: *factor = 60; return Unit::kSecond;
  }
}

void AppendPart(Unit unit, long n, bool* in_time, std::string* out) {
  if (IsTimeUnit(unit) && !*in_time) {
    out->push_back('T');
    *in_time = true;
  }
  if (unit == Unit::kFortnight) n *= 2;
  if (unit == Unit::kHalfYear) n *= 6;
  *out += std::to_string(n);
  *out += kUnitCode[static_cast<int>(unit)];
}

// How far (in tokens) "a year earlier" looks back for the quarter under discussion.
constexpr uint32_t kQuarterMemory = 150;
// How far back (tokens) a mentioned date still anchors "the following year".
constexpr uint32_t kAnchorMemory = 300;
// How far back (tokens) a mentioned day dates a bare clock time.
constexpr uint32_t kClockAnchorWindow = 10;

int QuarterOf(int month) { return (month - 1) / 3 + 1; }

int SeasonIndex(const char* s) {
  if (s[0] == 'S' && s[1] == 'P') return 0;
  if (s[0] == 'S' && s[1] == 'U') return 1;
  if (s[0] == 'F') return 2;
  return 3;
}

int SeasonOfMonth(int month) { return month >= 3 && month <= 5 ? 0 : month <= 8 && month >= 6 ? 1 : month >= 9 && month <= 11 ? 2 : 3; }

// The n-th (n = 5: last) given ISO weekday of a month.
Date NthWeekday(int year, int month, int n, int weekday) {
  if (n == 5) {
    Date last{year, month, DaysInMonth(year, month)};
    return AddDays(last, -((Weekday(last) - weekday + 7) % 7));
  }
  Date first{year, month, 1};
  return AddDays(first, (weekday - Weekday(first) + 7) % 7 + 7L * (n - 1));
}

std::string TimeSuffix(const Sem& sem) {
  if (sem.hour >= 0) {
    char buf[40];
    char* p = buf;
    *p++ = 'T';
    p = PutPadded(p, sem.hour, 2);
    *p++ = ':';
    p = PutPadded(p, sem.minute < 0 ? 0 : sem.minute, 2);
    if (sem.utc) *p++ = 'Z';
    return std::string(buf, p);
  }
  if (sem.part_of_day[0]) return std::string("T") + sem.part_of_day;
  return "";
}

}  // namespace

std::string FormatDuration(Unit unit, double amount, bool fuzzy) {
  std::string out = "P";
  bool in_time = false;
  if (fuzzy || unit == Unit::kNone) {
    if (IsTimeUnit(unit)) out.push_back('T');
    out += "X";
    out += kUnitCode[static_cast<int>(unit)];
    return out;
  }
  if (amount < 0) amount = -amount;
  if (unit == Unit::kDecade || unit == Unit::kCentury) {
    amount *= unit == Unit::kDecade ? 10 : 100;
    unit = Unit::kYear;
  }
  const long whole = static_cast<long>(amount);
  const double frac = amount - static_cast<double>(whole);
  if (frac < 1e-9) {
    AppendPart(unit, whole, &in_time, &out);
    return out;
  }
  int factor = 1;
  const Unit lower = Smaller(unit, &factor);
  const long rest = std::lround(frac * factor);
  if (whole > 0) AppendPart(unit, whole, &in_time, &out);
  if (rest > 0) AppendPart(lower, rest, &in_time, &out);
  if (out == "P") out += "0D";
  return out;
}

Resolved Resolver::Resolve(const Sem& sem, const TenseOf& tense, uint32_t position) {
  Resolved r;
  switch (sem.kind) {
    case Sem::Kind::kRef:
      r.type = "DATE";
      r.value = sem.ref;
      break;
    case Sem::Kind::kDuration:
      r.type = "DURATION";
      r.value = FormatDuration(sem.unit, sem.amount, sem.fuzzy);
      break;
    case Sem::Kind::kSet:
      r.type = "SET";
      if (sem.weekday > 0) {
        r.value = "XXXX-WXX-" + std::to_string(sem.weekday);
        if (sem.part_of_day[0]) r.value += std::string("T") + sem.part_of_day;
      } else {
        r.value = FormatDuration(sem.unit, sem.amount, false);
      }
      break;
    case Sem::Kind::kQuarterRef:
      r = ResolveQuarterRef(sem, position);
      break;
    case Sem::Kind::kShift:
      r = ResolveShift(sem, tense, position);
      // An anaphoric shift that found no reference counted from the DCT ("the
      // next year or so"): it does not move the narrative.
      if (sem.anaphoric && anchored_) NoteAnchor(sem, r.value, position);
      break;
    case Sem::Kind::kDate:
      r = ResolveDate(sem, tense, position);
      NoteAnchor(sem, r.value, position);
      break;
    case Sem::Kind::kNone:
      break;
  }
  if (r.mod.empty()) r.mod = sem.mod;
  return r;
}

Resolved Resolver::ResolveQuarterRef(const Sem& sem, uint32_t position) {
  Resolved r;
  r.type = "DATE";
  int year = 0, q = 0;
  if (last_quarter_ > 0) {
    year = last_quarter_year_;
    q = last_quarter_;
  } else if (has_dct_) {
    q = QuarterOf(dct_.month) - 1;
    year = dct_.year;
    if (q == 0) { q = 4; --year; }
  } else {
    r.value = "XXXX-QX";
    r.needs_dct = true;
    return r;
  }
  if (sem.year_ago) --year;
  if (sem.year > 0) year = sem.year;
  r.value = FormatYear(year) + "-Q" + std::to_string(q);
  if (!sem.year_ago) {
    last_quarter_year_ = year;
    last_quarter_ = q;
    last_quarter_pos_ = position;
  }
  return r;
}

// Remembers a resolved calendar value ("1995", "1998-03", "1998-03-03") as the
// reference time that "the following year" / "the next day" count from.
void Resolver::NoteAnchor(const Sem& sem, const std::string& value, uint32_t position) {
  auto digits = [&](size_t at, size_t n) { return core::ParseAsciiDigits(value, at, n); };
  const int year = digits(0, 4);
  if (year < 0 || (value.size() > 4 && value[4] != '-') || sem.decade >= 0 || sem.century >= 0) return;
  const int month = value.size() >= 7 && value[5] != 'W' && value[5] != 'Q' ? digits(5, 2) : -1;
  const int day = month > 0 && value.size() >= 10 ? digits(8, 2) : -1;
  if (value.size() > 4 && month < 0) {
    // Weeks, quarters, seasons ("the fourth quarter of 2005"): a reference year only.
    if (sem.kind != Sem::Kind::kDate || sem.year < 0) return;
    anchors_[1] = Anchor{Date{year, 1, 1}, position, true};
    return;
  }
  const Date date{year, month > 0 ? month : 1, day > 0 ? day : 1};
  const int grain = day > 0 ? 3 : month > 0 ? 2 : 1;
  for (int g = 1; g <= grain; ++g) anchors_[g] = Anchor{date, position, true};
}

const Resolver::Anchor* Resolver::AnchorFor(int need, uint32_t position) const {
  if (need < 1 || need > 3) return nullptr;
  const Anchor& a = anchors_[need];
  return a.set && position - a.position < kAnchorMemory ? &a : nullptr;
}

Resolved Resolver::ResolveShift(const Sem& sem, const TenseOf& tense, uint32_t position) {
  if (sem.anaphoric && sem.past_anaphor && tense.Get() != Tense::kPast) {
    Sem plain = sem;
    plain.anaphoric = plain.past_anaphor = false;
    anchored_ = false;
    return ResolveShift(plain, tense, position);
  }
  if (sem.anaphoric && has_dct_) {
    // Count from the last mentioned date when it is fine enough for the unit
    // ("the following year" after "1995"; "the next day" after "March 3").
    const int need = sem.unit == Unit::kYear ? 1 : sem.unit == Unit::kMonth ? 2
                   : sem.unit == Unit::kDay ? 3 : 99;
    Sem plain = sem;
    plain.anaphoric = false;
    const Anchor* anchor = AnchorFor(need, position);
    anchored_ = anchor != nullptr;
    if (anchored_) {
      const Date saved = dct_;
      dct_ = anchor->date;
      Resolved r = ResolveShift(plain, tense, position);
      dct_ = saved;
      return r;
    }
    return ResolveShift(plain, tense, position);
  }
  Resolved r;
  r.type = "DATE";
  if (sem.fuzzy) {
    r.value = sem.amount < 0 ? "PAST_REF" : "FUTURE_REF";
    return r;
  }
  if (!has_dct_) {
    r.needs_dct = true;
    switch (sem.unit) {
      case Unit::kDay: r.value = "XXXX-XX-XX" + TimeSuffix(sem); break;
      case Unit::kWeek: r.value = "XXXX-WXX"; break;
      case Unit::kWeekend: r.value = "XXXX-WXX-WE"; break;
      case Unit::kMonth: r.value = "XXXX-XX"; break;
      case Unit::kQuarter: r.value = "XXXX-QX"; break;
      case Unit::kDecade: r.value = "XXX"; break;
      case Unit::kCentury: r.value = "XX"; break;
      default: r.value = "XXXX"; break;
    }
    if (!TimeSuffix(sem).empty()) r.type = "TIME";
    return r;
  }
  const double a = sem.amount;
  const long whole = std::lround(a);
  const bool fractional = std::fabs(a - static_cast<double>(whole)) > 1e-9;
  switch (sem.unit) {
    case Unit::kSecond: case Unit::kMinute: case Unit::kHour:
      r.value = FormatDay(dct_);
      break;
    case Unit::kDay:
      r.value = FormatDay(AddDays(dct_, whole)) + TimeSuffix(sem);
      if (!TimeSuffix(sem).empty()) r.type = "TIME";
      break;
    case Unit::kWeek: case Unit::kFortnight:
      r.value = FormatWeek(AddDays(dct_, std::lround(a * 7 * (sem.unit == Unit::kFortnight ? 2 : 1))));
      break;
    case Unit::kWeekend: {
      long shift = whole;
      if (sem.by_tense) {
        const int wd = Weekday(dct_);
        const Tense t = tense.Get();
        if (t == Tense::kPast || (t != Tense::kFuture && wd <= 2)) shift = wd >= 6 ? 0 : -1;
      }
      r.value = FormatWeek(AddDays(dct_, shift * 7)) + "-WE";
      break;
    }
    case Unit::kMonth: {
      const Date d = AddMonths(dct_, static_cast<int>(whole));
      r.value = FormatMonth(d.year, d.month);
      break;
    }
    case Unit::kQuarter: case Unit::kHalfYear: {
      long index = static_cast<long>(dct_.year) * 4 + QuarterOf(dct_.month) - 1 + whole;
      if (sem.year_ago && last_quarter_ > 0 && position - last_quarter_pos_ < kQuarterMemory) {
        index = static_cast<long>(last_quarter_year_) * 4 + last_quarter_ - 1 + whole;
      }
      r.value = FormatYear(static_cast<int>(index / 4)) + "-Q" + std::to_string(index % 4 + 1);
      break;
    }
    case Unit::kYear:
      if (sem.year_ago && last_quarter_ > 0 && position - last_quarter_pos_ < kQuarterMemory) {
        r.value = FormatYear(last_quarter_year_ - 1) + "-Q" + std::to_string(last_quarter_);
      } else if (fractional) {
        const Date d = AddMonths(dct_, static_cast<int>(std::lround(a * 12)));
        r.value = FormatMonth(d.year, d.month);
      } else {
        r.value = FormatYear(dct_.year + static_cast<int>(whole));
      }
      break;
    case Unit::kDecade:
      r.value = std::to_string(dct_.year / 10 + whole);
      break;
    case Unit::kCentury:
      r.value = std::to_string(dct_.year / 100 + whole);
      break;
    case Unit::kNone:
      r.value = FormatDay(dct_);
      break;
  }
  return r;
}

int Resolver::YearFor(int month, int day, int rel, Tense tense) const {
  const int y = dct_.year;
  if (day <= 0) {
    if (rel == -1) return month < dct_.month ? y : y - 1;
    if (rel == 1) return month > dct_.month ? y : y + 1;
    if (rel == 0) return y;
    day = 15;
  }
  if (day > DaysInMonth(y, month)) day = DaysInMonth(y, month);
  const long dct_days = DaysFromDate(dct_);
  const long same = DaysFromDate(Date{y, month, day}) - dct_days;
  if (tense == Tense::kPast) return same > 150 ? y - 1 : y;
  if (tense == Tense::kFuture) return same < -150 ? y + 1 : y;
  // No tense: the nearer year, leaning to the past (news reports more than it announces).
  if (same > 150) return y - 1;
  if (same < -215) return y + 1;
  return y;
}

int Resolver::SeasonYear(const char* season, int rel, Tense tense) const {
  const int idx = SeasonIndex(season);
  // In January and February the other seasons of the DCT's year are all
  // still ahead ("last fall" in February is the previous year's fall); the
  // winter itself keeps the DCT's year.
  const int cur = dct_.month <= 2 && idx != 3 ? -1 : SeasonOfMonth(dct_.month);
  const int y = dct_.year;
  if (rel == 0) return y;  // "this summer": the season of the DCT's year
  if (rel == -1) return idx < cur ? y : y - 1;
  if (rel == 1) return idx > cur ? y : y + 1;
  if (tense == Tense::kPast && idx > cur) return y - 1;
  if (tense == Tense::kFuture && idx < cur) return y + 1;
  return y;
}

std::string Resolver::WeekdayDate(int weekday, int rel, Tense tense, Date* out) const {
  const int wd = Weekday(dct_);
  const int back = (wd - weekday + 7) % 7, fwd = (weekday - wd + 7) % 7;
  long delta = 0;
  if (rel == -1) delta = -(back == 0 ? 7 : back);
  else if (rel == 1) delta = fwd == 0 ? 7 : fwd;
  else if (rel == 0) delta = weekday - wd;
  else if (tense == Tense::kPast) delta = -back;
  else if (tense == Tense::kFuture) delta = fwd;
  else if (tense == Tense::kPresent) delta = fwd <= back ? fwd : -back;
  else delta = back <= fwd ? -back : fwd;
  *out = AddDays(dct_, delta);
  return FormatDay(*out);
}

Resolved Resolver::ResolveDate(const Sem& sem, const TenseOf& tense, uint32_t position) {
  Resolved r;
  r.type = sem.hour >= 0 || sem.part_of_day[0] ? "TIME" : "DATE";
  const std::string suffix = TimeSuffix(sem);
  if (sem.decade >= 0) { r.value = std::to_string(sem.decade); return r; }
  if (sem.century >= 0) { r.value = std::to_string(sem.century); return r; }
  const bool year_known = sem.year > 0;
  if (!year_known && !has_dct_) r.needs_dct = true;
  const std::string ystr = year_known ? FormatYear(sem.year) : "XXXX";
  if (sem.quarter > 0 || sem.half > 0) {
    int year = sem.year;
    if (!year_known && has_dct_) {
      year = dct_.year;
      if (sem.rel == -1 || sem.rel == 0 || sem.rel == 1) year += sem.rel;  // "of last year"
      else if (sem.quarter > QuarterOf(dct_.month) && tense.Get() == Tense::kPast) --year;
      else if (sem.half > (dct_.month <= 6 ? 1 : 2) && tense.Get() == Tense::kPast) --year;
    }
    const std::string yq = year > 0 ? FormatYear(year) : "XXXX";
    r.value = sem.quarter > 0 ? yq + "-Q" + std::to_string(sem.quarter) : yq + "-H" + std::to_string(sem.half);
    if (sem.quarter > 0 && year > 0) {
      last_quarter_year_ = year;
      last_quarter_ = sem.quarter;
      last_quarter_pos_ = position;
    }
    return r;
  }
  if (sem.season[0]) {
    const int year = year_known ? sem.year : has_dct_ ? SeasonYear(sem.season, sem.rel, tense.Get()) : 0;
    r.value = (year > 0 ? FormatYear(year) : "XXXX") + "-" + sem.season;
    return r;
  }
  if (sem.month > 0) {
    int year = year_known ? sem.year : has_dct_ ? YearFor(sem.month, sem.day, sem.rel, tense.Get()) : 0;
    if (!year_known && has_dct_ && sem.year_rel >= -1 && sem.year_rel <= 1) year = dct_.year + sem.year_rel;
    if (!year_known && has_dct_ && sem.names_event && sem.day > 0) {
      // A named event's year: known ("the Sept. 11 attacks"), else one that
      // has happened when the event is told in the past ("the March 9 flood
      // destroyed 200 homes", written on March 5, was last year's).
      if (sem.event_year > 0 && sem.event_year <= dct_.year) {
        year = sem.event_year;
      } else if (sem.event_past && year == dct_.year && sem.day <= DaysInMonth(year, sem.month) &&
                 DaysFromDate(Date{year, sem.month, sem.day}) > DaysFromDate(dct_) && tense.Get() == Tense::kPast) {
        --year;
      }
    }
    const std::string y = year > 0 ? FormatYear(year) : "XXXX";
    if (sem.day <= 0) { r.value = y + "-" + FormatMonth(2000, sem.month).substr(5); return r; }
    Date d{year > 0 ? year : 2000, sem.month, sem.day};
    if (sem.holiday_rule > 0) {
      if (year <= 0) { r.value = "XXXX-" + FormatMonth(2000, sem.month).substr(5) + "-XX"; return r; }
      d = NthWeekday(year, sem.month, (sem.holiday_rule / 10) % 10, sem.holiday_rule % 10);
    }
    if (sem.unit == Unit::kWeek) {  // "the week of July 16"
      r.value = year > 0 ? FormatWeek(AddDays(d, Weekday(d) == 7 ? 1 : 0)) : "XXXX-WXX";
      return r;
    }
    r.value = y + FormatDay(d).substr(4) + suffix;
    return r;
  }
  if (sem.weekday > 0) {
    // "the Sunday following the attack": a day of the event's week, which
    // the DCT does not give.
    if (sem.from_event) { r.value = "XXXX-WXX-" + std::to_string(sem.weekday); return r; }
    if (!has_dct_) { r.value = "XXXX-WXX-" + std::to_string(sem.weekday) + suffix; r.needs_dct = true; return r; }
    Date d;
    // "Thursday's ruling" / "over Thursday's close": the possessive names an event that
    // has happened (news data: 17 of 17), unless the sentence clearly looks ahead.
    const Tense sentence = tense.Get();
    const Tense day_tense = sem.possessive && sentence != Tense::kFuture ? Tense::kPast : sentence;
    if (const Anchor* anchor = sem.anaphoric ? AnchorFor(3, position) : nullptr) {
      const Date saved = dct_;  // "the following Monday": from the last mentioned day
      dct_ = anchor->date;
      r.value = WeekdayDate(sem.weekday, sem.rel, day_tense, &d);
      dct_ = saved;
    } else {
      r.value = WeekdayDate(sem.weekday, sem.rel, day_tense, &d);
    }
    // "Friday evening", "Tuesday afternoon": a TIME with the part of day, as
    // TimeBank and AQUAINT annotate them; "Friday night", "Tuesday morning":
    // the day-level DATE (AQUAINT writes most of those without the part).
    const bool part_kept = std::strcmp(sem.part_of_day, "EV") == 0 || std::strcmp(sem.part_of_day, "AF") == 0;
    if (sem.hour >= 0 || part_kept) {
      r.value += suffix;
    } else {
      r.type = "DATE";
    }
    return r;
  }
  if (year_known) { r.value = ystr; return r; }
  // A clock time alone: on the day named just before it in its sentence
  // ("flew Tuesday in Everett at 18:00 UTC"), else on the DCT's day.
  const Anchor& day = anchors_[3];
  if (!sem.day_named && day.set && day.position >= sentence_start_ &&
      position - day.position <= kClockAnchorWindow) {
    r.value = FormatDay(day.date) + suffix;
    r.needs_dct = false;
    return r;
  }
  if (!has_dct_) { r.value = "XXXX-XX-XX" + suffix; r.needs_dct = true; return r; }
  r.value = FormatDay(AddDays(dct_, sem.day_offset)) + suffix;
  return r;
}

}  // namespace parallax::time
