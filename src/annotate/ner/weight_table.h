// WeightTable: the feature weights of one perceptron stage, laid out for
// scoring speed.
//
// Scoring a token looks up ~70 feature keys, most of them cache misses in a
// table of ~100k features, so the layout is what decides tagging speed. A
// compact open-addressing index (8-byte slots: the key's upper 32 bits as a
// fingerprint and a row number; at most half full, ~2 MB for 100k features)
// finds the candidate row, and each row holds the full 64-bit key next to the
// row's kNumLabels int16 weights (one 64-byte line per row), so the key check that keeps lookups exact
// touches the cache line the weights are read from anyway. Lookups are
// batched: all index slots are prefetched, then all candidate rows, then the
// rows are summed, so the misses of one token overlap.
//
// Thread safety: immutable after ParseFrom; Score() is const and may be called
// from any number of threads.
#ifndef PARALLAX_ANNOTATE_NER_WEIGHT_TABLE_H_
#define PARALLAX_ANNOTATE_NER_WEIGHT_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/ner/labels.h"
#include "core/huge_pages.h"
#include "parallax/status.h"

namespace parallax::ner {

class WeightTable {
 public:
  static constexpr size_t kMaxBatch = 128;  // keys beyond this per Score call are ignored

  // Adds the weights of features keys[0..n) into scores[kNumLabels].
  void Score(const uint64_t* keys, size_t n, float* scores) const {
    int32_t acc[kNumLabels] = {};
    AddRaw(keys, n, acc);
    for (int l = 0; l < kNumLabels; ++l) scores[l] += static_cast<float>(acc[l]) * scale_;
  }
  // Adds the quantised (int16) weights of keys[0..n) into acc[kNumLabels];
  // a score is acc * scale(). Integer sums are exact, so partial sums may be
  // cached and combined in any order with the same result as one Score().
  void AddRaw(const uint64_t* keys, size_t n, int32_t* acc) const {
    if (rows_.empty()) return;
    n = n > kMaxBatch ? kMaxBatch : n;
    for (size_t f = 0; f < n; ++f) __builtin_prefetch(&slots_[Start(keys[f]) & mask_]);
    uint32_t found[kMaxBatch], which[kMaxBatch];
    size_t m = 0;
    for (size_t f = 0; f < n; ++f) {
      uint32_t row = Candidate(keys[f]);  // prefetches the row
      if (row == kEmpty) continue;
      found[m] = row;
      which[m++] = static_cast<uint32_t>(f);
    }
    for (size_t f = 0; f < m; ++f) {
      uint32_t row = found[f];
      const uint64_t key = keys[which[f]];
      if (rows_[row].key != key && (row = FindExact(key)) == kEmpty) continue;  // fingerprint collision (rare)
      const int16_t* w = rows_[row].w;
      for (int l = 0; l < kNumLabels; ++l) acc[l] += w[l];
    }
  }
  // AddRaw for many groups of keys at once: group g is keys[end[g - 1] ..
  // end[g]) (end[-1] = 0) and is added into acc[g * kNumLabels ..]. Every
  // index slot of the batch is prefetched, then every candidate row, then
  // the rows are summed, so the misses of all groups overlap (a sentence's
  // tokens instead of one token's features). Same sums as one AddRaw per
  // group. `rows` is scratch space for end[groups - 1] entries.
  void AddRawGroups(const uint64_t* keys, const uint32_t* end, size_t groups, uint32_t* rows, int32_t* acc) const;
  float scale() const { return scale_; }
  // Hint: Score() will soon look up these keys (prefetches their index slots).
  void Prefetch(const uint64_t* keys, size_t n) const {
    if (rows_.empty()) return;
    for (size_t f = 0; f < n; ++f) __builtin_prefetch(&slots_[Start(keys[f]) & mask_]);
  }
  size_t size() const { return rows_.size(); }

  // Float weights (row-major keys.size() x kNumLabels) quantised to int16
  // with one scale, appended in the model file layout
  // (docs/formats/ner-model.md).
  static void Append(const std::vector<uint64_t>& keys, const std::vector<float>& weights, std::string* out);
  // Reads one table written by Append at data[*pos]; Corruption on truncated
  // data or duplicate keys.
  Status ParseFrom(std::string_view data, size_t* pos);
  // The table's keys and weights (dequantised: int16 * scale), in row order;
  // Append(keys, weights) writes the same table again.
  void Export(std::vector<uint64_t>* keys, std::vector<float>* weights) const;
  // Largest minus smallest int16 weight of row r (r < size()): how much the
  // feature can change the label ranking (a constant row changes nothing).
  int32_t RowSpread(size_t r) const;

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint32_t fingerprint = 0;  // upper 32 bits of the key
    uint32_t row = kEmpty;
  };
  // One cache line per row (42 bytes used): a 48-byte row would cross a
  // line boundary at every other row and cost a second miss.
  struct alignas(64) Row {
    uint64_t key;
    int16_t w[kNumLabels];
  };
  static size_t Start(uint64_t key) { return static_cast<size_t>(key ^ (key >> 29)); }
  static uint32_t Fingerprint(uint64_t key) { return static_cast<uint32_t>(key >> 32); }
  // First row whose fingerprint matches (the key is not checked), or kEmpty.
  uint32_t Candidate(uint64_t key) const { return CandidateFrom(key, Start(key) & mask_); }
  // The same, given the key's home slot (Start(key) & mask_).
  uint32_t CandidateFrom(uint64_t key, size_t home) const {
    const uint32_t fp = Fingerprint(key);
    for (size_t i = home;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.row == kEmpty) return kEmpty;
      if (s.fingerprint == fp) {
        __builtin_prefetch(&rows_[s.row]);
        return s.row;
      }
    }
  }
  uint32_t FindExact(uint64_t key) const;
  bool Insert(uint64_t key, uint32_t row);

  core::LargeVector<Slot> slots_;
  size_t mask_ = 0;
  core::LargeVector<Row> rows_;
  float scale_ = 1.f;
};

}  // namespace parallax::ner

#endif  // PARALLAX_ANNOTATE_NER_WEIGHT_TABLE_H_
