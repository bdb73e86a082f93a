// Fuzzes the store's layer decoders: damaged blobs must give kCorruption,
// and every decoded span must lie inside the text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "store/span_codec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view blob(reinterpret_cast<const char*>(data), size);
  const size_t text_size = 4096;
  std::vector<parallax::Paragraph> p;
  std::vector<parallax::Sentence> s;
  std::vector<parallax::Token> t;
  if (parallax::store::DecodeParagraphs(blob, text_size, &p).ok()) {
    for (const auto& x : p) if (x.span.end > text_size || x.span.begin > x.span.end) __builtin_trap();
  }
  if (parallax::store::DecodeSentences(blob, text_size, &s).ok()) {
    for (const auto& x : s) if (x.span.end > text_size || x.span.begin > x.span.end) __builtin_trap();
  }
  if (parallax::store::DecodeTokens(blob, text_size, &t).ok()) {
    for (const auto& x : t) if (x.span.end > text_size || x.span.begin > x.span.end) __builtin_trap();
  }
  return 0;
}
