#include "core/months.h"

#include <gtest/gtest.h>

namespace parallax::core {
namespace {

TEST(MonthsTest, EnglishNamesAndAbbreviationsWithOrWithoutAPeriod) {
  EXPECT_EQ(EnglishMonth("january"), 1);
  EXPECT_EQ(EnglishMonth("jan."), 1);
  EXPECT_EQ(EnglishMonth("sept"), 9);
  EXPECT_EQ(EnglishMonth("sep."), 9);
  EXPECT_EQ(EnglishMonth("may"), 5);
  EXPECT_EQ(EnglishMonth("dec"), 12);
}

TEST(MonthsTest, WordsThatOnlyBeginLikeAMonthAreNone) {
  EXPECT_EQ(EnglishMonth("mayor"), 0);
  EXPECT_EQ(EnglishMonth("marc"), 0);
  EXPECT_EQ(EnglishMonth("decision"), 0);
  EXPECT_EQ(EnglishMonth("ma"), 0);
  EXPECT_EQ(EnglishMonth("."), 0);
  EXPECT_EQ(EnglishMonth(""), 0);
}

TEST(MonthsTest, PageMonthAlsoReadsGermanFrenchAndSpanish) {
  EXPECT_EQ(PageMonth("oktober"), 10);
  EXPECT_EQ(PageMonth("juin"), 6);
  EXPECT_EQ(PageMonth("dic."), 12);
  EXPECT_EQ(PageMonth("märz"), 3);
  EXPECT_EQ(PageMonth("sept"), 9);
  EXPECT_EQ(PageMonth("mayor"), 0);
  EXPECT_EQ(PageMonth("juinx"), 0);
}

}  // namespace
}  // namespace parallax::core
