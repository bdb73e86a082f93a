// The scanner walks the bytes once. ASCII takes a fast path; other code
// points are decoded to decide letter / space / punctuation (typographic
// apostrophes and dashes fold to their ASCII roles so patterns stay simple).
// Digit runs become number tokens, swallowing thousands separators
// ("1,000") and decimal parts ("2.5") so that they can never be read as
// years or days. Single letters joined by periods ("a.m.", "U.S.") become
// one word token.
#include "annotate/time/tokens.h"

#include <cstring>

#include "annotate/time/lexicon.h"
#include "core/unicode.h"

namespace parallax::time {
namespace {

bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }

enum class CharClass { kSpace, kLetter, kDigit, kPunct };

// Classifies the character at *pos and advances *pos past it; for
// punctuation, *punct receives its ASCII role.
CharClass Classify(std::string_view text, size_t* pos, char* punct, bool* newline) {
  const unsigned char c = static_cast<unsigned char>(text[*pos]);
  *newline = false;
  if (c < 0x80) {
    ++*pos;
    if (c == '\n') *newline = true;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return CharClass::kSpace;
    if (IsAsciiLetter(c)) return CharClass::kLetter;
    if (IsAsciiDigit(c)) return CharClass::kDigit;
    *punct = static_cast<char>(c);
    return CharClass::kPunct;
  }
  const char32_t cp = core::DecodeUtf8(text, pos);
  if (cp == 0x2018 || cp == 0x2019 || cp == 0x2032) { *punct = '\''; return CharClass::kPunct; }
  if (cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 || cp == 0x2014 || cp == 0x2212) {
    *punct = '-';
    return CharClass::kPunct;
  }
  if (cp == 0x2028 || cp == 0x2029) { *newline = true; return CharClass::kSpace; }
  if (core::IsSpace(cp)) return CharClass::kSpace;
  if (core::IsLetter(cp)) return CharClass::kLetter;
  *punct = '~';
  return CharClass::kPunct;
}

// Extends a number token over "1,000,000" groups and one decimal part.
size_t ScanNumber(std::string_view text, size_t pos, Token* t) {
  auto digits_at = [&](size_t p) {
    size_t n = 0;
    while (p + n < text.size() && IsAsciiDigit(text[p + n])) ++n;
    return n;
  };
  size_t n = digits_at(pos);
  size_t end = pos + n;
  int64_t value = 0;
  bool overflow = n > 9;
  for (size_t i = pos; i < end && !overflow; ++i) value = value * 10 + (text[i] - '0');
  size_t total_digits = n;
  while (end + 4 <= text.size() && text[end] == ',' && digits_at(end + 1) == 3 && n <= 3) {
    for (size_t i = end + 1; i < end + 4 && !overflow; ++i) value = value * 10 + (text[i] - '0');
    end += 4;
    total_digits += 3;
    overflow = overflow || total_digits > 9;
    t->bits |= Token::kHasSeparator;
  }
  float real = overflow ? -1 : static_cast<float>(value);
  if (end + 1 < text.size() && text[end] == '.' && IsAsciiDigit(text[end + 1])) {
    const size_t frac = digits_at(end + 1);
    float scale = 0.1f;
    for (size_t i = end + 1; i < end + 1 + frac && i < end + 10; ++i, scale /= 10) {
      real += (text[i] - '0') * scale;
    }
    end += 1 + frac;
    t->bits |= Token::kHasSeparator;
  }
  t->value = overflow ? -1 : static_cast<int32_t>(value);
  t->real = real;
  t->digits = static_cast<uint8_t>(total_digits > 255 ? 255 : total_digits);
  return end;
}

// "a.m.", "U.S.": a single letter, a period, a single letter, a period...
size_t ScanDottedLetters(std::string_view text, size_t pos) {
  auto dotted_letter = [&](size_t p) {
    return p + 1 < text.size() && IsAsciiLetter(text[p]) && text[p + 1] == '.';
  };
  size_t end = pos;
  int letters = 0;
  while (dotted_letter(end)) {
    end += 2;
    ++letters;
  }
  return letters >= 2 ? end : pos;
}


// Finds the end of the ASCII letter run starting at `p` and lower-cases it
// into `lower` (bytes after the run may be overwritten: `lower` holds word
// bytes only, and is 8 bytes longer than the text). Eight bytes at a time:
// a byte is a letter when its low seven bits, with the case bit set, lie in
// 'a'..'z' and its high bit is clear. *head receives the first eight
// lower-cased bytes of the run (the lexicon key), zero-padded.
inline __attribute__((always_inline)) size_t LetterRun(std::string_view text, size_t p, char* lower,
                                                     uint64_t* head) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  // The bytes of x that are not ASCII letters, as their high bits.
  auto others = [](uint64_t x, uint64_t y) {
    const uint64_t low7 = y & ~kHigh;
    const uint64_t letter = (low7 + kOnes * (0x80 - 'a')) & ~(low7 + kOnes * (0x80 - 'z' - 1)) & ~x & kHigh;
    return ~letter & kHigh;
  };
  const size_t start = p;
  const size_t size = text.size();
  if (p + 8 <= size) {  // the first chunk holds most words whole
    uint64_t x;
    std::memcpy(&x, text.data() + p, 8);
    const uint64_t y = x | (kOnes * 0x20);
    std::memcpy(lower + p, &y, 8);
    const uint64_t other = others(x, y);
    if (other != 0) {
      // Bits before the first non-letter byte (little-endian): 8 x letters, at most 56.
      const unsigned bits = static_cast<unsigned>(__builtin_ctzll(other)) & ~7u;
      *head = y & ((uint64_t{1} << bits) - 1);
      return p + (bits >> 3);
    }
    *head = y;
    p += 8;
    while (p + 8 <= size) {
      std::memcpy(&x, text.data() + p, 8);
      const uint64_t y2 = x | (kOnes * 0x20);
      std::memcpy(lower + p, &y2, 8);
      const uint64_t other2 = others(x, y2);
      if (other2 != 0) return p + (static_cast<size_t>(__builtin_ctzll(other2)) >> 3);
      p += 8;
    }
  }
  for (; p < size && IsAsciiLetter(static_cast<unsigned char>(text[p])); ++p) {
    lower[p] = static_cast<char>(text[p] | 0x20);
  }
  if (p - start < 8) {  // near the end of the text: assemble the key bytewise
    *head = 0;
    for (size_t i = start; i < p; ++i) *head |= uint64_t{static_cast<unsigned char>(lower[i])} << (8 * (i - start));
  }
  return p;
}

