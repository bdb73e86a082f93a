// Fuzzes the memory search index's file reader (MemoryIndex::Decode,
// docs/formats/search_index.md). The input is taken as a file without its
// checksum and the right checksum is appended, so mutations reach the
// parser instead of stopping at the checksum (the raw bytes are decoded
// too). An index that decodes must encode to the very same bytes, report
// consistent counts and answer a query without crashing.
#include <xxhash.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "search/memory_index.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  parallax::search::MemoryIndex index;
  (void)index.Decode(bytes);
  const uint64_t sum = XXH64(bytes.data(), bytes.size(), 0);
  for (int i = 0; i < 8; ++i) bytes.push_back(static_cast<char>((sum >> (8 * i)) & 0xFF));
  if (!index.Decode(bytes).ok()) {
    if (index.Stats().articles != 0 || index.Stats().terms != 0) __builtin_trap();  // a failed decode leaves it empty
    return 0;
  }
  if (index.Encode() != bytes) __builtin_trap();
  auto stats = index.Stats();
  if (stats.articles > 0 && stats.last_seq <= 0) __builtin_trap();
  if (stats.postings < stats.terms) __builtin_trap();  // every term has a posting
  return 0;
}
