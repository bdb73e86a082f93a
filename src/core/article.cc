#include "parallax/article.h"

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
  // Runs of non-space bytes joined by single spaces, so that re-wrapped
  // copies of the same text hash alike; built in a reused buffer and hashed
  // in one call.
  thread_local std::string norm;
  norm.clear();
  core::AppendCollapsedFast(body, /*lower=*/false, &norm);
  norm.push_back('\x1f');
  for (char c : outlet) norm.push_back(core::AsciiLower(c));
  XXH64_hash_t h = XXH64(norm.data(), norm.size(), 0);
  char buf[17];
  std::snprintf(buf, sizeof(buf), "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace parallax
