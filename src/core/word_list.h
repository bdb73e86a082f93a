// Membership of a word in a short word list written at the call site
// ("said", "told", ...). Header-only; the lists are the caller's (usually
// static arrays or braced lists), so these are thread-safe. Long tables
// belong in a hashed lexicon instead: this is a linear scan.
#ifndef PARALLAX_CORE_WORD_LIST_H_
#define PARALLAX_CORE_WORD_LIST_H_

#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace parallax::core {

// True when `word` equals some entry of `list` exactly (case-sensitive).
// Sizes and first bytes are compared before the bytes themselves, so a miss
// costs little even on per-token paths.
template <typename List>
bool InList(std::string_view word, const List& list) {
  for (std::string_view entry : list) {
    if (entry.size() == word.size() && (entry.empty() || entry[0] == word[0]) && entry == word) return true;
  }
  return false;
}
// The same for a braced list written at the call: InList(w, {"a", "b"}).
inline bool InList(std::string_view word, std::initializer_list<std::string_view> list) {
  return InList<std::initializer_list<std::string_view>>(word, list);
}

}  // namespace parallax::core

#endif  // PARALLAX_CORE_WORD_LIST_H_
