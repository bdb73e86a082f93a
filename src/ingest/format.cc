#include "ingest/format.h"

#include <algorithm>
#include <cctype>

namespace parallax::ingest {

const char* FormatName(Format f) {
  switch (f) {
    case Format::kText: return "text";
    case Format::kHtml: return "html";
    case Format::kJson: return "json";
    case Format::kJsonl: return "jsonl";
    case Format::kWarc: return "warc";
    case Format::kBinary: return "binary";
  }
  return "binary";
}

namespace {

struct Magic {
  std::string_view bytes;
  const char* what;
};

// Common binary formats people drop into a folder of articles by accident.
constexpr Magic kMagics[] = {
    {"\x89PNG", "PNG image"},        {"\xFF\xD8\xFF", "JPEG image"},
    {"GIF8", "GIF image"},           {"%PDF", "PDF document"},
    {"PK\x03\x04", "ZIP archive"},   {"\x7F" "ELF", "ELF executable"},
    {"BZh", "bzip2 archive"},        {"\xFD" "7zXZ", "xz archive"},
    {"\x28\xB5\x2F\xFD", "zstd archive"}, {"SQLite format 3", "SQLite database"},
    {"RIFF", "RIFF media file"},
};

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool HasUtf16Bom(std::string_view h) {
  return StartsWith(h, "\xFF\xFE") || StartsWith(h, "\xFE\xFF");
}

// Share of bytes that are control characters other than tab/newline/CR/FF/ESC.
bool LooksBinary(std::string_view head, std::string* why) {
  for (const Magic& m : kMagics) {
    if (StartsWith(head, m.bytes)) {
      *why = m.what;
      return true;
    }
  }
  if (HasUtf16Bom(head)) return false;
  size_t controls = 0;
  for (unsigned char c : head) {
    if (c == 0) {
      *why = "binary data (NUL bytes)";
      return true;
    }
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) ++controls;
  }
  if (!head.empty() && controls * 20 > head.size()) {
    *why = "binary data (control bytes)";
    return true;
  }
  return false;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

Format DetectFormat(std::string_view head, std::string_view path, std::string* why) {
  if (LooksBinary(head, why)) return Format::kBinary;
  if (StartsWith(head, "\xEF\xBB\xBF")) head.remove_prefix(3);
  size_t i = 0;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  std::string_view body = head.substr(i);
  if (StartsWith(body, "WARC/")) return Format::kWarc;
  std::string lower = Lower(body.substr(0, 1024));
  if (StartsWith(lower, "<!doctype html") || StartsWith(lower, "<html") ||
      (StartsWith(lower, "<") && (lower.find("<head") != std::string::npos ||
                                  lower.find("<body") != std::string::npos ||
                                  lower.find("<meta") != std::string::npos ||
                                  lower.find("<title") != std::string::npos))) {
    return Format::kHtml;
  }
  if (StartsWith(body, "[")) return Format::kJson;
  if (StartsWith(body, "{")) {
    // JSONL when the first line is itself a complete object and another follows.
    std::string p = Lower(path);
    if (EndsWith(p, ".jsonl") || EndsWith(p, ".jsonl.gz") || EndsWith(p, ".ndjson") ||
        EndsWith(p, ".ndjson.gz")) {
      return Format::kJsonl;
    }
    size_t nl = body.find('\n');
    if (nl != std::string_view::npos) {
      size_t j = nl + 1;
      while (j < body.size() && (body[j] == ' ' || body[j] == '\r' || body[j] == '\t')) ++j;
      std::string_view first = body.substr(0, nl);
      while (!first.empty() && std::isspace(static_cast<unsigned char>(first.back()))) first.remove_suffix(1);
      if (j < body.size() && body[j] == '{' && !first.empty() && first.back() == '}') return Format::kJsonl;
    }
    return Format::kJson;
  }
  std::string p = Lower(path);
  if (EndsWith(p, ".html") || EndsWith(p, ".htm") || EndsWith(p, ".html.gz")) {
    if (lower.find('<') != std::string::npos) return Format::kHtml;
  }
  return Format::kText;
}

}  // namespace parallax::ingest
