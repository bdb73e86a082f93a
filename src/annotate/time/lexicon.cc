// Lexicon registry: maps a language code to its table-filling function and
// offers the lookup used by the recogniser (one hash probe per word).
#include "annotate/time/lexicon.h"

#include <cstring>

namespace parallax::time {
namespace {

// Equal-length keys are short words: a plain loop beats a memcmp call.
bool SameBytes(std::string_view a, std::string_view b) {
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

}  // namespace

Result<std::unique_ptr<Lexicon>> Lexicon::ForLanguage(std::string_view language) {
  auto lexicon = std::make_unique<Lexicon>();
  if (language == "en") {
    FillEnglish(lexicon.get());
    lexicon->Rebuild();
    return lexicon;
  }
  return Status::NotFound("time tagger: no resources for language '" + std::string(language) + "'");
}

uint32_t Lexicon::HashOf(std::string_view s) {
  const size_t n = s.size();
  if (n == 0) return 0;
  const auto at = [&](size_t i) { return static_cast<uint32_t>(static_cast<unsigned char>(s[i])); };
  const uint32_t ends = at(0) | at(n > 1 ? 1 : 0) << 8 | at(n - 1) << 16 | at(n > 1 ? n - 2 : 0) << 24;
  const uint32_t h = ends * 0x9E3779B1u ^ static_cast<uint32_t>(n) * 0x85EBCA77u;
  return h ^ (h >> 15);
}

void Lexicon::Rebuild() {
  shape_bits_.assign(16 * 32 * 32 / 64, 0);
  for (const auto& entry : words_) {
    if (entry.first.empty()) continue;
    const size_t shape = ShapeOf(entry.first);
    shape_bits_[shape / 64] |= uint64_t{1} << (shape % 64);
  }
  size_t size = 16;
  while (size < words_.size() * 4) size *= 2;
  table_.assign(size, Slot{});
  max_len_ = 0;
  for (const auto& [word, info] : words_) {
    const uint32_t h = HashOf(word);
    size_t k = h & (size - 1);
    while (table_[k].info != nullptr) k = (k + 1) & (size - 1);
    table_[k] = Slot{h, word, &info};
    if (word.size() > max_len_) max_len_ = word.size();
  }
}

const WordInfo* Lexicon::Probe(std::string_view lower) const {
  if (table_.empty()) return nullptr;
  const uint32_t h = HashOf(lower);
  const size_t mask = table_.size() - 1;
  for (size_t k = h & mask;; k = (k + 1) & mask) {
    const Slot& slot = table_[k];
    if (slot.info == nullptr) return nullptr;
    if (slot.hash == h && slot.key.size() == lower.size() && SameBytes(slot.key, lower)) return slot.info;
  }
}

WordInfo& Lexicon::Add(std::string_view word) { return words_[std::string(word)]; }

WordInfo* Lexicon::AddFlag(std::string_view word, uint32_t flag, int number, int rel, const char* code) {
  WordInfo& info = Add(word);
  info.flags |= flag;
  if (number != 0) info.number = number;
  if (rel != 0) info.rel = rel;
  if (code != nullptr) {
    std::strncpy(info.code, code, sizeof(info.code) - 1);
  }
  return &info;
}

}  // namespace parallax::time
