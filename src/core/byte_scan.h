// Finding the next of a few marker bytes in long text, sixteen bytes at a
// time where SSE2 is available. Prose rarely holds the markers, so a scan
// that jumps between them reads most bytes in blocks.
#ifndef PARALLAX_CORE_BYTE_SCAN_H_
#define PARALLAX_CORE_BYTE_SCAN_H_

#include <cstddef>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace parallax::core {

// The first i in [from, end) where s[i] is a, b or c, or `end`. Requires
// end <= s.size(). Pass a byte twice to look for two.
inline size_t FindAnyOf3(std::string_view s, size_t from, size_t end, char a, char b, char c) {
  size_t i = from;
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b), vc = _mm_set1_epi8(c);
  for (; i + 16 <= end; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)), _mm_cmpeq_epi8(v, vc));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(mask));
  }
  // The last bytes: one block ending at `end`, its bytes before i (already
  // looked at) masked off.
  if (i < end && end - from >= 16) {
    const size_t j = end - 16;
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + j));
    const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)), _mm_cmpeq_epi8(v, vc));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hit)) & (0xFFFFu << (i - j));
    return mask != 0 ? j + static_cast<size_t>(__builtin_ctz(mask)) : end;
  }
#endif
  for (; i < end; ++i) {
    if (s[i] == a || s[i] == b || s[i] == c) return i;
  }
  return end;
}

// The first i in [from, end) where s[i] is an ASCII capital letter or digit
// or a byte from 0x80 on, or `end`: where a name may start in prose.
// Requires end <= s.size().
inline size_t FindCapitalDigitOrHigh(std::string_view s, size_t from, size_t end) {
  size_t i = from;
#if defined(__SSE2__)
  // Signed compares: bytes from 0x80 on are negative, in neither range, and
  // found by their sign bit.
  const __m128i before_a = _mm_set1_epi8('A' - 1), after_z = _mm_set1_epi8('Z' + 1);
  const __m128i before_0 = _mm_set1_epi8('0' - 1), after_9 = _mm_set1_epi8('9' + 1);
  for (; i + 16 <= end; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, before_a), _mm_cmplt_epi8(v, after_z));
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, before_0), _mm_cmplt_epi8(v, after_9));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(upper, digit), v)));
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(mask));
  }
  if (i < end && end - from >= 16) {  // the last bytes, as in FindAnyOf3
    const size_t j = end - 16;
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + j));
    const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, before_a), _mm_cmplt_epi8(v, after_z));
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, before_0), _mm_cmplt_epi8(v, after_9));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(upper, digit), v))) &
                          (0xFFFFu << (i - j));
    return mask != 0 ? j + static_cast<size_t>(__builtin_ctz(mask)) : end;
  }
#endif
  for (; i < end; ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80) return i;
  }
  return end;
}

// The first i >= from where `needle` (at least two bytes) occurs in `s`, or
// npos. Sixteen candidate starts at a time where SSE2 is available: a start
// is checked in full only when the needle's first and last bytes both match
// there, which in prose is rare even for common letters.
inline size_t FindSubstring(std::string_view s, std::string_view needle, size_t from) {
  const size_t n = needle.size();
  if (from > s.size() || s.size() - from < n || n < 2) {
    return n == 0 || n == 1 ? s.find(needle, from) : std::string_view::npos;
  }
  const size_t last_start = s.size() - n;
  size_t i = from;
#if defined(__SSE2__)
  const __m128i first = _mm_set1_epi8(needle[0]), last = _mm_set1_epi8(needle[n - 1]);
  for (; i + 15 <= last_start; i += 16) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i + n - 1));
    unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last))));
    while (mask != 0) {
      const size_t at = i + static_cast<size_t>(__builtin_ctz(mask));
      if (std::memcmp(s.data() + at + 1, needle.data() + 1, n - 2) == 0) return at;
      mask &= mask - 1;
    }
  }
  // The last starts: one block of them ending at last_start, those before
  // i (already looked at) masked off.
  if (i <= last_start && last_start - from >= 15) {
    const size_t j = last_start - 15;
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + j));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + j + n - 1));
    unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last)))) &
                    (0xFFFFu << (i - j));
    while (mask != 0) {
      const size_t at = j + static_cast<size_t>(__builtin_ctz(mask));
      if (std::memcmp(s.data() + at + 1, needle.data() + 1, n - 2) == 0) return at;
      mask &= mask - 1;
    }
    return std::string_view::npos;
  }
#endif
  for (; i <= last_start; ++i) {
    if (s[i] == needle[0] && s[i + n - 1] == needle[n - 1] && std::memcmp(s.data() + i + 1, needle.data() + 1, n - 2) == 0) {
      return i;
    }
  }
  return std::string_view::npos;
}

}  // namespace parallax::core

#endif  // PARALLAX_CORE_BYTE_SCAN_H_
