// Mojibake repair.
//
// When UTF-8 bytes are decoded as windows-1252 every byte of a multi-byte
// sequence becomes one character: the lead byte (0xC2-0xF4) one of "Â".."ô",
// each continuation byte (0x80-0xBF) one of "€".."¿". Re-encoding that as
// UTF-8 makes the damage permanent: "’" (E2 80 99) reads "â€™". The repair
// runs the mapping backwards on exactly such runs: a character that is a
// lead byte followed by as many characters as that lead byte needs, each the
// image of a continuation byte, whose bytes then form a well-formed UTF-8
// sequence. Anything else stays as it is, so "café" (é followed by ASCII)
// and a lone "’" are safe. The lead character is always U+00C2..U+00F4,
// whose UTF-8 starts with byte 0xC3, so text without that byte is skipped
// with one memchr. Bytes windows-1252 leaves undefined (0x81, 0x8D, 0x8F,
// 0x90, 0x9D) come through as the C1 characters U+0081.. (Latin-1), so
// U+0080-U+009F map to their own byte. A pass undoes one round trip; text
// that went through two ("Ã¢â‚¬â„¢") takes two passes.
#include "core/mojibake.h"

#include <cstring>
#include <string_view>

#include "core/unicode.h"

namespace parallax::core {
namespace {

// windows-1252 bytes 0x80-0x9F; 0 marks a byte the code page leaves undefined.
constexpr char32_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// The byte windows-1252 (Latin-1 for its undefined bytes) writes `cp` as, or
// -1 when no byte of 0x80-0xFF stands for it.
int HighByte(char32_t cp) {
  if (cp >= 0x80 && cp <= 0xFF) return static_cast<int>(cp);
  for (int i = 0; i < 32; ++i) {
    if (kCp1252High[i] == cp) return 0x80 + i;
  }
  return -1;
}

// True when the character that ends `out` is the image of a lead or
// continuation byte of a longer sequence, so that a C1 character restored
// right after it may be the middle of a second round trip ("â€" + U+009D).
bool EndsInsideSequence(std::string_view out) {
  if (out.empty()) return false;
  size_t start = out.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(out[start]) & 0xC0) == 0x80) --start;
  size_t p = start;
  const int b = HighByte(DecodeUtf8(out, &p));
  return (b >= 0x80 && b <= 0xBF) || (b >= 0xE0 && b <= 0xF4);
}

// The original UTF-8 sequence whose mojibake starts at s[pos] (a character
// U+00C2..U+00F4), and the end of the mojibake in *end; empty when the
// characters there are not the image of one well-formed sequence, or when
// they would restore a C1 control character that cannot be the middle of an
// outer round trip. `before` is the text this pass has made of s[0, pos).
std::string_view Original(std::string_view s, size_t pos, std::string_view before, char* buf,
                          size_t* end) {
  size_t p = pos;
  const char32_t lead = DecodeUtf8(s, &p);
  if (lead < 0xC2 || lead > 0xF4) return {};
  const int tail = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
  buf[0] = static_cast<char>(lead);
  for (int k = 1; k <= tail; ++k) {
    if (p >= s.size()) return {};
    const int b = HighByte(DecodeUtf8(s, &p));
    if (b < 0x80 || b > 0xBF) return {};
    buf[k] = static_cast<char>(b);
  }
  std::string_view seq(buf, tail + 1);
  if (!IsValidUtf8(seq)) return {};  // overlong, surrogate or beyond U+10FFFF
  size_t q = 0;
  const char32_t cp = DecodeUtf8(seq, &q);
  if (cp <= 0x9F && !(pos > 0 && EndsInsideSequence(before))) return {};
  *end = p;
  return seq;
}

// One pass from `in` into *out; returns how many sequences it restored
// (*out is unspecified when none). Text is copied into *out only once a
// sequence is restored, so text with accents but no mojibake costs a scan.
int RepairPass(const std::string& in, std::string* out) {
  const std::string_view s(in);
  if (std::memchr(s.data(), 0xC3, s.size()) == nullptr) return 0;
  out->clear();
  size_t copied = 0;  // s[0, copied) is in *out, repaired
  int restored = 0;
  char buf[4];
  for (size_t pos = s.find('\xC3'); pos != std::string_view::npos; pos = s.find('\xC3', pos)) {
    // What precedes pos once repaired: *out right after a restored sequence, else s itself.
    const std::string_view before = restored > 0 && copied == pos ? std::string_view(*out) : s.substr(0, pos);
    size_t end = 0;
    const std::string_view seq = Original(s, pos, before, buf, &end);
    if (seq.empty()) {
      pos += 2;  // past this two-byte character
      continue;
    }
    out->append(s.substr(copied, pos - copied));
    out->append(seq);
    copied = pos = end;
    ++restored;
  }
  if (restored > 0) out->append(s.substr(copied));
  return restored;
}

// Number of C1 control characters (U+0080..U+009F, bytes C2 80..C2 9F).
size_t CountC1(const std::string& s) {
  size_t n = 0;
  for (size_t i = s.find('\xC2'); i != std::string::npos; i = s.find('\xC2', i + 1)) {
    if (i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x9F) ++n;
  }
  return n;
}

}  // namespace

int RepairMojibake(std::string* text) {
  std::string next;
  int n = RepairPass(*text, &next);
  if (n == 0) return 0;  // the common case: nothing copied
  // A pass may restore a C1 character that only the next pass completes
  // ("Ã¢â‚¬Â" + U+009D -> "â€" + U+009D -> "”"); the result is the last
  // state with no more C1 characters than the input had.
  const size_t c1_before = CountC1(*text);
  std::string best = *text;
  int best_restored = 0, restored = 0;
  for (int pass = 1; n > 0; ++pass) {
    restored += n;
    text->swap(next);
    if (CountC1(*text) <= c1_before) {
      best = *text;
      best_restored = restored;
    }
    if (pass == 3) break;
    n = RepairPass(*text, &next);
  }
  if (best_restored != restored) *text = std::move(best);
  return best_restored;
}

}  // namespace parallax::core
