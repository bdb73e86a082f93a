#include "ingest/json_reader.h"

#include <nlohmann/json.hpp>

#include <initializer_list>

#include "core/unicode.h"
#include "ingest/text_reader.h"

namespace parallax::ingest {

namespace {

using nlohmann::json;

// Flattens a string, number, list of strings or list of lists into text;
// lists become paragraphs (outer) of sentences (inner, joined by spaces).
std::string Flatten(const json& v, int depth = 0) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  if (v.is_object()) {
    for (const char* k : {"name", "title", "@value", "text"}) {
      auto it = v.find(k);
      if (it != v.end()) return Flatten(*it, depth + 1);
    }
    return "";
  }
  if (!v.is_array() || depth > 3) return "";
  std::string out;
  const char* sep = depth == 0 ? "\n\n" : " ";
  for (const auto& e : v) {
    std::string s = Flatten(e, depth + 1);
    if (s.empty()) continue;
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

const json* FindField(const json& obj, std::initializer_list<const char*> names) {
  for (const char* n : names) {
    auto it = obj.find(n);
    if (it != obj.end() && !it->is_null()) return &*it;
  }
  return nullptr;
}

std::string Field(const json& obj, std::initializer_list<const char*> names) {
  const json* v = FindField(obj, names);
  return v ? Flatten(*v) : std::string();
}

bool HasBody(const json& obj) {
  return FindField(obj, {"text", "body", "content", "maintext", "article", "articleBody",
                         "body-paragraphs", "body_paragraphs", "paragraphs"}) != nullptr;
}

Status FillFromObject(const json& obj, RawDocument* doc) {
  if (!obj.is_object()) return Status::InvalidArgument("expected a JSON object");
  if (!HasBody(obj)) return Status::InvalidArgument("no article text field (text, body, content, ...)");
  doc->title = Field(obj, {"title", "headline"});
  doc->byline = Field(obj, {"author", "authors", "byline"});
  doc->published = Field(obj, {"date", "published", "publish_date", "published_at", "pubDate",
                               "datePublished", "date_publish"});
  if (!doc->published.empty()) doc->published_source = MetaSource::kMetadata;
  doc->outlet = Field(obj, {"outlet", "source", "site_name", "publisher", "source_name", "sitename"});
  if (!doc->outlet.empty()) doc->outlet_source = MetaSource::kMetadata;
  doc->url = Field(obj, {"url", "link", "source_url"});
  doc->language_hint = Field(obj, {"language", "lang"});
  std::string body = Field(obj, {"text", "body", "content", "maintext", "article", "articleBody",
                                 "body-paragraphs", "body_paragraphs", "paragraphs"});
  SplitParagraphs(body, &doc->blocks);
  std::string id = Field(obj, {"id", "uuid", "_id"});
  if (!id.empty() && doc->uri.find('#') == std::string::npos) doc->uri += "#" + id;
  return Status::OK();
}

// JSON strings are Unicode already; normalise them to NFC like every other reader.
void Normalize(RawDocument* doc) {
  doc->title = core::NormalizeNfc(doc->title);
  doc->byline = core::NormalizeNfc(doc->byline);
  doc->outlet = core::NormalizeNfc(doc->outlet);
  for (Block& b : doc->blocks) b.text = core::NormalizeNfc(b.text);
}

const json* FindArticleArray(const json& root) {
  if (root.is_array()) return &root;
  if (!root.is_object() || HasBody(root)) return nullptr;
  for (const char* k : {"articles", "items", "data", "results", "docs", "documents"}) {
    auto it = root.find(k);
    if (it != root.end() && it->is_array()) return &*it;
  }
  return nullptr;
}

}  // namespace

Status ParseJsonObject(std::string_view text, RawDocument* doc) {
  json obj = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (obj.is_discarded()) return Status::InvalidArgument("malformed JSON");
  PARALLAX_RETURN_IF_ERROR(FillFromObject(obj, doc));
  Normalize(doc);
  return Status::OK();
}

void ParseJsonDocuments(std::string_view text, const RawDocument& base, const DocumentSink& sink) {
  json root = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) {
    sink(Status::InvalidArgument(base.uri + ": malformed JSON"));
    return;
  }
  const json* arr = FindArticleArray(root);
  if (arr == nullptr) {
    RawDocument doc = base;
    Status st = FillFromObject(root, &doc);
    if (!st.ok()) {
      sink(st.WithContext(base.uri));
      return;
    }
    Normalize(&doc);
    sink(std::move(doc));
    return;
  }
  size_t n = 0;
  for (const json& e : *arr) {
    RawDocument doc = base;
    doc.uri = base.uri + "#" + std::to_string(++n);
    doc.raw = e.dump();
    doc.input_bytes = doc.raw.size();
    Status st = FillFromObject(e, &doc);
    if (!st.ok()) {
      if (!sink(st.WithContext(doc.uri))) return;
      continue;
    }
    Normalize(&doc);
    if (!sink(std::move(doc))) return;
  }
}

}  // namespace parallax::ingest
