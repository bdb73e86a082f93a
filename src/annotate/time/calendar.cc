// Calendar arithmetic. Dates are converted to a linear day count (the
// shared core/civil_days.h conversion) and back; everything else (weekday,
// ISO week, month shifts) is derived from the day count.
#include "annotate/time/calendar.h"

#include "core/civil_days.h"

namespace parallax::time {

long DaysFromDate(const Date& d) { return core::DaysFromCivil(d.year, d.month, d.day); }

Date DateFromDays(long days) {
  const core::CivilDay c = core::CivilFromDays(days);
  Date d;
  d.year = c.year;
  d.month = c.month;
  d.day = c.day;
  return d;
}

int Weekday(const Date& d) {
  const long days = DaysFromDate(d);  // 1970-01-01 was a Thursday (4)
  long w = (days + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

static bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int year, int month) {
  static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

int IsoWeek(const Date& d, int* iso_year) {
  // The ISO week belongs to the year of its Thursday.
  const long days = DaysFromDate(d);
  const long thursday = days - (Weekday(d) - 1) + 3;
  const Date th = DateFromDays(thursday);
  const long jan1 = DaysFromDate(Date{th.year, 1, 1});
  *iso_year = th.year;
  return static_cast<int>((thursday - jan1) / 7 + 1);
}

Date AddDays(const Date& d, long days) { return DateFromDays(DaysFromDate(d) + days); }

Date AddMonths(const Date& d, int months) {
  long total = static_cast<long>(d.year) * 12 + (d.month - 1) + months;
  Date r;
  r.year = static_cast<int>(total / 12);
  r.month = static_cast<int>(total % 12) + 1;
  const int dim = DaysInMonth(r.year, r.month);
  r.day = d.day > dim ? dim : d.day;
  return r;
}

bool ParseDate(std::string_view s, Date* out) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
  int v[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8}, lens[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k) {
    for (int i = 0; i < lens[k]; ++i) {
      const char c = s[starts[k] + i];
      if (c < '0' || c > '9') return false;
      v[k] = v[k] * 10 + (c - '0');
    }
  }
  if (!IsValidDate(v[0], v[1], v[2])) return false;
  *out = Date{v[0], v[1], v[2]};
  return true;
}

// Writes `value` as decimal, zero-padded to at least `width` digits, at p;
// returns the end. (Values are calendar fields: snprintf would dominate the
// normaliser's cost.)
char* PutPadded(char* p, int value, int width) {
  if (value < 0) {
    *p++ = '-';
    value = -value;
    if (value < 0) value = 0;  // INT_MIN: not a calendar field
    --width;
  }
  char digits[12];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value > 0);
  for (int i = n; i < width; ++i) *p++ = '0';
  while (n > 0) *p++ = digits[--n];
  return p;
}

std::string FormatDay(const Date& d) {
  char buf[40];
  char* p = PutPadded(buf, d.year, 4);
  *p++ = '-';
  p = PutPadded(p, d.month, 2);
  *p++ = '-';
  p = PutPadded(p, d.day, 2);
  return std::string(buf, p);
}

std::string FormatMonth(int year, int month) {
  char buf[32];
  char* p = PutPadded(buf, year, 4);
  *p++ = '-';
  p = PutPadded(p, month, 2);
  return std::string(buf, p);
}

std::string FormatWeek(const Date& d) {
  int iso_year = 0;
  const int week = IsoWeek(d, &iso_year);
  char buf[32];
  char* p = PutPadded(buf, iso_year, 4);
  *p++ = '-';
  *p++ = 'W';
  p = PutPadded(p, week, 2);
  return std::string(buf, p);
}

std::string FormatYear(int year) {
  char buf[16];
  return std::string(buf, PutPadded(buf, year, 4));
}

}  // namespace parallax::time
