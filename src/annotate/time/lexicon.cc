// Lexicon registry: maps a language code to its table-filling function and
// offers the lookup used by the recogniser (one hash probe per word).
#include "annotate/time/lexicon.h"

#include <cstring>

namespace parallax::time {

Result<std::unique_ptr<Lexicon>> Lexicon::ForLanguage(std::string_view language) {
  auto lexicon = std::make_unique<Lexicon>();
  if (language == "en") {
    FillEnglish(lexicon.get());
    return lexicon;
  }
  return Status::NotFound("time tagger: no resources for language '" + std::string(language) + "'");
}

const WordInfo* Lexicon::Find(std::string_view lower) const {
  auto it = words_.find(lower);
  return it == words_.end() ? nullptr : &it->second;
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
