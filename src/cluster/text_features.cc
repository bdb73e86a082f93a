// Feature extraction: one pass over the bytes of a document.
//
// The tokenizer is deliberately simple and fast, because every article in the
// stream goes through it: a token is a maximal run of letters and digits
// (ASCII fast path; other code points are classified with ICU through
// core/unicode.h). ASCII letters are lower-cased, apostrophes and hyphens end
// a token ("Kerry's" -> "kerry" + "s", one-letter tokens are dropped). A token
// is "sentence-initial" when nothing but spaces and quotes separate it from
// the start of the text or from a '.', '!', '?' or line break; a capitalized
// token that is not sentence-initial is treated as a name and weighted up.
// Terms are then stemmed with a handful of suffix rules (a light, consistent
// conflation rather than a linguistic lemmatizer) and hashed with xxHash3.
// Shingles hash four consecutive raw tokens; sorting and de-duplicating them
// gives the set that MinHash samples.
#include "cluster/text_features.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

#include "cluster/term_table.h"
#include "core/unicode.h"

namespace parallax::cluster {

void StemInPlace(std::string* word);

namespace {

constexpr std::array<std::string_view, 128> kStopWords = {  // sorted
    "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
    "as", "at", "be", "because", "been", "before", "being", "between", "both", "but", "by",
    "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for",
    "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself",
    "him", "himself", "his", "how", "if", "in", "into", "is", "it", "its", "itself", "just",
    "me", "more", "most", "mr", "mrs", "ms", "my", "new", "no", "nor", "not", "now", "of",
    "off", "on", "once", "one", "only", "or", "other", "our", "ours", "out", "over", "own",
    "said", "same", "say", "says", "she", "should", "so", "some", "such", "than", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
    "two", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
    "which", "while", "who", "whom", "why", "will", "with", "would", "year", "years", "you",
    "your",
};

bool IsConsonant(char c) {
  return c >= 'a' && c <= 'z' && c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u';
}

bool EndsWith(const char* w, size_t n, std::string_view suffix) {
  if (n < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (w[n - suffix.size() + i] != suffix[i]) return false;
  }
  return true;
}

// Drops one letter of a final double consonant ("runn" -> "run"), except the
// doubles English keeps ("ll", "ss", "zz").
size_t UndoubleConsonant(const char* w, size_t n) {
  if (n >= 3 && w[n - 1] == w[n - 2] && IsConsonant(w[n - 1]) && w[n - 1] != 'l' &&
      w[n - 1] != 's' && w[n - 1] != 'z') {
    return n - 1;
  }
  return n;
}

// Stems the lower-cased word w[0, n) in place; returns its new length.
size_t StemBuffer(char* w, size_t n) {
  if (n <= 3) return n;
  if (n > 4 && EndsWith(w, n, "ies")) {
    n -= 2;
    w[n - 1] = 'y';
  } else if (EndsWith(w, n, "sses")) {
    n -= 2;
  } else if (w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i') {
    n -= 1;
  }
  if (n >= 6 && EndsWith(w, n, "ing")) {
    n = UndoubleConsonant(w, n - 3);
  } else if (n >= 5 && w[n - 2] == 'e' && w[n - 1] == 'd') {
    n -= 2;
    if (w[n - 1] == 'i') w[n - 1] = 'y';
    n = UndoubleConsonant(w, n);
  }
  if (n > 4 && w[n - 1] == 'e') --n;
  return n;
}

// One token, lower-cased into a buffer owned by the tokenizer (ASCII letters
// folded, other bytes copied), valid during the callback only.
struct RawToken {
  char* lower = nullptr;
  size_t size = 0;
  bool capitalized = false;
  bool sentence_initial = false;
  bool numeric = false;
};

enum CharClass : uint8_t { kOther = 0, kLower, kUpper, kDigit, kSentenceEnd, kNonAscii };

struct ClassTable {
  uint8_t cls[256];
  char lower[256];  // ASCII letters and digits folded to lower case, 0 otherwise
  constexpr ClassTable() : cls(), lower() {
    for (int c = 0; c < 256; ++c) {
      cls[c] = c >= 0x80 ? kNonAscii
               : (c >= 'a' && c <= 'z') ? kLower
               : (c >= 'A' && c <= 'Z') ? kUpper
               : (c >= '0' && c <= '9') ? kDigit
               : (c == '.' || c == '!' || c == '?' || c == '\n') ? kSentenceEnd
                                                                    : kOther;
      lower[c] = (cls[c] == kLower || cls[c] == kUpper || cls[c] == kDigit) ? static_cast<char>(c | 0x20) : 0;
    }
  }
};
constexpr ClassTable kClasses;

// Decodes the non-ASCII code point at *pos; true (and *pos advanced) when it
// is a letter or digit, else *pos is left unchanged.
bool NonAsciiAlnum(std::string_view s, size_t* pos, bool* upper) {
  size_t p = *pos;
  char32_t cp = core::DecodeUtf8(s, &p);
  if (cp == 0xFFFD || !(core::IsLetter(cp) || core::IsDigit(cp))) return false;
  *upper = core::IsUpper(cp);
  *pos = p;
  return true;
}

// Eight bytes at a time ("SWAR"): for bytes below 0x80, adding
// (0x80 - lo) sets a byte's high bit iff the byte is >= lo, without a carry
// into the next byte. InRange() marks (0x80) the bytes of x in [lo, hi];
// x must have every high bit clear.
constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHigh = 0x8080808080808080ULL;
constexpr uint64_t kCase = 0x2020202020202020ULL;

inline uint64_t Load8(const unsigned char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

inline uint64_t InRange(uint64_t x, uint8_t lo, uint8_t hi) {
  return (x + kOnes * (0x80 - lo)) & ~(x + kOnes * (0x7f - hi)) & kHigh;
}

// Letters and digits among the ASCII bytes of x (0x80 per byte); *letters
// gets the letters alone.
inline uint64_t AlnumBytes(uint64_t x, uint64_t* letters) {
  const uint64_t ascii = ~x & kHigh;
  const uint64_t low7 = x & ~kHigh;
  *letters = InRange(low7 | kCase, 'a', 'z') & ascii;
  return *letters | (InRange(low7, '0', '9') & ascii);
}

// Copies the token starting at *pos into t->lower (ASCII runs folded with
// `| 0x20`, which leaves digits unchanged; letters and digits of other
// scripts copied as they are) and advances *pos past it. ASCII runs move
// eight bytes at a time: the folded word is stored whole (the bytes past the
// token's end are scratch, overwritten by the next token; the buffer has 8
// bytes of slack) and the run ends at the first byte that is not an ASCII
// letter or digit, found with one count-trailing-zeros.
// Inlined into Tokenize: as a call it cost a fifth of its own instructions
// (saving and restoring registers once per token).
__attribute__((always_inline)) inline void ScanToken(std::string_view s, size_t* pos, RawToken* t) {
  const unsigned char* bytes = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t p = *pos;
  char* out = t->lower;
  bool digits = true;
  for (;;) {
    while (p + 8 <= n) {
      const uint64_t x = Load8(bytes + p);
      uint64_t letters;
      const uint64_t stop = ~AlnumBytes(x, &letters) & kHigh;
      const uint64_t folded = x | kCase;
      std::memcpy(out, &folded, 8);
      if (stop == 0) {
        digits &= letters == 0;
        out += 8;
        p += 8;
        continue;
      }
      const int k = __builtin_ctzll(stop) >> 3;
      digits &= (letters & ((1ULL << (8 * k)) - 1)) == 0;
      out += k;
      p += k;
      goto run_end;
    }
    // Tail: one table load per byte gives the folded byte (0 = not an ASCII
    // letter or digit).
    while (p < n) {
      const char c = kClasses.lower[bytes[p]];
      if (c == 0) break;
      digits &= c <= '9';
      *out++ = c;
      ++p;
    }
  run_end:
    if (p == n || bytes[p] < 0x80) break;
    size_t q = p;
    bool upper;
    if (!NonAsciiAlnum(s, &q, &upper)) break;
    while (p < q) *out++ = static_cast<char>(bytes[p++]);
    digits = false;
  }
  t->size = static_cast<size_t>(out - t->lower);
  t->numeric = digits;
  *pos = p;
}

// Calls fn(RawToken&) for each token of `s` (fn may modify the token's
// bytes). Tokens are lower-cased one after the other into a per-thread
// buffer and stay valid until the next call.
template <typename Fn>
void Tokenize(std::string_view s, Fn&& fn) {
  thread_local std::string buffer;
  if (buffer.size() < s.size() + 9) buffer.resize(s.size() + 9);
  RawToken tok;
  char* next = buffer.data();
  bool at_sentence_start = true;
  size_t pos = 0;
  while (pos < s.size()) {
    uint8_t cls = kClasses.cls[static_cast<unsigned char>(s[pos])];
    bool upper = cls == kUpper;
    if (cls == kNonAscii) {
      size_t q = pos;
      if (!NonAsciiAlnum(s, &q, &upper)) {
        core::DecodeUtf8(s, &pos);  // skip the separator
        continue;
      }
    } else if (cls == kOther || cls == kSentenceEnd) {
      if (cls == kSentenceEnd) at_sentence_start = true;
      ++pos;
      continue;
    }
    tok.lower = next;
    tok.capitalized = upper;
    tok.sentence_initial = at_sentence_start;
    ScanToken(s, &pos, &tok);
    next += tok.size;
    fn(tok);
    at_sentence_start = false;
  }
}

uint64_t Mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  return h * 0xff51afd7ed558ccdULL;
}

// The hashes of the stop words, for a one-probe test on a token's raw hash.
const TermTable<uint8_t>& StopHashes() {
  static const TermTable<uint8_t> table = [] {
    TermTable<uint8_t> t(kStopWords.size());
    for (std::string_view w : kStopWords) t[HashTerm(w)] = 1;
    return t;
  }();
  return table;
}

// The term a non-numeric token of two or more bytes stands for, given the
// hash of its lower-cased spelling: 0 for a stop word, else the hash of its
// stem. May modify the token's bytes (stemming).
uint64_t WordTerm(RawToken* t, uint64_t raw_hash) {
  if (t->size <= 7 && StopHashes().Find(raw_hash) != nullptr) return 0;
  const size_t before = t->size;
  const char last = t->lower[before - 1];
  const size_t after = StemBuffer(t->lower, before);
  if (after == before && t->lower[after - 1] == last) return raw_hash;
  return HashTerm(std::string_view(t->lower, after));
}

// A memo of WordTerm: raw hash -> term, direct-mapped. News vocabulary is
// Zipfian, so most tokens of a document ("government", "officials") were
// seen moments ago and skip the stop-word probe, the suffix rules and the
// second hash. The memo holds a pure function of the spelling, so results do
// not depend on its contents (only two spellings with equal 64-bit raw
// hashes could share an entry, and those already share a shingle value).
class TermMemo {
 public:
  uint64_t Term(RawToken* t, uint64_t raw_hash) {
    Entry& e = entries_[raw_hash >> (64 - kBits)];
    if (e.raw != raw_hash) {
      e.raw = raw_hash;
      e.term = WordTerm(t, raw_hash);
    }
    return e.term;
  }
  void Prefetch(uint64_t raw_hash) const { __builtin_prefetch(&entries_[raw_hash >> (64 - kBits)]); }

