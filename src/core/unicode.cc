#include "core/unicode.h"

#include <cstring>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace parallax::core {

namespace {
// Length of the valid sequence starting at s[i], or 0 when invalid.
size_t ValidSequenceLength(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  unsigned char c = p[i];
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) {
    return (i + 1 < n && (p[i + 1] & 0xC0) == 0x80) ? 2 : 0;
  }
  if (c >= 0xE0 && c <= 0xEF) {
    if (i + 2 >= n) return 0;
    unsigned char c1 = p[i + 1];
    if ((c1 & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && c1 < 0xA0) return 0;   // overlong
    if (c == 0xED && c1 >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (i + 3 >= n) return 0;
    unsigned char c1 = p[i + 1];
    if ((c1 & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80 || (p[i + 3] & 0xC0) != 0x80) return 0;
    if (c == 0xF0 && c1 < 0x90) return 0;   // overlong
    if (c == 0xF4 && c1 >= 0x90) return 0;  // > U+10FFFF
    return 4;
  }
  return 0;
}
}  // namespace

size_t FirstInvalidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    // Fast path over ASCII.
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t len = ValidSequenceLength(s, i);
    if (len == 0) return i;
    i += len;
  }
  return s.size();
}

bool IsValidUtf8(std::string_view s) { return FirstInvalidUtf8(s) == s.size(); }

std::string RepairUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    size_t len = ValidSequenceLength(s, i);
    if (len == 0) {
      out.append("\xEF\xBF\xBD");
      ++i;
    } else {
      out.append(s.substr(i, len));
      i += len;
    }
  }
  return out;
}

char32_t DecodeUtf8(std::string_view s, size_t* pos) {
  size_t i = *pos;
  size_t len = ValidSequenceLength(s, i);
  if (len == 0) {
    *pos = i + 1;
    return 0xFFFD;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  *pos = i + len;
  switch (len) {
    case 1: return p[0];
    case 2: return ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    case 3: return ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    default:
      return ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
  }
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

namespace {

bool IsAscii(std::string_view s) {
  size_t i = 0;
  uint64_t high = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    high |= w;
  }
  for (; i < s.size(); ++i) high |= static_cast<unsigned char>(s[i]);
  return (high & 0x8080808080808080ull) == 0;
}

// Whether every character of `s` is ASCII, Latin-1 (U+00A0..U+00FF) or
// general punctuation (U+2010..U+205E: dashes, quotes, ellipsis), each
// well-formed UTF-8. Every such character has NFC quick-check Yes and
// combining class 0, so the text is NFC (unicode_test compares it with ICU
// over the whole range): news text mostly is, and ICU's check costs ~50x
// more per string.
bool IsNfcByRange(std::string_view s) {
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    if (i + 8 <= n) {  // ASCII eight bytes at a time
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if ((w & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    const unsigned char b1 = i + 1 < n ? static_cast<unsigned char>(s[i + 1]) : 0;
    if ((c == 0xC2 && b1 >= 0xA0 && b1 <= 0xBF) || (c == 0xC3 && b1 >= 0x80 && b1 <= 0xBF)) {
      i += 2;
      continue;
    }
    const unsigned char b2 = i + 2 < n ? static_cast<unsigned char>(s[i + 2]) : 0;
    if (c == 0xE2 && b2 >= 0x80 && b2 <= 0xBF && ((b1 == 0x80 && b2 >= 0x90) || (b1 == 0x81 && b2 <= 0x9E))) {
      i += 3;
      continue;
    }
    return false;
  }
  return true;
}

// Whether `s` needs NFC normalization: false for pure ASCII (always NFC),
// for text ICU finds normalized on its UTF-8 bytes, and when ICU fails.
bool NeedsNfc(std::string_view s, const icu::Normalizer2** nfc) {
  UErrorCode err = U_ZERO_ERROR;
  *nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return false;
  // Most news text is already NFC (and pure ASCII is always NFC): skip the copy.
  if (IsAscii(s) || IsNfcByRange(s)) return false;
  // Checking on the UTF-8 bytes avoids a UTF-16 copy in the common, normalized case.
  return !((*nfc)->isNormalizedUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), err) &&
           U_SUCCESS(err));
}

// NFC of `s`, or `s` itself on ICU failure.
std::string Normalized(std::string_view s, const icu::Normalizer2* nfc) {
  UErrorCode err = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  icu::UnicodeString n = nfc->normalize(u, err);
  if (U_FAILURE(err)) return std::string(s);
  std::string out;
  n.toUTF8String(out);
  return out;
}

}  // namespace

std::string NormalizeNfc(std::string_view s) {
  const icu::Normalizer2* nfc = nullptr;
  if (!NeedsNfc(s, &nfc)) return std::string(s);
  return Normalized(s, nfc);
}

void NormalizeNfcInPlace(std::string* s) {
  const icu::Normalizer2* nfc = nullptr;
  if (NeedsNfc(*s, &nfc)) *s = Normalized(*s, nfc);
}

bool IsLetter(char32_t cp) { return u_isalpha(static_cast<UChar32>(cp)); }
bool IsUpper(char32_t cp) { return u_isupper(static_cast<UChar32>(cp)); }
bool IsDigit(char32_t cp) { return u_isdigit(static_cast<UChar32>(cp)); }
bool IsSpace(char32_t cp) { return u_isUWhiteSpace(static_cast<UChar32>(cp)); }
bool IsPunct(char32_t cp) { return u_ispunct(static_cast<UChar32>(cp)); }

std::string ShortenUtf8(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "...";
}

}  // namespace parallax::core
