// FlatIndex: an open-addressing hash table from 64-bit keys (already hashes)
// to 32-bit values, used for every lookup table of the NER model (features,
// word clusters, capitalisation statistics, gazetteer phrases).
//
// Linear probing over a power-of-two array of (key, value) pairs kept at most
// half full, so a lookup is one or two cache lines. Key 0 marks an empty slot;
// callers never see this because Fix() maps key 0 to 1. Not thread-safe for
// writes; concurrent Find() on a table nobody writes is safe.
#ifndef PARALLAX_ANNOTATE_NER_FLAT_INDEX_H_
#define PARALLAX_ANNOTATE_NER_FLAT_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/huge_pages.h"

namespace parallax::ner {

class FlatIndex {
 public:
  static constexpr uint32_t kMissing = UINT32_MAX;

  explicit FlatIndex(size_t expected = 16) { Rehash(Capacity(expected)); }

  size_t size() const { return size_; }

  uint32_t Find(uint64_t key) const {
    key = Fix(key);
    size_t mask = slots_.size() - 1;
    for (size_t i = Start(key) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.key == key) return s.value;
      if (s.key == 0) return kMissing;
    }
  }

  // Issues a prefetch for the slot where key's probe starts (a hint only).
  void Prefetch(uint64_t key) const {
    __builtin_prefetch(&slots_[Start(Fix(key)) & (slots_.size() - 1)]);
  }

  // Inserts key -> value unless present; returns the stored value.
  uint32_t Insert(uint64_t key, uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) Rehash(slots_.size() * 2);
    key = Fix(key);
    size_t mask = slots_.size() - 1;
    for (size_t i = Start(key) & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.key == key) return s.value;
      if (s.key == 0) {
        s.key = key;
        s.value = value;
        ++size_;
        return value;
      }
    }
  }

  // Visits every (key, value); order unspecified.
  template <typename F>
  void ForEach(F f) const {
    for (const Slot& s : slots_)
      if (s.key != 0) f(s.key, s.value);
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = 0;
  };
  static uint64_t Fix(uint64_t key) { return key == 0 ? 1 : key; }
  static size_t Start(uint64_t key) { return static_cast<size_t>(key ^ (key >> 29)); }
  static size_t Capacity(size_t n) {
    size_t c = 16;
    while (c < 2 * n + 2) c <<= 1;
    return c;
  }
  void Rehash(size_t capacity) {
    core::LargeVector<Slot> old;
    old.swap(slots_);
    slots_.assign(capacity, Slot{});
    size_ = 0;
    for (const Slot& s : old)
      if (s.key != 0) Insert(s.key, s.value);
  }

  core::LargeVector<Slot> slots_;
  size_t size_ = 0;
};

// 64-bit hash of bytes (xxh3).
uint64_t HashBytes(const void* data, size_t n);
inline uint64_t Mix(uint64_t a, uint64_t b) {
  uint64_t h = (a ^ (b + 0x9E3779B97F4A7C15ull + (a << 6) + (a >> 2))) * 0xFF51AFD7ED558CCDull;
  return h ^ (h >> 32);
}

}  // namespace parallax::ner

#endif  // PARALLAX_ANNOTATE_NER_FLAT_INDEX_H_
