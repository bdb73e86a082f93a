// Story word types and the thread's cache of word features; see
// story_words.h for why.
#include "synth/story_words.h"

#include <algorithm>
#include <deque>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "cluster/text_features.h"
#include "core/ascii.h"
#include "synth/framing.h"
#include "synth/open_slots.h"

namespace parallax::synth {

namespace {

// Words a thread's cache holds before it starts a fresh generation (~150
// bytes each): news vocabulary is long-tailed, and the common words return
// to a fresh cache within a few stories.
constexpr size_t kMaxCachedWords = 1 << 17;

bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return core::IsAsciiDigit(c); });
}

std::string NumberOf(std::string_view tok) {
  std::string n;
  for (char ch : tok) if (core::IsAsciiDigit(ch) || ch == '.') n.push_back(ch);
  while (!n.empty() && n.back() == '.') n.pop_back();
  return n;
}

}  // namespace

WordFeatures DeriveWordFeatures(std::string_view text) {
  WordFeatures f;
  f.lower = core::AsciiLowered(text);
  const std::string& lower = f.lower;
  const bool opens_word = !text.empty() && (core::IsAsciiAlnum(text[0]) || static_cast<unsigned char>(text[0]) >= 0x80);
  if (opens_word && !cluster::IsStopWord(lower)) {
    std::string stem = cluster::StemWord(lower);
    f.timeline_term = cluster::HashTerm(stem);
    f.content = lower.size() >= 2 && core::IsAsciiAlnum(lower[0]);
    if (f.content) f.stem = std::move(stem);
  }
  if (HasDigit(text)) f.number = NumberOf(text);
  f.framing_word = FramingWord(text);
  return f;
}

struct StoryWords::Generation {
  // Open addressing (linear probing, power-of-two capacity, at most half
  // full) with each word's hash beside its slot: a lookup touches one slot
  // and, when the hashes agree, one entry. A node-based unordered_map of the
  // same ~100k words cost a division and two or three cache misses per
  // lookup, the largest share of building a story's word types.
  using Entry = std::pair<std::string, WordFeatures>;
  struct Slot {
    uint64_t hash = 0;
    Entry* entry = nullptr;  // nullptr: empty
  };
  // A deque: an entry's address is stable while the generation lives.
  std::deque<Entry> entries;
  std::vector<Slot> slots = std::vector<Slot>(1 << 12);

  size_t size() const { return entries.size(); }

  const WordFeatures* Find(std::string_view text) {
    const uint64_t hash = XXH3_64bits(text.data(), text.size());
    const size_t mask = slots.size() - 1;
    size_t i = hash & mask;
    for (;; i = (i + 1) & mask) {
      const Slot& slot = slots[i];
      if (slot.entry == nullptr) break;
      if (slot.hash == hash && slot.entry->first == text) return &slot.entry->second;
    }
    Entry& added = entries.emplace_back(std::string(text), DeriveWordFeatures(text));
    slots[i] = {hash, &added};
    const WordFeatures* out = &added.second;
    if (entries.size() * 2 > slots.size()) Grow();
    return out;
  }

  void Grow() {
    GrowOpenSlots(&slots, [](const Slot& s) { return s.entry == nullptr; });
  }

  // The calling thread's current generation, fresh when the last one is full.
  static std::shared_ptr<Generation> ForThisThread() {
    thread_local std::shared_ptr<Generation> current;
    if (!current || current->size() >= kMaxCachedWords) current = std::make_shared<Generation>();
    return current;
  }
};

StoryWords::StoryWords(std::span<const Article* const> articles) : generation_(Generation::ForThisThread()) {
  types_.resize(articles.size());
  for (size_t i = 0; i < articles.size(); ++i) {
    const Article& a = *articles[i];
    std::vector<uint32_t>& types = types_[i];
    types.resize(a.tokens.size());
    for (size_t t = 0; t < a.tokens.size(); ++t) {
      const std::string_view text = a.tokens[t].span.Of(a.body);
      bool fresh = false;
      types[t] = table_.Intern(text, &fresh);
      if (fresh) features_.push_back(generation_->Find(text));
    }
  }
}

}  // namespace parallax::synth
