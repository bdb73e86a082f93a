#include "annotate/ner/model.h"

#include <gtest/gtest.h>

#include "annotate/ner/tagger.h"

namespace parallax::ner {
namespace {

std::string TinyModel() {
  Resources res;
  res.lexicon.AddCluster("Paris", {1, 2, 3, 4});
  res.gazetteer.Add({"france"}, kGazCountry, kAllFolds);
  StageWeights s;
  s.keys = {11, 22};
  s.weights.assign(2 * kNumLabels, 0.f);
  s.weights[3] = 2.5f;
  s.weights[kNumLabels + 5] = -1.25f;
  return NerModel::Serialize(res, {s});
}

TEST(ModelTest, RoundTripKeepsWeights) {
  auto m = NerModel::Parse(TinyModel());
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  ASSERT_EQ((*m)->stages().size(), 1u);
  float scores[kNumLabels] = {};
  uint64_t keys[] = {11, 22, 33};
  (*m)->stages()[0].Score(keys, 3, scores);
  EXPECT_NEAR(scores[3], 2.5f, 1e-3);
  EXPECT_NEAR(scores[5], -1.25f, 1e-3);
  EXPECT_EQ(scores[0], 0.f);
  EXPECT_EQ((*m)->resources().lexicon.num_clusters(), 1u);
}

TEST(ModelTest, DamageIsAStatusNotACrash) {
  std::string good = TinyModel();
  EXPECT_EQ(NerModel::Parse("").status().code(), Status::Code::kCorruption);
  EXPECT_EQ(NerModel::Parse("not a model at all, really").status().code(), Status::Code::kCorruption);
  std::string bad_version = good;
  bad_version[8] = 9;
  EXPECT_EQ(NerModel::Parse(bad_version).status().code(), Status::Code::kUnsupported);
  for (size_t cut : {good.size() - 1, good.size() / 2, size_t{20}})
    EXPECT_FALSE(NerModel::Parse(good.substr(0, cut)).ok()) << cut;
  for (size_t i = 16; i < good.size(); i += 7) {
    std::string flipped = good;
    flipped[i] ^= 0x40;
    EXPECT_FALSE(NerModel::Parse(flipped).ok()) << i;
  }
  EXPECT_EQ(Tagger::Load("/nonexistent/ner.bin").status().code(), Status::Code::kIOError);
}

}  // namespace
}  // namespace parallax::ner
