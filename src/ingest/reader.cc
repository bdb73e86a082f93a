#include "ingest/reader.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "core/unicode.h"
#include "ingest/encoding.h"
#include "ingest/format.h"
#include "ingest/html/html_extract.h"
#include "ingest/input_stream.h"
#include "ingest/json_reader.h"
#include "ingest/meta_date.h"
#include "ingest/text_reader.h"
#include "ingest/warc_reader.h"

namespace parallax::ingest {

namespace fs = std::filesystem;

namespace {

constexpr size_t kSniffBytes = 4096;

// Inside directories, hidden files and a folder's own documentation
// (README, LICENSE, ...) are never articles. Named explicitly, they are read.
bool IsSkippedName(const std::string& name) {
  if (name.empty() || name[0] == '.') return true;
  std::string upper;
  for (char c : name.substr(0, name.find('.'))) upper.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  return upper == "README" || upper == "LICENSE" || upper == "COPYING" || upper == "PROVENANCE" ||
         upper == "CHANGELOG";
}

// Fills `doc` from an HTML page; `declared` is a charset from HTTP headers.
Status ParseHtml(std::string_view bytes, std::string_view declared, RawDocument* doc) {
  // Pages get browser-like decoding (labels verified, legacy fallback), the
  // same path the extraction evaluation measures; then NFC like every reader.
  auto text = DecodeHtmlToUtf8(bytes, declared);
  if (!text.ok()) return text.status();
  auto page = ExtractHtml(core::NormalizeNfc(*text));
  if (!page.ok()) return page.status();
  doc->title = page->title;
  doc->byline = page->byline;
  if (!page->published.empty()) {
    doc->published = page->published;
    doc->published_source = MetaSource::kMetadata;
  }
  if (!page->site_name.empty()) {
    doc->outlet = page->site_name;
    doc->outlet_source = MetaSource::kMetadata;
  }
  if (!page->url.empty()) doc->url = page->url;
  doc->language_hint = page->language;
  for (auto& b : page->blocks) doc->blocks.push_back({std::move(b.text), b.heading});
  return Status::OK();
}

std::string CharsetOf(std::string_view content_type) {
  std::string ct(content_type);
  std::transform(ct.begin(), ct.end(), ct.begin(), [](unsigned char c) { return std::tolower(c); });
  size_t p = ct.find("charset=");
  if (p == std::string::npos) return "";
  std::string cs = ct.substr(p + 8);
  cs.erase(std::remove(cs.begin(), cs.end(), '"'), cs.end());
  size_t end = cs.find_first_of("; ");
  return end == std::string::npos ? cs : cs.substr(0, end);
}

bool ReadWarcFile(BufferedReader* in, const ReadOptions& options, const DocumentSink& sink) {
  bool go = true;
  WarcOptions wo;
  wo.max_record_bytes = options.max_record_bytes;
  Status st = ReadWarc(
      in, wo,
      [&](WarcRecord& rec) {
        RawDocument doc;
        doc.uri = rec.target_uri.empty() ? in->name() + "#" + std::to_string(rec.index) : rec.target_uri;
        doc.format = "warc";
        doc.url = rec.target_uri;
        Status s = ParseHtml(rec.payload, CharsetOf(rec.content_type), &doc);
        doc.input_bytes = rec.payload.size();
        if (options.keep_raw) doc.raw = std::move(rec.payload);
        if (!doc.url.empty() && doc.uri != doc.url) doc.uri = doc.url;
        if (doc.published_source == MetaSource::kNone && !rec.date.empty()) {
          doc.published = rec.date;
          doc.published_source = MetaSource::kMetadata;
        }
        go = s.ok() ? sink(std::move(doc))
                    : sink(s.WithContext(in->name() + " record " + std::to_string(rec.index)));
        return go;
      },
      [&](const Status& s) { return go = sink(s); });
  if (!st.ok()) go = sink(st);
  return go;
}

bool ReadJsonl(BufferedReader* in, const ReadOptions& options, const DocumentSink& sink) {
  std::string line;
  for (size_t n = 1;; ++n) {
    auto r = in->ReadLine(&line, options.max_record_bytes);
    std::string where = in->name() + " line " + std::to_string(n);
    if (!r.ok()) return sink(r.status().WithContext(where));  // the rest of this file is unreadable
    if (!*r) return true;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    RawDocument doc;
    doc.uri = in->name();
    doc.format = "jsonl";
    Status s = ParseJsonObject(line, &doc);
    if (doc.uri == in->name()) doc.uri += "#" + std::to_string(n);
    doc.input_bytes = line.size();
    if (options.keep_raw) doc.raw = line;
    if (!(s.ok() ? sink(std::move(doc)) : sink(s.WithContext(where)))) return false;
  }
}

// Whole-file formats: text, HTML, JSON.
bool ReadWhole(BufferedReader* in, Format format, const ReadOptions& options, const DocumentSink& sink) {
  std::string bytes;
  Status st = in->ReadAll(&bytes, options.max_file_bytes);
  if (!st.ok()) return sink(st);
  RawDocument doc;
  doc.uri = in->name();
  doc.format = FormatName(format);
  doc.input_bytes = bytes.size();
  if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
    return sink(Status::InvalidArgument(in->name() + ": empty file"));
  }
  if (format == Format::kJson) {
    if (options.keep_raw) doc.raw = bytes;
    auto text = DecodeToUtf8(bytes);
    if (!text.ok()) return sink(text.status().WithContext(in->name()));
    bool go = true;
    ParseJsonDocuments(text->text, doc, [&](Result<RawDocument> d) { return go = sink(std::move(d)); });
    return go;
  }
  Status s;
  if (format == Format::kHtml) {
    s = ParseHtml(bytes, "", &doc);
  } else {
    auto text = DecodeToUtf8(bytes);
    if (text.ok()) ParsePlainText(text->text, &doc);
    s = text.status();
  }
  if (options.keep_raw) doc.raw = std::move(bytes);
  if (!s.ok()) return sink(s.WithContext(in->name()));
  return sink(std::move(doc));
}

bool ReadStream(std::unique_ptr<InputStream> stream, const ReadOptions& options, const DocumentSink& sink) {
  BufferedReader in(std::move(stream));
  auto head = in.Peek(kSniffBytes);
  if (!head.ok()) return sink(head.status());
  std::string why;
  Format format = DetectFormat(*head, in.name(), &why);
  switch (format) {
    case Format::kBinary: return sink(Status::InvalidArgument(in.name() + ": not an article: " + why));
    case Format::kWarc: return ReadWarcFile(&in, options, sink);
    case Format::kJsonl: return ReadJsonl(&in, options, sink);
    default: return ReadWhole(&in, format, options, sink);
  }
}

}  // namespace

bool ReadFile(const std::string& path, const ReadOptions& options, const DocumentSink& sink) {
  auto stream = InputStream::Open(path);
  if (!stream.ok()) return sink(stream.status());
  return ReadStream(std::move(*stream), options, sink);
}

bool ReadBytes(std::string bytes, const std::string& name, const ReadOptions& options, const DocumentSink& sink) {
  return ReadStream(InputStream::FromString(std::move(bytes), name), options, sink);
}

bool ReadPaths(const std::vector<std::string>& paths, const ReadOptions& options, const DocumentSink& sink) {
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec)) {
      std::vector<std::string> files;
      for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (it->is_regular_file(ec) && !IsSkippedName(name)) files.push_back(it->path().string());
      }
      if (ec && !sink(Status::IOError(path + ": " + ec.message()))) return false;
      std::sort(files.begin(), files.end());
      for (const auto& f : files) {
        if (!ReadFile(f, options, sink)) return false;
      }
      continue;
    }
    if (!ReadFile(path, options, sink)) return false;
  }
  return true;
}

}  // namespace parallax::ingest
