#include "parallax/article.h"

#include <xxhash.h>

#include "core/ascii.h"
#include "core/unicode.h"

#include <cstdio>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace parallax {

namespace {

// core::AppendCollapsed(s, /*lower=*/false, out), faster on news text: a
// block of sixteen bytes whose whitespace is lone plain spaces is already
// collapsed, so it is copied whole (its trailing space, if any, stays
// pending like any space before the next word); other blocks go byte by
// byte through the same state machine as AppendCollapsed.
void AppendCollapsedText(std::string_view s, std::string* out) {
  const size_t start = out->size();
  out->resize(start + s.size());
  char* const begin = out->data() + start;
  char* o = begin;
  bool space = false;  // a whitespace run after kept text, not yet written
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i blank = _mm_set1_epi8(' '), low = _mm_set1_epi8(8), high = _mm_set1_epi8(14);
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
      std::memcpy(o, s.data() + i, n);
      o += n;
      space = (ws >> 15) != 0;
      continue;
    }
    for (size_t k = i; k < i + 16; ++k) {
      const char c = s[k];
      const bool keep = !core::IsAsciiSpace(c);
      *o = ' ';
      o += space & keep;
      *o = c;
      o += keep;
      space = !keep & (o > begin);
    }
  }
#endif
  for (; i < s.size(); ++i) {
    const char c = s[i];
    const bool keep = !core::IsAsciiSpace(c);
    *o = ' ';
    o += space & keep;
    *o = c;
    o += keep;
    space = !keep & (o > begin);
  }
  out->resize(start + static_cast<size_t>(o - begin));
}

}  // namespace

const char* MetaSourceName(MetaSource source) {
  switch (source) {
    case MetaSource::kNone: return "none";
    case MetaSource::kHeader: return "header";
    case MetaSource::kMetadata: return "metadata";
    case MetaSource::kText: return "text";
    case MetaSource::kInferred: return "inferred";
  }
  return "none";
}

std::string PublishedTime::Date() const {
  if (precision < Precision::kDay || value.size() < 10) return "";
  return value.substr(0, 10);
}

std::string ComputeArticleId(std::string_view body, std::string_view outlet) {
  // Runs of non-space bytes joined by single spaces, so that re-wrapped
  // copies of the same text hash alike; built in a reused buffer and hashed
  // in one call.
  thread_local std::string norm;
  norm.clear();
  AppendCollapsedText(body, &norm);
  norm.push_back('\x1f');
  for (char c : outlet) norm.push_back(core::AsciiLower(c));
  XXH64_hash_t h = XXH64(norm.data(), norm.size(), 0);
  char buf[17];
  std::snprintf(buf, sizeof(buf), "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace parallax
