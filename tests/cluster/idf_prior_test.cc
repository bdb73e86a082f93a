// IdfPrior: encode/parse round trip, damaged files rejected, the shipped model
// loads and rates common news words as common, and the prior changes weights.
#include <gtest/gtest.h>

#include "cluster/idf_prior.h"
#include "cluster/text_features.h"

namespace parallax::cluster {
namespace {

TEST(IdfPriorTest, RoundTripAndFractions) {
  std::string bytes = IdfPrior::Encode(10, {{7, 5}, {3, 1}, {7, 2}});
  auto p = IdfPrior::Parse(bytes);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ((*p)->documents(), 10u);
  EXPECT_EQ((*p)->size(), 2u);
  EXPECT_DOUBLE_EQ((*p)->Fraction(7), 0.7);
  EXPECT_DOUBLE_EQ((*p)->Fraction(3), 0.1);
  EXPECT_DOUBLE_EQ((*p)->Fraction(4), 0.0);
}

TEST(IdfPriorTest, DamagedFilesAreRejected) {
  std::string bytes = IdfPrior::Encode(10, {{1, 1}, {2, 2}});
  EXPECT_FALSE(IdfPrior::Parse(bytes.substr(0, bytes.size() - 1)).ok());
  EXPECT_FALSE(IdfPrior::Parse("").ok());
  std::string bad_magic = bytes;
  bad_magic[0] = 'Q';
  EXPECT_FALSE(IdfPrior::Parse(bad_magic).ok());
  std::string bad_version = bytes;
  bad_version[8] = 9;
  EXPECT_FALSE(IdfPrior::Parse(bad_version).ok());
  std::string unsorted = bytes;  // swap the two entries' terms: 2 then 1
  unsorted[28] = 2;
  unsorted[40] = 1;
  EXPECT_FALSE(IdfPrior::Parse(unsorted).ok());
  std::string big_df = bytes;
  big_df[28 + 8] = 11;  // df 11 > 10 documents
  EXPECT_FALSE(IdfPrior::Parse(big_df).ok());
  EXPECT_FALSE(IdfPrior::Load("/nonexistent/idf.bin").ok());
}

TEST(IdfPriorTest, ShippedModelKnowsCommonNewsWords) {
  auto path = DefaultIdfPriorPath();
  ASSERT_TRUE(path.ok()) << path.status().ToString();
  auto p = IdfPrior::Load(*path);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_GT((*p)->documents(), 10000u);
  double president = (*p)->Fraction(HashTerm(StemWord("president")));
  double china = (*p)->Fraction(HashTerm(StemWord("china")));
  double beijing = (*p)->Fraction(HashTerm(StemWord("beijing")));
  EXPECT_GT(president, 0.1);
  EXPECT_GT(china, beijing);
  EXPECT_GT(beijing, 0.0);
  EXPECT_EQ((*p)->Fraction(HashTerm("zzqxvfoo")), 0.0);
}

}  // namespace
}  // namespace parallax::cluster
