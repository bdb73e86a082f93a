// Token normalisation: a byte-level scan that rewrites the handful of
// typographic code points news text uses instead of ASCII punctuation. It
// never fails: bytes that are not one of the known sequences are copied.
#include "annotate/ner/normalize.h"

#include <cstdint>

namespace parallax::ner {

namespace {

// Returns the ASCII replacement for a 3-byte UTF-8 sequence starting at s[i],
// or nullptr when it is not one we fold.
const char* FoldThreeByte(std::string_view s, size_t i) {
  if (i + 2 >= s.size()) return nullptr;
  unsigned char a = s[i], b = s[i + 1], c = s[i + 2];
  if (a == 0xE2 && b == 0x80) {
    switch (c) {
      case 0x98: case 0x99: case 0x9B: case 0xB2: return "'";   // ‘ ’ ‛ ′
      case 0x9C: case 0x9D: case 0x9F: case 0xB3: return "\"";  // “ ” ‟ ″
      case 0x93: case 0x92: case 0x90: case 0x91: return "-";   // – ‒ ‐ ‑
      case 0x94: case 0x95: return "--";                        // — ―
      case 0xA6: return "...";                                   // …
      default: return nullptr;
    }
  }
  return nullptr;
}

}  // namespace

std::string NormalizeToken(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (size_t i = 0; i < token.size();) {
    unsigned char a = token[i];
    if (a < 0x80) {
      out.push_back(static_cast<char>(a));
      ++i;
      continue;
    }
    if (a == 0xC2 && i + 1 < token.size() && static_cast<unsigned char>(token[i + 1]) == 0xA0) {
      out.push_back(' ');  // NBSP
      i += 2;
      continue;
    }
    if (const char* rep = FoldThreeByte(token, i)) {
      out += rep;
      i += 3;
      continue;
    }
    out.push_back(static_cast<char>(a));
    ++i;
  }
  return out;
}

std::string ClusterKey(std::string_view token) {
  std::string out = NormalizeToken(token);
  for (char& c : out) {
    if (c >= '0' && c <= '9') c = '0';
  }
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char c = out[i];
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      unsigned char d = out[i + 1];
      if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
      ++i;
    }
  }
  return out;
}

Caps CapsOf(std::string_view token) {
  int upper = 0, lower = 0;
  bool first_upper = false;
  for (size_t i = 0; i < token.size(); ++i) {
    unsigned char c = token[i];
    bool up = (c >= 'A' && c <= 'Z');
    bool lo = (c >= 'a' && c <= 'z');
    if (c == 0xC3 && i + 1 < token.size()) {
      unsigned char d = token[i + 1];
      up = d >= 0x80 && d <= 0x9E && d != 0x97;
      lo = d >= 0x9F && d <= 0xBF && d != 0xB7;
    }
    if (up && upper + lower == 0) first_upper = true;
    upper += up;
    lower += lo;
  }
  if (upper == 0) return Caps::kNone;
  if (lower == 0) return Caps::kAll;
  if (first_upper && upper == 1) return Caps::kInitial;
  return Caps::kMixed;
}

}  // namespace parallax::ner
