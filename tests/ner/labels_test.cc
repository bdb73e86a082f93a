#include "annotate/ner/labels.h"

#include <gtest/gtest.h>

namespace parallax::ner {
namespace {

TEST(LabelsTest, IobToBilouAndBack) {
  std::vector<std::string> iob2 = {"B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG", "I-ORG", "I-ORG"};
  std::vector<int> bilou = BilouFromIob(iob2);
  ASSERT_EQ(bilou.size(), iob2.size());
  EXPECT_EQ(bilou[0], LabelOf(0, Pos::kB));
  EXPECT_EQ(bilou[1], LabelOf(0, Pos::kL));
  EXPECT_EQ(bilou[2], 0);
  EXPECT_EQ(bilou[3], LabelOf(2, Pos::kU));
  EXPECT_EQ(bilou[4], LabelOf(2, Pos::kU));
  EXPECT_EQ(bilou[5], LabelOf(1, Pos::kB));  // I- after another type starts a chunk (conlleval)
  EXPECT_EQ(bilou[6], LabelOf(1, Pos::kI));
  EXPECT_EQ(bilou[7], LabelOf(1, Pos::kL));
  auto spans = SpansFromBilou(bilou);
  ASSERT_EQ(spans.size(), 4u);
  EXPECT_EQ(IobFromSpans(spans, iob2.size()),
            (std::vector<std::string>{"B-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-ORG", "I-ORG", "I-ORG"}));
}

TEST(LabelsTest, Iob1ReadsLikeIob2) {
  std::vector<std::string> iob1 = {"I-PER", "I-PER", "B-PER", "O", "I-MISC"};
  auto spans = SpansFromBilou(BilouFromIob(iob1));
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[0].first, 0u);
  EXPECT_EQ(spans[0].last, 1u);
  EXPECT_EQ(spans[1].first, 2u);
  EXPECT_EQ(spans[2].type, TypeIndex("MISC"));
}

TEST(LabelsTest, TransitionsFollowBilou) {
  int b_per = LabelOf(0, Pos::kB), l_per = LabelOf(0, Pos::kL), i_org = LabelOf(1, Pos::kI);
  EXPECT_TRUE(ValidTransition(-1, b_per));
  EXPECT_FALSE(ValidTransition(-1, l_per));
  EXPECT_TRUE(ValidTransition(b_per, l_per));
  EXPECT_FALSE(ValidTransition(b_per, i_org));
  EXPECT_FALSE(ValidTransition(b_per, 0));
  EXPECT_FALSE(ValidTransition(b_per, -1));
  EXPECT_TRUE(ValidTransition(l_per, 0));
}

TEST(LabelsTest, RepairsIllFormedSequences) {
  // L without B, and a B that never closes: still read as spans.
  std::vector<int> labels = {LabelOf(3, Pos::kL), 0, LabelOf(1, Pos::kB)};
  auto spans = SpansFromBilou(labels);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].type, 3);
  EXPECT_EQ(spans[1].first, 2u);
  EXPECT_EQ(spans[1].last, 2u);
}

}  // namespace
}  // namespace parallax::ner
