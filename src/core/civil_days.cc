#include "core/civil_days.h"

#include <cstdio>

namespace parallax::core {

// An era is 400 years = 146,097 days; within it, years start on March 1, so
// a year's day count only depends on whether the *next* February has 29 days.
// 719,468 is the day of the era count on which 1970-01-01 falls.
long DaysFromCivil(int year, int month, int day) {
  const long y = year - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long year_of_era = y - era * 400;
  const long shifted_month = month > 2 ? month - 3 : month + 9;  // March = 0
  const long day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
  const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

CivilDay CivilFromDays(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long day_of_era = days - era * 146097;
  const long year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const long shifted_month = (5 * day_of_year + 2) / 153;
  CivilDay d;
  d.day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
  d.month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
  d.year = static_cast<int>(year_of_era + era * 400 + (d.month <= 2 ? 1 : 0));
  return d;
}

std::string IsoDay(long days) {
  const CivilDay d = CivilFromDays(days);
  if (d.year < 0 || d.year > 9999) {  // a sign or a fifth digit: printf's rule
    char buf[32];
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
  }
  // The digits written directly: story views print two days per timeline
  // entry, and snprintf parsed its format for each (~1,800 instructions).
  std::string out(10, '-');
  out[0] = static_cast<char>('0' + d.year / 1000);
  out[1] = static_cast<char>('0' + d.year / 100 % 10);
  out[2] = static_cast<char>('0' + d.year / 10 % 10);
  out[3] = static_cast<char>('0' + d.year % 10);
  out[5] = static_cast<char>('0' + d.month / 10);
  out[6] = static_cast<char>('0' + d.month % 10);
  out[8] = static_cast<char>('0' + d.day / 10);
  out[9] = static_cast<char>('0' + d.day % 10);
  return out;
}

}  // namespace parallax::core
