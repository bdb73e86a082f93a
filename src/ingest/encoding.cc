#include "ingest/encoding.h"

#include <algorithm>
#include <cctype>

#include "core/charset.h"
#include "core/unicode.h"

namespace parallax::ingest {

namespace {

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string Upper(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::toupper(c); });
  return out;
}

bool HasValidMultibyte(std::string_view valid_prefix) {
  for (char c : valid_prefix) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

DecodedText Finish(std::string text, std::string encoding) {
  return DecodedText{core::NormalizeNfc(text), std::move(encoding)};
}

}  // namespace

Result<DecodedText> DecodeToUtf8(std::string_view bytes, std::string_view declared) {
  if (StartsWith(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  else if (StartsWith(bytes, "\xFF\xFE") || StartsWith(bytes, "\xFE\xFF")) {
    const char* cs = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    auto r = core::ConvertToUtf8(bytes.substr(2), cs);
    if (!r.ok()) return r.status();
    return Finish(std::move(*r), cs);
  }
  size_t bad = core::FirstInvalidUtf8(bytes);
  if (bad == bytes.size()) return Finish(std::string(bytes), "UTF-8");

  std::string declared_up = Upper(declared);
  if (!declared.empty() && declared_up != "UTF-8" && declared_up != "UTF8") {
    auto r = core::ConvertToUtf8(bytes, std::string(declared));
    if (r.ok()) return Finish(std::move(*r), std::string(declared));
  }
  // Text that already holds well-formed multi-byte UTF-8 is UTF-8 with damage,
  // not a legacy encoding: legacy text almost never forms valid sequences.
  if (HasValidMultibyte(bytes.substr(0, bad))) {
    return Status::InvalidArgument("invalid UTF-8 at byte " + std::to_string(bad));
  }
  std::string guess = core::DetectCharset(bytes);
  std::string guess_up = Upper(guess);
  if (!guess.empty() && guess_up != "UTF-8" && guess_up != "ASCII") {
    auto r = core::ConvertToUtf8(bytes, guess);
    if (r.ok()) return Finish(std::move(*r), guess);
  }
  return Status::InvalidArgument("invalid UTF-8 at byte " + std::to_string(bad) +
                                 " and no other character encoding recognised");
}

}  // namespace parallax::ingest
