// DecodeDocumentBeamWith against a plain reference beam: every hypothesis
// tries every allowed label and keeps a stable top-k (the decoder before its
// per-history ranking and early stop). Both must pick the same labels and
// probabilities, bit for bit, including when scores tie.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "annotate/ner/decoder.h"
#include "annotate/ner/model.h"
#include "annotate/ner/rough_tokenizer.h"

namespace parallax::ner {
namespace {

const std::string kModel = std::string(PARALLAX_SOURCE_DIR) + "/models/ner-en.bin";

using Doc = std::vector<std::vector<TokenInfo>>;
using ScoreFn = std::function<void(const uint64_t*, size_t, float*)>;

struct RefNode {
  int label, prev2, back;
  double logp;
  float lp;
};

// The reference: labels and probabilities of the best full-beam sequence;
// with margin > 0, after each token the hypotheses more than `margin` behind
// the best are dropped (TaggerOptions::beam_margin).
void ReferenceBeam(const Doc& doc, const ScoreFn& score, size_t beam, float t, double margin,
                   std::vector<std::vector<int>>* labels, std::vector<std::vector<float>>* probs) {
  FeatureContext ctx;
  ctx.Reset();
  labels->assign(doc.size(), {});
  probs->assign(doc.size(), {});
  uint64_t keys[FeatureContext::kMaxFeatures];
  for (size_t s = 0; s < doc.size(); ++s) {
    std::vector<std::vector<RefNode>> lat(doc[s].size());
    for (size_t i = 0; i < doc[s].size(); ++i) {
      const std::vector<RefNode> start{{-1, -1, -1, 0, 0}};
      const std::vector<RefNode>& prev = i ? lat[i - 1] : start;
      float st[kNumLabels] = {};
      score(keys, ctx.ExtractStatic(doc[s], i, keys), st);
      for (size_t h = 0; h < prev.size(); ++h) {
        float sc[kNumLabels];
        std::copy(st, st + kNumLabels, sc);
        score(keys, FeatureContext::ExtractDynamic(doc[s][i], prev[h].label, prev[h].prev2, keys), sc);
        const float mx = *std::max_element(sc, sc + kNumLabels);
        float z = 0;
        for (float x : sc) z += FastExp((x - mx) / t);  // the decoder's exponential (fast_exp.h)
        const float logz = std::log(z);
        for (int l = 0; l < kNumLabels; ++l) {
          if (!ValidTransition(prev[h].label, l) || (i + 1 == doc[s].size() && !ValidTransition(l, -1))) continue;
          const float lp = (sc[l] - mx) / t - logz;
          RefNode c{l, prev[h].label, static_cast<int>(h), prev[h].logp + lp, lp};
          auto pos = std::upper_bound(lat[i].begin(), lat[i].end(), c.logp,
                                      [](double v, const RefNode& x) { return v > x.logp; });
          lat[i].insert(pos, c);
          if (lat[i].size() > beam) lat[i].pop_back();
        }
      }
      if (margin > 0)
        while (lat[i].size() > 1 && lat[i].back().logp < lat[i].front().logp - margin) lat[i].pop_back();
    }
    (*labels)[s].assign(doc[s].size(), 0);
    (*probs)[s].assign(doc[s].size(), 1.f);
    for (int i = static_cast<int>(doc[s].size()) - 1, b = 0; i >= 0; --i) {
      (*labels)[s][i] = lat[i][b].label;
      (*probs)[s][i] = static_cast<float>(std::exp(lat[i][b].lp));
      b = lat[i][b].back;
    }
    for (size_t i = 0; i < doc[s].size(); ++i) ctx.Record(doc[s][i], (*labels)[s][i]);
  }
}

class BeamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto m = NerModel::Load(kModel);
    ASSERT_TRUE(m.ok()) << m.status().ToString();
    model_ = std::move(m).value();
    const std::string text =
        "Norvatec Holdings said on Monday that its chief executive, Anna Berg, would visit Paris. "
        "Berg told Reuters the deal with Siemens AG was final. UN climate envoy John Kerry met Xie Zhenhua "
        "in Beijing . Kerry said Berg was right . WASHINGTON 1996-08-22 -- The U.S. dollar rose 0.5 percent.";
    std::vector<std::string_view> toks;
    TokenizeRough(text, &toks);
    PrepareDocument(model_->resources(), SplitSentencesRough(toks), -1, &doc_);
  }
  void ExpectSameAsReference(const ScoreFn& score, size_t beam, double margin) {
    std::vector<std::vector<int>> want, got;
    std::vector<std::vector<float>> want_p, got_p;
    ReferenceBeam(doc_, score, beam, 24.f, margin, &want, &want_p);
    FeatureContext ctx;
    ScoreFn fn = score;
    NoPrefetch prefetch;
    KeyScorer<ScoreFn, NoPrefetch> scorer{fn, prefetch};
    DecodeDocumentBeamWith(doc_, &ctx, scorer, beam, 24.f, &got, &got_p, true, nullptr, margin);
    EXPECT_EQ(want, got) << "beam " << beam << " margin " << margin;
    EXPECT_EQ(want_p, got_p) << "beam " << beam << " margin " << margin;
  }
  std::unique_ptr<NerModel> model_;
  Doc doc_;
};

