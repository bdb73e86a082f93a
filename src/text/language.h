// Language identification (CLD2) for clean UTF-8 text.
#ifndef PARALLAX_TEXT_LANGUAGE_H_
#define PARALLAX_TEXT_LANGUAGE_H_

#include <string>
#include <string_view>

namespace parallax::text {

// ISO 639-1 code ("en", "de", "zh") of the main language of `text`, or "un"
// when unknown. Looks at most at the first 1 KiB (plenty for
// news prose, and it bounds the cost per article). Thread-safe.
std::string DetectLanguage(std::string_view text);

}  // namespace parallax::text

#endif  // PARALLAX_TEXT_LANGUAGE_H_
