// Naming stories: the representative headline.
#include <gtest/gtest.h>

#include "core/lead.h"

namespace parallax::core {
namespace {

TEST(RepresentativeTitleTest, PicksTheHeadlineTheCoverageAgreesOn) {
  // The earliest headline is a side angle; three of the four share the event's words.
  std::vector<std::string_view> titles = {
      "Biden skips California convention, draws criticism",
      "Democratic debate: Harris confronts Biden on busing",
      "Harris attack on Biden steals the debate spotlight",
      "Who won the first Democratic debate? Harris rises, Biden stumbles"};
  size_t best = RepresentativeTitle(titles);
  EXPECT_NE(best, 0u);
  EXPECT_NE(best, kNoTitle);
}

TEST(RepresentativeTitleTest, OneOrTwoHeadlinesKeepTheEarliest) {
  EXPECT_EQ(RepresentativeTitle({"Kerry to visit Beijing", "Kerry ends Beijing trip without a deal"}), 0u);
  EXPECT_EQ(RepresentativeTitle({"Kerry to visit Beijing"}), 0u);
  EXPECT_EQ(RepresentativeTitle({}), kNoTitle);
}

TEST(RepresentativeTitleTest, OpinionPiecesLoseTies) {
  EXPECT_EQ(RepresentativeTitle({"OPINION: Tariffs hurt farmers", "Tariffs on China rise again"}), 1u);
  EXPECT_EQ(RepresentativeTitle({"Op-Ed: Why the summit failed", "Editorial: A summit of nothing"}), 0u);
  EXPECT_TRUE(IsOpinionTitle("Opinion | The trip that went nowhere"));
  EXPECT_TRUE(IsOpinionTitle("Commentary \u2014 Beijing's long game"));
  EXPECT_FALSE(IsOpinionTitle("Opinion polls show the trip split voters"));
  EXPECT_FALSE(IsOpinionTitle("Columnist fired over cartoon"));
}

}  // namespace
}  // namespace parallax::core
