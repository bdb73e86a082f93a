// Snippets without tokenizing the whole body.
//
// FTS5's snippet() runs the tokenizer (unicode folding and the Porter
// stemmer) over the entire body of every hit, and scores every window;
// that was ~0.35 ms a hit, 7 ms of a 20-hit page. Here the body is first
// split into words by a byte scan (ASCII letters and digits, and any
// non-ASCII byte, make words: a superset of what unicode61 joins), and only
// the words that could stem to a query term are run through the real
// tokenizer: a Porter stem keeps the first three letters of its word but
// for a y turned into i (the stemmer rewrites suffixes, keeping their first
// letter, after a stem of at least two letters, and leaves words of one or
// two letters alone), so a word whose first folded letters differ from every
// term's cannot match. Words that start with a non-ASCII byte (accents fold away,
// curly quotes split) are always checked. The window is then chosen among
// the matches by word counts alone: the `words`-word span with the most
// distinct terms, then the most matches, earliest first, centred on them.
// The scan stops once a window holds every term (plus the words needed to
// centre it): for most hits that is within the first paragraphs, so the
// rest of the body is never looked at. The memory index knows which terms
// a body holds (a posting's weight minus five times the term's title count
// is its body count), so for a body that lacks a term the scan stops once a
// window holds the terms it does have, instead of reading to the end.
#include "search/snippet.h"

#include <algorithm>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "parallax/store.h"
#include "search/fts_tokenizer.h"

namespace parallax::search {

namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

bool IsWordByte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

unsigned char Fold(unsigned char c) { return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c | 0x20) : c; }

int TermIndex(std::string_view term, const std::vector<std::string>& terms) {
  for (size_t i = 0; i < terms.size(); ++i) {
    if (terms[i] == term) return static_cast<int>(i);
  }
  return -1;
}

// True when the word starting at `w` (of `n` bytes) may tokenize to a term:
// its first two folded letters are the term's, and so is the third (a final
// y becomes i: "day" -> "dai"); a term of one or two letters comes only from
// a word at most two letters longer. Any non-ASCII byte among the first
// three makes it a candidate (diacritics fold, separators split).
bool MayMatch(const char* w, size_t n, const std::vector<std::string>& terms) {
  unsigned char c[3] = {0, 0, 0};
  for (size_t i = 0; i < 3 && i < n; ++i) {
    c[i] = Fold(static_cast<unsigned char>(w[i]));
    if (c[i] >= 0x80) return true;
  }
  for (const auto& t : terms) {
    if (t.empty() || static_cast<unsigned char>(t[0]) != c[0]) continue;
    if (t.size() <= 2) {
      if (n <= t.size() + 2 && (t.size() == 1 || n == 1 || static_cast<unsigned char>(t[1]) == c[1])) return true;
      continue;
    }
    if (n < 2 || static_cast<unsigned char>(t[1]) != c[1]) continue;
    if (n == 2 || static_cast<unsigned char>(t[2]) == c[2] || (t[2] == 'i' && c[2] == 'y')) return true;
  }
  return false;
}

struct Hit {
  size_t word;   // index into the words
  size_t begin;  // bytes in the body
  size_t end;
  int term;
};

// The words of a body (byte offsets), in thread-local arrays sized up front
// so the scan's inner loop does no capacity checks.
struct Words {
  std::vector<uint32_t> begin, end;
  size_t n = 0;
};

// Bytes that make words: ASCII letters and digits and any non-ASCII byte.
struct WordBytes {
  bool is[256] = {};
  WordBytes() {
    for (int c = 0; c < 256; ++c) is[c] = IsWordByte(static_cast<unsigned char>(c));
  }
};
const WordBytes kWordBytes;

// True when the hits within the last `span` words hold every term of `want`.
bool WindowComplete(const std::vector<Hit>& hits, size_t span, uint64_t want) {
  uint64_t seen = 0;
  size_t last = hits.back().word;
  for (size_t k = hits.size(); k-- > 0 && hits[k].word + span > last;) seen |= 1ull << (hits[k].term % 64);
  return (seen & want) == want;
}

