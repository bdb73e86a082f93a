// Recursive descent over the bytes, one pass, no token buffer: a string's
// unescaped runs are appended to its node in one call each, and only a
// string that holds a byte >= 0x80 is checked for valid UTF-8 (once, on the
// result: an escape always produces a whole sequence whose first byte is not
// a continuation byte, so the result is valid exactly when the raw runs are).
// Every rule of RFC 8259 that the general parser enforces is enforced here
// by declining; see json_lite.h for the valid forms that are declined too.
#include "ingest/json_lite.h"

#include "core/unicode.h"

namespace parallax::ingest {

namespace {

constexpr size_t kMaxObjectKeys = 64;  // duplicate keys are looked for by a linear scan
constexpr int kMaxIntegerDigits = 18;  // always fits a long long

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

class Parser {
 public:
  explicit Parser(std::string_view text) : p_(text.data()), end_(text.data() + text.size()) {}

  bool Document(JsonNode* out) {
    SkipSpace();
    if (p_ == end_ || static_cast<unsigned char>(*p_) == 0xEF) return false;  // empty, or a BOM
    if (!Value(out, 0)) return false;
    SkipSpace();
    return p_ == end_;
  }

 private:
  void SkipSpace() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }

  bool Literal(std::string_view word) {
    if (static_cast<size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word) return false;
    p_ += word.size();
    return true;
  }

  bool Value(JsonNode* out, int depth) {
    if (p_ == end_) return false;
    switch (*p_) {
      case '{': return Object(out, depth + 1);
      case '[': return Array(out, depth + 1);
      case '"': out->kind = JsonNode::Kind::kString; return String(&out->text);
      case 't': out->kind = JsonNode::Kind::kBool; out->boolean = true; return Literal("true");
      case 'f': out->kind = JsonNode::Kind::kBool; out->boolean = false; return Literal("false");
      case 'n': out->kind = JsonNode::Kind::kNull; return Literal("null");
      default: return Integer(out);
    }
  }

  bool Integer(JsonNode* out) {
    bool negative = *p_ == '-';
    if (negative) ++p_;
    const char* digits = p_;
    if (p_ == end_ || *p_ < '0' || *p_ > '9') return false;
    unsigned long long v = 0;  // unsigned: wraps, without undefined behaviour, before the length test
    if (*p_ == '0') {
      ++p_;
    } else {
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') v = v * 10 + static_cast<unsigned>(*p_++ - '0');
    }
    if (p_ - digits > kMaxIntegerDigits) return false;
    if (p_ < end_ && (*p_ == '.' || *p_ == 'e' || *p_ == 'E')) return false;  // a float: the general parser's
    out->kind = JsonNode::Kind::kInt;
    out->integer = negative ? -static_cast<long long>(v) : static_cast<long long>(v);
    return true;
  }

  // At the opening quote; appends the unescaped text to `out`.
  bool String(std::string* out) {
    ++p_;
    const char* run = p_;
    bool high = false;
    while (p_ < end_) {
      unsigned char c = static_cast<unsigned char>(*p_);
      if (c == '"') {
        out->append(run, p_ - run);
        ++p_;
        return !high || core::IsValidUtf8(*out);
      }
      if (c == '\\') {
        out->append(run, p_ - run);
        if (!Escape(out)) return false;
        run = p_;
        continue;
      }
      if (c < 0x20) return false;
      high |= c >= 0x80;
      ++p_;
    }
    return false;
  }

  // At a backslash; appends what the escape stands for.
  bool Escape(std::string* out) {
    if (end_ - p_ < 2) return false;
    char e = p_[1];
    p_ += 2;
    switch (e) {
      case '"': out->push_back('"'); return true;
      case '\\': out->push_back('\\'); return true;
      case '/': out->push_back('/'); return true;
      case 'b': out->push_back('\b'); return true;
      case 'f': out->push_back('\f'); return true;
      case 'n': out->push_back('\n'); return true;
      case 'r': out->push_back('\r'); return true;
      case 't': out->push_back('\t'); return true;
      case 'u': break;
      default: return false;
    }
    long cp = Hex4();
    if (cp < 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) return false;  // a lone low surrogate
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
      p_ += 2;
      long low = Hex4();
      if (low < 0xDC00 || low > 0xDFFF) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    core::AppendUtf8(static_cast<char32_t>(cp), out);
    return true;
  }

  long Hex4() {
    if (end_ - p_ < 4) return -1;
    long v = 0;
    for (int i = 0; i < 4; ++i) {
      int d = HexDigit(p_[i]);
      if (d < 0) return -1;
      v = v * 16 + d;
    }
    p_ += 4;
    return v;
  }

  bool Array(JsonNode* out, int depth) {
    if (depth > kMaxJsonLiteDepth) return false;
    out->kind = JsonNode::Kind::kArray;
    ++p_;
    SkipSpace();
    if (p_ < end_ && *p_ == ']') {
      ++p_;
      return true;
    }
    for (;;) {
      SkipSpace();
      if (!Value(&out->items.emplace_back(), depth)) return false;
      SkipSpace();
      if (p_ == end_) return false;
      char c = *p_++;
      if (c == ']') return true;
      if (c != ',') return false;
    }
  }

  bool Object(JsonNode* out, int depth) {
    if (depth > kMaxJsonLiteDepth) return false;
    out->kind = JsonNode::Kind::kObject;
    ++p_;
    SkipSpace();
    if (p_ < end_ && *p_ == '}') {
      ++p_;
      return true;
    }
    for (;;) {
      SkipSpace();
      if (p_ == end_ || *p_ != '"' || out->keys.size() >= kMaxObjectKeys) return false;
      std::string key;
      if (!String(&key) || out->Find(key) != nullptr) return false;  // duplicates: the general parser's
      out->keys.push_back(std::move(key));
      SkipSpace();
      if (p_ == end_ || *p_++ != ':') return false;
      SkipSpace();
      if (!Value(&out->items.emplace_back(), depth)) return false;
      SkipSpace();
      if (p_ == end_) return false;
      char c = *p_++;
      if (c == '}') return true;
      if (c != ',') return false;
    }
  }

  const char* p_;
  const char* end_;
};

}  // namespace

const JsonNode* JsonNode::Find(std::string_view key) const {
  for (size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] == key) return &items[i];
  }
  return nullptr;
}

bool ParseJsonLite(std::string_view text, JsonNode* out) {
  *out = JsonNode{};
  return Parser(text).Document(out);
}

}  // namespace parallax::ingest
