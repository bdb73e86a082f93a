// The bytes are parsed by simdjson (Debian's libsimdjson: SIMD structural
// indexing, validated UTF-8, RFC 8259 strict) into its DOM; the DOM is then
// copied into a JsonNode, declining on the way what the general reader
// would answer differently or that JsonNode does not hold (see json_lite.h).
// simdjson rejects malformed text itself, including unescaped control
// characters, invalid UTF-8 and bad surrogate escapes.
#include "ingest/json_lite.h"

#include <simdjson.h>

namespace parallax::ingest {

namespace {

constexpr size_t kMaxObjectKeys = 64;  // duplicate keys are looked for by a linear scan
constexpr long long kMaxExactInteger = 999999999999999999LL;  // 18 digits

bool Convert(simdjson::dom::element e, int depth, JsonNode* out) {
  switch (e.type()) {
    case simdjson::dom::element_type::OBJECT: {
      if (depth >= kMaxJsonLiteDepth) return false;
      out->kind = JsonNode::Kind::kObject;
      for (simdjson::dom::key_value_pair field : simdjson::dom::object(e)) {
        if (out->keys.size() >= kMaxObjectKeys || out->Find(field.key) != nullptr) return false;
        out->keys.emplace_back(field.key);
        if (!Convert(field.value, depth + 1, &out->items.emplace_back())) return false;
      }
      return true;
    }
    case simdjson::dom::element_type::ARRAY: {
      if (depth >= kMaxJsonLiteDepth) return false;
      out->kind = JsonNode::Kind::kArray;
      for (simdjson::dom::element item : simdjson::dom::array(e)) {
        if (!Convert(item, depth + 1, &out->items.emplace_back())) return false;
      }
      return true;
    }
    case simdjson::dom::element_type::STRING:
      out->kind = JsonNode::Kind::kString;
      out->text = std::string_view(e);
      return true;
    case simdjson::dom::element_type::INT64: {
      const int64_t v = int64_t(e);
      if (v > kMaxExactInteger || v < -kMaxExactInteger) return false;
      out->kind = JsonNode::Kind::kInt;
      out->integer = v;
      return true;
    }
    case simdjson::dom::element_type::BOOL:
      out->kind = JsonNode::Kind::kBool;
      out->boolean = bool(e);
      return true;
    case simdjson::dom::element_type::NULL_VALUE:
      out->kind = JsonNode::Kind::kNull;
      return true;
    default:  // UINT64 beyond int64, and every number with a fraction or exponent
      return false;
  }
}

}  // namespace

const JsonNode* JsonNode::Find(std::string_view key) const {
  for (size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] == key) return &items[i];
  }
  return nullptr;
}

bool ParseJsonLite(std::string_view text, JsonNode* out) {
  *out = JsonNode{};
  size_t first = 0;
  while (first < text.size() && (text[first] == ' ' || text[first] == '\n' || text[first] == '\r' || text[first] == '\t')) {
    ++first;
  }
  if (first == text.size() || static_cast<unsigned char>(text[first]) == 0xEF) return false;  // empty, or a BOM
  // One parser per thread: it keeps its buffers between lines.
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(text.data(), text.size(), /*realloc_if_needed=*/true).get(root) != simdjson::SUCCESS) return false;
  return Convert(root, 0, out);
}

}  // namespace parallax::ingest
