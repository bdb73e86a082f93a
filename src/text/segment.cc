// Tokenization and sentence splitting.
//
// The tokenizer works on whitespace-separated chunks. Each chunk is peeled
// from both ends: opening quotes/brackets from the front; closing quotes,
// brackets and punctuation from the back — except that a final '.' stays
// when the chunk is a known abbreviation or a letter-dot sequence ("U.S.").
// What remains is split at dashes between words and at English clitics.
// A chunk of ASCII letters and digits alone (most words) is one token and
// skips the peeling.
// Everything is byte-based with UTF-8 awareness for the typographic
// characters news uses (curly quotes, dashes, ellipsis).
//
// The sentence splitter then walks the tokens of one paragraph: a sentence
// may end at a terminal token (. ! ? … or an abbreviation), absorbing closing
// quotes and brackets that follow (not a straight quote set apart from the end
// and touching the next word: that one opens the next sentence); it does end when the next token looks
// like a sentence start (capital letter, digit, opening quote). After an
// abbreviation, a break additionally needs a typical opener word, so "Rep.
// Mike Gallagher" and "Jan. 6" stay whole while "in the U.S. The" splits.
#include "text/segment.h"

#include <array>
#include <cctype>
#include <cstring>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/ascii.h"
#include "core/unicode.h"
#include "text/abbreviations.h"

