// Character-set primitives shared by the readers: uchardet's guess and ICU
// conversion to UTF-8. Policy (which charset to trust when) lives with the
// callers: ingest/encoding.h for text, JSON and WARC bodies;
// ingest/html/html_extract.h (DecodeHtmlToUtf8) for HTML pages.
// Thread-safe.
#ifndef PARALLAX_CORE_CHARSET_H_
#define PARALLAX_CORE_CHARSET_H_

#include <string>
#include <string_view>

#include "parallax/status.h"

namespace parallax::core {

// uchardet's guess from the first 256 KiB, lower-cased ("windows-1252",
// "utf-8", "ascii", ...), or "" when it has none.
std::string DetectCharset(std::string_view bytes);

// Converts `bytes` from `charset` to valid UTF-8 (bytes the charset cannot
// map become U+FFFD). kUnsupported when ICU does not know the charset.
Result<std::string> ConvertToUtf8(std::string_view bytes, const std::string& charset);

}  // namespace parallax::core

#endif  // PARALLAX_CORE_CHARSET_H_