// Scans the word starting at `start` (its first byte already classified as
// a letter, ending at `first_end`) and lower-cases it into `lower`: ASCII letter runs take
// LetterRun; dotted abbreviations ("a.m.") and words with non-ASCII letters
// take the general path (and *head = 0: the lexicon then builds its key).
size_t ScanWord(std::string_view text, size_t start, size_t first_end, char* lower, uint64_t* head) {
  const size_t size = text.size();
  const unsigned char c = static_cast<unsigned char>(text[start]);
  size_t p = start;
  bool ascii = IsAsciiLetter(c);
  if (ascii) {
    p = LetterRun(text, start, lower, head);
    if (p == start + 1 && p < size && text[p] == '.') {
      const size_t dotted = ScanDottedLetters(text, start);
      if (dotted > start) {
        p = dotted;
        ascii = false;
      }
    }
  } else {
    p = first_end;
  }
  while (p < size && static_cast<unsigned char>(text[p]) >= 0x80) {
    size_t next = p;
    char p2 = 0;
    bool nl2 = false;
    if (Classify(text, &next, &p2, &nl2) != CharClass::kLetter) break;
    p = next;
    ascii = false;
    while (p < size && IsAsciiLetter(static_cast<unsigned char>(text[p]))) ++p;
  }
  if (ascii) return p;
  *head = 0;
  for (size_t i = start; i < p; ++i) {
    const unsigned char ch = static_cast<unsigned char>(text[i]);
    lower[i] = static_cast<char>(ch | (static_cast<unsigned char>(ch - 'A') < 26 ? 0x20 : 0));
  }
  return p;
}

// A word without a lexicon entry that patterns never test: longer than one
// letter ("s" in "1990s") and not a regular past form (a weak tense cue).
bool IsGapWord(std::string_view w) {
  const size_t n = w.size();
  if (n <= 4) return n > 1;
  uint16_t last;
  std::memcpy(&last, w.data() + n - 2, 2);
  return last != ('e' | 'd' << 8);  // little-endian "ed"
}

}  // namespace

namespace {

// One pass over one text; the state between tokens lives in members that
// the inlined steps below keep in registers.
class Scanner {
 public:
  Scanner(std::string_view text, const Lexicon* lexicon, Tokens* out)
      : text_(text), size_(text.size()), lexicon_(lexicon), items_(&out->items), lower_(out->lower.data()) {}

  void Run() {
    size_t pos = 0;
    while (pos < size_) {
      const unsigned char c = static_cast<unsigned char>(text_[pos]);
      if (c == ' ') {  // the common case, no call
        ++pos;
        before_ |= Token::kSpaceBefore;
        continue;
      }
      if (IsAsciiLetter(c) && lexicon_ != nullptr) {
        if (const size_t end = PlainWord(pos, c)) {
          pos = end;
          continue;
        }
      }
      pos = General(pos, c);
    }
  }

 private:
  static constexpr uint8_t kMergeMask = Token::kSpaceBefore | Token::kNewlineBefore;