// Bit i set when p[i] is a word byte, for the 64 bytes at p (SSE2: four
// 16-byte compares instead of 64 branches on word edges).
uint64_t WordMask64(const unsigned char* p) {
#ifdef __SSE2__
  uint64_t mask = 0;
  for (int k = 0; k < 4; ++k) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    __m128i digit = _mm_sub_epi8(v, _mm_set1_epi8('0'));
    digit = _mm_cmpeq_epi8(_mm_min_epu8(digit, _mm_set1_epi8(9)), digit);
    __m128i letter = _mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    letter = _mm_cmpeq_epi8(_mm_min_epu8(letter, _mm_set1_epi8(25)), letter);
    // The top bit of v itself marks the non-ASCII bytes.
    auto bits = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(digit, letter), v)));
    mask |= static_cast<uint64_t>(bits) << (16 * k);
  }
  return mask;
#else
  uint64_t mask = 0;
  for (int i = 0; i < 64; ++i) mask |= static_cast<uint64_t>(kWordBytes.is[p[i]]) << i;
  return mask;
#endif
}

// Splits a body into words 64 bytes at a time, ahead of the scan.
class WordSplitter {
 public:
  WordSplitter(std::string_view body, Words* words) : p_(reinterpret_cast<const unsigned char*>(body.data())),
                                                      size_(body.size()), words_(words) {}
  // Words whose begin and end are known.
  size_t complete() const { return ends_; }
  size_t started() const { return begins_; }
  size_t split_to() const { return pos_; }
  // Splits the next 64 bytes; false once the body is split to its end.
  bool Next() {
    if (pos_ >= size_) return false;
    uint64_t mask;
    if (size_ - pos_ >= 64) {
      mask = WordMask64(p_ + pos_);
    } else {
      unsigned char tail[64] = {};  // zero bytes are not word bytes
      std::copy(p_ + pos_, p_ + size_, tail);
      mask = WordMask64(tail);
    }
    const uint64_t before = (mask << 1) | (in_word_ ? 1 : 0);
    for (uint64_t starts = mask & ~before; starts; starts &= starts - 1) {
      words_->begin[begins_++] = static_cast<uint32_t>(pos_ + static_cast<size_t>(__builtin_ctzll(starts)));
    }
    for (uint64_t ends = ~mask & before; ends; ends &= ends - 1) {
      words_->end[ends_++] = static_cast<uint32_t>(pos_ + static_cast<size_t>(__builtin_ctzll(ends)));
    }
    in_word_ = (mask >> 63) != 0;
    pos_ += 64;
    if (pos_ >= size_) {
      pos_ = size_;
      if (in_word_) words_->end[ends_++] = static_cast<uint32_t>(size_);
    }
    return true;
  }

 private:
  const unsigned char* p_;
  size_t size_;
  Words* words_;
  size_t pos_ = 0, begins_ = 0, ends_ = 0;
  bool in_word_ = false;
};

// Splits `body` into words and finds the hits, stopping once a window of
// `span` words holds every term of `want` (and enough words follow it to
// centre it). *more is set when the body goes on past the words returned.
void ScanWords(std::string_view body, const std::vector<std::string>& terms, size_t span, uint64_t want,
               Words* words, std::vector<Hit>* hits, bool* more) {
  size_t need = want == 0 ? span : SIZE_MAX;  // words to read
  bool first[256] = {};    // bytes a matching word can start with (quick reject before MayMatch)
  for (int c = 0x80; c < 256; ++c) first[c] = true;
  for (const auto& t : terms) {
    if (t.empty()) continue;
    auto c = static_cast<unsigned char>(t[0]);
    first[c] = true;
    if (c >= 'a' && c <= 'z') first[c - 'a' + 'A'] = true;
  }
  const size_t size = body.size();
  if (words->begin.size() < size / 2 + 2) {
    words->begin.resize(size / 2 + 2);
    words->end.resize(size / 2 + 2);
  }
  const auto* p = reinterpret_cast<const unsigned char*>(body.data());
  WordSplitter split(body, words);
  size_t n = 0;
  while (n < need) {
    if (n == split.complete()) {
      if (!split.Next()) break;
      continue;
    }
    const size_t b = words->begin[n], e = words->end[n];
    if (first[p[b]] && MayMatch(body.data() + b, e - b, terms)) {
      size_t before = hits->size();
      (void)Tokenize(body.substr(b, e - b), [&](std::string_view term, size_t tb, size_t te) {
        int t = TermIndex(term, terms);
        if (t >= 0) hits->push_back({n, b + tb, b + te, t});
        return true;
      });
      if (need == SIZE_MAX && hits->size() > before && WindowComplete(*hits, span, want)) need = n + span;
    }
    ++n;
  }
  words->n = n;
  // More words follow when one started after the last word returned, or
  // the part not split yet has a word byte.
  *more = split.started() > n;
  for (size_t i = split.split_to(); i < size && !*more; ++i) *more = kWordBytes.is[p[i]];
}

