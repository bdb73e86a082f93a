// Scanner for the time tagger: splits text into word, number and
// punctuation tokens with byte spans, lower-cased word forms and the
// whitespace facts the patterns need (adjacency, line breaks). One pass,
// linear in the input; never fails.
#ifndef PARALLAX_ANNOTATE_TIME_TOKENS_H_
#define PARALLAX_ANNOTATE_TIME_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::time {

struct WordInfo;

// Kept to 32 bytes: a pass writes one per ~5 bytes of text.
struct Token {
  enum class Kind : uint8_t { kWord, kNumber, kPunct };
  uint32_t begin = 0, end = 0;     // byte span in the text
  int32_t value = -1;              // kNumber: value (-1 when too long to matter)
  float real = 0;                  // kNumber: value including a decimal part
  const WordInfo* info = nullptr;  // lexicon entry of a word, if any
  uint32_t flags = 0;              // info->flags, copied (read for every token)
  Kind kind = Kind::kPunct;
  uint8_t digits = 0;              // kNumber: digit count (capped at 255)
  char punct = 0;                  // kPunct: ASCII char ('-' also for en/em dashes, '\'' for ’)
  uint8_t bits = 0;                // the facts below, one bit each (written in one store)

  enum Bit : uint8_t {
    kHasSeparator = 1,  // kNumber: "1,000" or "2.5"
    kSpaceBefore = 2,   // whitespace (or start of text) before the token
    kBlankLineBefore = 4,
    kCapitalized = 8,   // kWord: first letter upper-case
    kGap = 16,          // kWord: one or more words with no temporal role
    kNewlineBefore = 32,  // a line break in the whitespace before the token
  };
  bool has_separator() const { return bits & kHasSeparator; }
  bool space_before() const { return bits & kSpaceBefore; }
  bool blank_line_before() const { return bits & kBlankLineBefore; }
  bool capitalized() const { return bits & kCapitalized; }
  bool gap() const { return bits & kGap; }
  bool newline_before() const { return bits & kNewlineBefore; }
};

struct Tokens {
  std::vector<Token> items;
  std::string lower;  // word bytes ASCII lower-cased, at the text's offsets (other bytes unset)
  std::string_view Lower(const Token& t) const { return {lower.data() + t.begin, t.end - t.begin}; }
};

// Fills *out (reusing its storage). With a lexicon, word tokens get their
// entry (Token::info) and runs of words without one collapse into gap tokens.
void Scan(std::string_view text, const class Lexicon* lexicon, Tokens* out);

}  // namespace parallax::time

#endif  // PARALLAX_ANNOTATE_TIME_TOKENS_H_
