#include "annotate/ner/cached_scorer.h"

#include <gtest/gtest.h>

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

// The cached scores must equal scoring every feature key at once, bit for
// bit, for every token, every previous-label pair, and across documents
// (the second document reuses and partly evicts cache entries).
TEST(CachedScorerTest, EqualsKeyScoringBitForBit) {
  auto m = NerModel::Load(kModel);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  const WeightTable& w = (*m)->stages()[0];
  CachedScorer scorer(&w);
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
    auto doc = Prepare(**m, text, &cache);
    auto plain = Prepare(**m, text, nullptr);
    FeatureContext ctx;
    ctx.Reset();
    scorer.StartDocument(doc);
    uint64_t keys[FeatureContext::kMaxFeatures];
    for (size_t s = 0; s < doc.size(); ++s) {
      for (size_t i = 0; i < doc[s].size(); ++i) {
        EXPECT_EQ(doc[s][i].word, plain[s][i].word);  // the token cache changes nothing
        EXPECT_EQ(doc[s][i].clusters, plain[s][i].clusters);
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
