// TermTable: an open-addressing hash map from non-zero 64-bit term hashes to
// a small value, for the hot paths of clustering (per-document term
// accumulation, dot products, document frequencies).
//
// Keys are already well-mixed hashes, so the slot is taken from the high bits
// of one multiply; linear probing; the table doubles when half full. Key and
// value share a slot (one cache line per probe), and Prefetch() lets a caller
// that is about to look up many keys in a large table (document frequencies)
// issue the memory loads first, so their misses overlap. Key 0 marks an
// empty slot and must not be inserted (HashTerm never returns 0). Iteration
// order depends on capacity history, so callers that need a stable order
// (snapshots) sort the keys. Not thread-safe.
#ifndef PARALLAX_CLUSTER_TERM_TABLE_H_
#define PARALLAX_CLUSTER_TERM_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace parallax::cluster {

template <typename V>
class TermTable {
 public:
  explicit TermTable(size_t initial_capacity = 16) { Reset(initial_capacity); }

  // Empties the table, keeping room for about `expected` keys.
  void Reset(size_t expected) {
    size_t cap = 16;
    while (cap < 2 * expected) cap <<= 1;
    slots_.assign(cap, Slot{});
    shift_ = 64;
    for (size_t c = cap; c > 1; c >>= 1) --shift_;
    size_ = 0;
  }

  // Value for `key`, inserted as V{} when absent.
  V& operator[](uint64_t key) {
    if (2 * (size_ + 1) > slots_.size()) Grow();
    const size_t mask = slots_.size() - 1;
    size_t i = Home(key);
    while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask;
    if (slots_[i].key == 0) {
      slots_[i].key = key;
      ++size_;
    }
    return slots_[i].value;
  }

  // Pointer to the value, or nullptr.
  const V* Find(uint64_t key) const {
    const size_t mask = slots_.size() - 1;
    size_t i = Home(key);
    while (slots_[i].key != 0) {
      if (slots_[i].key == key) return &slots_[i].value;
      i = (i + 1) & mask;
    }
    return nullptr;
  }

  // Hints that `key` will be looked up soon (no effect on contents).
  void Prefetch(uint64_t key) const { __builtin_prefetch(&slots_[Home(key)]); }

  size_t size() const { return size_; }

  template <typename Fn>
  void ForEach(Fn&& fn) const {
    for (const Slot& s : slots_) {
      if (s.key != 0) fn(s.key, s.value);
    }
  }

 private:
  struct Slot {
    uint64_t key = 0;
    V value{};
  };

  size_t Home(uint64_t key) const { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift_); }

  void Grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    Reset(old.size());
    for (const Slot& s : old) {
      if (s.key != 0) (*this)[s.key] = s.value;
    }
  }

  std::vector<Slot> slots_;
  int shift_ = 60;
  size_t size_ = 0;
};

}  // namespace parallax::cluster

#endif  // PARALLAX_CLUSTER_TERM_TABLE_H_
