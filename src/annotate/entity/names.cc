// Name normal forms. Matching is on lower-cased words with periods removed,
// so "U.S." = "US" and "KERRY" = "Kerry"; apostrophes are kept except in a
// possessive ending, so "al-Jaber" and "O'Brien" stay one word each.
#include "annotate/entity/names.h"

#include <algorithm>
#include <iterator>

#include "annotate/entity/lexicon.h"
#include "core/ascii.h"
#include "core/word_list.h"

namespace parallax::entity {

namespace {

// Whether `a` and `b` are equal once lower-cased with their '.' dropped
// ("U.S." = "us"), without building either.
bool FoldedEqual(std::string_view a, std::string_view b) {
  size_t i = 0, j = 0;
  for (;;) {
    while (i < a.size() && a[i] == '.') ++i;
    while (j < b.size() && b[j] == '.') ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (core::AsciiLower(a[i++]) != core::AsciiLower(b[j++])) return false;
  }
}

bool StripSuffix(std::string* w, std::string_view suffix) {
  if (w->size() <= suffix.size() || w->compare(w->size() - suffix.size(), suffix.size(), suffix) != 0) return false;
  w->resize(w->size() - suffix.size());
  return true;
}

bool IsFunctionWord(std::string_view lower) {
  return lower == "of" || lower == "and" || lower == "the" || lower == "for" || lower == "&" || lower == "de";
}

// True for a word NameWords drops before a name: "the" or an honorific, any
// case, a final period ignored (LowerWord). None is longer than six bytes, so
// a longer word is kept unread and the lower-cased copy lives on the stack.
bool LeadingNonName(std::string_view w) {
  constexpr size_t kLongest = 6;  // "mister"
  if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
  if (w.size() > kLongest) return false;
  char buf[kLongest];
  for (size_t i = 0; i < w.size(); ++i) buf[i] = core::AsciiLower(w[i]);
  std::string_view lw(buf, w.size());
  return lw == "the" || IsHonorific(lw);
}

}  // namespace

std::vector<std::string> NameWords(std::string_view text) {
  // The words counted first, so that the vector is allocated once.
  size_t count = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = core::IsAsciiSpace(c);
    count += !space && !in_word;
    in_word = !space;
  }
  std::vector<std::string> words;
  words.reserve(count);
  for (size_t i = 0; i < text.size();) {
    while (i < text.size() && core::IsAsciiSpace(text[i])) ++i;
    size_t j = i;
    while (j < text.size() && !core::IsAsciiSpace(text[j])) ++j;
    if (j > i) words.emplace_back(text.substr(i, j - i));
    i = j;
  }
  if (!words.empty()) {
    std::string& last = words.back();
    if (last == "’s" || last == "'s" || last == "’" || last == "'") words.pop_back();
    else if (!StripSuffix(&last, "’s")) StripSuffix(&last, "'s");
  }
  size_t drop = 0;
  while (drop + 1 < words.size() && LeadingNonName(words[drop])) ++drop;
  words.erase(words.begin(), words.begin() + drop);
  return words;
}

std::string DisplayName(const std::vector<std::string>& words) {
  std::string joined;
  for (const auto& w : words) {
    if (!joined.empty()) joined.push_back(' ');
    joined += w;
  }
  std::string_view alias = CanonicalAlias(joined);
  return alias.empty() ? joined : std::string(alias);
}

std::string NameKey(const std::vector<std::string>& words) {
  std::string_view alias = CanonicalAlias(words);
  if (!alias.empty()) return core::AsciiLowered(alias);
  std::string key;  // the words lower-cased without '.', the empty ones left out
  size_t bytes = words.size();
  for (const auto& w : words) bytes += w.size();
  key.reserve(bytes);
  for (const auto& w : words) {
    const size_t mark = key.size();
    if (mark > 0) key.push_back(' ');
    const size_t start = key.size();
    for (char c : w) {
      if (c != '.') key.push_back(core::AsciiLower(c));
    }
    if (key.size() == start) key.resize(mark);
  }
  return key;
}

bool AcronymLetters(const std::vector<std::string>& short_words, std::string* letters) {
  letters->clear();
  if (short_words.size() != 1) return false;
  for (char c : short_words[0]) {
    if (c == '.') continue;
    if (!core::IsAsciiUpper(c)) return false;
    letters->push_back(c);
  }
  return letters->size() >= 2 && letters->size() <= 6;
}