// The first word of the best window.
size_t BestStart(const std::vector<Hit>& hits, size_t n_words, size_t span) {
  if (hits.empty()) return 0;
  size_t best_first = 0, best_distinct = 0, best_count = 0;
  for (size_t i = 0; i < hits.size(); ++i) {
    uint64_t seen = 0;
    size_t count = 0, j = i;
    for (; j < hits.size() && hits[j].word < hits[i].word + span; ++j, ++count) seen |= 1ull << (hits[j].term % 64);
    size_t distinct = static_cast<size_t>(__builtin_popcountll(seen));
    if (distinct > best_distinct || (distinct == best_distinct && count > best_count)) {
      best_first = i, best_distinct = distinct, best_count = count;
    }
  }
  size_t first = hits[best_first].word, last = first;
  for (const Hit& h : hits) {
    if (h.word >= first && h.word < first + span) last = std::max(last, h.word);
  }
  size_t slack = span - (last - first + 1);
  size_t start = first > slack / 2 ? first - slack / 2 : 0;
  if (start + span > n_words) start = n_words > span ? n_words - span : 0;
  return start;
}

// text[begin, end) with the hits inside it marked.
std::string Marked(std::string_view text, size_t begin, size_t end, const std::vector<Hit>& hits) {
  std::string out;
  size_t at = begin;
  for (const Hit& h : hits) {
    if (h.begin < at || h.end > end) continue;
    out.append(text.substr(at, h.begin - at));
    out.push_back(kHitOpen);
    out.append(text.substr(h.begin, h.end - h.begin));
    out.push_back(kHitClose);
    at = h.end;
  }
  out.append(text.substr(at, end - at));
  return out;
}

}  // namespace

std::string HighlightTitle(std::string_view title, const std::vector<std::string>& terms,
                           std::vector<uint32_t>* counts) {
  std::vector<Hit> hits;
  if (counts) counts->assign(terms.size(), 0);
  (void)Tokenize(title, [&](std::string_view term, size_t b, size_t e) {
    int t = TermIndex(term, terms);
    if (t >= 0) {
      hits.push_back({0, b, e, t});
      if (counts) ++(*counts)[static_cast<size_t>(t)];
    }
    return true;
  });
  return Marked(title, 0, title.size(), hits);
}

std::string CutSnippet(std::string_view body, const std::vector<std::string>& terms, size_t span, uint64_t in_body) {
  thread_local Words words;
  thread_local std::vector<Hit> hits;
  hits.clear();
  bool more = false;
  uint64_t want = 0;
  for (size_t i = 0; i < terms.size(); ++i) {
    if (i >= 64 || ((in_body >> i) & 1)) want |= 1ull << (i % 64);
  }
  ScanWords(body, terms, span, want, &words, &hits, &more);
  if (words.n == 0 || span == 0) return "";
  size_t start = BestStart(hits, words.n, span);
  size_t stop = std::min(words.n, start + span);
  std::string out = start > 0 ? std::string(kEllipsis) : std::string();
  out += Marked(body, words.begin[start], words.end[stop - 1], hits);
  if (stop < words.n || more) out += kEllipsis;
  return out;
}

}  // namespace parallax::search
