#include "annotate/ner/cached_scorer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "annotate/ner/model.h"
#include "annotate/ner/rough_tokenizer.h"

namespace parallax::ner {
namespace {

const std::string kModel = std::string(PARALLAX_SOURCE_DIR) + "/models/ner-en.bin";

std::vector<std::vector<TokenInfo>> Prepare(const NerModel& m, const std::string& text, TokenCache* cache) {
  std::vector<std::string_view> toks;
  TokenizeRough(text, &toks);
  std::vector<std::vector<TokenInfo>> doc;
  PrepareDocument(m.resources(), SplitSentencesRough(toks), -1, &doc, cache);
  return doc;
}

void ExpectSameToken(const TokenInfo& a, const TokenInfo& b) {
  EXPECT_EQ(a.word, b.word);
  EXPECT_EQ(a.lower, b.lower);
  EXPECT_EQ(a.shape, b.shape);
  EXPECT_EQ(a.short_shape, b.short_shape);
  for (int k = 0; k < 4; ++k) {
    EXPECT_EQ(a.prefix[k], b.prefix[k]);
    EXPECT_EQ(a.suffix[k], b.suffix[k]);
  }
  EXPECT_EQ(a.clusters, b.clusters);
  EXPECT_EQ(a.has_clusters, b.has_clusters);
  EXPECT_EQ(a.caps, b.caps);
  EXPECT_EQ(a.caps_bucket, b.caps_bucket);
  EXPECT_EQ(a.flags, b.flags);
  EXPECT_EQ(a.outside, b.outside);
  EXPECT_EQ(a.gaz_start, b.gaz_start);
  EXPECT_EQ(a.doc_case, b.doc_case);
  EXPECT_EQ(a.gaz, b.gaz);
  EXPECT_EQ(a.gaz_lists, b.gaz_lists);
  EXPECT_EQ(a.run_first, b.run_first);
  EXPECT_EQ(a.run_head, b.run_head);
  EXPECT_EQ(a.run_pos, b.run_pos);
  EXPECT_EQ(a.run_head_cluster[0], b.run_head_cluster[0]);
  EXPECT_EQ(a.run_head_cluster[1], b.run_head_cluster[1]);
  EXPECT_EQ(a.doc_run, b.doc_run);
  for (int k = 0; k < TokenInfo::kAggSlots; ++k) EXPECT_EQ(a.agg[k], b.agg[k]);
  EXPECT_EQ(a.s1_label, b.s1_label);
  EXPECT_EQ(a.s1_doc_type, b.s1_doc_type);
  EXPECT_EQ(a.s1_doc_mixed, b.s1_doc_mixed);
}

// The cached scores must equal scoring every feature key at once, bit for
// bit, for every token, every previous-label pair, and across documents
// (the second document reuses and partly evicts cache entries).
void ExpectEqualsKeyScoring(const NerModel& model, const WeightTable& w, CachedScorer* scorer_out = nullptr);

TEST(CachedScorerTest, EqualsKeyScoringBitForBit) {
  auto m = NerModel::Load(kModel);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  ExpectEqualsKeyScoring(**m, (*m)->stages()[0]);
}

// A word cache of one or two sets of four ways: words evict each other
// within a sentence and across documents, and a document with more words
// per set than ways gets private copies. The scores stay bit-identical.
TEST(CachedScorerTest, TinyWordCacheEvictsAndCopies) {
  auto m = NerModel::Load(kModel);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  for (int sets_log2 : {0, 1}) {
    CachedScorer scorer(&(*m)->stages()[0], sets_log2);
    scorer.set_prune(sets_log2 == 1);
    ExpectEqualsKeyScoring(**m, (*m)->stages()[0], &scorer);
    EXPECT_GT(scorer.private_words(), 0u);
    EXPECT_GT(scorer.hits(), 0u);
  }
}

// A token cache of one or two sets: "Berg met Kerry ." fills four ways and
// hits the second time; ways are evicted within a sentence, even between
// finding a token's entry and filling from it (the four found in the fourth
// sentence lose their ways to its misses "Monday", "Reuters", "said"). The
// tokens equal those prepared without a cache.
TEST(CachedScorerTest, TinyTokenCacheChangesNothing) {
  auto m = NerModel::Load(kModel);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  for (int sets_log2 : {0, 1}) {
    TokenCache cache(sets_log2);
    for (const std::string text : {"Reuters said Berg met Kerry .", "Berg met Kerry .", "Berg met Kerry .",
                                   "Monday Reuters said Berg met Kerry .",
                                   "Norvatec Holdings said on Monday that Anna Berg would visit Paris ."}) {
      auto doc = Prepare(**m, text, &cache);
      auto plain = Prepare(**m, text, nullptr);
      ASSERT_EQ(doc.size(), plain.size());
      for (size_t s = 0; s < doc.size(); ++s)
        for (size_t i = 0; i < doc[s].size(); ++i) ExpectSameToken(doc[s][i], plain[s][i]);
    }
    EXPECT_GT(cache.hits(), 0u);
    EXPECT_GT(cache.misses(), 4u);
  }
}

// With pruning on, a block leaves the prunable tokens out; Static on one of
// them scores it alone (CachedScorer::ScoreOne), with the same result.
TEST(CachedScorerTest, TokensLeftOutOfABlockScoreTheSame) {
  auto m = NerModel::Load(kModel);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  CachedScorer scorer(&(*m)->stages()[0]);
  scorer.set_prune(true);
  ExpectEqualsKeyScoring(**m, (*m)->stages()[0], &scorer);
  EXPECT_GT(scorer.scored_late(), 20u);
}

// Word and history sums that do not fit int16 take the exact int32 path: the
// model's table with every 13th row's weights made as large as the
// quantisation allows (so that sums of two such rows overflow int16), the
// others kept, gives some wide and some narrow words in the same sentences.
TEST(CachedScorerTest, WideSumsStayExact) {
  auto m = NerModel::Load(kModel);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  std::vector<uint64_t> keys;
  std::vector<float> weights;
  (*m)->stages()[0].Export(&keys, &weights);
  float top = 0;
  for (float x : weights) top = std::max(top, std::abs(x));
  for (size_t r = 0; r < keys.size(); r += 13)
    for (int l = 0; l < kNumLabels; ++l) weights[r * kNumLabels + l] = (l % 2 ? 0.6f : -0.6f) * top;
  std::string data;
  WeightTable::Append(keys, weights, &data);
  WeightTable w;
  size_t pos = 0;
  ASSERT_TRUE(w.ParseFrom(data, &pos).ok());
  CachedScorer scorer(&w);
  scorer.set_prune(true);  // the tokens scored alone take the wide path too
  ExpectEqualsKeyScoring(**m, w, &scorer);
  EXPECT_GT(scorer.scored_late(), 0u);
  EXPECT_GT(scorer.wide_words(), 0u);
  EXPECT_LT(scorer.wide_words(), scorer.misses() / 2);  // most words stay narrow
  EXPECT_GT(scorer.wide_histories(), 0u);
}

void ExpectEqualsKeyScoring(const NerModel& model, const WeightTable& w, CachedScorer* scorer_out) {
  CachedScorer own(&w);
  CachedScorer& scorer = scorer_out ? *scorer_out : own;
  TokenCache cache;
  const std::string texts[] = {
      "Norvatec Holdings said on Monday that its chief executive, Anna Berg, would visit Paris. "
      "Berg told Reuters the deal with Siemens AG was final.",
      "UN climate envoy John Kerry met Xie Zhenhua in Beijing . Kerry said Berg was right . "
      "WASHINGTON 1996-08-22 -- The U.S. dollar rose 0.5 percent.",
      // Pairs, capitalisation patterns and runs that repeat inside one block
      // (the second use of a group computed in the same block) and across
      // blocks of a sentence longer than CachedScorer::kBlock.
      "Berg said Kerry said Berg said that Anna Berg and John Kerry said Berg and Kerry met Berg "
      "in Paris and Berg said Paris and Kerry said Berg met Anna Berg in Paris , Berg said , and "
      "Kerry said Berg said so . BERG SAID KERRY SAID BERG SAID"};
  for (const std::string& text : texts) {
    auto doc = Prepare(model, text, &cache);
    auto plain = Prepare(model, text, nullptr);
    FeatureContext ctx;
    ctx.Reset();
    scorer.StartDocument(doc);
    uint64_t keys[FeatureContext::kMaxFeatures];
    for (size_t s = 0; s < doc.size(); ++s) {
      for (size_t i = 0; i < doc[s].size(); ++i) {
        ExpectSameToken(doc[s][i], plain[s][i]);  // the token cache changes nothing
        float want[kNumLabels] = {}, got[kNumLabels] = {};
        w.Score(keys, ctx.ExtractStatic(doc[s], i, keys), want);
        scorer.Static(ctx, doc[s], s, i, got);
        for (int l = 0; l < kNumLabels; ++l) ASSERT_EQ(want[l], got[l]) << s << ":" << i << " label " << l;
        for (int p1 : {-1, 0, 3, 8}) {
          for (int p2 : {-1, 0, 5}) {
            float wd[kNumLabels] = {}, gd[kNumLabels] = {};
            w.Score(keys, FeatureContext::ExtractDynamic(doc[s][i], p1, p2, keys), wd);
            scorer.Dynamic(doc[s][i], p1, p2, gd);
            for (int l = 0; l < kNumLabels; ++l) ASSERT_EQ(wd[l], gd[l]);
          }
        }
        ctx.Record(doc[s][i], i % 3 == 0 ? 4 : 0);  // some history for the history features
      }
    }
  }
  EXPECT_GT(scorer.hits(), 0u);   // "Berg", "Kerry", punctuation recur across documents
  EXPECT_GT(scorer.misses(), 0u);
  EXPECT_GT(scorer.group_hits(), 0u);
  EXPECT_GT(scorer.group_misses(), 0u);
}

}  // namespace
}  // namespace parallax::ner
