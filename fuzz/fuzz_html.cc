// Fuzz target for parallax_html: charset sniffing, decoding and extraction
// must never crash, hang or read out of bounds on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/html/html_extract.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  (void)parallax::ingest::SniffHtmlCharset(raw);
  auto utf8 = parallax::ingest::DecodeHtmlToUtf8(raw);
  if (utf8.ok()) (void)parallax::ingest::ExtractHtml(*utf8);
  // Also feed the raw bytes directly (invalid UTF-8 must be repaired).
  (void)parallax::ingest::ExtractHtml(raw);
  return 0;
}
