// Token normalisation shared by the NER tagger, its trainer and the word
// cluster builder, so that a token looks the same to all three.
//
// News text arrives with typographic punctuation (curly quotes, dashes, NBSP)
// while CoNLL-2003 uses ASCII; NormalizeToken folds the former onto the latter.
// ClusterKey additionally folds digits to '0' (so "1996" and "2023" share a
// cluster entry). Lower() lowercases ASCII and the common Latin-1 letters;
// other code points pass through unchanged (good enough for feature keys).
//
// All functions are pure and thread-safe.
#ifndef PARALLAX_ANNOTATE_NER_NORMALIZE_H_
#define PARALLAX_ANNOTATE_NER_NORMALIZE_H_

#include <string>
#include <string_view>

namespace parallax::ner {

// Folds typographic quotes/dashes/spaces to ASCII; invalid UTF-8 bytes are kept.
std::string NormalizeToken(std::string_view token);

// NormalizeToken + every ASCII digit replaced by '0'.
std::string ClusterKey(std::string_view token);

// Lowercase (ASCII and U+00C0..U+00DE).
std::string Lower(std::string_view s);

// Capitalisation class of a token.
enum class Caps { kNone, kInitial, kAll, kMixed };
Caps CapsOf(std::string_view token);

}  // namespace parallax::ner

#endif  // PARALLAX_ANNOTATE_NER_NORMALIZE_H_
