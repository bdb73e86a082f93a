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

struct Token {
  enum class Kind : uint8_t { kWord, kNumber, kPunct };
  Kind kind = Kind::kPunct;
  uint32_t begin = 0, end = 0;
  uint32_t lower_begin = 0, lower_len = 0;  // lower-cased form in Tokens::lower
  int64_t value = -1;       // kNumber: value (-1 when too long to matter)
  uint8_t digits = 0;       // kNumber: digit count (capped at 255)
  bool has_separator = false;  // kNumber: "1,000" or "2.5"
  double real = 0;          // kNumber: value including a decimal part
  char punct = 0;           // kPunct: ASCII char ('-' also for en/em dashes, '\'' for ’)
  bool space_before = true; // whitespace (or start of text) before the token
  bool newline_before = false;
  bool blank_line_before = false;
  bool capitalized = false;  // kWord: first letter upper-case
  bool all_caps = false;
  const WordInfo* info = nullptr;  // lexicon entry of a word, if any
};

struct Tokens {
  std::vector<Token> items;
  std::string lower;
  std::string_view Lower(const Token& t) const { return {lower.data() + t.lower_begin, t.lower_len}; }
};

// Fills *out (reusing its storage).
void Scan(std::string_view text, Tokens* out);

}  // namespace parallax::time

#endif  // PARALLAX_ANNOTATE_TIME_TOKENS_H_
