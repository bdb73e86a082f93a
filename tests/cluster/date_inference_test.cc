// Dating undated articles by their nearest dated peers.
#include <gtest/gtest.h>

#include "cluster/date_inference.h"
#include "cluster/story_clusterer.h"

namespace parallax::cluster {
namespace {

int32_t Day(const char* date) { return *ParseDay(date); }

DateSignature Sig(const char* text, const char* date = nullptr) {
  return MakeDateSignature("", text, date ? Day(date) : INT32_MIN);
}

std::vector<const DateSignature*> Ptrs(const std::vector<DateSignature>& v) {
  std::vector<const DateSignature*> out;
  for (const auto& s : v) out.push_back(&s);
  return out;
}

// A story's shared vocabulary ("envoy", "Beijing") says nothing; the words
// only one peer shares with the undated article decide.
TEST(DateInferenceTest, SmallStoryTakesTheMostSimilarPeersDay) {
  std::vector<DateSignature> peers = {
      Sig("The envoy will travel to Beijing next week for climate talks, officials said.", "2023-07-06"),
      Sig("The envoy is set to travel to Beijing this weekend for climate talks.", "2023-07-12"),
      Sig("The envoy met Premier Li Qiang and Wang Yi in Beijing; talks ended without agreement.", "2023-07-19"),
  };
  auto got = InferDayFromPeers(Sig("In Beijing the envoy met Wang Yi and Premier Li Qiang: no agreement."), Ptrs(peers));
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(FormatDay(got->day), "2023-07-19");
  EXPECT_EQ(got->uncertainty_days, 13);  // the three nearest span 6-19 July
}

TEST(DateInferenceTest, LargeStoryTakesTheMedianOfTheThreeNearest) {
  std::vector<DateSignature> peers;
  const char* filler[] = {"harbor", "bridge", "council", "budget", "school"};
  for (int i = 0; i < 5; ++i) {
    peers.push_back(Sig((std::string("The mayor spoke about the ") + filler[i] + " plan.").c_str(), "2023-03-01"));
  }
  peers.push_back(Sig("The mayor spoke about flooding and the levee repairs.", "2023-05-10"));
  peers.push_back(Sig("Flooding breached the levee; repairs begin.", "2023-05-12"));
  peers.push_back(Sig("Levee repairs after the flooding cost millions.", "2023-05-20"));
  auto got = InferDayFromPeers(Sig("Flooding: the levee repairs continue."), Ptrs(peers));
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(FormatDay(got->day), "2023-05-12");
  EXPECT_EQ(got->uncertainty_days, 8);
}

TEST(DateInferenceTest, NothingInCommonGivesNoDate) {
  std::vector<DateSignature> peers = {Sig("Volcano erupts in Iceland.", "2023-07-06"),
                                      Sig("Lava reaches the coast in Iceland.", "2023-07-08")};
  EXPECT_FALSE(InferDayFromPeers(Sig("Stock markets rallied on Tuesday."), Ptrs(peers)).has_value());
  EXPECT_FALSE(InferDayFromPeers(Sig("Stock markets rallied on Tuesday."), {}).has_value());
}

TEST(DateInferenceTest, RecentPeersKeepTheNewestAndForgetTheLeastRecentlyUsedStory) {
  RecentDatedPeers recent(/*stories=*/2, /*per_story=*/2);
  recent.Add("e1", "", "one", Day("2023-01-01"));
  recent.Add("e1", "", "two", Day("2023-01-02"));
  recent.Add("e1", "", "three", Day("2023-01-03"));
  ASSERT_EQ(recent.Of("e1").size(), 2u);
  EXPECT_EQ(FormatDay(recent.Of("e1")[0]->day), "2023-01-02");
  recent.Add("e2", "", "four", Day("2023-01-04"));
  EXPECT_EQ(recent.Of("e1").size(), 2u);  // e1 is now the most recently used
  recent.Add("e3", "", "five", Day("2023-01-05"));
  EXPECT_TRUE(recent.Of("e2").empty());
  EXPECT_EQ(recent.Of("e1").size(), 2u);
  EXPECT_EQ(recent.Of("e3").size(), 1u);
}

}  // namespace
}  // namespace parallax::cluster
