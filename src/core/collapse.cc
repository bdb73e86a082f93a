// core::AppendCollapsedFast: AppendCollapsed sixteen bytes at a time.
#include <cstring>

#include "core/ascii.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace parallax::core {

namespace {

// A block of sixteen bytes whose whitespace is lone plain spaces is already
// collapsed, so it is copied whole (lower-cased when kLower; its trailing
// space, if any, stays pending like any space before the next word); other
// blocks go byte by byte through AppendCollapsed's state machine.
template <bool kLower>
void Collapse(std::string_view s, std::string* out) {
  const size_t start = out->size();
  out->resize(start + s.size());
  char* const begin = out->data() + start;
  char* o = begin;
  bool space = false;  // a whitespace run after kept text, not yet written
  size_t i = 0;
  auto step = [&](char c) {
    const bool keep = !IsAsciiSpace(c);
    *o = ' ';
    o += space & keep;
    *o = kLower ? AsciiLower(c) : c;
    o += keep;
    space = !keep & (o > begin);
  };
#if defined(__SSE2__)
  const __m128i blank = _mm_set1_epi8(' '), low = _mm_set1_epi8(8), high = _mm_set1_epi8(14);
  const __m128i before_a = _mm_set1_epi8('A' - 1), after_z = _mm_set1_epi8('Z' + 1), case_bit = _mm_set1_epi8(0x20);
  for (; i + 16 <= s.size(); i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    __m128i blanks = _mm_cmpeq_epi8(v, blank);
    __m128i controls = _mm_and_si128(_mm_cmpgt_epi8(v, low), _mm_cmplt_epi8(v, high));  // \t \n \v \f \r
    unsigned ws = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(blanks, controls)));
    unsigned plain = static_cast<unsigned>(_mm_movemask_epi8(blanks));
    // Whole-block copy: only plain spaces, none next to another, and the
    // first byte continues no pending run and opens no leading one.
    bool whole = ws == plain && (ws & (ws << 1)) == 0 && !((ws & 1) && (space || o == begin));
    if (whole) {
      if (space) *o++ = ' ';
      const size_t n = 16 - (ws >> 15);  // a final space waits for the next word
      if (kLower) {
        // Signed compares: bytes from 0x80 on are negative, never in 'A'..'Z'.
        const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, before_a), _mm_cmplt_epi8(v, after_z));
        v = _mm_add_epi8(v, _mm_and_si128(upper, case_bit));
      }
      // All sixteen bytes are stored (the buffer has room: at most i bytes
      // were kept before byte i); only n of them count.
      _mm_storeu_si128(reinterpret_cast<__m128i*>(o), v);
      o += n;
      space = (ws >> 15) != 0;
      continue;
    }
    for (size_t k = i; k < i + 16; ++k) step(s[k]);
  }
#endif
  for (; i < s.size(); ++i) step(s[i]);
  out->resize(start + static_cast<size_t>(o - begin));
}

}  // namespace

void AppendCollapsedFast(std::string_view s, bool lower, std::string* out) {
  if (lower) Collapse<true>(s, out);
  else Collapse<false>(s, out);
}

}  // namespace parallax::core
