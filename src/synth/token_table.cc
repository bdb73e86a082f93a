// Open-addressing string-view table; see token_table.h for why.
#include "synth/token_table.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "synth/open_slots.h"

namespace parallax::synth {

TokenTable::TokenTable() : slots_(1024) {}

uint64_t TokenTable::LongHash(std::string_view text) { return XXH3_64bits(text.data(), text.size()); }

uint32_t TokenTable::Add(std::string_view text, const Slot& key, size_t i, bool* fresh) {
  const uint32_t id = static_cast<uint32_t>(texts_.size());
  slots_[i] = key;
  slots_[i].id = id;
  texts_.push_back(text);
  if (fresh) *fresh = true;
  if (texts_.size() * 2 > slots_.size()) Grow();
  return id;
}

void TokenTable::Grow() {
  GrowOpenSlots(&slots_, [](const Slot& s) { return s.id == kEmpty; }, HashOf);
}

}  // namespace parallax::synth
