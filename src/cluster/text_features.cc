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

#include <xxhash.h>

#include <algorithm>
#include <array>

#include "core/unicode.h"

namespace parallax::cluster {
namespace {

constexpr std::array<std::string_view, 128> kStopWords = {
    "a", "about", "after", "again", "against", "all", "also", "am", "an", "and",
    "any", "are", "as", "at", "be", "because", "been", "before", "being", "between",
    "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
    "during", "each", "few", "for", "from", "further", "had", "has", "have", "having",
    "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "if",
    "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most",
    "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only",
    "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should",
    "so", "some", "such", "than", "that", "the", "their", "them", "then", "there",
    "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
    "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
    "whom", "why", "will", "with", "would", "you", "your", "said", "says", "say",
    "mr", "ms", "mrs", "one", "two", "new", "year", "years",
};

bool IsConsonant(char c) {
  return c >= 'a' && c <= 'z' && c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u';
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Drops one letter of a final double consonant ("runn" -> "run"), except the
// doubles English keeps ("ll", "ss", "zz").
void UndoubleConsonant(std::string* w) {
  size_t n = w->size();
  if (n >= 3 && (*w)[n - 1] == (*w)[n - 2] && IsConsonant((*w)[n - 1]) &&
      (*w)[n - 1] != 'l' && (*w)[n - 1] != 's' && (*w)[n - 1] != 'z') {
    w->pop_back();
  }
}

struct RawToken {
  size_t begin = 0;
  size_t end = 0;
  std::string lower;
  bool capitalized = false;
  bool sentence_initial = false;
  bool numeric = false;
};

// Calls fn(const RawToken&) for each token of `s`.
template <typename Fn>
void Tokenize(std::string_view s, Fn&& fn) {
  RawToken tok;
  bool at_sentence_start = true;
  bool in_token = false;
  size_t pos = 0;
  auto finish = [&]() {
    if (in_token) {
      tok.end = pos;
      fn(tok);
      at_sentence_start = false;
      in_token = false;
    }
  };
  while (pos < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[pos]);
    size_t start = pos;
    char32_t cp;
    if (c < 0x80) {
      cp = c;
      ++pos;
    } else {
      cp = core::DecodeUtf8(s, &pos);
    }
    bool alnum = cp < 0x80 ? ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || (cp >= '0' && cp <= '9')
                           : (cp != 0xFFFD && (core::IsLetter(cp) || core::IsDigit(cp)));
    if (alnum) {
      if (!in_token) {
        in_token = true;
        tok.begin = start;
        tok.lower.clear();
        tok.capitalized = cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : core::IsUpper(cp);
        tok.sentence_initial = at_sentence_start;
        tok.numeric = true;
      }
      if (cp < 0x80) {
        char lc = static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
        tok.lower.push_back(lc);
        if (!(cp >= '0' && cp <= '9')) tok.numeric = false;
      } else {
        tok.lower.append(s.substr(start, pos - start));
        tok.numeric = false;
      }
      continue;
    }
    size_t keep = pos;
    pos = start;
    finish();
    pos = keep;
    if (cp == '.' || cp == '!' || cp == '?' || cp == '\n') at_sentence_start = true;
  }
  finish();
}

uint64_t Mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  return h * 0xff51afd7ed558ccdULL;
}

void AddTerms(std::string_view s, float base_weight, const FeatureOptions& options,
              std::vector<TermCount>* out) {
  Tokenize(s, [&](const RawToken& t) {
    if (t.lower.size() < 2 || IsStopWord(t.lower)) return;
    float w = base_weight;
    if (t.numeric) {
      w *= options.number_weight;
    } else if (t.capitalized && !t.sentence_initial) {
      w *= options.name_weight;
    }
    out->push_back({HashTerm(t.numeric ? std::string_view(t.lower) : StemWord(t.lower)), w});
  });
}

}  // namespace

uint64_t HashTerm(std::string_view term) { return XXH3_64bits(term.data(), term.size()); }

bool IsStopWord(std::string_view w) {
  for (std::string_view s : kStopWords) {
    if (s == w) return true;
  }
  return false;
}

std::string StemWord(std::string_view lower_word) {
  std::string w(lower_word);
  if (w.size() <= 3) return w;
  if (EndsWith(w, "ies") && w.size() > 4) {
    w.resize(w.size() - 3);
    w.push_back('y');
  } else if (EndsWith(w, "sses")) {
    w.resize(w.size() - 2);
  } else if (EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us") && !EndsWith(w, "is")) {
    w.pop_back();
  }
  if (EndsWith(w, "ing") && w.size() >= 6) {
    w.resize(w.size() - 3);
    UndoubleConsonant(&w);
  } else if (EndsWith(w, "ed") && w.size() >= 5) {
    w.resize(w.size() - 2);
    if (w.back() == 'i') w.back() = 'y';
    UndoubleConsonant(&w);
  }
  if (w.size() > 4 && w.back() == 'e') w.pop_back();
  return w;
}

TextFeatures ExtractFeatures(std::string_view title, std::string_view text,
                             const FeatureOptions& options) {
  if (text.size() > options.max_text_bytes) text = text.substr(0, options.max_text_bytes);
  TextFeatures f;
  std::vector<TermCount> raw;
  raw.reserve(text.size() / 6 + 16);
  AddTerms(title, options.title_weight, options, &raw);
  AddTerms(text, 1.0f, options, &raw);
  std::sort(raw.begin(), raw.end(),
            [](const TermCount& a, const TermCount& b) { return a.term < b.term; });
  for (const TermCount& t : raw) {
    if (!f.terms.empty() && f.terms.back().term == t.term) {
      f.terms.back().count += t.count;
    } else {
      f.terms.push_back(t);
    }
  }

  const size_t k = static_cast<size_t>(std::max(1, options.shingle_size));
  std::vector<uint64_t> window;
  window.reserve(text.size() / 5 + 8);
  Tokenize(text, [&](const RawToken& t) { window.push_back(HashTerm(t.lower)); });
  f.body_tokens = window.size();
  uint64_t body = 0x51ed27a1c0ffee11ULL;
  for (uint64_t h : window) body = Mix(body, h);
  f.body_hash = body;
  if (window.size() >= k) {
    f.shingles.reserve(window.size() - k + 1);
    for (size_t i = 0; i + k <= window.size(); ++i) {
      uint64_t h = 0x2545F4914F6CDD1DULL;
      for (size_t j = 0; j < k; ++j) h = Mix(h, window[i + j]);
      f.shingles.push_back(h);
    }
  } else if (!window.empty()) {
    uint64_t h = 0x2545F4914F6CDD1DULL;
    for (uint64_t x : window) h = Mix(h, x);
    f.shingles.push_back(h);
  }
  std::sort(f.shingles.begin(), f.shingles.end());
  f.shingles.erase(std::unique(f.shingles.begin(), f.shingles.end()), f.shingles.end());
  return f;
}

}  // namespace parallax::cluster
