// Input format detection by content (the extension only breaks ties).
#ifndef PARALLAX_INGEST_FORMAT_H_
#define PARALLAX_INGEST_FORMAT_H_

#include <string>
#include <string_view>

namespace parallax::ingest {

enum class Format { kText, kHtml, kJson, kJsonl, kWarc, kBinary };

const char* FormatName(Format f);

// Decides the format from the first bytes of the (decompressed) content.
// `head` should hold at least the first 4 KiB when the input is that long.
// Binary content (NUL bytes, known binary magic numbers, many control bytes)
// gives kBinary and *why names what it looks like ("PNG image").
Format DetectFormat(std::string_view head, std::string_view path, std::string* why);

}  // namespace parallax::ingest

#endif  // PARALLAX_INGEST_FORMAT_H_