TEST_F(BeamTest, ModelScoresMatchReference) {
  const WeightTable& w = model_->stages()[0];
  ScoreFn score = [&w](const uint64_t* k, size_t n, float* sc) { w.Score(k, n, sc); };
  for (size_t beam : {1, 2, 4, 8, 20}) ExpectSameAsReference(score, beam, 0);
  ExpectSameAsReference(score, 4, 1e9);  // a margin nothing falls behind changes nothing
  // The decoder skips extensions already `margin` behind the best so far
  // instead of inserting and later cutting them: same beam as the reference.
  for (double margin : {0.05, 0.5, 2.0, 4.0})
    for (size_t beam : {2, 4, 8}) ExpectSameAsReference(score, beam, margin);
}

// Scores from a few integer levels: many labels tie, so the order in which
// equal candidates enter the beam decides the result.
TEST_F(BeamTest, TiedScoresMatchReference) {
  ScoreFn score = [](const uint64_t* k, size_t n, float* sc) {
    for (size_t f = 0; f < n; ++f)
      for (int l = 0; l < kNumLabels; ++l) sc[l] += static_cast<float>(Mix(k[f], l) % 3) * 8.f;
  };
  for (size_t beam : {2, 3, 4, 8}) ExpectSameAsReference(score, beam, 0);
  for (double margin : {0.01, 0.3, 1.0, 4.0})
    for (size_t beam : {2, 4, 8}) ExpectSameAsReference(score, beam, margin);
}

// RankExtensions' margin floor steps down with NextFloatDown instead of
// std::nextafter: the same float for every finite value, zeros and the
// extremes included.
TEST(NextFloatDownTest, EqualsNextafterTowardsMinusInfinity) {
  std::vector<float> xs = {0.f, -0.f, 1.f, -1.f, 1e-45f, -1e-45f, 3.4e38f, -3.4e38f, -3e38f, -3.1e38f, -2.9e38f, 1.17549435e-38f};
  for (float x = -1000.f; x < 1000.f; x += 0.37f) xs.push_back(x);
  for (float x : xs) EXPECT_EQ(NextFloatDown(x), std::nextafter(x, -3e38f)) << x;
}

// The four-wide argmax and margin mask equal the label-order scans they
// replace, with ties (the first maximum wins), signed zeros and one winner
// in every position.
TEST(RankHelpersTest, ArgMaxAndMaskEqualScans) {
  uint32_t seed = 12345;
  auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
  for (int round = 0; round < 20000; ++round) {
    float v[kNumLabels];
    for (float& x : v) x = static_cast<float>(static_cast<int>(next() >> 28) - 8);  // many ties
    if (round % 3 == 0) v[next() % kNumLabels] = round % 2 ? -0.f : 0.f;
    if (round % 5 == 0) v[round % kNumLabels] = 100.f;
    int best = 0;
    for (int l = 1; l < kNumLabels; ++l)
      if (v[l] > v[best]) best = l;
    ASSERT_EQ(FirstArgMax(v), best) << round;
    const float floor = static_cast<float>(static_cast<int>(next() >> 28) - 8) + (round % 2 ? 0.5f : 0.f);
    uint32_t mask = 0;
    for (int l = 0; l < kNumLabels; ++l) mask |= static_cast<uint32_t>(v[l] >= floor) << l;
    ASSERT_EQ(AtLeastMask(v, floor), mask) << round;
  }
}

}  // namespace
}  // namespace parallax::ner
