#include "synth/sentence_shape.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/ascii.h"
#include "core/byte_scan.h"
#include "core/word_list.h"
#include "synth/boilerplate.h"

namespace parallax::synth {

namespace {

// "AMY GOODMAN: ...", "JUAN GONZ\u00c1LEZ: ...": a speaker's name in capitals
// and a colon open a transcript's turn. Up to 40 bytes of capitals, spaces,
// periods, apostrophes, hyphens and non-ASCII letters, at least two ASCII
// capitals, no lower case.
bool OpensTranscriptTurn(std::string_view text) {
  size_t capitals = 0;
  for (size_t i = 0; i < text.size() && i < 40; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ':') return capitals >= 2 && i + 1 < text.size() && text[i + 1] == ' ';
    if (c >= 'A' && c <= 'Z') ++capitals;
    else if (!(c == ' ' || c == '.' || c == '\'' || c == '-' || c >= 0x80)) return false;
  }
  return false;
}

}  // namespace

// "Earlier that day, ...", "The next day ...": a time told relative to the
// sentence before.
bool OpensWithRelativeTime(std::string_view text) {
  static constexpr std::string_view kOpeners[] = {
      "Earlier that ", "Later that ", "The next day", "The next morning", "The following day",
      "The following morning", "The same day", "The day before", "The night before", "The previous day",
      "Hours later", "Minutes later", "Days later", "Moments later", "Shortly after that", "Soon after that"};
  if (text.empty()) return false;
  for (std::string_view o : kOpeners) {
    if (o[0] == text[0] && text.starts_with(o)) return true;  // the first byte inline: most differ there
  }
  return false;
}

Opening OpeningOf(std::string_view text) {
  if (OpensTranscriptTurn(text) || OpensWithRelativeTime(text)) return Opening::kRefers;
  size_t end = 0;
  while (end < text.size() && (core::IsAsciiAlpha(text[end]) || text[end] == '\'')) ++end;
  const std::string_view word = text.substr(0, end);
  const bool comma = end < text.size() && text[end] == ',';
  static constexpr std::string_view kConnectives[] = {"And", "But", "Or", "So", "Yet", "Nor", "Plus"};
  static constexpr std::string_view kAdverbs[] = {"However", "Still", "Also", "Instead", "Meanwhile", "Moreover",
                                                  "Nonetheless", "Nevertheless", "Besides", "Then", "Otherwise"};
  static constexpr std::string_view kPronouns[] = {"He", "She", "It", "They", "His", "Her", "Its", "Their", "Them",
                                                   "This", "That", "These", "Those", "It's", "He's", "She's",
                                                   "They're", "Such", "I", "We", "My", "Our", "I'm", "We're",
                                                   "I've", "We've", "They'll", "He'll", "She'll", "It'll", "We'll",
                                                   "I'll", "They've", "You", "Your", "You're", "You've", "You'll"};
  if (word.empty()) return Opening::kStandsAlone;
  if (core::InList(word, kConnectives) || (comma && core::InList(word, kAdverbs))) return Opening::kLeans;
  if (core::InList(word, kPronouns)) return Opening::kRefers;
  return Opening::kStandsAlone;
}