bool NameInitials(const std::vector<std::string>& long_words, std::string* all, std::string* content) {
  all->clear();
  content->clear();
  if (long_words.size() < 2) return false;
  for (const auto& w : long_words) {
    if (w.empty() || !core::IsAsciiAlpha(w[0])) return false;
    char initial = static_cast<char>(w[0] & ~0x20);
    all->push_back(initial);
    if (!IsFunctionWord(core::AsciiLowered(w))) content->push_back(initial);
  }
  return true;
}

bool IsAcronymOf(const std::vector<std::string>& short_words, const std::vector<std::string>& long_words) {
  std::string letters, all, content;
  if (!AcronymLetters(short_words, &letters) || !NameInitials(long_words, &all, &content)) return false;
  return letters == content || letters == all;
}

bool IsGenerationalSuffix(std::string_view word) {
  return word == "Jr." || word == "Jr" || word == "Sr." || word == "Sr" || word == "II" || word == "III" ||
         word == "IV";
}

bool IsShortPersonName(const std::vector<std::string>& short_words, const std::vector<std::string>& long_words,
                       bool* family_first) {
  *family_first = false;
  if (short_words.empty() || short_words.size() >= long_words.size()) return false;
  // "Jones" / "John E. Jones III": the surname is the last word before a generational suffix.
  const size_t end = long_words.size() >= 3 && IsGenerationalSuffix(long_words.back()) &&
                             !IsGenerationalSuffix(short_words.back())
                         ? long_words.size() - 1
                         : long_words.size();
  if (short_words.size() >= end) return false;  // "Donald Trump" is not "Donald Trump Jr."
  size_t off = end - short_words.size();
  bool suffix = true;
  for (size_t i = 0; i < short_words.size() && suffix; ++i)
    suffix = FoldedEqual(short_words[i], long_words[off + i]);
  if (suffix) return true;
  if (short_words.size() == 1 && long_words.size() == 2 && FoldedEqual(short_words[0], long_words[0])) {
    *family_first = true;
    return true;
  }
  return false;
}

bool IsShortOrgName(const std::vector<std::string>& short_words, const std::vector<std::string>& long_words) {
  if (short_words.empty() || long_words.size() <= short_words.size()) return false;
  for (size_t i = 0; i < short_words.size(); ++i)
    if (!FoldedEqual(short_words[i], long_words[i])) return false;
  for (size_t i = short_words.size(); i < long_words.size(); ++i) {
    std::string w = LowerWord(long_words[i]);
    while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.pop_back();
    if (!IsGenericOrgWord(w)) return false;
  }
  return true;
}

bool IsShortIndexName(const std::vector<std::string>& short_words, const std::vector<std::string>& long_words) {
  if (short_words.empty() || long_words.size() <= short_words.size()) return false;
  for (size_t i = 0; i < short_words.size(); ++i)
    if (!FoldedEqual(short_words[i], long_words[i])) return false;
  for (size_t i = short_words.size(); i < long_words.size(); ++i)
    if (!core::InList(LowerWord(long_words[i]), {"industrial", "average", "index", "composite"})) return false;
  return true;
}

std::vector<std::string> WithoutLegalForm(std::vector<std::string> words) {
  // Not "AG" ("Florida AG" is an attorney general) nor "SE".
  static const char* const kLegalForms[] = {"inc", "incorporated", "corp", "corporation", "co",   "company",
                                            "ltd", "limited",      "llc",  "plc",         "sa",   "nv",
                                            "spa", "gmbh",         "lp",   "llp"};
  size_t n = words.size();
  while (n > 1) {
    std::string w = LowerWord(words[n - 1]);
    while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.pop_back();
    w.erase(std::remove(w.begin(), w.end(), '.'), w.end());  // "S.p.A." = "spa"
    if (!core::InList(w, kLegalForms)) break;
    --n;
  }
  if (n == words.size()) return words;
  std::string last = words[n - 1];
  while (!last.empty() && last.back() == ',') last.pop_back();  // "Apple, Inc."
  if (last.empty()) return words;
  words.resize(n);
  words.back() = std::move(last);
  return words;
}

}  // namespace parallax::entity
