#include "annotate/time/calendar.h"

#include <gtest/gtest.h>

namespace parallax::time {
namespace {

TEST(CalendarTest, DayNumbersRoundTrip) {
  EXPECT_EQ(DaysFromDate(Date{1970, 1, 1}), 0);
  for (long d = -800000; d < 800000; d += 997) {
    const Date date = DateFromDays(d);
    EXPECT_EQ(DaysFromDate(date), d);
  }
}

TEST(CalendarTest, WeekdaysAndIsoWeeks) {
  EXPECT_EQ(Weekday(Date{2023, 7, 12}), 3);  // Wednesday
  EXPECT_EQ(Weekday(Date{2023, 7, 16}), 7);  // Sunday
  EXPECT_EQ(FormatWeek(Date{2023, 7, 12}), "2023-W28");
  EXPECT_EQ(FormatWeek(Date{2023, 7, 17}), "2023-W29");
  EXPECT_EQ(FormatWeek(Date{2021, 1, 3}), "2020-W53");   // belongs to the previous ISO year
  EXPECT_EQ(FormatWeek(Date{2019, 12, 30}), "2020-W01");  // belongs to the next ISO year
}

TEST(CalendarTest, MonthArithmeticClampsDays) {
  const Date d = AddMonths(Date{2023, 1, 31}, 1);
  EXPECT_EQ(FormatDay(d), "2023-02-28");
  EXPECT_EQ(FormatDay(AddMonths(Date{2023, 7, 6}, -30)), "2021-01-06");
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(1900, 2), 28);
}

TEST(CalendarTest, ParseDateRejectsInvalid) {
  Date d;
  EXPECT_TRUE(ParseDate("2023-07-06", &d));
  EXPECT_EQ(d.month, 7);
  EXPECT_TRUE(ParseDate("2023-07-06T10:00", &d));
  EXPECT_FALSE(ParseDate("2023-02-30", &d));
  EXPECT_FALSE(ParseDate("07-06-2023", &d));
  EXPECT_FALSE(ParseDate("", &d));
}

}  // namespace
}  // namespace parallax::time
