// CachedScorer: label scores for beam decoding from cached partial sums of
// feature weights, instead of one weight-table lookup per feature.
//
// Scoring is dominated by weight lookups (~60 static + 5 per history pair per
// token, most of them cache misses in a table of ~100k features), yet most
// of those features depend on very little:
//  * static features of token i that depend on one token at a fixed offset
//    from it -- its own word, lowercase form, shape, affixes and clusters
//    (offset 0), the words, shapes and clusters of its neighbours at -2..+2
//    (FeatureContext::ExtractWord) -- sum to a vector that is a function of
//    (word type, offset) alone: five vectors per word type (int32 for offset 0,
//    int16 for the neighbour offsets, whose sums nearly always fit);
//  * the previous-label features split into the labels alone
//    (ExtractHistoryPair: 18 x 18 possible pairs, all precomputed) and the
//    previous label with this word's forms (ExtractHistoryWord: cached per
//    (word type, previous label)).
// A token's static score is then five cached vectors plus the ~20 features
// that need the context (bigrams, capitalised runs, gazetteer marks,
// document evidence, history), and a history pair costs two vector adds.
// Weights are int16 summed in int32 (WeightTable::AddRaw), so the scores are
// bit-identical to scoring every feature key at once.
//
// The context features of a block of tokens are summed by group
// (group_cache.h): the capitalisation and shape-trigram, run, history and
// aggregation keys by their tuples of values; the remaining keys (two-word
// keys, gazetteer marks, stage 1) are looked up one by one.
//
// The word and history caches are keyed by the word hash, bounded (~8 MB + 4 MB) whatever the
// input, and live across documents. The word cache is 4-way set associative (a tag array of
// the four keys of each set, and the document that last used each way): a word evicts the
// way of its set used longest ago, which on news misses ~4x less often than a direct-mapped
// cache of the same size (most misses there are conflicts between frequent words). Ways in
// use by the current document are never evicted; a word whose set has no other way gets a
// private copy, so no pointer handed out for a document is invalidated before the next
// StartDocument. The history cache is direct-mapped (a collision overwrites).
//
// Thread safety: none; one CachedScorer per thread (the Tagger keeps a pool).
// The WeightTable must outlive the scorer.
#ifndef PARALLAX_ANNOTATE_NER_CACHED_SCORER_H_
#define PARALLAX_ANNOTATE_NER_CACHED_SCORER_H_

#include <array>
#include <cstdint>
#include <deque>
#include <vector>

#include "annotate/ner/features.h"
#include "annotate/ner/group_cache.h"
#include "annotate/ner/labels.h"
#include "annotate/ner/weight_table.h"
#include "core/huge_pages.h"

namespace parallax::ner {

class CachedScorer {
 public:
  static constexpr size_t kWordWays = 4;
  static constexpr int kWordSetsLog2 = 13;  // 8k sets x 4 ways = 32k words
  static constexpr size_t kHistorySlots = size_t{1} << 16;
  static constexpr int kWordReach = FeatureContext::kWordReach;
  static constexpr int kOffsets = 2 * kWordReach + 1;

  // word_sets_log2: the word cache's size (2^word_sets_log2 sets of kWordWays words; tests
  // use tiny caches to exercise eviction).
  explicit CachedScorer(const WeightTable* weights, int word_sets_log2 = kWordSetsLog2);

  // Gives every token of doc its word's partial sums (computing those of
  // words not in the cache). Call once per document, before Static/Dynamic.
  void StartDocument(const std::vector<std::vector<TokenInfo>>& doc);

  // Adds to scores[kNumLabels] the static scores of token i of sentence s of
  // the document passed to StartDocument: the same values as
  // weights->Score(keys of ctx.ExtractStatic(sent, i)).
  void Static(const FeatureContext& ctx, const std::vector<TokenInfo>& sent, size_t s, size_t i, float* scores);
  // Pruning (TaggerOptions::prune): Prunable(t) says that a token may be
  // labelled O without scores when its history allows (decoder.h): its word
  // is an outside word (outside_words.h) and no gazetteer phrase of more
  // than one token covers it (a one-word match, "said" as a name, may). With
  // pruning on, ScoreBlock leaves such tokens out of the block; Static on one
  // of them (the decoder declined to prune it) scores it alone, with the same
  // result.
  // Prune(t) is the decoder's question (true: t is labelled O, counted in pruned()).
  void set_prune(bool prune) { prune_ = prune; }
  bool Prunable(const TokenInfo& t) const {
    return prune_ && t.outside && (t.gaz_lists == 0 || !InGazetteerPhrase(t));
  }
  bool Prune(const TokenInfo& t) {
    const bool p = Prunable(t);
    pruned_ += p;
    return p;
  }
  // Hint: Dynamic(t, prev1, ...) will be called soon (prefetches its entry).
  void PrepareDynamic(const TokenInfo& t, int prev1, int prev2) const;
  // Adds the scores of FeatureContext::ExtractDynamic(t, prev1, prev2).
  void Dynamic(const TokenInfo& t, int prev1, int prev2, float* scores);