namespace {

// Whether `word` (1-3 ASCII letters) is a first-person word: "I", "we",
// "our", "my", "us", "me", "We", "Our", "My". The letters are packed into
// one integer and compared as such.
bool IsFirstPersonWord(std::string_view word) {
  uint32_t key = 0;
  for (char c : word) key = key << 8 | static_cast<uint8_t>(c);
  constexpr auto pack = [](std::string_view w) {
    uint32_t k = 0;
    for (char c : w) k = k << 8 | static_cast<uint8_t>(c);
    return k;
  };
  switch (word.size()) {
    case 1: return key == pack("I");
    case 2: return key == pack("we") || key == pack("my") || key == pack("us") || key == pack("me") ||
                   key == pack("We") || key == pack("My");
    case 3: return key == pack("our") || key == pack("Our");
    default: return false;
  }
}

// The end of the run of ASCII letters that starts at `i`, at most `to`.
size_t WordEnd(std::string_view text, size_t i, size_t to) {
  while (i < to && core::IsAsciiAlpha(text[i])) ++i;
  return i;
}

// Whether the word starting at `i` (a letter after a non-letter or at
// `from`) is a first-person word: 1-3 letters, then no letter.
bool FirstPersonAt(std::string_view text, size_t i, size_t to) {
  const size_t end = WordEnd(text, i, std::min(to, i + 4));
  return end - i <= 3 && (end == to || !core::IsAsciiAlpha(text[end])) && IsFirstPersonWord(text.substr(i, end - i));
}

// Whether a first-person word is among the runs of ASCII letters of
// text[from, to) (a stretch without quotation marks, bounded by bytes that
// are no letters). Sixteen bytes at a time where SSE2 is available: bit masks
// give the block's letters and the words that start in it, and only a word
// that starts with the first letter of a first-person word (I, w, o, m, u,
// W, O, M) is read.
bool HasFirstPersonWord(std::string_view text, size_t from, size_t to) {
  size_t i = from;
  bool in_word = false;  // text[i - 1] is a letter (of a word already judged)
#if defined(__SSE2__)
  const __m128i case_bit = _mm_set1_epi8(0x20), before_a = _mm_set1_epi8('a' - 1), after_z = _mm_set1_epi8('z' + 1);
  for (; i + 16 <= to; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i lower = _mm_or_si128(v, case_bit);  // letters folded; no other byte becomes one
    const unsigned letters = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(lower, before_a), _mm_cmplt_epi8(lower, after_z))));
    const unsigned starts = letters & ~((letters << 1) | (in_word ? 1u : 0u));
    const __m128i first = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('I')), _mm_cmpeq_epi8(v, _mm_set1_epi8('u'))),
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(lower, _mm_set1_epi8('w')), _mm_cmpeq_epi8(lower, _mm_set1_epi8('o'))),
                     _mm_cmpeq_epi8(lower, _mm_set1_epi8('m'))));
    for (unsigned c = starts & static_cast<unsigned>(_mm_movemask_epi8(first)); c != 0; c &= c - 1) {
      if (FirstPersonAt(text, i + static_cast<size_t>(__builtin_ctz(c)), to)) return true;
    }
    in_word = (letters >> 15) & 1;
  }
#endif
  if (in_word) i = WordEnd(text, i, to);  // the rest of a word judged at its start
  while (i < to) {
    if (!core::IsAsciiAlpha(text[i])) {
      ++i;
      continue;
    }
    if (FirstPersonAt(text, i, to)) return true;
    i = WordEnd(text, i + 1, to);
  }
  return false;
}

}  // namespace

bool SpeaksInFirstPerson(std::string_view text) {
  // The text runs from quotation mark to quotation mark ('"' toggles, curly
  // marks open and close); the words of a stretch outside quotation marks are
  // read, those inside are skipped. Marks are found sixteen bytes at a time
  // (this runs over most sentences of a story).
  bool quoted = false;
  for (size_t i = 0; i < text.size();) {
    const size_t mark = core::FindAnyOf3(text, i, text.size(), '"', '\xE2', '\xE2');
    if (!quoted && HasFirstPersonWord(text, i, mark)) return true;
    if (mark == text.size()) break;
    if (text[mark] == '"') {
      quoted = !quoted;
      i = mark + 1;
    } else if (mark + 2 < text.size() && text[mark + 1] == '\x80' && (text[mark + 2] == '\x9C' || text[mark + 2] == '\x9D')) {
      quoted = text[mark + 2] == '\x9C';
      i = mark + 3;
    } else {
      i = mark + 1;  // the lead byte of another character: no letter, no mark
    }
  }
  return false;
}

bool ReadsAsHeading(std::string_view text) {
  text = core::TrimAscii(text);
  if (text.empty()) return false;
  if (text.back() == ':') return true;
  static constexpr std::string_view kSmall[] = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and",
                                                "or", "but", "by", "with", "from", "as", "vs", "via"};
  size_t capitals = 0;
  for (size_t i = 0; i < text.size();) {
    while (i < text.size() && !core::IsAsciiAlnum(text[i])) ++i;  // spaces, quotes, brackets
    size_t end = i;
    while (end < text.size() && (core::IsAsciiAlnum(text[end]) || text[end] == '\'' || text[end] == '-')) ++end;
    if (end == i) break;
    const std::string_view word = text.substr(i, end - i);
    i = end;
    if (core::IsAsciiUpper(word[0])) {
      ++capitals;
    } else if (core::IsAsciiLower(word[0])) {
      bool small = false;
      for (std::string_view w : kSmall) small = small || word == w;
      if (!small) return false;  // a lower-case content word: prose
    }
  }
  return capitals >= 4;
}