namespace parallax::text {

namespace {

using core::DecodeUtf8;

constexpr char32_t kOpeners[] = {'(', '[', '{', '"', '\'', U'\u201C', U'\u2018', U'\u00AB', U'\u00BF', U'\u00A1', '*'};
constexpr char32_t kClosers[] = {')', ']', '}', '"', '\'', U'\u201D', U'\u2019', U'\u00BB', ',', ';', ':', '!', '?',
                                 U'\u2026', '*'};

template <size_t N>
bool In(char32_t c, const char32_t (&set)[N]) {
  for (char32_t x : set) if (x == c) return true;
  return false;
}

// The ASCII members of a set above, as a table.
struct AsciiMembers {
  bool has[128] = {};
  template <size_t N>
  constexpr explicit AsciiMembers(const char32_t (&set)[N]) {
    for (char32_t x : set) {
      if (x < 128) has[x] = true;
    }
  }
};
constexpr AsciiMembers kAsciiClosers(kClosers);

bool IsDash(char32_t c) { return c == U'\u2014' || c == U'\u2013' || c == U'\u2012' || c == U'\u2015'; }

// Length in bytes of the UTF-8 character ending at text[end-1].
size_t LastCharLen(std::string_view text, size_t begin, size_t end) {
  if (static_cast<unsigned char>(text[end - 1]) < 0x80) return 1;
  size_t i = end - 1;
  while (i > begin && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  return end - i;
}

char32_t LastChar(std::string_view text, size_t begin, size_t end) {
  if (static_cast<unsigned char>(text[end - 1]) < 0x80) return static_cast<unsigned char>(text[end - 1]);
  size_t start = end - LastCharLen(text, begin, end);
  return DecodeUtf8(text, &start);
}

bool StartsWithAny(std::string_view s, std::initializer_list<std::string_view> prefixes) {
  for (auto p : prefixes) if (s.substr(0, p.size()) == p) return true;
  return false;
}

// `has_at`: whether `w` holds an '@' (the caller's scan of the chunk knows).
bool IsUrlLike(std::string_view w, bool has_at) {
  // Cheap reject first: almost every chunk is a plain word.
  if (!has_at && (w.size() < 4 || (w.substr(0, 4) != "http" && w.substr(0, 4) != "www." && w.substr(0, 4) != "pic."))) {
    return false;
  }
  if (StartsWithAny(w, {"http://", "https://", "www.", "pic.twitter.com/"})) return true;
  if (!has_at) return false;
  size_t at = w.find('@');
  return at > 0 && w.find('.', at) != std::string_view::npos;
}

void Emit(uint32_t b, uint32_t e, std::vector<Token>* out) {
  if (e > b) out->push_back(Token{Span{b, e}});
}

// Splits clitics off the end of a word: 's n't 're 've 'll 'd 'm (straight or curly).
size_t CliticStart(std::string_view w) {
  // Every clitic holds an apostrophe (' or the last byte 0x99 of U+2019) in the last four bytes.
  bool apostrophe = false;
  for (size_t i = w.size() > 5 ? w.size() - 5 : 0; i < w.size(); ++i) {
    apostrophe |= w[i] == '\'' || w[i] == '\x99';
  }
  if (!apostrophe) return w.size();
  static const std::array<std::string_view, 16> kClitics = {
      "n't", "n\u2019t", "'s", "\u2019s", "'S", "\u2019S", "'re", "\u2019re",
      "'ve", "\u2019ve", "'ll", "\u2019ll", "'d", "\u2019d", "'m", "\u2019m"};
  for (auto c : kClitics) {
    if (w.size() > c.size() + 0 && w.size() >= c.size() + 1 && w.substr(w.size() - c.size()) == c) {
      return w.size() - c.size();
    }
  }
  return w.size();
}

// Splits the core of a chunk (no outer punctuation) at dashes and clitics.
void SplitCore(std::string_view text, uint32_t b, uint32_t e, std::vector<Token>* out) {
  size_t start = b;
  size_t i = b;
  while (i < e) {
    unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80 && byte != '-') {  // plain ASCII: no dash to split at
      ++i;
      continue;
    }
    size_t at = i;
    char32_t c = DecodeUtf8(text, &i);
    bool double_hyphen = c == '-' && i < e && text[i] == '-';
    if (IsDash(c) || double_hyphen) {
      Emit(static_cast<uint32_t>(start), static_cast<uint32_t>(at), out);
      if (double_hyphen) {
        while (i < e && text[i] == '-') ++i;
      }
      Emit(static_cast<uint32_t>(at), static_cast<uint32_t>(i), out);
      start = i;
    }
  }
  if (start >= e) return;
  std::string_view w = text.substr(start, e - start);
  // Currency symbols before a number.
  bool currency = w[0] == '$' || (static_cast<unsigned char>(w[0]) >= 0xC2 && StartsWithAny(w, {"\u20AC", "\u00A3"}));
  if (currency && w.size() > 1) {
    size_t len = w[0] == '$' ? 1 : 2;
    if (std::isdigit(static_cast<unsigned char>(w[len]))) {
      Emit(static_cast<uint32_t>(start), static_cast<uint32_t>(start + len), out);
      start += len;
      w.remove_prefix(len);
    }
  }
  if (w.size() > 1 && w.back() == '%' && std::isdigit(static_cast<unsigned char>(w[w.size() - 2]))) {
    Emit(static_cast<uint32_t>(start), static_cast<uint32_t>(e - 1), out);
    Emit(static_cast<uint32_t>(e - 1), static_cast<uint32_t>(e), out);
    return;
  }
  size_t cl = CliticStart(w);
  Emit(static_cast<uint32_t>(start), static_cast<uint32_t>(start + cl), out);
  Emit(static_cast<uint32_t>(start + cl), static_cast<uint32_t>(e), out);
}

// Tokens peeled from the end of a chunk, in reverse order; rarely more than a
// few, so they live on the stack.
class Trailing {
 public:
  void push_back(Token t) {
    if (n_ < kInline) inline_[n_++] = t;
    else more_.push_back(t);
  }
  void AppendReversed(std::vector<Token>* out) const {
    for (auto it = more_.rbegin(); it != more_.rend(); ++it) out->push_back(*it);
    for (size_t i = n_; i > 0; --i) out->push_back(inline_[i - 1]);
  }