  // Static(ctx, sent, s, i) scores tokens i .. i + kBlock - 1 of the
  // sentence together (their context features do not depend on the beam,
  // only on ctx, which changes between sentences: FeatureContext::version)
  // and keeps the sums: the next calls for the same sentence and ctx read
  // them. Batching lets the weight-table misses of a whole block overlap.
  static constexpr size_t kBlock = 32;
  static_assert(kBlock <= 32, "block_skip_ has a bit per token");

  // Word cache statistics since construction (for benchmarks and tests).
  size_t hits() const { return hits_; }
  size_t misses() const { return misses_; }
  // Misses whose set had no way free of the current document (given a private copy).
  size_t private_words() const { return private_words_; }
  // Group cache probes that found their tuple, and that did not.
  size_t group_hits() const { return group_hits_; }
  size_t group_misses() const { return group_misses_; }
  // Word-row computations whose sums did not fit int16 (kept as int32), and
  // history sums that did not (not cached).
  size_t wide_words() const { return wide_words_; }
  size_t wide_histories() const { return wide_histories_; }
  // Tokens of the documents started, tokens pruned, and prunable tokens that
  // a block left out but the decoder scored after all.
  size_t tokens() const { return tokens_; }
  size_t pruned() const { return pruned_; }
  size_t scored_late() const { return scored_late_; }

 private:
  using Sums = std::array<int32_t, kNumLabels>;
  using WordSums = std::array<Sums, kOffsets>;  // index: offset + kWordReach
  using Row16 = std::array<int16_t, kNumLabels>;
  // A word's five rows in four cache lines instead of six: its own row
  // (offset 0, the sum of ~15-20 features: routinely beyond int16) as int32,
  // the four neighbour rows (a few features each) as int16. When a neighbour
  // row does not fit int16 (~0.2% of words on news), the entry is `wide`: its
  // exact int32 rows live in wide_[wide_index], computed for the current
  // document only (an entry cached from an earlier document is recomputed
  // when used).
  struct alignas(64) WordEntry {
    int32_t center[kNumLabels];
    std::array<Row16, kOffsets - 1> sides;  // index: Side(offset) (unused when wide)
    bool wide = false;
    uint32_t wide_index = 0;  // wide_[wide_index] holds the rows (wide, this document)
  };
  // The tags of one set of the word cache: way w holds word key[w] (0 =
  // empty) in words_[set * kWordWays + w], last used by document stamp[w];
  // wide[w] mirrors that entry's `wide`. One cache line: a lookup that hits
  // does not touch the entry (ScoreBlock reads its rows later).
  struct alignas(64) WordSet {
    uint64_t key[kWordWays] = {};
    uint32_t stamp[kWordWays] = {};
    bool wide[kWordWays] = {};
  };
  static_assert(sizeof(WordSet) == 64, "a word set is one cache line");
  static_assert(sizeof(WordEntry) == 256, "a word entry is four cache lines");
  static constexpr size_t kWordRowBytes = 4 * kNumLabels + 2 * (kOffsets - 1) * kNumLabels;
  static constexpr int Side(int offset) { return offset < 0 ? offset + kWordReach : offset + kWordReach - 1; }
  // The history sums of (word, prev1) as int16: one cache line. A sum that
  // does not fit int16 is not cached (computed at every use).
  struct alignas(64) HistoryEntry {
    uint64_t key = 0;  // Mix(word hash, prev1) (0 = empty)
    Row16 sums;
  };
  static_assert(sizeof(HistoryEntry) == 64, "a history entry is one cache line");
  // Copies the int32 sums to int16 if every one fits; returns whether they did.
  static bool Narrow(const int32_t* sums, int16_t* out);
  static constexpr int kPrevValues = kNumLabels + 1;  // -1 (sentence start) .. 16
  static uint64_t WordKey(const TokenInfo& t) { return t.word ? t.word : 1; }
  size_t Set(uint64_t word_key) const { return (word_key ^ (word_key >> 31)) & word_set_mask_; }
  static uint64_t HistoryKey(const TokenInfo& t, int prev1);
  // Computes the sums of the words in pending_ (StartDocument, per sentence).
  void ComputeWords();
  // Sets the block row of token t (sentence index j) to the sum of its five word rows, when some
  // of them are wide (ScoreBlock's fast path reads int16 rows only).
  void SumWordRowsWide(const std::vector<TokenInfo>& sent, size_t s, size_t j, int32_t* acc) const;
  // The int32 history sums of (t, prev1): from the cache, or (a sum that does not fit int16)
  // computed into *scratch.
  const int16_t* History(const TokenInfo& t, int prev1, Sums* scratch, bool* wide);
  // Computes the sums of a (word, prev1) entry that missed; returns false (entry left empty) when
  // they do not fit int16, with the sums in *sums.
  __attribute__((noinline)) bool FillHistory(const TokenInfo& t, int prev1, uint64_t key, HistoryEntry* e,
                                             Sums* sums);

