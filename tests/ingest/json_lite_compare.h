// Differential check of ingest/json_lite against nlohmann::json, shared by
// tests/ingest/json_lite_test.cc and fuzz/fuzz_json_lite.cc.
#ifndef PARALLAX_TESTS_INGEST_JSON_LITE_COMPARE_H_
#define PARALLAX_TESTS_INGEST_JSON_LITE_COMPARE_H_

#include <nlohmann/json.hpp>

#include <string_view>

#include "ingest/json_lite.h"

namespace parallax::ingest::testing_json {

inline nlohmann::json ToNlohmann(const JsonNode& n) {
  switch (n.kind) {
    case JsonNode::Kind::kNull: return nullptr;
    case JsonNode::Kind::kBool: return n.boolean;
    case JsonNode::Kind::kInt: return n.integer;
    case JsonNode::Kind::kString: return n.text;
    case JsonNode::Kind::kArray: {
      nlohmann::json a = nlohmann::json::array();
      for (const auto& e : n.items) a.push_back(ToNlohmann(e));
      return a;
    }
    case JsonNode::Kind::kObject: {
      nlohmann::json o = nlohmann::json::object();
      for (size_t i = 0; i < n.keys.size(); ++i) o[n.keys[i]] = ToNlohmann(n.items[i]);
      return o;
    }
  }
  return nullptr;
}

enum class Agreement { kDeclined, kSame, kDifferent };

// kDeclined: json_lite left `text` to the general parser; kSame: both parsed it
// to equal values; kDifferent: json_lite accepted what nlohmann rejects, or
// parsed it to other values — a bug.
inline Agreement CompareWithNlohmann(std::string_view text) {
  JsonNode node;
  if (!ParseJsonLite(text, &node)) return Agreement::kDeclined;
  nlohmann::json ref = nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (ref.is_discarded()) return Agreement::kDifferent;
  return ref == ToNlohmann(node) ? Agreement::kSame : Agreement::kDifferent;
}

}  // namespace parallax::ingest::testing_json

#endif  // PARALLAX_TESTS_INGEST_JSON_LITE_COMPARE_H_
