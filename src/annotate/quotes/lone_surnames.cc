// A bare surname and the one other person named in full with it (session 24).
// CanonicalNames (names.cc) gives a bare surname of unknown gender the fullest
// name of the surname's majority gender; when the article knows a person by the
// bare surname first ("President Trump" throughout) and names only a relative
// in full later ("his wife, Melania Trump"), every bare "Trump" became Melania
// Trump.
#include <string>
#include <string_view>
#include <vector>

#include "annotate/quotes/gender.h"
#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/names.h"
#include "core/ascii.h"

namespace parallax::quotes {

// True when one of the four tokens before entity `mention` in its sentence is a kin noun or "first
// lady": "his wife, Melania Trump", "the President's daughter and adviser, Ivanka Trump", "first lady
// Melania Trump", "son Eric Trump".
bool IntroducedAsRelative(const Article& a, size_t mention) {
  static constexpr std::string_view kKin[] = {
      "brother",  "brother-in-law", "cousin",  "daughter", "daughter-in-law", "father", "granddaughter",
      "grandson", "husband",        "mother",  "nephew",   "niece",           "sister", "sister-in-law",
      "son",      "son-in-law",     "widow",   "wife"};
  const uint32_t begin = a.entities[mention].span.begin;
  size_t s = SentenceAtByte(a, begin);
  if (s >= a.sentences.size()) return false;
  const Sentence& st = a.sentences[s];
  uint32_t end = st.first_token;
  while (end < st.first_token + st.token_count && end < a.tokens.size() && a.tokens[end].span.end <= begin) ++end;
  for (uint32_t t = end, seen = 0; t > st.first_token && seen < 4; --t, ++seen) {
    std::string word = core::AsciiLowered(a.tokens[t - 1].span.Of(a.body));
    if (InList(std::string_view(word), kKin)) return true;
    if (word == "lady" && t - 1 > st.first_token &&
        core::AsciiLowered(a.tokens[t - 2].span.Of(a.body)) == "first") {
      return true;
    }
  }
  return false;
}

bool BareSurnameIsOtherPerson(const Article& a, const std::vector<LoneSurnameMention>& mentions) {
  const std::string* full = nullptr;
  Gender full_gender = Gender::kUnknown;
  std::vector<size_t> bare;
  for (const LoneSurnameMention& m : mentions) {
    if (m.full_name == nullptr) {
      if (m.gender == Gender::kUnknown) bare.push_back(m.entity);
      continue;
    }
    if (full != nullptr && *full != *m.full_name) return false;  // two people in full: shared_surnames.cc
    if (full == nullptr) {
      // Named in full first, or introduced as nobody's relative: the same person.
      if (bare.empty() || !IntroducedAsRelative(a, m.entity)) return false;
    }
    full = m.full_name;
    if (full_gender == Gender::kUnknown) full_gender = m.gender;
  }
  // The full name's gender from its given name or honorific; no pronoun after a bare mention gives it.
  if (full == nullptr || bare.empty() || full_gender == Gender::kUnknown) return false;
  for (size_t i : bare) {
    if (BareSurnameGender(a, i) == full_gender) return false;
  }
  return true;
}

}  // namespace parallax::quotes
