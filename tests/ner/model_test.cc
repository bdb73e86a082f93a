#include "annotate/ner/model.h"

#include <gtest/gtest.h>

#include "annotate/ner/serial.h"
#include "annotate/ner/tagger.h"

#include <xxhash.h>

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

// Version 4 keeps the character model (same votes after a round trip); a
// version-3 file (no such section) still loads, with an empty one; totals that
// do not add up are corrupt.
TEST(ModelTest, CharModelRoundTripAndVersionThreeStillLoads) {
  Resources res;
  for (const char* w : {"johnson", "jackson", "peterson"}) res.chars.Add(w, 1, 0);
  for (const char* w : {"megacorp", "unicorp", "bancorp"}) res.chars.Add(w, 2, 1);
  StageWeights s;
  s.keys = {11};
  s.weights.assign(kNumLabels, 0.f);
  const std::string bytes = NerModel::Serialize(res, {s});
  auto m = NerModel::Parse(bytes);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  const CharModel& chars = (*m)->resources().chars;
  EXPECT_EQ(chars.num_ngrams(), res.chars.num_ngrams());
  for (const char* w : {"dickson", "intercorp", "x", "zzzz"}) {
    const CharModel::Vote a = res.chars.Score(w, -1), b = chars.Score(w, -1);
    EXPECT_EQ(a.best, b.best) << w;
    EXPECT_EQ(a.second, b.second) << w;
    EXPECT_EQ(a.bucket, b.bucket) << w;
  }
  EXPECT_EQ(chars.Score("dickson", -1).best, 1);
  EXPECT_EQ(chars.Score("intercorp", -1).best, 2);

  // The section: u32 classes, 10 x u64 totals, u32 n, n x (u64 + 5 x u32).
  const size_t char_bytes = 4 + 80 + 4 + chars.num_ngrams() * (8 + 4 * CharModel::kClasses);
  std::string v3 = bytes.substr(0, bytes.size() - 8 - 4 - char_bytes);  // and the empty votes
  v3[8] = 3;
  PutU64(&v3, XXH64(v3.data(), v3.size(), 0));
  auto old = NerModel::Parse(v3);
  ASSERT_TRUE(old.ok()) << old.status().ToString();
  EXPECT_TRUE((*old)->resources().chars.empty());

  std::string bad = bytes.substr(0, bytes.size() - 8);
  bad[bad.size() - 1 - 4] ^= 1;  // the last n-gram's last count (before the empty votes)
  PutU64(&bad, XXH64(bad.data(), bad.size(), 0));
  EXPECT_EQ(NerModel::Parse(bad).status().code(), Status::Code::kCorruption);
}

// Votes by letters; a word's own fold is left out of its vote, as for an
// unseen word.
TEST(CharModelTest, VotesByLettersAndLeavesOutTheFold) {
  CharModel chars;
  EXPECT_EQ(chars.Score("johnson", -1).best, -1);  // empty: no vote
  for (const char* w : {"johnson", "jackson", "peterson", "nilsson", "larsson"}) chars.Add(w, 1, 0);
  for (const char* w : {"megacorp", "unicorp", "bancorp", "telecorp"}) chars.Add(w, 2, 1);
  for (const char* w : {"the", "but", "when"}) chars.Add(w, 0, 2);
  chars.Add("andersson", 1, 3);
  chars.Add("andersson", 1, 3);  // counted once
  EXPECT_EQ(chars.Score("svensson", -1).best, 1);
  EXPECT_EQ(chars.Score("globocorp", -1).best, 2);
  const CharModel::Vote with = chars.Score("andersson", -1), without = chars.Score("andersson", 3);
  EXPECT_EQ(with.best, 1);
  EXPECT_GE(with.bucket, without.bucket);
  // Leaving out fold 0 (all the other -son names) weakens "jackson"'s PER vote.
  EXPECT_EQ(chars.Score("jackson", -1).best, 1);
  EXPECT_LT(chars.Score("jackson", 0).bucket, chars.Score("jackson", -1).bucket);
}

// Neighbour votes: found by the token's form with the lexicon's fallbacks,
// per fold in training, and kept by a version-4 round trip (without the fold
// votes, which are training-only); a bad vote is corrupt.
TEST(NeighbourVotesTest, FoundLikeClustersAndRoundTrip) {
  Resources res;
  std::vector<CharModel::Vote> folds(NeighbourVotes::kFolds, CharModel::Vote{1, 0, 2});
  folds[3] = CharModel::Vote{2, 1, 0};
  res.votes.Add("Petofi", CharModel::Vote{2, 3, 5}, folds);
  res.votes.Add("the", CharModel::Vote{0, 1, 4}, {});
  EXPECT_EQ(res.votes.Find("Petofi", -1).best, 2);
  EXPECT_EQ(res.votes.Find("PETOFI", -1).bucket, 5);  // ALL-CAPS finds the Titlecase entry
  EXPECT_EQ(res.votes.Find("Petofi", 3).best, 2);
  EXPECT_EQ(res.votes.Find("Petofi", 4).best, 1);      // fold 4's vote
  EXPECT_EQ(res.votes.Find("The", -1).best, 0);        // lowercase fallback
  EXPECT_EQ(res.votes.Find("petofi", -1).best, -1);    // no lowercase entry
  EXPECT_EQ(res.votes.Find("The", 4).best, 0);         // no fold votes: the vote of all
  StageWeights s;
  s.keys = {11};
  s.weights.assign(kNumLabels, 0.f);
  const std::string bytes = NerModel::Serialize(res, {s});
  auto m = NerModel::Parse(bytes);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  const NeighbourVotes& got = (*m)->resources().votes;
  EXPECT_EQ(got.size(), 2u);
  const CharModel::Vote v = got.Find("Petofi", 4);  // a loaded model has no fold votes
  EXPECT_EQ(v.best, 2);
  EXPECT_EQ(v.second, 3);
  EXPECT_EQ(v.bucket, 5);
  std::string bad = bytes.substr(0, bytes.size() - 8);
  bad[bad.size() - 1] = 9;  // the last vote's bucket
  PutU64(&bad, XXH64(bad.data(), bad.size(), 0));
  EXPECT_EQ(NerModel::Parse(bad).status().code(), Status::Code::kCorruption);
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
