// Cached partial score sums (see cached_scorer.h for the approach). Caches
// fill lazily: the first time a word type is seen, its features at every
// window offset are extracted (FeatureContext::ExtractWord) and summed;
// afterwards a token costs five vector additions instead of ~35 lookups.
#include "annotate/ner/cached_scorer.h"

#include <algorithm>

namespace parallax::ner {

namespace {

constexpr int kReach = FeatureContext::kWordReach;
static_assert(CachedScorer::kOffsets == 5, "Static sums five word rows");

template <typename A>
void AddInto(const A& v, int32_t* acc) {
  for (int l = 0; l < kNumLabels; ++l) acc[l] += v[l];
}

}  // namespace

CachedScorer::CachedScorer(const WeightTable* weights)
    : weights_(weights), words_(kWordSlots), history_(kHistorySlots), pairs_(kPrevValues * kPrevValues) {
  uint64_t keys[FeatureContext::kMaxWordFeatures];
  for (int k = -kReach; k <= kReach; ++k) {
    Sums& s = pad_[k + kReach];
    s.fill(0);
    if (k != 0) weights_->AddRaw(keys, FeatureContext::ExtractWord(nullptr, k, keys), s.data());
  }
  for (int p1 = -1; p1 < kNumLabels; ++p1) {
    for (int p2 = -1; p2 < kNumLabels; ++p2) {
      Sums& s = pairs_[(p1 + 1) * kPrevValues + p2 + 1];
      s.fill(0);
      weights_->AddRaw(keys, FeatureContext::ExtractHistoryPair(p1, p2, keys), s.data());
    }
  }
}

void CachedScorer::ComputeWord(const TokenInfo* w, WordSums* out) const {
  uint64_t keys[FeatureContext::kMaxWordFeatures];
  for (int k = -kReach; k <= kReach; ++k) {
    Sums& s = (*out)[k + kReach];
    s.fill(0);
    weights_->AddRaw(keys, FeatureContext::ExtractWord(w, k, keys), s.data());
  }
}

void CachedScorer::StartDocument(const std::vector<std::vector<TokenInfo>>& doc) {
  ++stamp_;
  ahead_ctx_ = nullptr;
  private_.clear();
  doc_.resize(doc.size());
  for (size_t s = 0; s < doc.size(); ++s) {
    doc_[s].resize(doc[s].size());
    // The slots are cache misses: touch a sentence's slots before reading any.
    for (const TokenInfo& t : doc[s]) __builtin_prefetch(&words_[Slot(WordKey(t))]);
    for (size_t i = 0; i < doc[s].size(); ++i) {
      const TokenInfo& t = doc[s][i];
      const uint64_t key = WordKey(t);
      WordEntry& e = words_[Slot(key)];
      if (e.key == key) {
        ++hits_;
      } else if (e.stamp == stamp_ && e.key != 0) {  // slot holds another word of this document
        private_.emplace_back();
        ComputeWord(&t, &private_.back());
        doc_[s][i] = &private_.back();
        ++misses_;
        continue;
      } else {
        ComputeWord(&t, &e.sums);
        e.key = key;
        ++misses_;
      }
      e.stamp = stamp_;
      doc_[s][i] = &e.sums;
    }
  }
}

void CachedScorer::Static(const FeatureContext& ctx, const std::vector<TokenInfo>& sent, size_t s, size_t i,
                          float* scores) {
  uint64_t keys[FeatureContext::kMaxFeatures];
  size_t n;
  if (ahead_ctx_ == &ctx && ahead_version_ == ctx.version() && ahead_sent_ == &sent && ahead_i_ == i) {
    n = ahead_n_;
    std::copy_n(ahead_keys_, n, keys);
  } else {
    n = ctx.ExtractContext(sent, i, keys);
  }
  const std::vector<const WordSums*>& words = doc_[s];
  ahead_ctx_ = nullptr;
  if (i + 1 < sent.size()) {  // look ahead: token i + 1's keys and word sums
    ahead_ctx_ = &ctx;
    ahead_version_ = ctx.version();
    ahead_sent_ = &sent;
    ahead_i_ = i + 1;
    ahead_n_ = ctx.ExtractContext(sent, i + 1, ahead_keys_);
    weights_->Prefetch(ahead_keys_, ahead_n_);
    for (int k = -kReach; k <= kReach; ++k) {
      const size_t j = i + 1 + static_cast<size_t>(k);
      if (j < sent.size()) __builtin_prefetch(&(*words[j])[k + kReach]);
    }
  }
  const int32_t* rows[kOffsets];
  for (int k = -kReach; k <= kReach; ++k) {
    const size_t j = i + static_cast<size_t>(k);  // wraps for i + k < 0
    rows[k + kReach] = j < sent.size() ? (*words[j])[k + kReach].data() : pad_[k + kReach].data();
  }
  int32_t acc[kNumLabels];
  for (int l = 0; l < kNumLabels; ++l) acc[l] = rows[0][l] + rows[1][l] + rows[2][l] + rows[3][l] + rows[4][l];
  weights_->AddRaw(keys, n, acc);
  const float scale = weights_->scale();
  for (int l = 0; l < kNumLabels; ++l) scores[l] += static_cast<float>(acc[l]) * scale;
}

uint64_t CachedScorer::HistoryKey(const TokenInfo& t, int prev1) {
  const uint64_t key = Mix(WordKey(t), static_cast<uint64_t>(prev1 + 2));
  return key ? key : 1;
}

void CachedScorer::PrepareDynamic(const TokenInfo& t, int prev1, int) const {
  const uint64_t key = HistoryKey(t, prev1);
  __builtin_prefetch(&history_[(key ^ (key >> 29)) & (kHistorySlots - 1)]);
}

const CachedScorer::HistoryEntry& CachedScorer::History(const TokenInfo& t, int prev1) {
  const uint64_t key = HistoryKey(t, prev1);
  HistoryEntry& e = history_[(key ^ (key >> 29)) & (kHistorySlots - 1)];
  if (e.key != key) {
    uint64_t keys[FeatureContext::kMaxDynamic];
    e.sums.fill(0);
    weights_->AddRaw(keys, FeatureContext::ExtractHistoryWord(t, prev1, keys), e.sums.data());
    e.key = key;
  }
  return e;
}

void CachedScorer::Dynamic(const TokenInfo& t, int prev1, int prev2, float* scores) {
  int32_t acc[kNumLabels] = {};
  AddInto(pairs_[(prev1 + 1) * kPrevValues + prev2 + 1], acc);
  AddInto(History(t, prev1).sums, acc);
  const float scale = weights_->scale();
  for (int l = 0; l < kNumLabels; ++l) scores[l] += static_cast<float>(acc[l]) * scale;
}

}  // namespace parallax::ner
