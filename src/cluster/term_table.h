// TermTable: an open-addressing hash map from non-zero 64-bit term hashes to
// a small value, for the hot paths of clustering (per-document term
// accumulation, dot products, document frequencies).
//
// Keys are already well-mixed hashes, so the slot is taken from the high bits
// directly; linear probing; the table doubles when half full. Key 0 marks an
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
    keys_.assign(cap, 0);
    values_.assign(cap, V{});
    shift_ = 64;
    for (size_t c = cap; c > 1; c >>= 1) --shift_;
    size_ = 0;
  }

  // Value for `key`, inserted as V{} when absent.
  V& operator[](uint64_t key) {
    if (2 * (size_ + 1) > keys_.size()) Grow();
    size_t i = Slot(key);
    while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & (keys_.size() - 1);
    if (keys_[i] == 0) {
      keys_[i] = key;
      ++size_;
    }
    return values_[i];
  }

  // Pointer to the value, or nullptr.
  const V* Find(uint64_t key) const {
    size_t i = Slot(key);
    while (keys_[i] != 0) {
      if (keys_[i] == key) return &values_[i];
      i = (i + 1) & (keys_.size() - 1);
    }
    return nullptr;
  }

  size_t size() const { return size_; }

  template <typename Fn>
  void ForEach(Fn&& fn) const {
    for (size_t i = 0; i < keys_.size(); ++i) {
      if (keys_[i] != 0) fn(keys_[i], values_[i]);
    }
  }

 private:
  size_t Slot(uint64_t key) const { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift_); }

  void Grow() {
    std::vector<uint64_t> old_keys;
    std::vector<V> old_values;
    old_keys.swap(keys_);
    old_values.swap(values_);
    Reset(old_keys.size());
    for (size_t i = 0; i < old_keys.size(); ++i) {
      if (old_keys[i] != 0) (*this)[old_keys[i]] = old_values[i];
    }
  }

  std::vector<uint64_t> keys_;
  std::vector<V> values_;
  int shift_ = 60;
  size_t size_ = 0;
};

}  // namespace parallax::cluster

#endif  // PARALLAX_CLUSTER_TERM_TABLE_H_
