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

// Session 25: names also written in lower case ("michael" in addresses, "susan", "frank", "mark") and names
// whose honorific evidence was mixed by a relative's surname ("Lisa" beside "Mr. X") have a gender now.
TEST(GivenNameGender, NamesAlsoWrittenInLowerCase) {
  for (const char* w : {"michael", "frank", "mark", "hunter", "jack", "tony"}) {
    EXPECT_EQ(GivenNameGender(w), Gender::kMale) << w;
  }
  for (const char* w : {"susan", "lisa", "mary", "julie"}) EXPECT_EQ(GivenNameGender(w), Gender::kFemale) << w;
  // Words the looser test lets through that are no given names.
  for (const char* w : {"homeland", "treasury", "customs", "hide", "white"}) {
    EXPECT_EQ(GivenNameGender(w), Gender::kUnknown) << w;
  }
}

}  // namespace
}  // namespace parallax::quotes
