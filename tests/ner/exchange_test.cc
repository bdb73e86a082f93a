// Exchange clustering (tools/ner_exchange.h), the refinement behind
// `parallax-train ner-clusters --exchange-iters`.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "tools/ner_exchange.h"

namespace parallax::tools {
namespace {

// Items 0-3 are only ever followed by items 4-7 and vice versa: the two
// groups are the classes of a perfect class bigram model.
std::vector<ItemBigram> Alternating() {
  std::vector<ItemBigram> b;
  for (uint32_t x = 0; x < 4; ++x)
    for (uint32_t y = 4; y < 8; ++y) {
      b.push_back({x, y, 10 + x});
      b.push_back({y, x, 7 + y});
    }
  return b;
}

TEST(ExchangeTest, SeparatesItemsByTheirNeighbours) {
  const auto bigrams = Alternating();
  std::vector<uint32_t> cls = {0, 1, 0, 1, 0, 1, 0, 1};
  const double before = ExchangeObjective(bigrams, cls, 2);
  ExchangeCluster(bigrams, 2, 10, &cls);
  for (uint32_t i = 1; i < 4; ++i) EXPECT_EQ(cls[i], cls[0]) << i;
  for (uint32_t i = 5; i < 8; ++i) EXPECT_EQ(cls[i], cls[4]) << i;
  EXPECT_NE(cls[0], cls[4]);
  EXPECT_GT(ExchangeObjective(bigrams, cls, 2), before);
}

TEST(ExchangeTest, ObjectiveNeverFallsAndAFixedPointStays) {
  std::mt19937 rng(7);
  std::vector<ItemBigram> bigrams;
  for (int k = 0; k < 2000; ++k) {
    uint32_t a = rng() % 60, b = (a * 7 + rng() % 5) % 60;  // a structured but noisy successor
    bigrams.push_back({a, b, 1 + rng() % 3});
  }
  std::vector<uint32_t> cls(62);  // items 60 and 61 have no bigrams
  for (auto& c : cls) c = rng() % 6;
  const uint32_t lonely0 = cls[60], lonely1 = cls[61];
  double obj = ExchangeObjective(bigrams, cls, 6);
  for (int pass = 0; pass < 8; ++pass) {
    ExchangeCluster(bigrams, 6, 1, &cls);
    double next = ExchangeObjective(bigrams, cls, 6);
    EXPECT_GE(next, obj - 1e-6 * std::abs(obj)) << pass;
    obj = next;
  }
  ExchangeCluster(bigrams, 6, 50, &cls);
  const auto converged = cls;
  ExchangeCluster(bigrams, 6, 1, &cls);
  EXPECT_EQ(cls, converged);
  EXPECT_EQ(cls[60], lonely0);
  EXPECT_EQ(cls[61], lonely1);
  for (uint32_t c : cls) EXPECT_LT(c, 6u);
}

TEST(ExchangeTest, OutOfRangeInputIsClampedOrIgnored) {
  std::vector<ItemBigram> bigrams = {{0, 1, 5}, {1, 0, 5}, {0, 99, 3}, {99, 1, 3}};
  std::vector<uint32_t> cls = {0, 7};  // class 7 of 2: clamped to 1
  ExchangeCluster(bigrams, 2, 3, &cls);
  ASSERT_EQ(cls.size(), 2u);
  for (uint32_t c : cls) EXPECT_LT(c, 2u);
  std::vector<uint32_t> one = {0};
  ExchangeCluster({}, 1, 3, &one);  // a single class: nothing to do
  EXPECT_EQ(one[0], 0u);
}

}  // namespace
}  // namespace parallax::tools
