// A fast path for the everyday JSONL article line.
//
// The general JSON reader (nlohmann::json) costs ~90 us for a 4 KB article
// line: its lexer appends every byte to two buffers and its objects are
// std::maps. ParseJsonLite parses with simdjson (Debian's libsimdjson) into a
// plain JsonNode tree of the forms article lines are made of — objects,
// arrays, strings, integers, true/false/null — and DECLINES (returns false)
// everything else: malformed text, but also valid JSON it leaves to the
// general parser (numbers with a fraction or exponent, integers of more than
// 18 digits, duplicate keys, more than 64 keys in one object, nesting deeper
// than kMaxJsonLiteDepth, a byte-order mark). A caller falls back to the
// general parser when it declines, so every input gets exactly the general
// parser's answer: what this path accepts, the general one accepts with the
// same values (checked by tests/ingest/json_lite_test.cc and
// fuzz/fuzz_json_lite.cc against nlohmann::json).
//
// Thread safety: one simdjson parser per thread; JsonNode is a plain value.
#ifndef PARALLAX_INGEST_JSON_LITE_H_
#define PARALLAX_INGEST_JSON_LITE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::ingest {

struct JsonNode {
  enum class Kind : uint8_t { kNull, kBool, kInt, kString, kArray, kObject };
  Kind kind = Kind::kNull;
  bool boolean = false;
  long long integer = 0;
  std::string text;               // kString: the unescaped UTF-8 text
  std::vector<JsonNode> items;    // kArray: the elements; kObject: the values
  std::vector<std::string> keys;  // kObject: the keys, parallel to `items`

  // kObject: the value under `key`, or nullptr (keys are unique).
  const JsonNode* Find(std::string_view key) const;
};

constexpr int kMaxJsonLiteDepth = 32;

// Parses one JSON text into `out`. Returns false when it declines (see above);
// `out` is then unspecified.
bool ParseJsonLite(std::string_view text, JsonNode* out);

}  // namespace parallax::ingest

#endif  // PARALLAX_INGEST_JSON_LITE_H_
