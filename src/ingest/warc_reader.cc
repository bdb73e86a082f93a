#include "ingest/warc_reader.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace parallax::ingest {

namespace {

constexpr size_t kMaxHeaderLine = 64 << 10;

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

struct WarcHeader {
  std::string type;
  std::string target_uri;
  std::string date;
  long long length = -1;
};

// Splits an HTTP response into headers and body; returns the Content-Type.
std::string SplitHttp(std::string* payload) {
  std::string_view p(*payload);
  size_t end = p.find("\r\n\r\n");
  size_t skip = 4;
  if (end == std::string_view::npos) {
    end = p.find("\n\n");
    skip = 2;
  }
  if (end == std::string_view::npos || p.substr(0, 5) != "HTTP/") return "";
  std::string content_type;
  std::string_view head = p.substr(0, end);
  size_t pos = 0;
  while (pos < head.size()) {
    size_t nl = head.find('\n', pos);
    if (nl == std::string_view::npos) nl = head.size();
    std::string_view line = head.substr(pos, nl - pos);
    size_t colon = line.find(':');
    if (colon != std::string_view::npos && Lower(Trim(line.substr(0, colon))) == "content-type") {
      content_type = std::string(Trim(line.substr(colon + 1)));
    }
    pos = nl + 1;
  }
  payload->erase(0, end + skip);
  return content_type;
}

// Reads "WARC/1.x" and header lines up to the blank line. Returns false at a clean end of file.
Result<bool> ReadHeader(BufferedReader* in, WarcHeader* h) {
  std::string line;
  // Skip blank lines between records.
  for (;;) {
    auto r = in->ReadLine(&line, kMaxHeaderLine);
    if (!r.ok()) return r.status();
    if (!*r) return false;
    if (!Trim(line).empty()) break;
  }
  if (line.rfind("WARC/", 0) != 0) return Status::Corruption("expected a WARC record header, found '" + line.substr(0, 40) + "'");
  for (;;) {
    auto r = in->ReadLine(&line, kMaxHeaderLine);
    if (!r.ok()) return r.status();
    if (!*r) return Status::Corruption("WARC header cut off at end of file");
    if (line.empty()) break;
    size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string key = Lower(Trim(std::string_view(line).substr(0, colon)));
    std::string value(Trim(std::string_view(line).substr(colon + 1)));
    if (key == "warc-type") h->type = Lower(value);
    else if (key == "warc-target-uri") h->target_uri = value;
    else if (key == "warc-date") h->date = value;
    else if (key == "content-length") {
      char* end = nullptr;
      long long n = std::strtoll(value.c_str(), &end, 10);
      if (end == value.c_str() || n < 0) return Status::Corruption("bad Content-Length '" + value + "'");
      h->length = n;
    }
  }
  if (h->length < 0) return Status::Corruption("WARC record without Content-Length");
  return true;
}

}  // namespace

Status ReadWarc(BufferedReader* in, const WarcOptions& options,
                const std::function<bool(WarcRecord&)>& on_record,
                const std::function<bool(const Status&)>& on_error) {
  for (uint64_t index = 1;; ++index) {
    WarcHeader h;
    auto hr = ReadHeader(in, &h);
    if (!hr.ok()) return hr.status().WithContext(in->name() + " record " + std::to_string(index));
    if (!*hr) return Status::OK();
    std::string where = in->name() + " record " + std::to_string(index);
    bool wanted = h.type == "response" || h.type == "resource";
    if (!wanted || static_cast<size_t>(h.length) > options.max_record_bytes) {
      if (wanted && !on_error(Status::ResourceExhausted(where + ": record of " + std::to_string(h.length) +
                                                        " bytes exceeds the limit"))) {
        return Status::OK();
      }
      PARALLAX_RETURN_IF_ERROR(in->Skip(static_cast<size_t>(h.length)));
      continue;
    }
    WarcRecord rec;
    size_t got = 0;
    PARALLAX_RETURN_IF_ERROR(in->ReadExactly(static_cast<size_t>(h.length), &rec.payload, &got));
    if (got < static_cast<size_t>(h.length)) {
      on_error(Status::Corruption(where + ": record cut off (" + std::to_string(got) + " of " +
                                  std::to_string(h.length) + " bytes)"));
      return Status::OK();
    }
    rec.content_type = h.type == "response" ? SplitHttp(&rec.payload) : "";
    std::string ct = Lower(rec.content_type);
    if (ct.find("html") == std::string::npos) continue;  // images, PDFs, redirects without body
    rec.target_uri = h.target_uri;
    rec.date = h.date;
    rec.index = index;
    if (!on_record(rec)) return Status::OK();
  }
}

}  // namespace parallax::ingest