 private:
  static constexpr int kBits = 15;  // 8192 entries, 128 KB (L2)
  struct Entry {
    uint64_t raw = 0;  // 0: empty (HashTerm never returns 0)
    uint64_t term = 0;
  };
  Entry entries_[1 << kBits];
};

// Per-document term counts in an open-addressing table whose home slot is
// the key's top bits. Term keys are uniform hashes, so the home slot grows
// with the key, and walking the slots yields the terms almost in key order
// (out of place only within probe clusters and at the wrap-around): an
// insertion sort then finishes the job in near-linear time, where sorting
// the ~300 terms of an article from scratch cost more than counting them.
class TermCounter {
 public:
  void Reset(size_t expected) {
    size_t cap = 64;
    while (cap < 2 * expected) cap <<= 1;
    Resize(cap);
  }

  void Add(uint64_t key, float w) {
    if (2 * (size_ + 1) > slots_.size()) Grow();
    const size_t mask = slots_.size() - 1;
    size_t i = static_cast<size_t>(key >> shift_);
    while (slots_[i].term != 0 && slots_[i].term != key) i = (i + 1) & mask;
    if (slots_[i].term == 0) {
      slots_[i].term = key;
      ++size_;
    }
    slots_[i].count += w;
  }

  // Appends the terms to *out sorted by term.
  void Drain(std::vector<TermCount>* out) const {
    const size_t start = out->size();
    out->resize(start + size_ + 1);  // +1: the branch-free copy below writes one past the last term
    TermCount* a = out->data() + start;
    size_t n = 0;
    for (const TermCount& t : slots_) {
      a[n] = t;
      n += t.term != 0;
    }
    out->pop_back();
    for (size_t i = 1; i < n; ++i) {
      const TermCount x = a[i];
      size_t j = i;
      for (; j > 0 && a[j - 1].term > x.term; --j) a[j] = a[j - 1];
      a[j] = x;
    }
  }