 private:
  static constexpr size_t kInline = 8;
  Token inline_[kInline];
  size_t n_ = 0;
  std::vector<Token> more_;  // beyond kInline (a run of "!!!!!!!!!")
};

// Tokenizes one whitespace-free chunk [b, e); `has_at`: it holds an '@'.
void TokenizeChunk(std::string_view text, uint32_t b, uint32_t e, bool has_at, std::vector<Token>* out) {
  // Leading openers.
  while (b < e) {
    size_t i = b;
    char32_t c = DecodeUtf8(text, &i);
    if (!In(c, kOpeners) && !IsDash(c) && !(c == '-' && i < e && text[i] == '-')) break;
    if (c == '-') while (i < e && text[i] == '-') ++i;
    Emit(b, static_cast<uint32_t>(i), out);
    b = static_cast<uint32_t>(i);
  }
  if (b >= e) return;
  std::string_view chunk = text.substr(b, e - b);
  Trailing trailing;
  if (IsUrlLike(chunk, has_at)) {
    while (e > b) {
      char32_t c = LastChar(text, b, e);
      if (!In(c, kClosers) && c != '.') break;
      size_t len = LastCharLen(text, b, e);
      trailing.push_back(Token{Span{static_cast<uint32_t>(e - len), e}});
      e -= static_cast<uint32_t>(len);
    }
    Emit(b, e, out);
  } else {
    while (e > b) {
      char32_t c = LastChar(text, b, e);
      size_t len = LastCharLen(text, b, e);
      if (c == '.') {
        std::string_view w = text.substr(b, e - b);
        if (w.size() >= 3 && w.substr(w.size() - 3) == "...") {
          trailing.push_back(Token{Span{e - 3, e}});
          e -= 3;
          continue;
        }
        if (ClassifyAbbreviation(w) != AbbrevKind::kNone) break;
      } else if (!In(c, kClosers) && !IsDash(c)) {
        break;
      }
      trailing.push_back(Token{Span{static_cast<uint32_t>(e - len), e}});
      e -= static_cast<uint32_t>(len);
    }
    if (e > b) SplitCore(text, b, e, out);
  }
  trailing.AppendReversed(out);
}

// The last bytes of terminal tokens and abbreviations, as a table.
struct TerminalLastByte {
  bool is[256] = {};
  constexpr TerminalLastByte() {
    is['.'] = is['!'] = is['?'] = true;
    is[0xA6] = true;
  }
};
constexpr TerminalLastByte kTerminalLastByte;

bool IsTerminal(std::string_view tok) {
  return tok == "." || tok == "!" || tok == "?" || tok == "\u2026" || tok == "..." || tok == "?!" ;
}

bool IsCloser(std::string_view tok) {
  return tok == "\"" || tok == "'" || tok == "\u201D" || tok == "\u2019" || tok == ")" || tok == "]" ||
         tok == "\u00BB";
}

// A straight quote (or apostrophe) after a sentence end is ambiguous: it
// closes the quotation ("... Monday.\"") unless it stands apart from the
// end and touches the next word ("... Monday. \"We"), where it opens the
// next sentence.
bool OpensNextSentence(std::string_view text, const std::vector<Token>& tokens, uint32_t j, uint32_t last) {
  const std::string_view tok = tokens[j].span.Of(text);
  if (tok != "\"" && tok != "'") return false;
  return j > 0 && tokens[j].span.begin > tokens[j - 1].span.end && j + 1 < last &&
         tokens[j + 1].span.begin == tokens[j].span.end;
}

bool CanStartSentence(std::string_view tok) {
  if (tok.empty()) return false;
  size_t i = 0;
  char32_t c = DecodeUtf8(tok, &i);
  if (c == '"' || c == U'\u201C' || c == U'\u2018' || c == '\'' || c == '(' || c == '[') return true;
  return core::IsUpper(c) || core::IsDigit(c);
}

// Byte classes for the chunk scan in Tokenize: one table load per byte
// instead of a chain of comparisons. kOther is any other ASCII byte ('@'
// included); bytes from 0x80 on are kHigh and get decoded (a chunk ends at
// Unicode spaces too).
enum : uint8_t { kSpaceByte = 1, kAlnumByte = 2, kAtByte = 4, kOtherByte = 8, kHighByte = 16 };
struct ByteClasses {
  uint8_t of[256] = {};
  constexpr ByteClasses() {
    for (int b = 0; b < 256; ++b) {
      bool space = b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f' || b == '\v';
      bool alnum = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
      of[b] = b >= 0x80 ? kHighByte : space ? kSpaceByte : alnum ? kAlnumByte : b == '@' ? (kAtByte | kOtherByte) : kOtherByte;
    }
  }
};
constexpr ByteClasses kByteClass;

// For a chunk of ASCII letters and digits and one final ASCII mark, whether
// TokenizeChunk splits the mark off and leaves the word whole: a closing
// mark always (the word has nothing to peel or split), a period unless the
// chunk is an abbreviation ("Mr.", "Inc.", "J.").
bool PeelsLastByte(std::string_view chunk) {
  const unsigned char c = static_cast<unsigned char>(chunk.back());
  if (c == '.') return ClassifyAbbreviation(chunk) == AbbrevKind::kNone;
  return c < 128 && kAsciiClosers.has[c];
}

// The chunk that starts at `at` (an ASCII byte that is not a space), read
// sixteen bytes at a time: returns its length and the bytes in it that are
// not ASCII letters or digits (*other, bit k for byte at + k); 0 when the
// block holds a byte from 0x80 on before the chunk's end, or the chunk runs
// past the block: the byte loop then decides (it decodes characters, since
// a chunk ends at Unicode spaces too). Never reads past text.size().
size_t AsciiChunkLength(std::string_view text, size_t at, size_t end, unsigned* other) {
#if defined(__SSE2__)
  if (at + 16 > text.size()) return 0;
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
  // Signed compares: bytes from 0x80 on are negative, in none of the ranges.
  auto in = [](__m128i x, char lo, char hi) {
    return _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>(lo - 1))),
                         _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(hi + 1))));
  };
  const unsigned space = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), in(v, '\t', '\r'))));
  const unsigned high = static_cast<unsigned>(_mm_movemask_epi8(v));
  const size_t room = end - at;  // the chunk also ends at the span's end
  const unsigned stop = space | high | (room < 16 ? ~0u << room : 0u);
  if ((stop & 0xFFFF) == 0) return 0;
  const unsigned n = static_cast<unsigned>(__builtin_ctz(stop));
  if (high >> n & 1) return 0;
  const unsigned chunk = (1u << n) - 1;
  // Letters of either case are 'a'..'z' with the case bit set (no other
  // byte lands there: '@' and '[' .. '_' become '`' and '{' .. DEL).
  const __m128i letter = in(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');
  const unsigned alnum = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letter, in(v, '0', '9'))));
  *other = ~alnum & chunk;
  return n;
