// The embedded given-name table (models/first-names-en.tsv, derived by
// tools/derive_name_gender.py): names news writing genders one way, and no
// places, peoples, outlets or weekdays that only stand before a surname by
// accident ("REUTERS Lew", "Saturday. Comey").
#include "annotate/quotes/gender.h"

#include <gtest/gtest.h>

namespace parallax::quotes {
namespace {

TEST(GivenNameGender, NamesNewsGendersOneWay) {
  EXPECT_EQ(GivenNameGender("john"), Gender::kMale);
  EXPECT_EQ(GivenNameGender("vladimir"), Gender::kMale);
  EXPECT_EQ(GivenNameGender("hillary"), Gender::kFemale);
  EXPECT_EQ(GivenNameGender("angela"), Gender::kFemale);
}

TEST(GivenNameGender, WordsThatMostlyStandAloneAreNoGivenNames) {
  for (const char* w : {"reuters", "saturday", "texas", "ohio", "russian", "republican", "moscow", "medicare"}) {
    EXPECT_EQ(GivenNameGender(w), Gender::kUnknown) << w;
  }
  EXPECT_EQ(GivenNameGender("zzyzx"), Gender::kUnknown);
}

}  // namespace
}  // namespace parallax::quotes
