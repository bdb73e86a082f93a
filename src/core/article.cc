#include "parallax/article.h"

#include <xxhash.h>

#include "core/ascii.h"

#include <cstdio>

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
  // Hash runs of non-space bytes joined by single spaces, so that re-wrapped
  // copies of the same text hash alike, without building the joined copy.
  XXH64_state_t* state = XXH64_createState();
  XXH64_reset(state, 0);
  size_t i = 0;
  bool first = true;
  while (i < body.size()) {
    while (i < body.size() && core::IsAsciiSpace(body[i])) ++i;
    size_t start = i;
    while (i < body.size() && !core::IsAsciiSpace(body[i])) ++i;
    if (i == start) break;
    if (!first) XXH64_update(state, " ", 1);
    XXH64_update(state, body.data() + start, i - start);
    first = false;
  }
  std::string tail = "\x1f";
  for (char c : outlet) tail.push_back(core::AsciiLower(c));
  XXH64_update(state, tail.data(), tail.size());
  XXH64_hash_t h = XXH64_digest(state);
  XXH64_freeState(state);
  char buf[17];
  std::snprintf(buf, sizeof(buf), "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace parallax
