// Character encoding: detection (BOM, declared charset, uchardet) and
// conversion to UTF-8 (ICU), followed by NFC normalization.
//
// Thread-safe (uchardet handles are per call).
#ifndef PARALLAX_INGEST_ENCODING_H_
#define PARALLAX_INGEST_ENCODING_H_

#include <string>
#include <string_view>

#include "parallax/status.h"

namespace parallax::ingest {

struct DecodedText {
  std::string text;      // valid UTF-8, NFC
  std::string encoding;  // what the bytes were read as ("UTF-8", "windows-1252", ...)
};

// Decodes `bytes` to UTF-8. Policy, in order: a BOM wins; valid UTF-8 is taken
// as is; then `declared` (a charset named by the document itself, e.g. an
// HTML <meta charset>); then UTF-8 that is damaged after well-formed
// multi-byte sequences is rejected (legacy text almost never forms valid
// sequences, so this is broken UTF-8, not another encoding); then uchardet's
// guess. Rejections are kInvalidArgument naming the offset of the first bad
// byte.
Result<DecodedText> DecodeToUtf8(std::string_view bytes, std::string_view declared = "");

}  // namespace parallax::ingest

#endif  // PARALLAX_INGEST_ENCODING_H_