// Whether the sentence ends as a statement does: with a period or an
// exclamation mark, perhaps inside closing quotes or a bracket. A headline or
// a link's text ("Obama to Boston: 'You will run again'") does not.
bool EndsAStatement(std::string_view text) {
  while (!text.empty()) {
    if (text.ends_with("\xE2\x80\x9D") || text.ends_with("\xE2\x80\x99")) {  // ” ’
      text.remove_suffix(3);
    } else if (text.back() == '"' || text.back() == '\'' || text.back() == ')') {
      text.remove_suffix(1);
    } else {
      break;
    }
  }
  return !text.empty() && (text.back() == '.' || text.back() == '!');
}

bool StatesAFact(std::string_view text) {
  text = core::TrimAscii(text);
  if (text.empty() || !EndsAStatement(text) || OpensTranscriptTurn(text) || ReadsAsHeading(text)) return false;
  return OpeningOf(text) != Opening::kLeans && !SpeaksInFirstPerson(text);
}

SentenceShapes::SentenceShapes(std::span<const Article* const> articles) : articles_(articles) {
  first_.reserve(articles.size());
  size_t n = 0;
  for (const Article* a : articles) {
    first_.push_back(static_cast<uint32_t>(n));
    if (a != nullptr) n += a->sentences.size();
  }
  memo_.assign(n, 0);
}

std::string_view SentenceShapes::Text(uint32_t article, uint32_t sentence) const {
  const Article& a = *articles_[article];
  return core::TrimAscii(a.sentences[sentence].span.Of(a.body));
}

template <typename Compute>
bool SentenceShapes::Memo(uint32_t article, uint32_t sentence, int test, const Compute& compute) {
  uint16_t& m = memo_[first_[article] + sentence];
  const auto known = static_cast<uint16_t>(1u << (2 * test)), value = static_cast<uint16_t>(known << 1);
  if (!(m & known)) m |= known | (compute(Text(article, sentence)) ? value : 0);
  return (m & value) != 0;
}

namespace {
// The two-bit fields of the yes/no tests; the opening's field (known, then
// the Opening's value in two bits) follows them.
enum : int { kBoilerplateTest, kHeadingTest, kFirstPersonTest, kOpeningField };
}  // namespace

bool SentenceShapes::IsBoilerplate(uint32_t article, uint32_t sentence) {
  return Memo(article, sentence, kBoilerplateTest, [](std::string_view t) { return IsBoilerplateSentence(t); });
}

bool SentenceShapes::ReadsAsHeading(uint32_t article, uint32_t sentence) {
  return Memo(article, sentence, kHeadingTest, [](std::string_view t) { return synth::ReadsAsHeading(t); });
}

bool SentenceShapes::SpeaksInFirstPerson(uint32_t article, uint32_t sentence) {
  return Memo(article, sentence, kFirstPersonTest, [](std::string_view t) { return synth::SpeaksInFirstPerson(t); });
}

Opening SentenceShapes::OpeningOf(uint32_t article, uint32_t sentence) {
  uint16_t& m = memo_[first_[article] + sentence];
  constexpr int kShift = 2 * kOpeningField;
  if (!(m & (1u << kShift))) {
    const auto opening = static_cast<uint16_t>(synth::OpeningOf(Text(article, sentence)));
    m |= static_cast<uint16_t>((1u | opening << 1) << kShift);
  }
  return static_cast<Opening>((m >> (kShift + 1)) & 3u);
}

bool SentenceShapes::StatesAFact(uint32_t article, uint32_t sentence) {
  const std::string_view text = Text(article, sentence);
  if (text.empty() || !EndsAStatement(text) || OpensTranscriptTurn(text) || ReadsAsHeading(article, sentence)) {
    return false;
  }
  return OpeningOf(article, sentence) != Opening::kLeans && !SpeaksInFirstPerson(article, sentence);
}

}  // namespace parallax::synth
