// Proleptic Gregorian calendar arithmetic for the time normaliser: day
// numbers, weekdays, ISO-8601 weeks, month shifts. Pure functions, no state.
#ifndef PARALLAX_ANNOTATE_TIME_CALENDAR_H_
#define PARALLAX_ANNOTATE_TIME_CALENDAR_H_

#include <string>
#include <string_view>

namespace parallax::time {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

// Days since 1970-01-01 (negative before).
long DaysFromDate(const Date& d);
Date DateFromDays(long days);
// ISO weekday: 1 = Monday .. 7 = Sunday.
int Weekday(const Date& d);
int DaysInMonth(int year, int month);
// ISO-8601 week: sets *iso_year and returns the week number 1..53.
int IsoWeek(const Date& d, int* iso_year);
Date AddDays(const Date& d, long days);
// Adds months, clamping the day to the target month's length.
Date AddMonths(const Date& d, int months);
// Parses "YYYY-MM-DD" (anything after the day is ignored). False if invalid.
bool ParseDate(std::string_view s, Date* out);
bool IsValidDate(int year, int month, int day);

// Writes `value` zero-padded to at least `width` digits ("%0*d") at p and
// returns the end; p needs room for width + 12 bytes.
char* PutPadded(char* p, int value, int width);

std::string FormatDay(const Date& d);    // 2023-07-15
std::string FormatMonth(int year, int month);  // 2023-07
std::string FormatWeek(const Date& d);   // 2023-W28 (ISO week of d)
std::string FormatYear(int year);        // 2023 (4 digits, zero padded)

}  // namespace parallax::time

#endif  // PARALLAX_ANNOTATE_TIME_CALENDAR_H_