  const WeightTable* weights_;
  core::LargeVector<WordEntry> words_;
  core::LargeVector<WordSet> word_sets_;
  size_t word_set_mask_;
  core::LargeVector<HistoryEntry> history_;
  std::vector<Sums> pairs_;   // [(prev1 + 1) * kPrevValues + prev2 + 1]
  WordEntry pad_{};           // absent neighbours (offset 0 unused); wide if pad_wide_
  WordSums pad_wide_sums_{};  // the same rows as int32
  bool pad_wide_ = false;
  uint32_t stamp_ = 0;
  std::deque<WordEntry> private_;                  // words whose slot this document shares
  std::vector<WordSums> wide_;                     // this document's wide rows
  std::vector<std::vector<const WordEntry*>> doc_;  // per token of the document
  std::vector<uint8_t> sent_wide_;                 // per sentence: some word of it is wide
  struct PendingWord {
    const TokenInfo* token;
    WordEntry* entry;
    bool* tag_wide;  // its WordSet::wide flag (nullptr: a private copy)
  };
  std::vector<PendingWord> pending_;  // new words of the sentence being started
  std::vector<uint64_t> word_keys_;   // ComputeWords' scratch
  std::vector<uint32_t> word_rows_, word_ends_;
  std::vector<int32_t> word_acc_;
  // Scores tokens [i, i + kBlock) of sentence s into block_acc_ (see Static).
  void ScoreBlock(const FeatureContext& ctx, const std::vector<TokenInfo>& sent, size_t s, size_t i);
  // The block last scored: static sums (int32, times scale()) of tokens
  // [block_begin_, block_end_) of sentence block_s_ under block_ctx_ at
  // block_version_.
  const FeatureContext* block_ctx_ = nullptr;
  uint64_t block_version_ = 0;
  const std::vector<TokenInfo>* block_sent_ = nullptr;
  size_t block_s_ = 0, block_begin_ = 0, block_end_ = 0;
  std::vector<uint64_t> block_keys_;  // the block's uncached context keys, then the groups to compute
  std::vector<uint32_t> block_rows_;  // their candidate rows (WeightTable::AddRawGroups)
  std::vector<uint32_t> block_key_end_;
  std::vector<int32_t> block_acc_;    // row t < tokens: token block_begin_ + t; then computed groups
  int32_t* BlockRow(size_t r) { return &block_acc_[r * kNumLabels]; }
  uint32_t block_skip_ = 0;  // bit t: token block_begin_ + t was left out (Prunable)
  bool prune_ = false;
  // The static sums of token i alone (a token ScoreBlock left out): word rows plus every context key.
  void ScoreOne(const FeatureContext& ctx, const std::vector<TokenInfo>& sent, size_t s, size_t i, int32_t* acc);

  // Group caches (see the class comment) and ScoreBlock's bookkeeping.
  using CapsCache = GroupCache<FeatureContext::kCapsTupleWords, 1>;
  using RunCache = GroupCache<FeatureContext::kRunTupleWords, 1>;
  using HistoryCache = GroupCache<1, 1>;
  using AggCache = GroupCache<TokenInfo::kAggSlots / 2, 1>;
  CapsCache caps_cache_;
  RunCache run_cache_;
  HistoryCache history_cache_;
  AggCache agg_cache_;
  uint32_t block_stamp_ = 0;
  // A part of a probed group: its token (sentence index, SIZE_MAX = none),
  // its FeatureContext group, and the block row it adds to (-1: none).
  struct Part {
    size_t token;
    uint32_t group;
    int row;
  };
  // A group computed in this block: its sums go to `dst` (a claimed cache
  // entry, or nullptr) and are added to block row `row` (-1: none).
  struct Computed {
    int32_t* dst;
    int row;
  };
  std::vector<Computed> computed_;
  // Entries claimed in this block that a later probe found: added last.
  struct Deferred {
    const int32_t* sums;
    int row;
  };
  std::vector<Deferred> deferred_;
  uint32_t block_groups_ = 0, block_key_count_ = 0;
  // Probes slot `slot` of cache for tuple `key` with parts parts[0..P).
  template <typename Cache>
  void Probe(const FeatureContext& ctx, const std::vector<TokenInfo>& sent, Cache& cache, size_t slot,
             const uint64_t* key, const Part* parts);
  size_t hits_ = 0, misses_ = 0, private_words_ = 0, group_hits_ = 0, group_misses_ = 0, wide_words_ = 0, wide_histories_ = 0;
  size_t tokens_ = 0, pruned_ = 0, scored_late_ = 0;
};

}  // namespace parallax::ner

#endif  // PARALLAX_ANNOTATE_NER_CACHED_SCORER_H_
