// Days since 1970-01-01 and back, across leap rules and eras.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "core/civil_days.h"

namespace parallax::core {
namespace {

TEST(CivilDaysTest, KnownDays) {
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(DaysFromCivil(1969, 12, 31), -1);
  EXPECT_EQ(DaysFromCivil(2000, 3, 1) - DaysFromCivil(2000, 2, 28), 2);  // 2000 is a leap year
  EXPECT_EQ(DaysFromCivil(1900, 3, 1) - DaysFromCivil(1900, 2, 28), 1);  // 1900 is not
  EXPECT_EQ(DaysFromCivil(2023, 7, 16), 19554);
  EXPECT_EQ(IsoDay(19554), "2023-07-16");
  EXPECT_EQ(IsoDay(DaysFromCivil(2024, 2, 29)), "2024-02-29");
  EXPECT_EQ(IsoDay(DaysFromCivil(812, 5, 3)), "0812-05-03");
}

TEST(CivilDaysTest, RoundTripsEveryFewDaysOverTenThousandYears) {
  for (long n = DaysFromCivil(0, 1, 1); n < DaysFromCivil(9999, 12, 31); n += 331) {
    const CivilDay d = CivilFromDays(n);
    ASSERT_TRUE(d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31) << n;
    ASSERT_EQ(DaysFromCivil(d.year, d.month, d.day), n) << n;
  }
}

// IsoDay writes its digits itself inside years 0-9999 and leaves the rest to
// printf: every day agrees with printf's "%04d-%02d-%02d", the edges too.
TEST(CivilDaysTest, IsoDayPrintsAsPrintfDoes) {
  auto printf_day = [](long n) {
    const CivilDay d = CivilFromDays(n);
    char buf[32];
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", d.year, d.month, d.day);
    return std::string(buf);
  };
  for (long n = DaysFromCivil(-30, 1, 1); n < DaysFromCivil(10030, 12, 31); n += 7) {
    ASSERT_EQ(IsoDay(n), printf_day(n)) << n;
  }
  for (long n : {DaysFromCivil(0, 1, 1), DaysFromCivil(-1, 12, 31), DaysFromCivil(9999, 12, 31),
                 DaysFromCivil(10000, 1, 1), DaysFromCivil(1970, 1, 1), DaysFromCivil(2020, 2, 29)}) {
    EXPECT_EQ(IsoDay(n), printf_day(n)) << n;
  }
  EXPECT_EQ(IsoDay(DaysFromCivil(9, 11, 9)), "0009-11-09");
  EXPECT_EQ(IsoDay(DaysFromCivil(10000, 1, 1)), "10000-01-01");
}

}  // namespace
}  // namespace parallax::core
