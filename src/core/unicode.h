// Unicode helpers shared by every stage: UTF-8 validation and decoding, NFC
// normalization (ICU), and simple character classes on code points.
//
// All functions are pure and thread-safe.
#ifndef PARALLAX_CORE_UNICODE_H_
#define PARALLAX_CORE_UNICODE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace parallax::core {

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool IsValidUtf8(std::string_view s);

// Byte offset of the first invalid sequence, or s.size() when valid.
size_t FirstInvalidUtf8(std::string_view s);

// Replaces each invalid sequence with U+FFFD.
std::string RepairUtf8(std::string_view s);

// Decodes the code point at s[*pos] and advances *pos past it. Invalid bytes
// decode as U+FFFD and advance by one byte. Requires *pos < s.size().
char32_t DecodeUtf8(std::string_view s, size_t* pos);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);

// `s` itself when it fits in `max_bytes`; otherwise its longest prefix of at
// most `max_bytes` that ends on a UTF-8 character boundary, followed by "...".
std::string ShortenUtf8(std::string_view s, size_t max_bytes);

// NFC-normalizes valid UTF-8. Input must be valid UTF-8; on ICU failure the
// input is returned unchanged.
std::string NormalizeNfc(std::string_view s);

// *s = NormalizeNfc(*s), without a copy when `s` is already NFC (pure ASCII
// is found eight bytes at a time).
void NormalizeNfcInPlace(std::string* s);

// Unicode general-category tests (ICU u_* wrappers).
bool IsLetter(char32_t cp);
bool IsUpper(char32_t cp);
bool IsDigit(char32_t cp);
bool IsSpace(char32_t cp);   // White_Space, incl. NBSP and U+2028/2029
bool IsPunct(char32_t cp);

}  // namespace parallax::core

#endif  // PARALLAX_CORE_UNICODE_H_
