// Cached partial score sums (see cached_scorer.h for the approach). Caches
// fill lazily: the first time a word type is seen, its features at every
// window offset are extracted (FeatureContext::ExtractWord) and summed;
// afterwards a token costs five vector additions instead of ~35 lookups.
#include "annotate/ner/cached_scorer.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstring>

namespace parallax::ner {

namespace {

constexpr int kReach = FeatureContext::kWordReach;
static_assert(CachedScorer::kOffsets == 5, "Static sums five word rows");

// The context-feature groups summed through the group caches; the others
// are looked up key by key.
constexpr uint32_t kCachedGroups = FeatureContext::kGroupCaps | FeatureContext::kGroupRun |
                                   FeatureContext::kGroupHistory | FeatureContext::kGroupAgg;
constexpr uint32_t kKeyedGroups = FeatureContext::kGroupAll & ~kCachedGroups;
constexpr size_t kNone = SIZE_MAX;
// At most: every token's keyed group and four cached groups per token.
constexpr size_t kMaxBlockGroups = 5 * CachedScorer::kBlock;

}  // namespace

CachedScorer::CachedScorer(const WeightTable* weights, int word_sets_log2)
    : weights_(weights),
      words_((size_t{1} << word_sets_log2) * kWordWays),
      word_sets_(size_t{1} << word_sets_log2),
      word_set_mask_((size_t{1} << word_sets_log2) - 1),
      history_(kHistorySlots),
      pairs_(kPrevValues * kPrevValues),
      block_keys_((kBlock + 2) * FeatureContext::kMaxFeatures),
      block_rows_((kBlock + 2) * FeatureContext::kMaxFeatures),
      block_key_end_(kMaxBlockGroups),
      block_acc_(kMaxBlockGroups * kNumLabels),
      caps_cache_(14),
      run_cache_(14),
      history_cache_(12),
      agg_cache_(12) {
  computed_.reserve(kMaxBlockGroups);
  deferred_.reserve(kMaxBlockGroups);
  uint64_t keys[FeatureContext::kMaxWordFeatures];
  for (int k = -kReach; k <= kReach; ++k) {
    Sums& s = pad_wide_sums_[k + kReach];
    s.fill(0);
    if (k != 0) weights_->AddRaw(keys, FeatureContext::ExtractWord(nullptr, k, keys), s.data());
    if (k != 0 && !Narrow(s.data(), pad_.sides[Side(k)].data())) pad_wide_ = true;
  }
  for (int p1 = -1; p1 < kNumLabels; ++p1) {
    for (int p2 = -1; p2 < kNumLabels; ++p2) {
      Sums& s = pairs_[(p1 + 1) * kPrevValues + p2 + 1];
      s.fill(0);
      weights_->AddRaw(keys, FeatureContext::ExtractHistoryPair(p1, p2, keys), s.data());
    }
  }
}

bool CachedScorer::Narrow(const int32_t* sums, int16_t* out) {
  int32_t lo = 0, hi = 0;
  for (int l = 0; l < kNumLabels; ++l) {
    lo = std::min(lo, sums[l]);
    hi = std::max(hi, sums[l]);
  }
  if (lo < INT16_MIN || hi > INT16_MAX) return false;
  for (int l = 0; l < kNumLabels; ++l) out[l] = static_cast<int16_t>(sums[l]);
  return true;
}

void CachedScorer::StartDocument(const std::vector<std::vector<TokenInfo>>& doc) {
  ++stamp_;
  block_ctx_ = nullptr;
  private_.clear();
  wide_.clear();
  doc_.resize(doc.size());
  sent_wide_.assign(doc.size(), pad_wide_);
  for (size_t s = 0; s < doc.size(); ++s) {
    doc_[s].resize(doc[s].size());
    tokens_ += doc[s].size();
    // The tag sets are cache misses: touch a sentence's sets before reading any.
    for (const TokenInfo& t : doc[s]) __builtin_prefetch(&word_sets_[Set(WordKey(t))]);
    pending_.clear();
    bool wide = sent_wide_[s];
    for (size_t i = 0; i < doc[s].size(); ++i) {
      const TokenInfo& t = doc[s][i];
      const uint64_t key = WordKey(t);
      const size_t set = Set(key);
      WordSet& tags = word_sets_[set];
      size_t way = 0;
      while (way < kWordWays && tags.key[way] != key) ++way;
      if (way < kWordWays) {  // cached, or computed below for an earlier token of this sentence
        ++hits_;
        // A wide entry's int32 rows are kept for one document: recompute them.
        wide |= tags.wide[way];
        if (tags.wide[way] && tags.stamp[way] != stamp_)
          pending_.push_back({&t, &words_[set * kWordWays + way], &tags.wide[way]});
      } else {
        ++misses_;
        // The victim: an empty way, else the one used longest ago, never one of this document.
        uint32_t oldest = 0;
        for (size_t w = 0; w < kWordWays; ++w) {
          if (tags.key[w] == 0) {
            way = w;
            break;
          }
          const uint32_t age = stamp_ - tags.stamp[w];  // 0: this document
          if (age > oldest) {
            oldest = age;
            way = w;
          }
        }
        if (way == kWordWays) {  // every way holds another word of this document
          ++private_words_;
          private_.emplace_back();
          pending_.push_back({&t, &private_.back(), nullptr});
          doc_[s][i] = &private_.back();
          continue;
        }
        tags.key[way] = key;
        tags.wide[way] = false;
        pending_.push_back({&t, &words_[set * kWordWays + way], &tags.wide[way]});
      }
      tags.stamp[way] = stamp_;
      doc_[s][i] = &words_[set * kWordWays + way];
    }
    ComputeWords();
    // Wide words: the cached ones were seen in the tags above, the computed ones are known now.
    for (const PendingWord& p : pending_) {
      wide |= p.entry->wide;
      if (p.tag_wide) *p.tag_wide = p.entry->wide;
    }
    sent_wide_[s] = wide;
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
    WordEntry& out = *pending_[w].entry;
    const int32_t* sums = &word_acc_[w * kOffsets * kNumLabels];
    std::copy_n(sums + kReach * kNumLabels, kNumLabels, out.center);
    bool fits = true;
    for (int k = -kReach; k <= kReach && fits; ++k)
      if (k != 0) fits = Narrow(sums + (k + kReach) * kNumLabels, out.sides[Side(k)].data());
    out.wide = !fits;
    if (fits) continue;
    ++wide_words_;
    out.wide_index = static_cast<uint32_t>(wide_.size());
    wide_.emplace_back();
    for (int k = 0; k < kOffsets; ++k) std::copy_n(sums + k * kNumLabels, kNumLabels, wide_.back()[k].data());
  }
}

void CachedScorer::SumWordRowsWide(const std::vector<TokenInfo>& sent, size_t s, size_t j, int32_t* acc) const {
  std::fill_n(acc, kNumLabels, 0);
  for (int k = -kReach; k <= kReach; ++k) {
    const size_t n = j + static_cast<size_t>(k);  // wraps for j + k < 0
    const int r = k + kReach;
    const WordEntry* e = n < sent.size() ? doc_[s][n] : &pad_;
    if (e->wide || (e == &pad_ && pad_wide_)) {
      const Sums& w = e == &pad_ ? pad_wide_sums_[r] : wide_[e->wide_index][r];
      for (int l = 0; l < kNumLabels; ++l) acc[l] += w[l];
    } else if (k == 0) {
      for (int l = 0; l < kNumLabels; ++l) acc[l] += e->center[l];
    } else {
      for (int l = 0; l < kNumLabels; ++l) acc[l] += e->sides[Side(k)][l];
    }
  }
}

template <typename Cache>
inline __attribute__((always_inline)) void CachedScorer::Probe(const FeatureContext& ctx, const std::vector<TokenInfo>& sent, Cache& cache, size_t slot,
                         const uint64_t* key, const Part* parts) {
  typename Cache::Entry& e = cache.at(slot);
  if (Cache::Holds(e, key)) {
    ++group_hits_;
    for (size_t p = 0; p < Cache::kParts; ++p) {
      if (parts[p].row < 0) continue;
      if (e.state == block_stamp_) {  // claimed by this block: its sums are computed below
        deferred_.push_back({e.sums[p], parts[p].row});
      } else {
        int32_t* acc = BlockRow(static_cast<size_t>(parts[p].row));
        for (int l = 0; l < kNumLabels; ++l) acc[l] += e.sums[p][l];
      }
    }
    return;
  }
  ++group_misses_;
  // An entry claimed by this block keeps its tuple until its sums are
  // written; this probe's groups are then computed for its rows only.
  const bool claim = e.state != block_stamp_;
  if (claim) {
    std::copy_n(key, Cache::kWords, e.key);
    e.state = block_stamp_;
  }
  for (size_t p = 0; p < Cache::kParts; ++p) {
    if (parts[p].token == kNone || (!claim && parts[p].row < 0)) continue;
    block_key_count_ += static_cast<uint32_t>(
        ctx.ExtractContext(sent, parts[p].token, &block_keys_[block_key_count_], parts[p].group));
    block_key_end_[block_groups_++] = block_key_count_;
    computed_.push_back({claim ? e.sums[p] : nullptr, parts[p].row});
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
  if (++block_stamp_ == 0) block_stamp_ = 1;  // 0 marks empty entries
  const size_t tokens = block_end_ - i;
  const std::vector<const WordEntry*>& words = doc_[s];
  uint32_t n = 0;
  block_skip_ = 0;
  for (size_t t = 0; t < tokens; ++t) {  // keys of the block; touch the word rows they will need
    if (Prunable(sent[i + t])) {  // most likely never scored: Static scores it alone if it is
      block_skip_ |= 1u << t;
      block_key_end_[t] = n;
      continue;
    }
    n += static_cast<uint32_t>(ctx.ExtractContext(sent, i + t, &block_keys_[n], kKeyedGroups));
    block_key_end_[t] = n;
    const char* rows = reinterpret_cast<const char*>(words[i + t]);
    for (size_t b = 0; b < kWordRowBytes; b += 64) __builtin_prefetch(rows + b);
    // Most tokens follow an O (or start the sentence): their Dynamic() will
    // most likely read this history entry, a cache miss in a 5 MB table.
    PrepareDynamic(sent[i + t], i + t == 0 ? -1 : 0, -1);
  }
  block_key_count_ = n;
  block_groups_ = static_cast<uint32_t>(tokens);
  computed_.clear();
  deferred_.clear();

  // The tuples of every probe of the block first, their slots prefetched.
  constexpr bool kCaps = kCachedGroups & FeatureContext::kGroupCaps, kRun = kCachedGroups & FeatureContext::kGroupRun;
  constexpr bool kHistory = kCachedGroups & FeatureContext::kGroupHistory;
  constexpr bool kAgg = kCachedGroups & FeatureContext::kGroupAgg;
  uint64_t caps_keys[kBlock][CapsCache::kWords], run_keys[kBlock][RunCache::kWords];
  uint64_t history_keys[kBlock], agg_keys[kBlock][AggCache::kWords];
  size_t caps_slot[kBlock], run_slot[kBlock], history_slot[kBlock], agg_slot[kBlock];
  for (size_t t = 0; t < tokens; ++t) {
    const TokenInfo& tok = sent[i + t];
    caps_slot[t] = run_slot[t] = history_slot[t] = agg_slot[t] = kNone;
    if (block_skip_ >> t & 1) continue;
    if (kCaps) {
      FeatureContext::CapsTuple(sent, i + t, caps_keys[t]);
      caps_cache_.Prefetch(caps_slot[t] = caps_cache_.Slot(caps_keys[t]));
    }
    if (kRun && tok.run_pos) {
      FeatureContext::RunTuple(tok, run_keys[t]);
      run_cache_.Prefetch(run_slot[t] = run_cache_.Slot(run_keys[t]));
    }
    const int best = kHistory ? ctx.HistoryBest(tok) : -1;
    if (best >= 0) {
      history_keys[t] = FeatureContext::HistoryTuple(tok, best);
      history_cache_.Prefetch(history_slot[t] = history_cache_.Slot(&history_keys[t]));
    }
    if (kAgg && tok.agg[0]) {
      static_assert(sizeof(tok.agg) == sizeof(agg_keys[t]), "the codes fill the tuple");
      std::memcpy(agg_keys[t], tok.agg, sizeof(tok.agg));
      agg_cache_.Prefetch(agg_slot[t] = agg_cache_.Slot(agg_keys[t]));
    }
  }
  // Each token's row starts as the sum of its five word rows (prefetched
  // above); the context groups are added to it below.
  for (size_t t = 0; t < tokens; ++t) {
    if (block_skip_ >> t & 1) continue;
    int32_t* acc = BlockRow(t);
    if (sent_wide_[s]) {
      SumWordRowsWide(sent, s, i + t, acc);
      continue;
    }
    const int16_t* sides[kOffsets - 1];
    for (int k = -kReach; k <= kReach; ++k) {
      if (k == 0) continue;
      const size_t j = i + t + static_cast<size_t>(k);  // wraps for i + t + k < 0
      sides[Side(k)] = (j < sent.size() ? words[j] : &pad_)->sides[Side(k)].data();
    }
    const int32_t* center = words[i + t]->center;
    for (int l = 0; l < kNumLabels; ++l)
      acc[l] = center[l] + sides[0][l] + sides[1][l] + sides[2][l] + sides[3][l];
  }
  // Then the probes: hits are added now, misses become groups of keys.
  for (size_t t = 0; t < tokens; ++t) {
    const int row = static_cast<int>(t);
    if (caps_slot[t] != kNone) {
      const Part caps{i + t, FeatureContext::kGroupCaps, row};
      Probe(ctx, sent, caps_cache_, caps_slot[t], caps_keys[t], &caps);
    }
    if (run_slot[t] != kNone) {
      const Part run{i + t, FeatureContext::kGroupRun, row};
      Probe(ctx, sent, run_cache_, run_slot[t], run_keys[t], &run);
    }
    if (history_slot[t] != kNone) {
      const Part history{i + t, FeatureContext::kGroupHistory, row};
      Probe(ctx, sent, history_cache_, history_slot[t], &history_keys[t], &history);
    }
    if (agg_slot[t] != kNone) {
      const Part agg{i + t, FeatureContext::kGroupAgg, row};
      Probe(ctx, sent, agg_cache_, agg_slot[t], agg_keys[t], &agg);
    }
  }
  std::fill_n(BlockRow(tokens), (block_groups_ - tokens) * kNumLabels, 0);
  weights_->AddRawGroups(block_keys_.data(), block_key_end_.data(), block_groups_, block_rows_.data(),
                         block_acc_.data());
  for (size_t c = 0; c < computed_.size(); ++c) {
    const int32_t* sums = BlockRow(tokens + c);
    if (computed_[c].dst) std::copy_n(sums, kNumLabels, computed_[c].dst);
    if (computed_[c].row >= 0) {
      int32_t* acc = BlockRow(static_cast<size_t>(computed_[c].row));
      for (int l = 0; l < kNumLabels; ++l) acc[l] += sums[l];
    }
  }
  for (const Deferred& d : deferred_) {
    int32_t* acc = BlockRow(static_cast<size_t>(d.row));
    for (int l = 0; l < kNumLabels; ++l) acc[l] += d.sums[l];
  }
}

// Static and Dynamic: baseline and AVX2 builds too (two eight-lane steps for
// the 17 int32 sums and their float conversions; no FMA, so the same floats).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("avx2", "default")))
#endif
void CachedScorer::Static(const FeatureContext& ctx, const std::vector<TokenInfo>& sent, size_t s, size_t i,
                          float* scores) {
  if (block_ctx_ != &ctx || block_version_ != ctx.version() || block_sent_ != &sent || block_s_ != s ||
      i < block_begin_ || i >= block_end_)
    ScoreBlock(ctx, sent, s, i);
  const int32_t* acc = BlockRow(i - block_begin_);
  Sums alone;
  if (__builtin_expect(block_skip_ >> (i - block_begin_) & 1, 0)) {
    ScoreOne(ctx, sent, s, i, alone.data());
    acc = alone.data();
  }
  const float scale = weights_->scale();
  for (int l = 0; l < kNumLabels; ++l) scores[l] += static_cast<float>(acc[l]) * scale;
}

void CachedScorer::ScoreOne(const FeatureContext& ctx, const std::vector<TokenInfo>& sent, size_t s, size_t i,
                            int32_t* acc) {
  ++scored_late_;
  if (sent_wide_[s]) {
    SumWordRowsWide(sent, s, i, acc);
  } else {
    const int32_t* center = doc_[s][i]->center;
    for (int l = 0; l < kNumLabels; ++l) acc[l] = center[l];
    for (int k = -kReach; k <= kReach; ++k) {
      if (k == 0) continue;
      const size_t j = i + static_cast<size_t>(k);  // wraps for i + k < 0
      const int16_t* side = (j < sent.size() ? doc_[s][j] : &pad_)->sides[Side(k)].data();
      for (int l = 0; l < kNumLabels; ++l) acc[l] += side[l];
    }
  }
  uint64_t keys[FeatureContext::kMaxFeatures];
  weights_->AddRaw(keys, ctx.ExtractContext(sent, i, keys), acc);
}

uint64_t CachedScorer::HistoryKey(const TokenInfo& t, int prev1) {
  const uint64_t key = Mix(WordKey(t), static_cast<uint64_t>(prev1 + 2));
  return key ? key : 1;
}

void CachedScorer::PrepareDynamic(const TokenInfo& t, int prev1, int) const {
  const uint64_t key = HistoryKey(t, prev1);
  __builtin_prefetch(&history_[(key ^ (key >> 29)) & (kHistorySlots - 1)]);
}

bool CachedScorer::FillHistory(const TokenInfo& t, int prev1, uint64_t key, HistoryEntry* e, Sums* sums) {
  uint64_t keys[FeatureContext::kMaxDynamic];
  sums->fill(0);
  weights_->AddRaw(keys, FeatureContext::ExtractHistoryWord(t, prev1, keys), sums->data());
  if (!Narrow(sums->data(), e->sums.data())) {
    ++wide_histories_;
    e->key = 0;
    return false;
  }
  e->key = key;
  return true;
}

inline const int16_t* CachedScorer::History(const TokenInfo& t, int prev1, Sums* scratch, bool* wide) {
  const uint64_t key = HistoryKey(t, prev1);
  HistoryEntry& e = history_[(key ^ (key >> 29)) & (kHistorySlots - 1)];
  *wide = e.key != key && !FillHistory(t, prev1, key, &e, scratch);
  return e.sums.data();
}

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("avx2", "default")))
#endif
void CachedScorer::Dynamic(const TokenInfo& t, int prev1, int prev2, float* scores) {
  const Sums& pair = pairs_[(prev1 + 1) * kPrevValues + prev2 + 1];
  Sums scratch;
  bool wide;
  const int16_t* word = History(t, prev1, &scratch, &wide);
  const float scale = weights_->scale();
  if (__builtin_expect(wide, 0)) {
    for (int l = 0; l < kNumLabels; ++l) scores[l] += static_cast<float>(pair[l] + scratch[l]) * scale;
    return;
  }
  for (int l = 0; l < kNumLabels; ++l) scores[l] += static_cast<float>(pair[l] + word[l]) * scale;
}

}  // namespace parallax::ner
