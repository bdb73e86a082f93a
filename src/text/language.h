// Language identification (CLD2) for clean UTF-8 text.
#ifndef PARALLAX_TEXT_LANGUAGE_H_
#define PARALLAX_TEXT_LANGUAGE_H_

#include <string>
#include <string_view>

namespace parallax::text {

// ISO 639-1 code ("en", "de", "zh") of the main language of `text`, or "un"
// when unknown. Looks at most at the first 1 KiB (plenty for
// news prose, and it bounds the cost per article). Thread-safe.
// Tries LooksEnglish first and asks CLD2 only when it fails.
std::string DetectLanguage(std::string_view text);

// True when the first 1 KiB of `text` is plainly English prose: enough plain
// ASCII words, a high share of English function words, several "the". Strict
// by design (a false "no" only costs a CLD2 call). Thread-safe.
bool LooksEnglish(std::string_view text);

// CLD2's answer on the same window, without the English shortcut (for
// measuring the shortcut against it). Thread-safe.
std::string DetectLanguageCld2(std::string_view text);

}  // namespace parallax::text

#endif  // PARALLAX_TEXT_LANGUAGE_H_
