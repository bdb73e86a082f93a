// Fuzzes one reader (chosen at build time by PARALLAX_FUZZ_NAME, which also
// gives the file name the bytes pretend to come from) and the clean stage on
// everything it produces. Any crash, hang or sanitizer report is a bug; bad
// input must come back as a Status.
#include <cstddef>
#include <cstdint>
#include <string>

#include "ingest/reader.h"
#include "text/article_builder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  parallax::ingest::ReadOptions options;
  options.max_file_bytes = 1 << 20;
  options.max_record_bytes = 1 << 20;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  parallax::ingest::ReadBytes(std::move(bytes), PARALLAX_FUZZ_NAME, options,
                              [](parallax::Result<parallax::ingest::RawDocument> doc) {
                                if (doc.ok()) {
                                  auto a = parallax::text::BuildArticle(std::move(*doc));
                                  if (a.ok() && a->body.empty()) __builtin_trap();  // contract: a body exists
                                }
                                return true;
                              });
  return 0;
}
