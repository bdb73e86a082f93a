#include "ingest/json_reader.h"

#include <nlohmann/json.hpp>

#include <initializer_list>

#include "core/unicode.h"
#include "ingest/json_lite.h"
#include "ingest/text_reader.h"

namespace parallax::ingest {

namespace {

using nlohmann::json;

// The field logic below reads either DOM — nlohmann's, or json_lite's for
// the JSONL lines it takes on — through these few accessors, so both give
// the same document.
bool IsString(const json& v) { return v.is_string(); }
bool IsInteger(const json& v) { return v.is_number_integer(); }
bool IsObject(const json& v) { return v.is_object(); }
bool IsArray(const json& v) { return v.is_array(); }
bool IsNull(const json& v) { return v.is_null(); }
std::string StringOf(const json& v) { return v.get<std::string>(); }
long long IntegerOf(const json& v) { return v.get<long long>(); }
const json* Member(const json& obj, const char* key) {
  auto it = obj.find(key);
  return it == obj.end() ? nullptr : &*it;
}
const json& Elements(const json& v) { return v; }

using Kind = JsonNode::Kind;
bool IsString(const JsonNode& v) { return v.kind == Kind::kString; }
bool IsInteger(const JsonNode& v) { return v.kind == Kind::kInt; }
bool IsObject(const JsonNode& v) { return v.kind == Kind::kObject; }
bool IsArray(const JsonNode& v) { return v.kind == Kind::kArray; }
bool IsNull(const JsonNode& v) { return v.kind == Kind::kNull; }
const std::string& StringOf(const JsonNode& v) { return v.text; }
long long IntegerOf(const JsonNode& v) { return v.integer; }
const JsonNode* Member(const JsonNode& obj, const char* key) { return obj.Find(key); }
const std::vector<JsonNode>& Elements(const JsonNode& v) { return v.items; }

// Flattens a string, number, list of strings or list of lists into text;
// lists become paragraphs (outer) of sentences (inner, joined by spaces).
template <typename J>
std::string Flatten(const J& v, int depth = 0) {
  if (IsString(v)) return StringOf(v);
  if (IsInteger(v)) return std::to_string(IntegerOf(v));
  if (IsObject(v)) {
    for (const char* k : {"name", "title", "@value", "text"}) {
      if (const J* m = Member(v, k)) return Flatten(*m, depth + 1);
    }
    return "";
  }
  if (!IsArray(v) || depth > 3) return "";
  std::string out;
  const char* sep = depth == 0 ? "\n\n" : " ";
  for (const auto& e : Elements(v)) {
    std::string s = Flatten(e, depth + 1);
    if (s.empty()) continue;
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

template <typename J>
const J* FindField(const J& obj, std::initializer_list<const char*> names) {
  for (const char* n : names) {
    const J* m = Member(obj, n);
    if (m != nullptr && !IsNull(*m)) return m;
  }
  return nullptr;
}

template <typename J>
std::string Field(const J& obj, std::initializer_list<const char*> names) {
  const J* v = FindField(obj, names);
  return v ? Flatten(*v) : std::string();
}

template <typename J>
bool HasBody(const J& obj) {
  return FindField(obj, {"text", "body", "content", "maintext", "article", "articleBody",
                         "body-paragraphs", "body_paragraphs", "paragraphs"}) != nullptr;
}

template <typename J>
Status FillFromObject(const J& obj, RawDocument* doc) {
  if (!IsObject(obj)) return Status::InvalidArgument("expected a JSON object");
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
  core::NormalizeNfcInPlace(&doc->title);
  core::NormalizeNfcInPlace(&doc->byline);
  core::NormalizeNfcInPlace(&doc->outlet);
  for (Block& b : doc->blocks) core::NormalizeNfcInPlace(&b.text);
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
  // The common line takes the fast parser; what it declines, the general one.
  JsonNode node;
  if (ParseJsonLite(text, &node)) {
    PARALLAX_RETURN_IF_ERROR(FillFromObject(node, doc));
    Normalize(doc);
    return Status::OK();
  }
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
