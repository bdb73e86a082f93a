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
#endif
  for (; i < end; ++i) {
    if (s[i] == a || s[i] == b || s[i] == c) return i;
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
