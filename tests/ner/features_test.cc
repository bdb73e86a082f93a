#include "annotate/ner/features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/ner/model.h"

namespace parallax::ner {
namespace {

using Sentences = std::vector<std::vector<std::string_view>>;

// Context aggregation codes of token (s, i) of a document, as a vector.
std::vector<uint32_t> Agg(const Sentences& sentences, size_t s, size_t i) {
  Resources res;  // no clusters, no gazetteer: words only
  std::vector<std::vector<TokenInfo>> doc;
  PrepareDocument(res, sentences, -1, &doc);
  std::vector<uint32_t> out;
  for (uint32_t c : doc[s][i].agg)
    if (c) out.push_back(c);
  return out;
}

TEST(ContextAggregationTest, NeedsAnotherOccurrenceOfACapitalisedWord) {
  EXPECT_TRUE(Agg({{"Pirelli", "said", "."}}, 0, 0).empty());
  EXPECT_TRUE(Agg({{"Pirelli", "said", "."}, {"Pirellis", "fell", "."}}, 0, 0).empty());
  // Lowercase words get no codes, however often they occur.
  EXPECT_TRUE(Agg({{"Shares", "fell", "."}, {"Profits", "fell", "sharply", "."}}, 0, 1).empty());
  EXPECT_FALSE(Agg({{"Pirelli", "said", "."}, {"Shares", "of", "Pirelli", "fell", "."}}, 0, 0).empty());
}

TEST(ContextAggregationTest, CodesComeFromTheOtherOccurrencesContexts) {
  const auto said_fell = Agg({{"Pirelli", "said", "."}, {"Pirelli", "fell", "."}}, 0, 0);
  const auto said_rose = Agg({{"Pirelli", "said", "."}, {"Pirelli", "rose", "."}}, 0, 0);
  EXPECT_NE(said_fell, said_rose);  // the first occurrence sees what follows the second
  // Unrelated sentences change nothing.
  EXPECT_EQ(said_fell, Agg({{"Markets", "were", "calm", "."}, {"Pirelli", "said", "."}, {"Pirelli", "fell", "."}}, 1, 0));
  // The second occurrence's own context ("fell" / "rose") is not aggregated:
  // both see only the first occurrence's.
  EXPECT_EQ(Agg({{"Pirelli", "said", "."}, {"Pirelli", "fell", "."}}, 1, 0),
            Agg({{"Pirelli", "said", "."}, {"Pirelli", "rose", "."}}, 1, 0));
}

TEST(ContextAggregationTest, SharedContextsCountForEveryOccurrence) {
  const auto twice = Agg({{"Pirelli", "said", "."}, {"Pirelli", "said", "."}}, 0, 0);
  EXPECT_FALSE(twice.empty());
  EXPECT_EQ(twice, Agg({{"Pirelli", "said", "."}, {"Pirelli", "said", "."}}, 1, 0));
  // Case differences still name the same word (ALL-CAPS headline).
  EXPECT_FALSE(Agg({{"PIRELLI", "SHARES", "FALL"}, {"Pirelli", "said", "."}}, 0, 0).empty());
}

// An empty sentence keeps its place (found by fuzz_ner under UBSan: the
// gazetteer was handed a null buffer for it).
TEST(ContextAggregationTest, EmptySentencesKeepTheirPlace) {
  Resources res;
  std::vector<std::vector<TokenInfo>> doc;
  PrepareDocument(res, {{"Pirelli", "said"}, {}, {"Pirelli", "fell"}}, -1, &doc);
  ASSERT_EQ(doc.size(), 3u);
  EXPECT_TRUE(doc[1].empty());
  EXPECT_NE(doc[2][0].agg[0], 0u);
}

// Word dropout (training) leaves out exactly the token's identity features:
// the rest of its features, and its neighbours', are unchanged.
TEST(WordDropoutTest, LeavesOutOnlyTheTokensOwnIdentityFeatures) {
  Resources res;
  std::vector<std::vector<TokenInfo>> doc;
  PrepareDocument(res, {{"Shares", "of", "Pirelli", "fell", "."}}, -1, &doc);
  FeatureContext ctx;
  ctx.Reset();
  uint64_t full[FeatureContext::kMaxFeatures], dropped[FeatureContext::kMaxFeatures];
  const size_t n_full = ctx.Extract(doc[0], 2, 1, 0, full);
  std::vector<uint64_t> neighbour_before(FeatureContext::kMaxFeatures);
  neighbour_before.resize(ctx.Extract(doc[0], 3, 0, 1, neighbour_before.data()));
  doc[0][2].flags |= kFlagDropWord;
  const size_t n_dropped = ctx.Extract(doc[0], 2, 1, 0, dropped);
  EXPECT_EQ(n_dropped + 7, n_full);  // word, lower, 2 bigrams, 2 word x shape, previous label x word
  std::vector<uint64_t> a(full, full + n_full);
  for (size_t k = 0; k < n_dropped; ++k)
    EXPECT_NE(std::find(a.begin(), a.end(), dropped[k]), a.end()) << k;
  std::vector<uint64_t> neighbour_after(FeatureContext::kMaxFeatures);
  neighbour_after.resize(ctx.Extract(doc[0], 3, 0, 1, neighbour_after.data()));
  // The neighbour "fell" still sees "Pirelli" as its previous word.
  EXPECT_EQ(neighbour_before, neighbour_after);
}

// gaz_lists mirrors gaz (ExtractContext visits only the lists it marks).
TEST(GazetteerMarksTest, ListMaskMatchesMarks) {
  auto model = NerModel::Load(std::string(PARALLAX_SOURCE_DIR) + "/models/ner-en.bin");
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  std::vector<std::vector<TokenInfo>> doc;
  PrepareDocument((*model)->resources(),
                  {{"France", "and", "New", "Zealand", "traded", "euros", "with", "Germany", "."},
                   {"John", "Smith", "spoke", "French", "in", "Paris", "and", "Texas", "."}},
                  -1, &doc);
  int marked = 0;
  for (const auto& sent : doc) {
    for (const TokenInfo& t : sent) {
      for (int g = 0; g < kGazLists; ++g) EXPECT_EQ((t.gaz_lists >> g) & 1, t.gaz[g] != 0 ? 1 : 0) << g;
      marked += t.gaz_lists != 0;
    }
  }
  EXPECT_GE(marked, 6);
}


// A few documents that reuse words in different contexts: sentence-initial,
// inside and alone in capitalised runs, ALL-CAPS, with history, dropped.
std::vector<std::vector<std::vector<TokenInfo>>> GroupTestDocs(const Resources& res) {
  const Sentences texts[] = {
      {{"Anna", "Berg", "said", "Berg", "Holdings", "fell", "."},
       {"Berg", "said", "shares", "of", "Siemens", "AG", "fell", "in", "Paris", "."},
       {"BERG", "SAYS", "SIEMENS", "FELL"},
       {"Shares", "fell", "as", "John", "Smith", "of", "Berg", "said", "."}},
      {{"Paris", "said", "."}, {"In", "Paris", ",", "Smith", "said", "shares", "fell", "."},
       {"Siemens", "said", "Anna", "Smith", "fell", "in", "New", "York", "."}},
  };
  std::vector<std::vector<std::vector<TokenInfo>>> docs;
  for (const Sentences& text : texts) {
    docs.emplace_back();
    PrepareDocument(res, text, -1, &docs.back());
  }
  docs[1][1][3].flags |= kFlagDropWord;  // "Smith", as in word-dropout training
  return docs;
}

std::vector<uint64_t> Sorted(const uint64_t* keys, size_t n) {
  std::vector<uint64_t> v(keys, keys + n);
  std::sort(v.begin(), v.end());
  return v;
}

// ExtractContext's groups split its keys: every key is in exactly one group.
TEST(ContextGroupsTest, GroupsPartitionTheContextKeys) {
  auto model = NerModel::Load(std::string(PARALLAX_SOURCE_DIR) + "/models/ner-en.bin");
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  const uint32_t groups[] = {FeatureContext::kGroupCaps, FeatureContext::kGroupRun, FeatureContext::kGroupHistory,
                             FeatureContext::kGroupAgg, FeatureContext::kGroupOther};
  size_t history_keys = 0;
  for (const auto& doc : GroupTestDocs((*model)->resources())) {
    FeatureContext ctx;
    ctx.Reset();
    for (const auto& sent : doc) {
      for (size_t i = 0; i < sent.size(); ++i) {
        uint64_t all[FeatureContext::kMaxFeatures], part[FeatureContext::kMaxFeatures];
        const size_t n = ctx.ExtractContext(sent, i, all);
        std::vector<uint64_t> joined;
        for (uint32_t g : groups) {
          const size_t m = ctx.ExtractContext(sent, i, part, g);
          joined.insert(joined.end(), part, part + m);
          if (g == FeatureContext::kGroupHistory) history_keys += m;
        }
        std::sort(joined.begin(), joined.end());
        EXPECT_EQ(Sorted(all, n), joined) << i;
        ctx.Record(sent[i], sent[i].caps ? 4 : 0);
      }
    }
  }
  EXPECT_GT(history_keys, 0u);
}

// Equal tuples give equal group keys (what lets CachedScorer cache a
// group's sums by its tuple): every token of every test document is
// checked against the first token seen with the same tuple.
TEST(ContextGroupsTest, TuplesDetermineTheGroupKeys) {
  auto model = NerModel::Load(std::string(PARALLAX_SOURCE_DIR) + "/models/ner-en.bin");
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  std::map<std::vector<uint64_t>, std::vector<uint64_t>> seen;
  size_t repeats = 0;
  // kind: 2 caps, 3 run, 4 history, 5 agg.
  auto check = [&](uint64_t kind, std::vector<uint64_t> tuple, std::vector<uint64_t> keys) {
    tuple.push_back(kind);
    auto [it, fresh] = seen.emplace(tuple, keys);
    if (!fresh) {
      ++repeats;
      EXPECT_EQ(it->second, keys) << "kind " << kind;
    }
  };
  uint64_t k[FeatureContext::kMaxFeatures];
  for (const auto& doc : GroupTestDocs((*model)->resources())) {
    FeatureContext ctx;
    ctx.Reset();
    for (const auto& sent : doc) {
      for (size_t i = 0; i < sent.size(); ++i) {
        const TokenInfo& t = sent[i];
        std::vector<uint64_t> caps(FeatureContext::kCapsTupleWords);
        FeatureContext::CapsTuple(sent, i, caps.data());
        check(2, caps, Sorted(k, ctx.ExtractContext(sent, i, k, FeatureContext::kGroupCaps)));
        if (t.run_pos) {
          std::vector<uint64_t> tuple(FeatureContext::kRunTupleWords);
          FeatureContext::RunTuple(t, tuple.data());
          check(3, tuple, Sorted(k, ctx.ExtractContext(sent, i, k, FeatureContext::kGroupRun)));
        } else {
          EXPECT_EQ(ctx.ExtractContext(sent, i, k, FeatureContext::kGroupRun), 0u);
        }
        const int best = ctx.HistoryBest(t);
        const size_t nh = ctx.ExtractContext(sent, i, k, FeatureContext::kGroupHistory);
        if (best >= 0) check(4, {FeatureContext::HistoryTuple(t, best)}, Sorted(k, nh));
        else EXPECT_EQ(nh, 0u);
        check(5, std::vector<uint64_t>(t.agg, t.agg + TokenInfo::kAggSlots),
              Sorted(k, ctx.ExtractContext(sent, i, k, FeatureContext::kGroupAgg)));
        ctx.Record(t, t.caps ? 4 : 0);
      }
    }
  }
  EXPECT_GT(repeats, 50u);
}

}  // namespace
}  // namespace parallax::ner
