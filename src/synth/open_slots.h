// Open-addressing slot arrays (internal to parallax_synth): the rehash
// shared by the story's token table (token_table.h) and the thread's word
// cache (story_words.cc), whose slots differ in what they hold.
//
// The tables probe linearly in a power-of-two array; a slot holds its key's
// 64-bit hash (`Slot::hash`) or what it is computed from, so growing reads
// no key text.
#ifndef PARALLAX_SYNTH_OPEN_SLOTS_H_
#define PARALLAX_SYNTH_OPEN_SLOTS_H_

#include <cstddef>
#include <vector>

namespace parallax::synth {

// Moves the occupied slots of `slots` (`is_empty(slot)` tells the free ones)
// into an array of twice the capacity, each at the first free slot from
// `hash_of(slot)` on. `slots` must hold a power of two of slots.
template <typename Slot, typename IsEmpty, typename HashOf>
void GrowOpenSlots(std::vector<Slot>* slots, const IsEmpty& is_empty, const HashOf& hash_of) {
  std::vector<Slot> old(slots->size() * 2);
  old.swap(*slots);
  const size_t mask = slots->size() - 1;
  for (const Slot& s : old) {
    if (is_empty(s)) continue;
    size_t i = hash_of(s) & mask;
    while (!is_empty((*slots)[i])) i = (i + 1) & mask;
    (*slots)[i] = s;
  }
}

// The same for slots that keep their key's hash (`Slot::hash`).
template <typename Slot, typename IsEmpty>
void GrowOpenSlots(std::vector<Slot>* slots, const IsEmpty& is_empty) {
  GrowOpenSlots(slots, is_empty, [](const Slot& s) { return s.hash; });
}

}  // namespace parallax::synth

#endif  // PARALLAX_SYNTH_OPEN_SLOTS_H_
