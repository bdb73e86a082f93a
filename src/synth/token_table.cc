// Open-addressing string-view table; see token_table.h for why.
#include "synth/token_table.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "synth/open_slots.h"

namespace parallax::synth {

TokenTable::TokenTable() : slots_(1024) {}

uint32_t TokenTable::Intern(std::string_view text, bool* fresh) {
  const uint64_t hash = XXH3_64bits(text.data(), text.size());
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.id == kEmpty) {
      slot = {hash, static_cast<uint32_t>(texts_.size())};
      texts_.push_back(text);
      if (fresh) *fresh = true;
      const uint32_t id = slot.id;
      if (texts_.size() * 2 > slots_.size()) Grow();
      return id;
    }
    if (slot.hash == hash && texts_[slot.id] == text) {
      if (fresh) *fresh = false;
      return slot.id;
    }
  }
}

void TokenTable::Grow() {
  GrowOpenSlots(&slots_, [](const Slot& s) { return s.id == kEmpty; });
}

}  // namespace parallax::synth
