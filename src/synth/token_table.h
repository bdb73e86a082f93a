// TokenTable (internal to parallax_synth): the distinct token texts of one
// story, each given a dense id the first time it is seen.
//
// Every synthesis pass maps tokens to something derived from their text (a
// stem id, a stem hash, a framing word), and a story repeats its words: the
// passes look each token up in a table of the story's distinct texts and
// derive once per distinct text, in a vector indexed by the id. The lookup is
// the hot loop of those passes, so this is an open-addressing table (linear
// probing, power-of-two capacity, 64-bit hash kept beside each slot so that
// texts are compared only when their hashes agree) rather than a node-based
// std::unordered_map with one cache miss and one division per lookup.
//
// Keys are views: the texts must outlive the table (they point into the
// articles' bodies). Not thread-safe; one per story and pass.
#ifndef PARALLAX_SYNTH_TOKEN_TABLE_H_
#define PARALLAX_SYNTH_TOKEN_TABLE_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace parallax::synth {

class TokenTable {
 public:
  TokenTable();

  // The id of `text` (0, 1, 2, ... in order of first sight); `fresh` (if
  // given) tells whether this call added it.
  uint32_t Intern(std::string_view text, bool* fresh = nullptr);

  size_t size() const { return texts_.size(); }
  std::string_view text(uint32_t id) const { return texts_[id]; }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t id = kEmpty;
  };
  static constexpr uint32_t kEmpty = UINT32_MAX;
  void Grow();

  std::vector<Slot> slots_;  // capacity a power of two, at most half full
  std::vector<std::string_view> texts_;
};

}  // namespace parallax::synth

#endif  // PARALLAX_SYNTH_TOKEN_TABLE_H_
