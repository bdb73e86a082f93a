// GroupCache: a direct-mapped cache of summed weight rows keyed by a tuple.
//
// Many of a token's context features come in groups whose keys are built
// from a handful of values: the capitalisation evidence and shape trigram,
// the capitalised run, the prediction history, the context-aggregation
// codes. News repeats those value combinations (the same few capitalisation
// patterns, the same name in every paragraph), so the summed int16 rows of a
// group can be kept by the tuple of values (FeatureContext::CapsTuple,
// RunTuple, ...): one probe and one vector add
// instead of hashing and looking up each key. The whole tuple is stored and
// compared, so a hit returns exactly the sums the keys would give; integer
// sums make the order of addition free (weight_table.h).
//
// An entry holds P parts (sums of P groups that share a tuple). `state` is 0 for an empty entry and
// otherwise the stamp of the block that last claimed it (CachedScorer uses
// it to keep entries claimed by the block being scored from being
// overwritten before their sums are computed).
//
// Thread safety: none (one per CachedScorer).
#ifndef PARALLAX_ANNOTATE_NER_GROUP_CACHE_H_
#define PARALLAX_ANNOTATE_NER_GROUP_CACHE_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "annotate/ner/labels.h"
#include "core/huge_pages.h"

namespace parallax::ner {

template <size_t W, size_t P>
class GroupCache {
 public:
  static constexpr size_t kWords = W, kParts = P;
  // Aligned to cache lines, so that a probe touches ceil(size / 64) lines
  // (an unaligned 104-byte entry spans three lines at most offsets).
  struct alignas(64) Entry {
    uint64_t key[W];
    uint32_t state = 0;
    int32_t sums[P][kNumLabels];
  };

  explicit GroupCache(int slots_log2) : entries_(size_t{1} << slots_log2), mask_((size_t{1} << slots_log2) - 1) {}

  size_t Slot(const uint64_t* key) const {
    // Tuples may be packed small values (CapsTuple): multiply every word in.
    uint64_t h = 0;
    for (size_t w = 0; w < W; ++w) h = (h ^ (h >> 29) ^ key[w]) * 0x9E3779B97F4A7C15ull;
    return static_cast<size_t>(h ^ (h >> 32)) & mask_;
  }
  void Prefetch(size_t slot) const {
    const char* e = reinterpret_cast<const char*>(&entries_[slot]);
    for (size_t b = 0; b < sizeof(Entry); b += 64) __builtin_prefetch(e + b);
    __builtin_prefetch(e + sizeof(Entry) - 1);
  }
  Entry& at(size_t slot) { return entries_[slot]; }
  static bool Holds(const Entry& e, const uint64_t* key) {
    uint64_t diff = 0;
    for (size_t w = 0; w < W; ++w) diff |= e.key[w] ^ key[w];
    return diff == 0 && e.state != 0;
  }

 private:
  core::LargeVector<Entry> entries_;
  size_t mask_;
};

}  // namespace parallax::ner

#endif  // PARALLAX_ANNOTATE_NER_GROUP_CACHE_H_