#else
  (void)text, (void)at, (void)end, (void)other;
  return 0;
#endif
}

}  // namespace

void Tokenize(std::string_view text, Span span, std::vector<Token>* tokens) {
  size_t i = span.begin;
  const size_t end = span.end;
  while (i < end) {
    size_t at = i;
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      if (core::IsAsciiSpace(text[i++])) continue;
      // Most chunks: ASCII, shorter than sixteen bytes.
      unsigned other = 0;
      if (const size_t n = AsciiChunkLength(text, at, end, &other)) {
        const uint32_t b = static_cast<uint32_t>(at), e = static_cast<uint32_t>(at + n);
        if (other == 0) {
          // Every byte an ASCII letter or digit (most words of a text):
          // nothing to peel or split, the chunk is one token.
          tokens->push_back(Token{Span{b, e}});
        } else if (other == 1u << (n - 1) && n >= 2 && PeelsLastByte(text.substr(at, n))) {
          // A word and one closing mark ("said,", "Monday."): what
          // TokenizeChunk makes of it, without its general steps.
          tokens->push_back(Token{Span{b, e - 1}});
          tokens->push_back(Token{Span{e - 1, e}});
        } else {
          TokenizeChunk(text, b, e, std::memchr(text.data() + at, '@', n) != nullptr, tokens);
        }
        // The chunk ended at a space (mostly a plain one, which the next
        // round would only step over), a byte from 0x80 on or the span's end.
        i = at + n;
        i += i < end && text[i] == ' ';
        continue;
      }
    } else if (core::IsSpace(DecodeUtf8(text, &i))) {
      continue;
    }
    // Find the end of this chunk, and the classes of the bytes in it.
    size_t j = i;
    uint8_t seen = kByteClass.of[static_cast<unsigned char>(text[at])];
    while (j < end) {
      uint8_t c = kByteClass.of[static_cast<unsigned char>(text[j])];
      if (c & kHighByte) {
        size_t k = j;
        if (core::IsSpace(DecodeUtf8(text, &k))) break;
        seen |= kHighByte;
        j = k;
        continue;
      }
      if (c & kSpaceByte) break;
      seen |= c;
      ++j;
    }
    bool has_at = seen & kAtByte;
    bool plain = !(seen & (kOtherByte | kHighByte));
    if (plain) Emit(static_cast<uint32_t>(at), static_cast<uint32_t>(j), tokens);
    else TokenizeChunk(text, static_cast<uint32_t>(at), static_cast<uint32_t>(std::min(j, end)), has_at, tokens);
    i = j;
  }
}

