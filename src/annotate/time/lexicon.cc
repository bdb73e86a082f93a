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

uint64_t Lexicon::HeadOf(std::string_view s) {
  uint64_t head = 0;
  for (size_t i = 0; i < s.size() && i < 8; ++i) head |= uint64_t{static_cast<unsigned char>(s[i])} << (8 * i);
  return head;
}

void Lexicon::Rebuild() {
  filter_.assign((size_t{1} << kFilterBits) / 64, 0);
  size_t size = 16;
  table_shift_ = 60;
  while (size < words_.size() * 4) {
    size *= 2;
    --table_shift_;
  }
  table_.assign(size, Slot{});
  for (const auto& [word, info] : words_) {
    const uint64_t head = HeadOf(word);
    const uint64_t h = HashOf(head, word.size());
    const uint64_t bit = h >> (64 - kFilterBits);
    filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
    size_t k = h >> table_shift_;
    while (table_[k].info != nullptr) k = (k + 1) & (size - 1);
    table_[k] = Slot{head, static_cast<uint32_t>(word.size()), word.data(), &info};
  }
}

const WordInfo* Lexicon::Probe(std::string_view lower, uint64_t head, uint64_t hash) const {
  const size_t mask = table_.size() - 1;
  for (size_t k = hash >> table_shift_;; k = (k + 1) & mask) {
    const Slot& slot = table_[k];
    if (slot.info == nullptr) return nullptr;
    if (slot.head == head && slot.size == lower.size() &&
        (lower.size() <= 8 || SameBytes(std::string_view(slot.key + 8, lower.size() - 8), lower.substr(8)))) {
      return slot.info;
    }
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
