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
    : weights_(weights),
      words_(kWordSlots),
      history_(kHistorySlots),
      pairs_(kPrevValues * kPrevValues),
      block_keys_(kBlock * FeatureContext::kMaxFeatures),
      block_rows_(kBlock * FeatureContext::kMaxFeatures) {
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

void CachedScorer::StartDocument(const std::vector<std::vector<TokenInfo>>& doc) {
  ++stamp_;
  block_ctx_ = nullptr;
  private_.clear();
  doc_.resize(doc.size());
  for (size_t s = 0; s < doc.size(); ++s) {
    doc_[s].resize(doc[s].size());
    // The slots are cache misses: touch a sentence's slots before reading any.
    for (const TokenInfo& t : doc[s]) __builtin_prefetch(&words_[Slot(WordKey(t))]);
    pending_.clear();
    for (size_t i = 0; i < doc[s].size(); ++i) {
      const TokenInfo& t = doc[s][i];
      const uint64_t key = WordKey(t);
      WordEntry& e = words_[Slot(key)];
      if (e.key == key) {  // cached, or computed below for an earlier token of this sentence
        ++hits_;
      } else if (e.stamp == stamp_ && e.key != 0) {  // slot holds another word of this document
        private_.emplace_back();
        pending_.push_back({&t, &private_.back()});
        doc_[s][i] = &private_.back();
        ++misses_;
        continue;
      } else {
        pending_.push_back({&t, &e.sums});
        e.key = key;
        ++misses_;
      }
      e.stamp = stamp_;
      doc_[s][i] = &e.sums;
    }
    ComputeWords();
  }
}

void CachedScorer::ComputeWords() {
  // All new words of a sentence in one batch, so that their weight-table
  // misses overlap: one key group per (word, offset).
  if (pending_.empty()) return;
  constexpr size_t kMaxPerWord = kOffsets * FeatureContext::kMaxWordFeatures;
  const size_t groups = pending_.size() * kOffsets;
  if (word_keys_.size() < pending_.size() * kMaxPerWord) {
    word_keys_.resize(pending_.size() * kMaxPerWord);
    word_rows_.resize(pending_.size() * kMaxPerWord);
  }
  word_ends_.resize(groups);
  uint32_t n = 0;
  for (size_t w = 0; w < pending_.size(); ++w) {
    for (int k = -kReach; k <= kReach; ++k) {
      n += static_cast<uint32_t>(FeatureContext::ExtractWord(pending_[w].token, k, &word_keys_[n]));
      word_ends_[w * kOffsets + static_cast<size_t>(k + kReach)] = n;
    }
  }
  word_acc_.assign(groups * kNumLabels, 0);
  weights_->AddRawGroups(word_keys_.data(), word_ends_.data(), groups, word_rows_.data(), word_acc_.data());
  for (size_t w = 0; w < pending_.size(); ++w) {
    WordSums& out = *pending_[w].sums;
    for (int k = 0; k < kOffsets; ++k)
      std::copy_n(&word_acc_[(w * kOffsets + static_cast<size_t>(k)) * kNumLabels], kNumLabels, out[k].data());
  }
}

// Baseline and AVX2 builds (integer sums: the same result), as AddRawGroups.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("avx2", "default")))
#endif
void CachedScorer::ScoreBlock(const FeatureContext& ctx, const std::vector<TokenInfo>& sent, size_t s, size_t i) {
  block_ctx_ = &ctx;
  block_version_ = ctx.version();
  block_sent_ = &sent;
  block_s_ = s;
  block_begin_ = i;
  block_end_ = std::min(sent.size(), i + kBlock);
  const size_t tokens = block_end_ - i;
  const std::vector<const WordSums*>& words = doc_[s];
  uint32_t n = 0;
  for (size_t t = 0; t < tokens; ++t) {  // keys of the block; touch the word sums they will need
    n += static_cast<uint32_t>(ctx.ExtractContext(sent, i + t, &block_keys_[n]));
    block_key_end_[t] = n;
    const char* sums = reinterpret_cast<const char*>(words[i + t]);
    for (size_t b = 0; b < sizeof(WordSums); b += 64) __builtin_prefetch(sums + b);
    __builtin_prefetch(sums + sizeof(WordSums) - 1);
    // Most tokens follow an O (or start the sentence): their Dynamic() will
    // most likely read this history entry, a cache miss in a 5 MB table.
    PrepareDynamic(sent[i + t], i + t == 0 ? -1 : 0, -1);
  }
  std::fill_n(&block_acc_[0][0], tokens * kNumLabels, 0);
  weights_->AddRawGroups(block_keys_.data(), block_key_end_, tokens, block_rows_.data(), &block_acc_[0][0]);
  for (size_t t = 0; t < tokens; ++t) {
    const int32_t* rows[kOffsets];
    for (int k = -kReach; k <= kReach; ++k) {
      const size_t j = i + t + static_cast<size_t>(k);  // wraps for i + t + k < 0
      rows[k + kReach] = j < sent.size() ? (*words[j])[k + kReach].data() : pad_[k + kReach].data();
    }
    int32_t* acc = block_acc_[t];
    for (int l = 0; l < kNumLabels; ++l) acc[l] += rows[0][l] + rows[1][l] + rows[2][l] + rows[3][l] + rows[4][l];
  }
}

void CachedScorer::Static(const FeatureContext& ctx, const std::vector<TokenInfo>& sent, size_t s, size_t i,
                          float* scores) {
  if (block_ctx_ != &ctx || block_version_ != ctx.version() || block_sent_ != &sent || block_s_ != s ||
      i < block_begin_ || i >= block_end_)
    ScoreBlock(ctx, sent, s, i);
  const int32_t* acc = block_acc_[i - block_begin_];
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
