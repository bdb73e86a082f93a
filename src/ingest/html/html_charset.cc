// Character-set handling for raw HTML bytes.
//
// Sniffing follows the spirit of the WHATWG "prescan" without its full state
// machine: a byte-order mark wins; otherwise the first 4 KiB are searched
// (ASCII case-insensitively) for <meta ... charset=NAME> or <meta
// http-equiv=content-type content="...; charset=NAME">. Decoding maps the
// labels browsers treat as windows-1252 (latin1, iso-8859-1, ascii) to it,
// verifies UTF-8 claims (many pages are mislabeled), asks uchardet when
// nothing reliable is declared, and converts with ICU's ucnv.

#include <cctype>
#include <memory>
#include <string>

#include "core/charset.h"
#include "core/unicode.h"
#include "ingest/html/html_dom.h"
#include "ingest/html/html_extract.h"

namespace parallax::ingest {

namespace {

bool IsLabelChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == ':';
}

// Label after "charset" at `pos` (pointing just past the word), or "".
std::string LabelAfter(std::string_view s, size_t pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r')) ++pos;
  if (pos >= s.size() || s[pos] != '=') return "";
  ++pos;
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '"' || s[pos] == '\'')) ++pos;
  size_t start = pos;
  while (pos < s.size() && IsLabelChar(s[pos])) ++pos;
  return std::string(s.substr(start, pos - start));
}

std::string Canonical(std::string label) {
  if (label == "utf8" || label == "unicode-1-1-utf-8") return "utf-8";
  if (label == "latin1" || label == "iso-8859-1" || label == "iso8859-1" || label == "us-ascii" ||
      label == "ascii" || label == "l1" || label == "cp1252" || label == "x-cp1252") {
    return "windows-1252";
  }
  if (label == "x-sjis" || label == "shift-jis") return "shift_jis";
  if (label == "gb2312" || label == "gbk") return "gb18030";  // superset, as browsers do
  return label;
}

// Legacy bytes to UTF-8 via the shared ICU converter; an unknown label is kUnsupported.
Result<std::string> Convert(std::string_view raw, const std::string& charset) {
  auto out = core::ConvertToUtf8(raw, charset);
  if (!out.ok()) return Status::Unsupported("cannot convert from charset '" + charset + "'");
  return out;
}

std::string Detect(std::string_view raw) { return core::DetectCharset(raw); }

}  // namespace

std::string SniffHtmlCharset(std::string_view raw) {
  if (raw.substr(0, 3) == "\xEF\xBB\xBF") return "utf-8";
  if (raw.substr(0, 2) == "\xFE\xFF") return "utf-16be";
  if (raw.substr(0, 2) == "\xFF\xFE") return "utf-16le";
  std::string head = html::AsciiLower(raw.substr(0, 4096));
  size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    size_t end = head.find('>', pos);
    if (end == std::string::npos) end = head.size();
    std::string_view tag = std::string_view(head).substr(pos, end - pos);
    size_t c = tag.find("charset");
    if (c != std::string::npos) {
      std::string label = LabelAfter(tag, c + 7);
      if (!label.empty()) return label;
    }
    pos = end;
  }
  return "";
}

Result<std::string> DecodeHtmlToUtf8(std::string_view raw, std::string_view declared, size_t max_bytes) {
  if (raw.size() > max_bytes) return Status::ResourceExhausted("HTML page larger than max_bytes");
  std::string charset = Canonical(html::AsciiLower(declared));
  if (charset.empty()) charset = Canonical(SniffHtmlCharset(raw));
  bool valid_utf8 = core::IsValidUtf8(raw);
  // Bytes that validate as UTF-8 and are not a 7-bit or 16-bit encoding are
  // UTF-8 whatever the label says (legacy text almost never validates).
  bool wide_or_7bit = charset.rfind("utf-16", 0) == 0 || charset.rfind("iso-2022", 0) == 0;
  if (charset == "utf-8" || charset.empty() || (valid_utf8 && !wide_or_7bit)) {
    if (valid_utf8) {
      std::string_view body = raw.substr(0, 3) == "\xEF\xBB\xBF" ? raw.substr(3) : raw;
      return std::string(body);
    }
    // Mislabeled or unlabeled legacy bytes: ask the detector.
    charset = Canonical(Detect(raw));
    if (charset.empty() || charset == "ascii" || charset == "utf-8") charset = "windows-1252";
  }
  Result<std::string> out = Convert(raw, charset);
  if (out.ok() || !declared.empty()) return out;
  // Unknown declared label: fall back to detection.
  if (valid_utf8) return std::string(raw);
  std::string guess = Canonical(Detect(raw));
  return Convert(raw, guess.empty() ? "windows-1252" : guess);
}

}  // namespace parallax::ingest
