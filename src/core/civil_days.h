// Calendar days as integers: days since 1970-01-01 in the proleptic Gregorian
// calendar, and back. The one conversion every stage that does date
// arithmetic shares (the time tagger, clustering, synthesis, rendering).
//
// The algorithm counts 400-year eras that start on March 1, so leap days fall
// at the end of a year and need no table (after Howard Hinnant's public
// description of days_from_civil / civil_from_days). Exact for every year
// an int holds. Pure functions; thread-safe.
#ifndef PARALLAX_CORE_CIVIL_DAYS_H_
#define PARALLAX_CORE_CIVIL_DAYS_H_

#include <string>

namespace parallax::core {

struct CivilDay {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
};

// Days since 1970-01-01 (negative before). `month` 1..12 and `day` valid for
// it; not checked.
long DaysFromCivil(int year, int month, int day);

// The date `days` after 1970-01-01.
CivilDay CivilFromDays(long days);

// "YYYY-MM-DD" (years below 1000 zero-padded to four digits).
std::string IsoDay(long days);

}  // namespace parallax::core

#endif  // PARALLAX_CORE_CIVIL_DAYS_H_
