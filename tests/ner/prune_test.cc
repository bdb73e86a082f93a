// O-pruning (TaggerOptions::prune): the outside words a model keeps, which
// tokens the scorer may leave unscored, and what the beam does with them.
#include <gtest/gtest.h>

#include <xxhash.h>

#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "annotate/ner/cached_scorer.h"
#include "annotate/ner/decoder.h"
#include "annotate/ner/model.h"
#include "annotate/ner/normalize.h"
#include "annotate/ner/rough_tokenizer.h"
#include "annotate/ner/serial.h"
#include "annotate/ner/tagger.h"

namespace parallax::ner {
namespace {

const std::string kModel = std::string(PARALLAX_SOURCE_DIR) + "/models/ner-en.bin";

uint64_t WordHash(std::string_view w) {
  const std::string norm = NormalizeToken(w);
  return HashBytes(norm.data(), norm.size());
}

std::vector<std::vector<TokenInfo>> Prepare(const Resources& res, const std::string& text) {
  std::vector<std::string_view> toks;
  TokenizeRough(text, &toks);
  std::vector<std::vector<TokenInfo>> doc;
  PrepareDocument(res, SplitSentencesRough(toks), -1, &doc);
  return doc;
}

TEST(OutsideWordsTest, DeriveKeepsFrequentWordsThatNeverStartAMention) {
  const int O = 0, B_ORG = LabelOf(1, Pos::kB), I_ORG = LabelOf(1, Pos::kI), L_ORG = LabelOf(1, Pos::kL),
            U_ORG = LabelOf(1, Pos::kU);
  std::vector<std::vector<std::string_view>> sents = {
      {"the", "bank", "said", "the", "apple", "rose"},
      {"Bank", "of", "the", "West", "said", "of", "course"},
      {"the", "apple", "fell", "in", "1996", "and", "1996"},
      {"rare", "said", "of"}};
  std::vector<std::vector<int>> labels = {
      {O, O, O, O, U_ORG, O},                 // "apple" starts a mention once
      {B_ORG, I_ORG, I_ORG, L_ORG, O, O, O},  // "of", "the" inside a mention: not counted
      {O, O, O, O, O, O, O},
      {O, O, O}};
  OutsideWords w = OutsideWords::Derive(sents, labels, {2, 1000});
  EXPECT_TRUE(w.Contains(WordHash("the")));   // 4 times outside, never a start
  EXPECT_TRUE(w.Contains(WordHash("said")));  // 3 times
  EXPECT_TRUE(w.Contains(WordHash("of")));    // 2 times outside (the one inside "Bank of the West" does not count)
  EXPECT_FALSE(w.Contains(WordHash("apple")));  // 1 start in 2
  EXPECT_FALSE(w.Contains(WordHash("rare")));   // seen once
  EXPECT_FALSE(w.Contains(WordHash("1996")));   // digits: never
  EXPECT_FALSE(w.Contains(WordHash("Bank")));   // capitalised: never
  EXPECT_FALSE(w.Contains(WordHash("course")));
  // A tolerance of one start in two keeps "apple".
  EXPECT_TRUE(OutsideWords::Derive(sents, labels, {2, 500000}).Contains(WordHash("apple")));
}

std::string ModelWithOutside(const OutsideWords& outside) {
  Resources res;
  res.outside = outside;
  StageWeights s;
  s.keys = {11};
  s.weights.assign(kNumLabels, 0.f);
  s.weights[2] = 1.f;
  return NerModel::Serialize(res, {s});
}

TEST(OutsideWordsTest, ModelKeepsThemAndVersionTwoStillLoads) {
  OutsideWords w;
  w.set_rule({2, 1000});
  for (const char* word : {"the", "said", "of"}) w.Add(WordHash(word));
  const std::string bytes = ModelWithOutside(w);
  auto m = NerModel::Parse(bytes);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  const OutsideWords& got = (*m)->resources().outside;
  EXPECT_EQ(got.size(), 3u);
  EXPECT_TRUE(got.Contains(WordHash("said")));
  EXPECT_FALSE(got.Contains(WordHash("says")));
  EXPECT_EQ(got.rule().min_count, 2u);
  EXPECT_EQ(got.rule().max_starts_ppm, 1000u);
  EXPECT_EQ(got.rule().max_caps_bucket, OutsideWords::kNoCapsRule);
  EXPECT_EQ(NerModel::Serialize((*m)->resources(), {[&] {
                                  StageWeights s;
                                  (*m)->stages()[0].Export(&s.keys, &s.weights);
                                  return s;
                                }()}),
            bytes);  // written back byte for byte

  // Version 2: the same file without the outside words; it loads, with none.
  const size_t outside_bytes = 16 + 8 * 3;
  std::string v2 = bytes.substr(0, bytes.size() - 8 - outside_bytes);
  v2[8] = 2;
  PutU64(&v2, XXH64(v2.data(), v2.size(), 0));
  auto old = NerModel::Parse(v2);
  ASSERT_TRUE(old.ok()) << old.status().ToString();
  EXPECT_EQ((*old)->resources().outside.size(), 0u);

  // Damage in the outside words is a Status: unsorted hashes, a count past the end.
  std::string unsorted = ModelWithOutside(w);
  const size_t first = unsorted.size() - 8 - 3 * 8;
  std::string a = unsorted.substr(first, 8), b = unsorted.substr(first + 8, 8);
  unsorted.replace(first, 8, b);
  unsorted.replace(first + 8, 8, a);
  unsorted.resize(unsorted.size() - 8);
  PutU64(&unsorted, XXH64(unsorted.data(), unsorted.size(), 0));
  EXPECT_EQ(NerModel::Parse(unsorted).status().code(), Status::Code::kCorruption);
}

// With Rule::max_caps_bucket, lowercase letter words the lexicon rarely sees
// capitalised count too; words with digits, unknown words and capitalised
// forms do not.
TEST(OutsideWordsTest, RarelyCapitalisedLowercaseWordsCount) {
  Resources res;
  res.lexicon.AddCaps("tweeted", 0, 500);    // bucket 0: never capitalised
  res.lexicon.AddCaps("apple", 60, 100);     // capitalised 37 %: bucket 2
  res.lexicon.AddCaps("covid19", 0, 500);
  res.outside.Add(WordHash("said"));
  auto outside = [&](const std::string& text) {
    std::vector<bool> out;
    for (const auto& sent : Prepare(res, text))
      for (const TokenInfo& t : sent) out.push_back(t.outside);
    return out;
  };
  const std::string text = "he tweeted and said apple covid19 Tweeted";
  EXPECT_EQ(outside(text), (std::vector<bool>{false, false, false, true, false, false, false}));
  res.outside.set_rule({2, 1000, 0});
  EXPECT_EQ(outside(text), (std::vector<bool>{false, true, false, true, false, false, false}));
  res.outside.set_rule({2, 1000, 2});
  EXPECT_EQ(outside(text), (std::vector<bool>{false, true, false, true, true, false, false}));
}

// Which tokens of real text the scorer may leave unscored: lowercase outside
// words; never a capitalised word, a number or a token inside a gazetteer
// phrase of two or more tokens ("new york").
TEST(PruneTest, OnlyLowercaseOutsideWordsOutsideGazetteerPhrases) {
  auto m = NerModel::Load(kModel);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  ASSERT_GT((*m)->resources().outside.size(), 1000u);
  CachedScorer scorer(&(*m)->stages()[0]);
  scorer.set_prune(true);
  auto doc = Prepare((*m)->resources(), "The man said he lives in new york and works at the bank in 1996 .");
  ASSERT_EQ(doc.size(), 1u);
  std::vector<std::string_view> toks;
  TokenizeRough("The man said he lives in new york and works at the bank in 1996 .", &toks);
  std::set<std::string> prunable;
  for (size_t i = 0; i < toks.size(); ++i)
    if (scorer.Prunable(doc[0][i])) prunable.insert(std::string(toks[i]));
  for (const char* w : {"man", "said", "he", "lives", "in", "and", "works", "at", "the", "."})
    EXPECT_TRUE(prunable.count(w)) << w;
  for (const char* w : {"The", "new", "york", "1996"}) EXPECT_FALSE(prunable.count(w)) << w;
  EXPECT_TRUE(doc[0][6].outside);  // "new" is an outside word, but in the phrase "new york"
  EXPECT_TRUE(InGazetteerPhrase(doc[0][6]));
  scorer.set_prune(false);
  for (const TokenInfo& t : doc[0]) EXPECT_FALSE(scorer.Prunable(t));
}

// A scorer with made-up scores: "Acme" is B-ORG, "of" after it can only
// continue the mention, "Bank" (after "of") ends it; every lowercase token
// is prunable. Records which tokens got static scores.
struct MadeUpScorer {
  std::set<std::pair<size_t, size_t>> scored;
  bool Prune(const TokenInfo& t) const { return t.caps == static_cast<uint8_t>(Caps::kNone); }
  void Static(const FeatureContext&, const std::vector<TokenInfo>& sent, size_t s, size_t i, float* scores) {
    scored.insert({s, i});
    const uint64_t w = sent[i].word;
    if (w == WordHash("Acme")) scores[LabelOf(1, Pos::kB)] += 40.f;
    if (w == WordHash("Bank")) scores[LabelOf(1, Pos::kL)] += 40.f;
    if (w == WordHash("of")) scores[0] += 40.f;  // O would win if it were allowed
    if (w == WordHash("Paris")) scores[LabelOf(2, Pos::kU)] += 40.f;
  }
  void PrepareDynamic(const TokenInfo&, int, int) {}
  void Dynamic(const TokenInfo&, int, int, float*) {}
};

TEST(PruneTest, BeamLabelsPrunedTokensOAndScoresTheRest) {
  Resources res;  // no lexicon: shapes and caps are enough here
  auto doc = Prepare(res, "the Acme of Bank said that Paris was nice . Acme of the Bank .");
  std::vector<std::string_view> toks;
  TokenizeRough("the Acme of Bank said that Paris was nice . Acme of the Bank .", &toks);
  auto sents = SplitSentencesRough(toks);
  ASSERT_EQ(doc.size(), 2u);
  MadeUpScorer scorer;
  FeatureContext ctx;
  std::vector<std::vector<int>> labels;
  std::vector<std::vector<float>> probs;
  DecodeDocumentBeamWith(doc, &ctx, scorer, 4, 1.f, &labels, &probs, true, nullptr, 4.0);
  const std::vector<int> want0 = {0, LabelOf(1, Pos::kB), LabelOf(1, Pos::kI), LabelOf(1, Pos::kL), 0, 0,
                                  LabelOf(2, Pos::kU), 0, 0, 0};
  EXPECT_EQ(labels[0], want0);
  for (size_t s = 0; s < doc.size(); ++s) {
    for (size_t i = 0; i < doc[s].size(); ++i) {
      const bool scored = scorer.scored.count({s, i}) > 0;
      if (!scored) {
        EXPECT_EQ(labels[s][i], 0) << sents[s][i];  // a pruned token is O
      }
      if (!scorer.Prune(doc[s][i])) {
        EXPECT_TRUE(scored) << sents[s][i];  // capitalised: always scored
      }
    }
  }
  // "the" (sentence start), "said", "that", "was", "nice", "." are pruned; "of" after B-ORG is not.
  EXPECT_FALSE(scorer.scored.count({0, 0}));
  EXPECT_FALSE(scorer.scored.count({0, 4}));
  EXPECT_FALSE(scorer.scored.count({0, 5}));
  EXPECT_TRUE(scorer.scored.count({0, 2}));
  // In the second sentence "of" follows B-ORG and "the" follows I-ORG: both scored.
  EXPECT_TRUE(scorer.scored.count({1, 1}));
  EXPECT_TRUE(scorer.scored.count({1, 2}));
  EXPECT_EQ(labels[1][2], LabelOf(1, Pos::kI));
}

// Pruning on and off give the same mentions on ordinary text, and the
// counters say how many tokens went unscored.
TEST(PruneTest, TaggerWithAndWithoutPruning) {
  TaggerOptions off;
  off.prune = false;
  auto pruned = Tagger::Load(kModel);
  auto exact = Tagger::Load(kModel, off);
  ASSERT_TRUE(pruned.ok() && exact.ok());
  const std::string text =
      "Maria Kowalczyk , the chief executive of Norvatec Holdings , flew to Paris on Monday to meet officials "
      "of the European Commission . She said the talks with the Bank of England were useful , and that "
      "the company would open an office in new york next year .";
  std::vector<std::string_view> toks;
  TokenizeRough(text, &toks);
  auto sents = SplitSentencesRough(toks);
  auto a = (*pruned)->TagDocument(sents);
  auto b = (*exact)->TagDocument(sents);
  ASSERT_EQ(a.size(), b.size());
  size_t mentions = 0;
  for (size_t s = 0; s < a.size(); ++s) {
    ASSERT_EQ(a[s].size(), b[s].size()) << s;
    for (size_t k = 0; k < a[s].size(); ++k) {
      EXPECT_EQ(a[s][k].first_token, b[s][k].first_token);
      EXPECT_EQ(a[s][k].last_token, b[s][k].last_token);
      EXPECT_EQ(a[s][k].type, b[s][k].type);
      EXPECT_EQ(a[s][k].confidence, b[s][k].confidence);
      ++mentions;
    }
  }
  EXPECT_GE(mentions, 5u);
  const Tagger::Stats sp = (*pruned)->stats(), se = (*exact)->stats();
  EXPECT_EQ(sp.tokens, toks.size());
  EXPECT_GT(sp.pruned, sp.tokens / 3);
  EXPECT_EQ(se.pruned, 0u);
  EXPECT_EQ(se.scored_late, 0u);
}

}  // namespace
}  // namespace parallax::ner
