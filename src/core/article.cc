#include "parallax/article.h"

// The streaming state on the stack (its layout is part of this xxHash version's ABI).
#define XXH_STATIC_LINKING_ONLY
#include <xxhash.h>


#include "core/ascii.h"
#include "core/unicode.h"

#include <cstdio>
#include <cstring>

namespace parallax {

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
  // The hash of the runs of non-space bytes joined by single spaces, so that
  // re-wrapped copies of the same text hash alike, then 0x1F and the
  // lower-cased outlet. The joined text is not built: the stretches between
  // whitespace runs other than a lone space are already in that form and go
  // to the hash as they are, each such run as one space (none at either end).
  XXH64_state_t state;
  XXH64_reset(&state, 0);
  const size_t n = body.size();
  size_t pos = 0;
  while (pos < n && core::IsAsciiSpace(body[pos])) ++pos;
  while (pos < n) {
    const size_t run = core::NextSpaceRun(body, pos);
    XXH64_update(&state, body.data() + pos, run - pos);
    pos = run;
    while (pos < n && core::IsAsciiSpace(body[pos])) ++pos;
    if (pos < n) XXH64_update(&state, " ", 1);
  }
  std::string tail(1, '\x1f');
  for (char c : outlet) tail.push_back(core::AsciiLower(c));
  XXH64_update(&state, tail.data(), tail.size());
  const XXH64_hash_t h = XXH64_digest(&state);
  char buf[17];
  std::snprintf(buf, sizeof(buf), "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace parallax
