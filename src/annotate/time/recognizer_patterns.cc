// The pattern families of the recogniser. Each Match* function looks at a
// handful of tokens from position i and either returns the end of its
// expression (filling the semantic parse) or 0. Numbers are validated as
// calendar values (day <= days in the month, hour <= 24) before acceptance,
// so a failed parse never yields an invalid value.
#include <cstring>

#include "annotate/time/calendar.h"
#include "annotate/time/recognizer_impl.h"

namespace parallax::time {
namespace {

bool IsOrdinalSuffix(std::string_view w) {
  return w == "st" || w == "nd" || w == "rd" || w == "th";
}

bool IsTemporalPreposition(std::string_view w) {
  static const char* kWords[] = {"in", "since", "by", "until", "of", "early", "late", "mid",
                                 "last", "next", "this", "before", "after", "during", "through",
                                 "from", "to", "till", "between", "and", "on", "or", "that"};
  for (const char* k : kWords) {
    if (w == k) return true;
  }
  return false;
}


}  // namespace

uint32_t Matcher::ParseDayNumber(uint32_t i, int* day) {
  if (!Num(i) || T(i).digits > 2 || V(i) < 1 || V(i) > 31) return 0;
  *day = static_cast<int>(V(i));
  uint32_t j = i + 1;
  if (Adj(j) && IsOrdinalSuffix(W(j))) ++j;
  if (Punct(j, ':') && Adj(j) && Num(j + 1) && Adj(j + 1)) return 0;  // a clock time, not a day
  return j;
}

uint32_t Matcher::ParseTrailingTime(uint32_t j, Sem* sem) {
  uint32_t k = j;
  if (W(k) == "t" && Adj(k) && Adj(k + 1)) ++k;
  if (Num(k) && T(k).digits == 2 && V(k) <= 24 && Punct(k + 1, ':') && Adj(k + 1) && Num(k + 2) &&
      Adj(k + 2) && T(k + 2).digits == 2 && V(k + 2) <= 59) {
    sem->hour = static_cast<int>(V(k));
    sem->minute = static_cast<int>(V(k + 2));
    k += 3;
    if (Punct(k, ':') && Adj(k) && Num(k + 1) && Adj(k + 1) && T(k + 1).digits == 2) k += 2;
    return k;
  }
  return j;
}

uint32_t Matcher::ParsePartOfDay(uint32_t j, Sem* sem) {
  if (!(Flags(j) & kPartOfDay)) return j;
  SetCode(sem->part_of_day, sizeof sem->part_of_day, Info(j)->code);
  return j + 1;
}

uint32_t Matcher::MatchIsoDate(uint32_t i, Sem* sem) {
  if (!(Num(i) && T(i).digits == 4 && Punct(i + 1, '-') && Adj(i + 1) && Num(i + 2) &&
        Adj(i + 2) && T(i + 2).digits == 2 && Punct(i + 3, '-') && Adj(i + 3) && Num(i + 4) &&
        Adj(i + 4) && T(i + 4).digits == 2)) {
    return 0;
  }
  const int y = static_cast<int>(V(i)), m = static_cast<int>(V(i + 2)), d = static_cast<int>(V(i + 4));
  if (!IsValidDate(y, m, d)) return 0;
  sem->kind = Sem::Kind::kDate;
  sem->year = y;
  sem->month = m;
  sem->day = d;
  return ParseTrailingTime(i + 5, sem);
}

uint32_t Matcher::MatchSlashDate(uint32_t i, Sem* sem) {
  if (!(Num(i) && T(i).digits <= 2 && Punct(i + 1, '/') && Adj(i + 1) && Num(i + 2) &&
        Adj(i + 2) && T(i + 2).digits <= 2 && Punct(i + 3, '/') && Adj(i + 3) && Num(i + 4) &&
        Adj(i + 4) && (T(i + 4).digits == 2 || T(i + 4).digits == 4))) {
    return 0;
  }
  int y = static_cast<int>(V(i + 4));
  if (T(i + 4).digits == 2) y += y >= 50 ? 1900 : 2000;
  const int m = static_cast<int>(V(i)), d = static_cast<int>(V(i + 2));
  if (!IsValidDate(y, m, d)) return 0;
  sem->kind = Sem::Kind::kDate;
  sem->year = y;
  sem->month = m;
  sem->day = d;
  return i + 5;
}

uint32_t Matcher::MatchTimeOfDay(uint32_t i, Sem* sem) {
  if (Num(i) && T(i).digits == 4 && V(i) / 100 <= 23 && V(i) % 100 <= 59 &&
      (Flags(i + 1) & kTimeZone) && T(i + 1).capitalized()) {  // "0800 UTC", "1530 GMT"
    sem->kind = Sem::Kind::kDate;
    sem->hour = static_cast<int>(V(i) / 100);
    sem->minute = static_cast<int>(V(i) % 100);
    sem->rel = 0;
    sem->utc = W(i + 1) == "utc" || W(i + 1) == "gmt";
    if (Punct(i + 2, ')') && (Flags(i + 3) & kWeekdayName) && T(i + 3).capitalized() && W(i + 3).size() > 5) {
      sem->weekday = Info(i + 3)->number;  // "(0735 GMT) Friday"
      sem->rel = kRelTense;
    }
    return i + 2;
  }
  if (!Num(i) || T(i).digits > 2 || V(i) > 24) return 0;
  int hour = static_cast<int>(V(i)), minute = -1;
  uint32_t j = i + 1;
  if (Punct(j, ':') && Adj(j) && Num(j + 1) && Adj(j + 1) && T(j + 1).digits == 2 && V(j + 1) <= 59) {
    minute = static_cast<int>(V(j + 1));
    j += 2;
    if (Punct(j, ':') && Adj(j) && Num(j + 1) && Adj(j + 1) && T(j + 1).digits == 2) j += 2;
  }
  if (Flags(j) & kMeridiem) {
    if (hour > 12 || hour == 0) return 0;
    const int pm = Info(j)->number;
    if (pm == 12 && hour < 12) hour += 12;
    if (pm == 0 && hour == 12) hour = 0;
    ++j;
  } else if (W(j) == "o" && Punct(j + 1, '\'') && W(j + 2) == "clock") {
    j += 3;
  } else if (minute < 0 || hour > 23) {
    return 0;
  }
  if ((Flags(j) & kTimeZone) && T(j).capitalized()) {
    const std::string_view zone = W(j);
    sem->utc = zone == "utc" || zone == "gmt";
    ++j;
  }
  sem->kind = Sem::Kind::kDate;
  sem->hour = hour;
  sem->minute = minute < 0 ? 0 : minute;
  sem->rel = 0;
  {
    Sem date;
    const uint32_t k = Punct(j, ',') ? j + 1 : j;
    const uint32_t end = (Flags(k) & kMonthName) ? MatchMonth(k, &date) : 0;
    ClearExtra();
    if (end > 0 && date.day > 0) {  // "5 p.m. EST, Nov. 9"
      sem->month = date.month;
      sem->day = date.day;
      sem->year = date.year;
      sem->rel = date.rel;
      return end;
    }
  }
  // "10:35 a.m. (0735 GMT) Friday", "(0735 GMT) Friday": a weekday after a
  // parenthesis dates the clock time; the extent stays the clock time.
  uint32_t k = j;
  if (Punct(k, '(')) {
    while (k < j + 6 && Has(k) && !Punct(k, ')')) ++k;
  }
  if (Punct(k, ')') && (Flags(k + 1) & kWeekdayName) && T(k + 1).capitalized() && W(k + 1).size() > 5) {
    sem->weekday = Info(k + 1)->number;
    sem->rel = kRelTense;
    return j;
  }
  if ((Flags(j) & kWeekdayName) && T(j).capitalized() && W(j).size() > 5) {
    sem->weekday = Info(j)->number;  // "12:00 UTC Monday"
    sem->rel = kRelTense;
    return j + 1;
  }
  if (Flags(j) & kDeictic) {
    sem->day_offset = Info(j)->rel;  // "16:00 UTC today"
    sem->day_named = true;
    return j + 1;
  }
  return j;
}

bool Matcher::MonthInContext(uint32_t i) {
  const Token& t = T(i);
  if (!t.capitalized()) return false;
  const std::string_view w = W(i);
  const bool next_number = Num(i + 1) || (Punct(i + 1, '.') && Num(i + 2));
  const bool abbreviation = w.size() <= 4 && w != "june" && w != "july" && w != "may";
  if (abbreviation) return next_number || (Punct(i + 1, '.') && Adj(i + 1));
  if (w == "may" || w == "march") {
    if (next_number) return true;
    if (i == 0) return false;
    if (Punct(i - 1, '-') && W(i - 2) == "mid") return true;
    return IsTemporalPreposition(W(i - 1)) && W(i - 1) != "to" && W(i - 1) != "that";
  }
  return true;
}

// "last/this/next year" after a month or a day of a month: the year is the
// DCT's shifted by one (anaphoric "the following year" is not DCT-based and
// is left out). "July last year" is one expression (TimeML); in "October of
// next year" the month takes the year but "next year" stays an expression of
// its own. Returns the end of the expression.
uint32_t Matcher::ParseRelativeYear(uint32_t i, Sem* sem) {
  const bool of = W(i) == "of";
  const uint32_t k = of ? i + 1 : i;
  const std::string_view w = W(k);
  if ((w != "last" && w != "this" && w != "next") || W(k + 1) != "year") return i;
  sem->year_rel = Info(k)->rel;
  return of ? i : k + 2;
}

uint32_t Matcher::MatchMonth(uint32_t i, Sem* sem) {
  if (!(Flags(i) & kMonthName) || !MonthInContext(i)) return 0;
  const int month = Info(i)->number;
  uint32_t j = i + 1;
  const std::string_view name = W(i);
  const bool abbreviated = name.size() <= 4 && name != "june" && name != "july" && name != "may";
  if (abbreviated && Punct(j, '.') && Adj(j)) ++j;
  sem->kind = Sem::Kind::kDate;
  sem->month = month;
  sem->rel = kRelTense;
  int day = 0;
  if (uint32_t k = ParseDayNumber(j, &day); k > 0 && day <= DaysInMonth(2000, month)) {
    sem->day = day;
    j = k;
    int day2 = 0;
    uint32_t range_at = 0;
    if ((Punct(j, '-') || W(j) == "to" || W(j) == "through") && ParseDayNumber(j + 1, &day2) &&
        day2 > day && day2 <= DaysInMonth(2000, month)) {
      range_at = j + 1;
      j = ParseDayNumber(j + 1, &day2);
    }
    uint32_t y = j;
    if (Punct(y, ',')) ++y;
    if (Num(y) && T(y).digits == 4 && V(y) >= 1000 && V(y) <= 2999) {
      sem->year = static_cast<int>(V(y));
      sem->rel = kRelNone;
      if (range_at == 0) j = y + 1;
    } else if (range_at == 0) {
      j = ParseRelativeYear(j, sem);
    }
    if (range_at > 0) {
      Sem second = *sem;
      second.day = day2;
      extra_.push_back(Candidate{range_at, range_at + 1, second});
      if (sem->year > 0) extra_.back().last = y + 1;
      return range_at - 1;
    }
    return j;
  }
  uint32_t y = j;
  if (Punct(y, ',') || W(y) == "of") ++y;
  int year = 0;
  if (const uint32_t end = ParseYear(y, &year)) {
    sem->year = year;
    sem->rel = kRelNone;
    return end;
  }
  return ParseRelativeYear(j, sem);
}

uint32_t Matcher::MatchDayMonth(uint32_t i, Sem* sem) {
  int day = 0;
  uint32_t j = ParseDayNumber(i, &day);
  if (j == 0) return 0;
  if (W(j) == "of") ++j;
  if (!(Flags(j) & kMonthName) || !T(j).capitalized()) return 0;
  const int month = Info(j)->number;
  if (day > DaysInMonth(2000, month)) return 0;
  const std::string_view name = W(j);
  ++j;
  if (name.size() <= 4 && name != "june" && name != "july" && name != "may" && Punct(j, '.') && Adj(j)) ++j;
  sem->kind = Sem::Kind::kDate;
  sem->month = month;
  sem->day = day;
  sem->rel = kRelTense;
  uint32_t y = j;
  if (Punct(y, ',')) ++y;
  if (Num(y) && T(y).digits == 4 && V(y) >= 1000 && V(y) <= 2999) {
    sem->year = static_cast<int>(V(y));
    sem->rel = kRelNone;
    return y + 1;
  }
  return j;
}

// Whether the word before token `i` makes the weekday at `i` part of a
// named day: "Super Tuesday" (the first Tuesday of March of an election
// year), "Black Friday", "Cyber Monday", "Ash Wednesday", "Fat Tuesday",
// "Maundy Thursday" name a day of their own, not the nearest weekday.
namespace {
bool NamesADay(std::string_view before) {
  const size_t space = before.rfind(' ');
  if (space != std::string_view::npos) before.remove_prefix(space + 1);  // a gap token holds a run of words
  for (std::string_view w : {"super", "black", "cyber", "ash", "fat", "maundy"}) {
    if (before == w) return true;
  }
  return false;
}
}  // namespace

uint32_t Matcher::MatchWeekday(uint32_t i, Sem* sem) {
  if (!T(i).capitalized()) return 0;
  if (i > 0 && T(i).space_before() && NamesADay(W(i - 1))) return 0;
  const int weekday = Info(i)->number;
  const std::string_view w = W(i);
  const bool abbreviated = w.size() <= 5 && w != "friday" && w != "monday" && w != "sunday";
  uint32_t j = i + 1;
  if (abbreviated) {
    if (!(Punct(j, '.') && Adj(j))) return 0;
    ++j;
  }
  uint32_t k = j;
  if (Punct(k, ',')) ++k;
  Sem date;
  // "Monday, Oct. 26" (not a headline's "until Friday" above a dateline).
  uint32_t end = Has(k) && T(k).newline_before() ? 0 : MatchMonth(k, &date);
  if (end == 0 && Has(k) && !T(k).newline_before()) end = MatchDayMonth(k, &date);
  if (end > 0 && date.day > 0) {
    *sem = date;
    sem->weekday = weekday;
    return end;
  }
  ClearExtra();
  sem->kind = Sem::Kind::kDate;
  sem->weekday = weekday;
  sem->rel = kRelTense;
  sem->possessive = Punct(j, '\'') && Adj(j) && W(j + 1) == "s" && Adj(j + 1);
  return ParsePartOfDay(j, sem);
}

uint32_t Matcher::MatchModifier(uint32_t i, Sem* sem) {
  const int rel = Info(i)->rel;
  const std::string_view w = W(i);
  if (w == "same" || w == "present") return 0;
  if (w == "this" && (Flags(i + 1) & kRelModifier) && W(i + 1) != "this") {
    return MatchModifier(i + 1, sem);  // "this coming Sunday", "this past spring"
  }
  const uint32_t j = i + 1;
  const uint32_t f = Flags(j);
  // "the following year", "the next day", "the previous month": narrative time.
  const bool anaphoric = w == "following" || w == "preceding" || w == "previous" ||
                         (w == "next" && i > 0 && W(i - 1) == "the");
  if ((f & kUnitWord) && !Info(j)->plural) {
    const Unit u = Info(j)->unit;
    if (u < Unit::kDay || (u == Unit::kDay && !anaphoric)) return 0;
    if ((u == Unit::kDecade || u == Unit::kCentury) && rel == -1) {
      sem->kind = Sem::Kind::kDuration;  // "the past decade" is a stretch of time
      sem->unit = u;
      sem->amount = 1;
      return j + 1;
    }
    if (u == Unit::kYear && Punct(j + 1, '\'') && W(j + 2) == "s") {
      Sem q;
      const uint32_t end = MatchQuarter(j + 3, &q);
      if (end > 0 && q.year < 0) {  // "this year's third quarter"
        *sem = q;
        sem->rel = rel;
        return end;
      }
    }
    sem->kind = Sem::Kind::kShift;
    sem->unit = u;
    sem->amount = rel;
    sem->anaphoric = anaphoric;
    sem->past_anaphor = anaphoric && w == "next";  // "growth in the next year": from the DCT
    return j + 1;
  }
  if ((f & kUnitWord) && (w == "coming" || w == "upcoming") && Info(j)->unit >= Unit::kDay) {
    sem->kind = Sem::Kind::kRef;  // "in coming months": plural unit, no amount
    sem->ref = "FUTURE_REF";
    return j + 1;
  }
  const bool deictic_word = w == "last" || w == "this" || w == "next" || w == "coming" || w == "past";
  if ((f & kWeekdayName) && (deictic_word || anaphoric) && T(j).capitalized()) {
    sem->kind = Sem::Kind::kDate;
    sem->weekday = Info(j)->number;
    sem->rel = rel;
    sem->anaphoric = anaphoric && w != "next";  // "the previous Friday": before the last date
    return ParsePartOfDay(j + 1, sem);
  }
  if ((f & kMonthName) && deictic_word && T(j).capitalized() && !Num(j + 1) && !Num(j + 2)) {
    sem->kind = Sem::Kind::kDate;
    sem->month = Info(j)->number;
    sem->rel = rel;
    return j + 1;
  }
  if ((f & kSeasonWord) && deictic_word) {
    sem->kind = Sem::Kind::kDate;
    SetCode(sem->season, sizeof sem->season, Info(j)->code);
    sem->rel = rel;
    return j + 1;
  }
  if ((f & kPartOfDay) && (w == "this" || w == "last")) {
    sem->kind = Sem::Kind::kShift;
    sem->unit = Unit::kDay;
    sem->amount = w == "last" ? -1 : 0;
    SetCode(sem->part_of_day, sizeof sem->part_of_day, Info(j)->code);
    return j + 1;
  }
  double amount = 0;
  bool fuzzy = false;
  uint32_t k = ParseAmount(j, &amount, &fuzzy);
  if (k > j) k = SkipUnitAdjective(k);
  if (k > j && (Flags(k) & kUnitWord)) {
    sem->kind = Sem::Kind::kDuration;
    sem->unit = Info(k)->unit;
    sem->amount = amount;
    sem->fuzzy = fuzzy;
    return k + 1;
  }
  return 0;
}

uint32_t Matcher::MatchDeictic(uint32_t i, Sem* sem) {
  const WordInfo* info = Info(i);
  sem->kind = Sem::Kind::kShift;
  sem->unit = Unit::kDay;
  sem->amount = info->rel;
  if (info->code[0]) SetCode(sem->part_of_day, sizeof sem->part_of_day, info->code);
  return ParsePartOfDay(i + 1, sem);
}

uint32_t Matcher::MatchQuarter(uint32_t i, Sem* sem) {
  uint32_t j = i;
  if (Flags(j) & kFiscal) ++j;
  int q = 0;
  if ((Flags(j) & kOrdinalWord) && Info(j)->number <= 4) {
    q = Info(j)->number;
    ++j;
  } else if (Num(j) && T(j).digits == 1 && Adj(j + 1) && IsOrdinalSuffix(W(j + 1))) {
    q = static_cast<int>(V(j));
    j += 2;
  } else {
    return 0;
  }
  if (Punct(j, '-') && Adj(j)) {
    ++j;
    sem->adjective = true;
  }
  if (W(j) == "quarter" && q >= 1 && q <= 4) {
    sem->quarter = q;
  } else if (W(j) == "half" && q >= 1 && q <= 2 && W(j - 1) != "final") {
    sem->half = q;
  } else {
    return 0;
  }
  ++j;
  sem->kind = Sem::Kind::kDate;
  sem->rel = kRelTense;
  uint32_t y = j;
  if (W(y) == "of") ++y;
  if (Num(y) && T(y).digits == 4 && V(y) >= 1000 && V(y) <= 2999) {
    sem->year = static_cast<int>(V(y));
    sem->rel = kRelNone;
    return y + 1;
  }
  if (y > j && (Flags(y) & kRelModifier) && W(y + 1) == "year") {
    sem->rel = Info(y)->rel;  // "of last year"
    return y + 2;
  }
  return j;
}

}  // namespace parallax::time