void SplitSentences(std::string_view text, const std::vector<Token>& tokens, uint32_t first,
                    uint32_t last, uint32_t paragraph, std::vector<Sentence>* sentences) {
  uint32_t start = first;
  auto close = [&](uint32_t end_tok) {  // [start, end_tok)
    if (end_tok <= start) return;
    Sentence s;
    s.span = Span{tokens[start].span.begin, tokens[end_tok - 1].span.end};
    s.paragraph = paragraph;
    s.first_token = start;
    s.token_count = end_tok - start;
    sentences->push_back(s);
    start = end_tok;
  };
  for (uint32_t i = first; i < last; ++i) {
    // Terminal tokens and abbreviations end in '.', '!', '?' or U+2026
    // (last byte 0xA6); most tokens are decided by their last byte (tokens
    // are never empty).
    if (!kTerminalLastByte.is[static_cast<unsigned char>(text[tokens[i].span.end - 1])]) continue;
    std::string_view tok = tokens[i].span.Of(text);
    AbbrevKind abbrev = tok.size() > 1 && tok.back() == '.' ? ClassifyAbbreviation(tok) : AbbrevKind::kNone;
    bool terminal = IsTerminal(tok) || abbrev == AbbrevKind::kFinal || abbrev == AbbrevKind::kBeforeNum;
    if (!terminal) continue;
    uint32_t j = i + 1;
    while (j < last && IsCloser(tokens[j].span.Of(text)) && !OpensNextSentence(text, tokens, j, last)) ++j;
    if (j >= last) break;
    std::string_view next = tokens[j].span.Of(text);
    if (!CanStartSentence(next)) continue;
    if (abbrev != AbbrevKind::kNone && !IsSentenceOpener(next)) continue;
    close(j);
    i = j - 1;
  }
  close(last);
}

void Segment(Article* article) {
  article->tokens.clear();
  article->sentences.clear();
  // News runs about five bytes a token: one allocation instead of a dozen
  // doublings, each copying the tokens so far.
  article->tokens.reserve(article->body.size() / 4 + 16);
  for (uint32_t p = 0; p < article->paragraphs.size(); ++p) {
    const Paragraph& para = article->paragraphs[p];
    uint32_t first = static_cast<uint32_t>(article->tokens.size());
    Tokenize(article->body, para.span, &article->tokens);
    uint32_t last = static_cast<uint32_t>(article->tokens.size());
    if (!para.heading) SplitSentences(article->body, article->tokens, first, last, p, &article->sentences);
  }
}

std::vector<Paragraph> SplitParagraphs(std::string_view body) {
  std::vector<Paragraph> paragraphs;
  size_t pos = 0;
  while (pos < body.size()) {
    size_t end = body.find("\n\n", pos);
    if (end == std::string_view::npos) end = body.size();
    if (end > pos) paragraphs.push_back(Paragraph{Span{static_cast<uint32_t>(pos), static_cast<uint32_t>(end)}});
    pos = end + 2;
  }
  return paragraphs;
}

}  // namespace parallax::text