  // Plain ASCII words (most of the text) take this path: it reads the byte
  // after the word once to rule out the general path's cases (a non-ASCII
  // continuation, a dotted "a.m."), and decides "gap" without branching on
  // the word's length. Returns the word's end, or 0 to leave it to General.
  inline __attribute__((always_inline)) size_t PlainWord(size_t start, unsigned char c) {
    uint64_t head = 0;
    const size_t end = LetterRun(text_, start, lower_, &head);
    const unsigned char after = end < size_ ? static_cast<unsigned char>(text_[end]) : ' ';
    const size_t n = end - start;
    if (after >= 0x80 || (after == '.' && n == 1)) return 0;
    const WordInfo* info = lexicon_->Find(std::string_view(lower_ + start, n), head);
    uint16_t last;  // the last two bytes (a one-letter word reads itself and the next)
    std::memcpy(&last, lower_ + end - 2 + (n < 2), 2);
    const bool gap = (info == nullptr) & (n > 1) & !((n > 4) & (last == ('e' | 'd' << 8)));
    if (gap & last_gap_ & ((before_ & kMergeMask) == Token::kSpaceBefore)) {
      items_->back().end = static_cast<uint32_t>(end);
      before_ = 0;
      return end;
    }
    Token& t = items_->emplace_back();
    t.begin = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(end);
    t.kind = Token::Kind::kWord;
    t.info = info;
    if (info != nullptr) t.flags = info->flags;
    t.bits = static_cast<uint8_t>(before_ | (c <= 'Z' ? Token::kCapitalized : 0) | (gap ? Token::kGap : 0));
    before_ = 0;
    last_gap_ = gap;
    return end;
  }

  // Everything else: numbers, punctuation, whitespace other than a space,
  // non-ASCII characters and the words the plain path declined. Returns the
  // position after what it consumed.
  size_t General(size_t start, unsigned char c) {
    size_t pos = start;
    char punct = 0;
    bool nl = false;
    CharClass cls;
    if (IsAsciiLetter(c)) {  // inline fast paths for the common ASCII classes
      cls = CharClass::kLetter;
      ++pos;
    } else if (IsAsciiDigit(c)) {
      cls = CharClass::kDigit;
      ++pos;
    } else if (c > ' ' && c < 0x7f) {  // printable ASCII punctuation
      cls = CharClass::kPunct;
      punct = static_cast<char>(c);
      ++pos;
    } else {
      cls = Classify(text_, &pos, &punct, &nl);
    }
    if (cls == CharClass::kSpace) {
      // A second line break makes a blank line.
      if (nl) before_ |= Token::kNewlineBefore | ((before_ & Token::kNewlineBefore) ? Token::kBlankLineBefore : 0);
      before_ |= Token::kSpaceBefore;
      return pos;
    }
    const WordInfo* info = nullptr;
    bool gap = false;
    if (cls == CharClass::kLetter) {
      uint64_t head = 0;
      pos = ScanWord(text_, start, pos, lower_, &head);
      const std::string_view word(lower_ + start, pos - start);
      if (lexicon_ != nullptr) {
        info = head != 0 ? lexicon_->Find(word, head) : lexicon_->Find(word);
        // A run of words with no temporal role collapses into one gap token:
        // the patterns only need to know that "some other word" sits there.
        gap = info == nullptr && IsGapWord(word);
        if (gap && last_gap_ && (before_ & kMergeMask) == Token::kSpaceBefore) {
          items_->back().end = static_cast<uint32_t>(pos);
          before_ = 0;
          return pos;
        }
      }
    }
    // Written in place, one store per field (a local copied in would be
    // stored piecewise and reloaded whole: a store-forwarding stall).
    Token& t = items_->emplace_back();
    t.begin = static_cast<uint32_t>(start);
    const uint8_t bits = before_;
    before_ = 0;
    if (cls == CharClass::kDigit) {
      t.kind = Token::Kind::kNumber;
      t.bits = bits;
      pos = ScanNumber(text_, start, &t);
    } else if (cls == CharClass::kPunct) {
      t.kind = Token::Kind::kPunct;
      t.punct = punct;
      t.bits = bits;
    } else {
      t.kind = Token::Kind::kWord;
      t.info = info;
      if (info != nullptr) t.flags = info->flags;
      t.bits = bits | (c >= 'A' && c <= 'Z' ? Token::kCapitalized : 0) | (gap ? Token::kGap : 0);
    }
    last_gap_ = gap;
    t.end = static_cast<uint32_t>(pos);
    return pos;
  }

  const std::string_view text_;
  const size_t size_;
  const Lexicon* const lexicon_;
  std::vector<Token>* const items_;
  char* const lower_;  // lower-cased words at their own offsets (only word bytes are filled)
  // Whitespace facts since the last token, as Token bits: space (or the
  // start of the text), a line break, a blank line.
  uint8_t before_ = Token::kSpaceBefore;
  bool last_gap_ = false;  // the last token is a gap token
};

}  // namespace

void Scan(std::string_view text, const Lexicon* lexicon, Tokens* out) {
  out->items.clear();
  out->lower.resize(text.size() + 8);  // LetterRun stores eight bytes at a time
  Scanner(text, lexicon, out).Run();
}

}  // namespace parallax::time
