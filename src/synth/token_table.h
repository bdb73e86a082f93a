// TokenTable (internal to parallax_synth): the distinct token texts of one
// story, each given a dense id the first time it is seen.
//
// Every synthesis pass maps tokens to something derived from their text (a
// stem id, a stem hash, a framing word), and a story repeats its words: the
// passes look each token up in a table of the story's distinct texts and
// derive once per distinct text, in a vector indexed by the id. The lookup is
// the hot loop of those passes, so this is an open-addressing table (linear
// probing, power-of-two capacity) rather than a node-based
// std::unordered_map with one cache miss and one division per lookup. A text
// of up to 16 bytes (nearly every token) is held in its slot as its length
// and two overlapping 8-byte words, which determine it: its hash is a few
// multiplications of those words, and it is compared with two integer
// compares, without reading the text it was first seen in. A longer text is
// hashed with XXH3 and compared byte by byte.
//
// Keys are views: the texts must outlive the table (they point into the
// articles' bodies). Not thread-safe; one per story and pass.
#ifndef PARALLAX_SYNTH_TOKEN_TABLE_H_
#define PARALLAX_SYNTH_TOKEN_TABLE_H_

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace parallax::synth {

class TokenTable {
 public:
  TokenTable();

  // The id of `text` (0, 1, 2, ... in order of first sight); `fresh` (if
  // given) tells whether this call added it. Inline: it runs once per token
  // of every article of a story.
  uint32_t Intern(std::string_view text, bool* fresh = nullptr) {
    const Slot key = KeyOf(text);
    const size_t mask = slots_.size() - 1;
    for (size_t i = HashOf(key) & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.id == kEmpty) return Add(text, key, i, fresh);
      if (slot.lo == key.lo && slot.hi == key.hi && slot.size == key.size &&
          (key.size <= 16 || texts_[slot.id] == text)) {
        if (fresh) *fresh = false;
        return slot.id;
      }
    }
  }

  size_t size() const { return texts_.size(); }
  std::string_view text(uint32_t id) const { return texts_[id]; }

 private:
  // A text's key: for up to 16 bytes, its size and two words that hold its
  // bytes (KeyOf) and so determine it; for more, `lo` is its XXH3 hash and
  // `hi` 0.
  struct Slot {
    uint64_t lo = 0, hi = 0;
    uint32_t size = 0;
    uint32_t id = kEmpty;
  };
  static constexpr uint32_t kEmpty = UINT32_MAX;

  // The bytes of a short text, read without going past it: 1-3 bytes as
  // the first, middle and last byte; 4-8 as the first and the last four
  // (overlapping below 8); 9-16 as the first and the last eight. With the
  // size, these cover every byte: two texts of one size with the same words
  // are the same text.
  static Slot KeyOf(std::string_view text) {
    Slot key;
    const size_t n = text.size();
    const char* p = text.data();
    key.size = static_cast<uint32_t>(n);
    if (n > 16) {
      key.lo = LongHash(text);
    } else if (n > 8) {
      key.lo = Load64(p);
      key.hi = Load64(p + n - 8);
    } else if (n >= 4) {
      key.lo = Load32(p) | Load32(p + n - 4) << 32;
    } else if (n > 0) {
      key.lo = static_cast<uint8_t>(p[0]) | static_cast<uint64_t>(static_cast<uint8_t>(p[n / 2])) << 8 |
               static_cast<uint64_t>(static_cast<uint8_t>(p[n - 1])) << 16;
    }
    return key;
  }
  // Mixes the key's words so that the low bits (the slot) depend on all of them.
  static uint64_t HashOf(const Slot& key) {
    uint64_t h = (key.lo ^ 0x9E3779B97F4A7C15ull) * 0xBF58476D1CE4E5B9ull;
    h ^= (key.hi + key.size) * 0x94D049BB133111EBull;
    h ^= h >> 31;
    h *= 0xD6E8FEB86659FD93ull;
    return h ^ (h >> 32);
  }
  static uint64_t Load64(const char* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  }
  static uint64_t Load32(const char* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
  }
  static uint64_t LongHash(std::string_view text);
  // Adds `text` (key `key`) at the empty slot `i`.
  uint32_t Add(std::string_view text, const Slot& key, size_t i, bool* fresh);
  void Grow();

  std::vector<Slot> slots_;  // capacity a power of two, at most half full
  std::vector<std::string_view> texts_;
};

}  // namespace parallax::synth

#endif  // PARALLAX_SYNTH_TOKEN_TABLE_H_
