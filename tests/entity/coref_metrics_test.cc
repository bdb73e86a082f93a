// The coreference metrics of the MEANTIME scorers (tools/coref_metrics.h) on
// tiny hand-made partitions; every expected figure was worked out by hand
// (comments give the sums).
#include "tools/coref_metrics.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace parallax::tools {
namespace {

using Labels = std::vector<std::string>;

// Mentions a b c d e; key {a b c} {d e}; response {a b} {c d e}.
const Labels kKey = {"K1", "K1", "K1", "K2", "K2"};
const Labels kResp = {"R1", "R1", "R2", "R2", "R2"};

TEST(CorefMetricsTest, MucCountsLinks) {
  // Recall: K1 falls into 2 parts (3-2 = 1 of 2 links), K2 into 1 (1 of 1): 2/3.
  // Precision: R1 lies in 1 key cluster (1 of 1), R2 in 2 (1 of 2): 2/3.
  MetricSums m = Muc(kKey, kResp);
  EXPECT_DOUBLE_EQ(m.recall_num, 2);
  EXPECT_DOUBLE_EQ(m.recall_den, 3);
  EXPECT_DOUBLE_EQ(m.precision_num, 2);
  EXPECT_DOUBLE_EQ(m.precision_den, 3);
  EXPECT_NEAR(m.F1(), 2.0 / 3, 1e-12);
}

TEST(CorefMetricsTest, B3AveragesOverMentions) {
  // Recall: a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 = 11/3 over 5.
  // Precision: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 = 11/3 over 5.
  MetricSums b = B3(kKey, kResp);
  EXPECT_NEAR(b.recall_num, 11.0 / 3, 1e-12);
  EXPECT_NEAR(b.precision_num, 11.0 / 3, 1e-12);
  EXPECT_DOUBLE_EQ(b.recall_den, 5);
  EXPECT_NEAR(b.Recall(), 11.0 / 15, 1e-12);
}

TEST(CorefMetricsTest, CeafEAlignsClustersOneToOne) {
  // phi4(K1,R1) = 2*2/(3+2) = 0.8, phi4(K2,R2) = 2*2/(2+3) = 0.8; the other
  // pairing gives 1/3 + 0. Best 1.6 over 2 key and 2 response clusters.
  MetricSums c = CeafE(kKey, kResp);
  EXPECT_NEAR(c.recall_num, 1.6, 1e-12);
  EXPECT_DOUBLE_EQ(c.recall_den, 2);
  EXPECT_DOUBLE_EQ(c.precision_den, 2);
  EXPECT_NEAR(c.F1(), 0.8, 1e-12);
}

TEST(CorefMetricsTest, CeafEIsNotGreedy) {
  // key {a b c d} {e}; response {a b c e} {d}.
  // phi4: K1-R1 = 2*3/8 = 0.75, K1-R2 = 2/5 = 0.4, K2-R1 = 2/5 = 0.4, K2-R2 = 0.
  // Greedy (0.75 first) totals 0.75; the best alignment is 0.4 + 0.4 = 0.8.
  MetricSums c = CeafE({"K1", "K1", "K1", "K1", "K2"}, {"R1", "R1", "R1", "R2", "R1"});
  EXPECT_NEAR(c.recall_num, 0.8, 1e-12);
  EXPECT_NEAR(c.Precision(), 0.4, 1e-12);
  EXPECT_NEAR(c.Recall(), 0.4, 1e-12);
}

TEST(CorefMetricsTest, OneMergedResponse) {
  // key {a b} {c}; response {a b c}.
  // MUC: recall 1/1; precision: R1 spans 2 key clusters, 3-2 = 1 of 2 links.
  // B3 recall 1; precision a 2/3, b 2/3, c 1/3 = 5/3 over 3.
  // CEAF-e: the one response cluster goes to K1, phi4 = 4/5: P 0.8/1, R 0.8/2.
  const Labels key = {"K1", "K1", "K2"}, resp = {"R", "R", "R"};
  MetricSums m = Muc(key, resp);
  EXPECT_DOUBLE_EQ(m.Recall(), 1);
  EXPECT_DOUBLE_EQ(m.Precision(), 0.5);
  MetricSums b = B3(key, resp);
  EXPECT_DOUBLE_EQ(b.Recall(), 1);
  EXPECT_NEAR(b.Precision(), 5.0 / 9, 1e-12);
  MetricSums c = CeafE(key, resp);
  EXPECT_NEAR(c.Precision(), 0.8, 1e-12);
  EXPECT_NEAR(c.Recall(), 0.4, 1e-12);
}

TEST(CorefMetricsTest, IdenticalPartitionsScorePerfectAndSinglesHaveNoMucLinks) {
  const Labels p = {"x", "y", "y", "z"};
  CorefScores s;
  s.Add(p, {"1", "2", "2", "3"});
  EXPECT_DOUBLE_EQ(s.muc.F1(), 1);
  EXPECT_DOUBLE_EQ(s.b3.F1(), 1);
  EXPECT_DOUBLE_EQ(s.ceafe.F1(), 1);
  EXPECT_DOUBLE_EQ(s.ConllF1(), 1);
  MetricSums singles = Muc({"a", "b"}, {"a", "b"});
  EXPECT_DOUBLE_EQ(singles.recall_den, 0);
  EXPECT_DOUBLE_EQ(singles.F1(), 0);
}

TEST(CorefMetricsTest, ScoresOfDisjointSetsAdd) {
  CorefScores parts, whole;
  parts.Add(kKey, kResp);
  parts.Add({"K3", "K3"}, {"R3", "R4"});
  whole.Add({"K1", "K1", "K1", "K2", "K2", "K3", "K3"}, {"R1", "R1", "R2", "R2", "R2", "R3", "R4"});
  EXPECT_DOUBLE_EQ(parts.muc.recall_num, whole.muc.recall_num);
  EXPECT_DOUBLE_EQ(parts.muc.precision_den, whole.muc.precision_den);
  EXPECT_NEAR(parts.b3.precision_num, whole.b3.precision_num, 1e-12);
  EXPECT_NEAR(parts.ceafe.recall_num, whole.ceafe.recall_num, 1e-12);
  EXPECT_DOUBLE_EQ(whole.ceafe.recall_den, 3);
  EXPECT_DOUBLE_EQ(whole.ceafe.precision_den, 4);
}

TEST(CorefMetricsTest, AssignmentHandlesEveryShape) {
  std::vector<int> match;
  EXPECT_DOUBLE_EQ(MaxWeightAssignment({{1, 5, 2}}, &match), 5);
  EXPECT_EQ(match, (std::vector<int>{1}));
  EXPECT_DOUBLE_EQ(MaxWeightAssignment({{1}, {5}, {2}}, &match), 5);
  EXPECT_EQ(match, (std::vector<int>{-1, 0, -1}));
  EXPECT_DOUBLE_EQ(MaxWeightAssignment({{3, 2}, {3, 0}}, &match), 5);
  EXPECT_EQ(match, (std::vector<int>{1, 0}));
  EXPECT_DOUBLE_EQ(MaxWeightAssignment({}, &match), 0);
  EXPECT_DOUBLE_EQ(Muc({"a"}, {}).F1(), 0);  // mismatched sizes score nothing
}

}  // namespace
}  // namespace parallax::tools