 private:
  void Resize(size_t cap) {
    slots_.assign(cap, TermCount{});
    shift_ = 64;
    for (size_t c = cap; c > 1; c >>= 1) --shift_;
    size_ = 0;
  }

  void Grow() {
    std::vector<TermCount> old;
    old.swap(slots_);
    Resize(old.size() * 2);
    for (const TermCount& t : old) {
      if (t.term != 0) Add(t.term, t.count);
    }
  }

  std::vector<TermCount> slots_;  // term 0: empty
  int shift_ = 58;
  size_t size_ = 0;
};

// Weighted term of a token whose raw (lower-cased) hash is `raw_hash`, or 0
// when the token is not a term. May modify the token's bytes (stemming).
uint64_t TermOf(RawToken* t, uint64_t raw_hash, float base_weight, const FeatureOptions& options,
                TermMemo* memo, float* w) {
  if (t->size < 2) return 0;
  *w = base_weight;
  if (t->numeric) {
    *w *= options.number_weight;
    return raw_hash;
  }
  if (t->capitalized && !t->sentence_initial) *w *= options.name_weight;
  return memo->Term(t, raw_hash);
}

// The body hash, token count and k-word shingles of the raw token hashes
// w[0, n). The common k = 4 is unrolled: the shingles are independent, so
// their multiply chains overlap.
void HashShingles(const uint64_t* w, size_t n, size_t k, TextFeatures* f) {
  constexpr uint64_t kSeed = 0x2545F4914F6CDD1DULL;
  f->body_tokens = n;
  uint64_t body = 0x51ed27a1c0ffee11ULL;
  for (size_t i = 0; i < n; ++i) body = Mix(body, w[i]);
  f->body_hash = body;
  if (n == 0) return;
  if (n < k) {
    uint64_t h = kSeed;
    for (size_t i = 0; i < n; ++i) h = Mix(h, w[i]);
    f->shingles.push_back(h);
    return;
  }
  f->shingles.resize(n - k + 1);
  uint64_t* out = f->shingles.data();
  if (k == 4) {
    for (size_t i = 0; i + 4 <= n; ++i) out[i] = Mix(Mix(Mix(Mix(kSeed, w[i]), w[i + 1]), w[i + 2]), w[i + 3]);
    return;
  }
  for (size_t i = 0; i + k <= n; ++i) {
    uint64_t h = kSeed;
    for (size_t j = 0; j < k; ++j) h = Mix(h, w[i + j]);
    out[i] = h;
  }
}

}  // namespace

uint64_t HashTerm(std::string_view term) {
  uint64_t h = XXH3_64bits(term.data(), term.size());
  return h == 0 ? 1 : h;  // 0 marks an empty TermTable slot
}

bool IsStopWord(std::string_view w) {
  // Called for every token of every story view and clustered article: look
  // only among the stop words with the same first letter and length bound.
  struct Index {
    size_t max_size = 0;
    std::array<std::pair<uint8_t, uint8_t>, 256> range{};  // [begin, end) in kStopWords by first byte
  };
  static const Index index = [] {
    Index x;
    for (size_t i = 0; i < kStopWords.size(); ++i) {
      auto& r = x.range[static_cast<unsigned char>(kStopWords[i][0])];
      if (r.second == 0) r.first = static_cast<uint8_t>(i);
      r.second = static_cast<uint8_t>(i + 1);
      x.max_size = std::max(x.max_size, kStopWords[i].size());
    }
    return x;
  }();
  if (w.empty() || w.size() > index.max_size) return false;
  const auto& r = index.range[static_cast<unsigned char>(w[0])];
  return std::binary_search(kStopWords.begin() + r.first, kStopWords.begin() + r.second, w);
}

void StemInPlace(std::string* word) { word->resize(StemBuffer(word->data(), word->size())); }

std::string StemWord(std::string_view lower_word) {
  std::string w(lower_word);
  StemInPlace(&w);
  return w;
}

TextFeatures ExtractFeatures(std::string_view title, std::string_view text,
                             const FeatureOptions& options) {
  TextFeatures f;
  ExtractFeatures(title, text, options, &f);
  return f;
}

void ExtractFeatures(std::string_view title, std::string_view text, const FeatureOptions& options,
                     TextFeatures* out) {
  if (text.size() > options.max_text_bytes) text = text.substr(0, options.max_text_bytes);
  thread_local TermCounter counts;
  thread_local std::vector<uint64_t> window;
  thread_local std::unique_ptr<TermMemo> memo = std::make_unique<TermMemo>();
  counts.Reset(text.size() / 12 + 16);
  TextFeatures& f = *out;
  f.terms.clear();
  f.shingles.clear();
  Tokenize(title, [&](RawToken& t) {
    float w;
    if (uint64_t term = TermOf(&t, HashTerm({t.lower, t.size}), options.title_weight, options, memo.get(), &w)) {
      counts.Add(term, w);
    }
  });
  // Body: tokenize and hash first, then look the tokens up in the memo with
  // its entries prefetched a few tokens ahead (the memo does not stay in
  // cache between documents while the clusterer runs, and its misses would
  // otherwise come one at a time). Both arrays are sized for the most tokens
  // the text can hold (a token and its separator take two bytes).
  thread_local std::vector<RawToken> tokens;
  const size_t max_tokens = text.size() / 2 + 1;
  if (tokens.size() < max_tokens) {
    tokens.resize(max_tokens);
    window.resize(max_tokens);
  }
  size_t n = 0;
  Tokenize(text, [&](RawToken& t) {
    window[n] = HashTerm({t.lower, t.size});
    tokens[n++] = t;
  });
  constexpr size_t kAhead = 16;
  for (size_t i = 0; i < n; ++i) {
    if (i + kAhead < n) memo->Prefetch(window[i + kAhead]);
    float w;
    if (uint64_t term = TermOf(&tokens[i], window[i], 1.0f, options, memo.get(), &w)) counts.Add(term, w);
  }
  counts.Drain(&f.terms);
  HashShingles(window.data(), n, static_cast<size_t>(std::max(1, options.shingle_size)), &f);
}

}  // namespace parallax::cluster
