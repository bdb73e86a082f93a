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

// ner-prune rewrites a table from Export(): the same keys and int16 rows,
// and RowSpread is max - min of a row (a constant row has spread 0).
TEST(ModelTest, ExportRewritesTheSameTableAndSpreadIgnoresConstantRows) {
  auto m = NerModel::Parse(TinyModel());
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  const WeightTable& t = (*m)->stages()[0];
  std::vector<uint64_t> keys;
  std::vector<float> weights;
  t.Export(&keys, &weights);
  ASSERT_EQ(keys, (std::vector<uint64_t>{11, 22}));
  EXPECT_EQ(t.RowSpread(0), 32767);  // 2.5 is the table's max |w|: 32767 units above the zeros
  EXPECT_EQ(t.RowSpread(1), 16384);  // -1.25 = half of it, rounded
  std::string again;
  WeightTable::Append(keys, weights, &again);
  WeightTable copy;
  size_t pos = 0;
  ASSERT_TRUE(copy.ParseFrom(again, &pos).ok());
  EXPECT_EQ(pos, again.size());
  for (size_t r = 0; r < 2; ++r) EXPECT_EQ(copy.RowSpread(r), t.RowSpread(r));
  StageWeights constant;
  constant.keys = {7};
  constant.weights.assign(kNumLabels, 3.f);
  auto c = NerModel::Parse(NerModel::Serialize(Resources{}, {constant}));
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->get()->stages()[0].RowSpread(0), 0);
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
