// Locale-free ASCII character helpers: inline, branch-light, and safe for
// any byte (bytes >= 0x80 are never space, alpha or digit here). Use these on
// hot paths instead of <cctype>, whose functions consult the C locale.
#ifndef PARALLAX_CORE_ASCII_H_
#define PARALLAX_CORE_ASCII_H_

#include <string>
#include <string_view>
#include <vector>

namespace parallax::core {

inline bool IsAsciiSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiAlpha(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
inline bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
inline char AsciiLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c + 32) : c; }

// The value of the `n` decimal digits of `s` at `pos` ("2019-10-07": year at
// 0, month at 5), or -1 when `s` is too short or one of them is no digit.
// `n` small enough for an int (at most 9).
inline int ParseAsciiDigits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (!IsAsciiDigit(s[i])) return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

inline std::string AsciiLowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

inline std::string_view TrimAscii(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

// The runs of non-space bytes of `s`, in order (views into `s`).
inline std::vector<std::string_view> SplitAsciiSpace(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsAsciiSpace(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && !IsAsciiSpace(s[j])) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// Appends `s` to `out` with runs of ASCII whitespace collapsed to one space
// and no leading/trailing space (relative to what `out` already holds);
// lower-cases ASCII letters when `lower`. Used wherever text is compared
// "up to layout": article ids, repeated-paragraph fingerprints.
inline void AppendCollapsed(std::string_view s, bool lower, std::string* out) {
  // The collapsed text is never longer than `s` (a space is written only for
  // a run of skipped whitespace): size once, write through a pointer, trim.
  const size_t start = out->size();
  out->resize(start + s.size());
  char* const begin = out->data() + start;
  char* o = begin;
  // Branch-free: spaces and words alternate every few bytes, which a branch
  // mispredicts. Each byte stores a space and itself and advances past what
  // it keeps; the stores stay inside the buffer (before byte i at most i
  // bytes are kept, a pending space included).
  bool space = false;
  for (char c : s) {
    const bool keep = !IsAsciiSpace(c);
    *o = ' ';
    o += space & keep;
    *o = lower ? AsciiLower(c) : c;
    o += keep;
    space = !keep & (o > begin);
  }
  out->resize(start + static_cast<size_t>(o - begin));
}

// AppendCollapsed's result, sixteen bytes at a time where SSE2 is
// available (collapse.cc): for long text (article ids, fingerprints).
void AppendCollapsedFast(std::string_view s, bool lower, std::string* out);

// The first k >= from where s[k] is whitespace that does not stand alone as
// one plain space before a non-space byte (another whitespace byte, a space
// followed by whitespace, or a space at the end), or s.size(): collapsing
// s[from, k) leaves it as it is when s[from] is not whitespace.
size_t NextSpaceRun(std::string_view s, size_t from);

}  // namespace parallax::core

#endif  // PARALLAX_CORE_ASCII_H_
