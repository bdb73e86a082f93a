// core::AppendCollapsedFast and core::NextSpaceRun: sixteen bytes at a time.
#include <cstring>

#include "core/ascii.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace parallax::core {

namespace {

// Appends s[begin, end) to `o`, ASCII capitals lower-cased when kLower.
template <bool kLower>
char* CopyRun(std::string_view s, size_t begin, size_t end, char* o) {
  if (!kLower) {
    std::memcpy(o, s.data() + begin, end - begin);
    return o + (end - begin);
  }
  size_t i = begin;
#if defined(__SSE2__)
  const __m128i before_a = _mm_set1_epi8('A' - 1), after_z = _mm_set1_epi8('Z' + 1), case_bit = _mm_set1_epi8(0x20);
  for (; i + 16 <= end; i += 16, o += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    // Signed compares: bytes from 0x80 on are negative, never in 'A'..'Z'.
    const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, before_a), _mm_cmplt_epi8(v, after_z));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(o), _mm_add_epi8(v, _mm_and_si128(upper, case_bit)));
  }
#endif
  for (; i < end; ++i) *o++ = AsciiLower(s[i]);
  return o;
}

// The stretches between whitespace runs other than a lone space are
// already collapsed: they are copied whole, each run becomes one space.
template <bool kLower>
void Collapse(std::string_view s, std::string* out) {
  const size_t start = out->size();
  out->resize(start + s.size());  // the collapsed text is never longer
  char* const begin = out->data() + start;
  char* o = begin;
  const size_t n = s.size();
  size_t pos = 0;
  while (pos < n && IsAsciiSpace(s[pos])) ++pos;
  while (pos < n) {
    const size_t run = NextSpaceRun(s, pos);
    o = CopyRun<kLower>(s, pos, run, o);
    pos = run;
    while (pos < n && IsAsciiSpace(s[pos])) ++pos;
    if (pos < n) *o++ = ' ';
  }
  out->resize(start + static_cast<size_t>(o - begin));
}

}  // namespace

size_t NextSpaceRun(std::string_view s, size_t from) {
  const size_t n = s.size();
  size_t i = from;
#if defined(__SSE2__)
  const __m128i blank = _mm_set1_epi8(' '), low = _mm_set1_epi8(8), high = _mm_set1_epi8(14);
  unsigned carry = 0;  // the last block ended with whitespace
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i controls = _mm_and_si128(_mm_cmpgt_epi8(v, low), _mm_cmplt_epi8(v, high));  // \t \n \v \f \r
    const unsigned control = static_cast<unsigned>(_mm_movemask_epi8(controls));
    const unsigned space = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, blank), controls)));
    if (carry & space) return i - 1;  // a space ending the last block, whitespace after it
    // Whitespace followed by whitespace inside the block (the last byte's
    // follower is the next block's first).
    const unsigned mask = control | (space & (space >> 1));
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(mask));
    carry = space >> 15;
  }
  if (carry != 0 && (i == n || IsAsciiSpace(s[i]))) return i - 1;
#endif
  for (; i < n; ++i) {
    const char c = s[i];
    if (!IsAsciiSpace(c)) continue;
    if (c != ' ' || i + 1 == n || IsAsciiSpace(s[i + 1])) return i;
  }
  return n;
}

void AppendCollapsedFast(std::string_view s, bool lower, std::string* out) {
  if (lower) Collapse<true>(s, out);
  else Collapse<false>(s, out);
}

}  // namespace parallax::core
