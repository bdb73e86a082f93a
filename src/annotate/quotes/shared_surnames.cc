// A surname two people of the article share (session 18): "Hillary Clinton"
// and "Bill Clinton" both named in full, then "Clinton" alone. CanonicalNames
// (names.cc) gives a bare surname of unknown gender the nearest full name
// before it, which is whoever was named last, not whom the article is about.
// The article's own pronouns say which one its bare mentions are: "Clinton
// also explained what she would have said", "Clinton explained. She said ...".
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/quotes/names.h"

namespace parallax::quotes {

namespace {

// The gender of a subject pronoun token ("he", "she"), kUnknown for any other word: an object or a
// possessive after a name is as often someone else ("Trump called her ...").
Gender PronounGender(std::string_view raw) {
  if (raw == "he" || raw == "He") return Gender::kMale;
  if (raw == "she" || raw == "She") return Gender::kFemale;
  return Gender::kUnknown;
}

// True when the token's text is or holds a double quote mark (straight or curly).
bool QuoteMark(std::string_view raw) {
  return raw.find('"') != std::string_view::npos || raw.find("\u201C") != std::string_view::npos ||
         raw.find("\u201D") != std::string_view::npos;
}

// The gender of the first personal pronoun after entity i (ending at byte `end`): in the rest of its
// sentence, else opening the next sentence of its paragraph; kUnknown when another person is named
// or a quote mark comes first, or no pronoun does.
Gender FollowingPronoun(const Article& a, size_t i) {
  uint32_t end = a.entities[i].span.end;
  size_t s = SentenceAtByte(a, a.entities[i].span.begin);
  if (s >= a.sentences.size()) return Gender::kUnknown;
  const uint32_t next_person = NextPersonStart(a, i);
  const Sentence& st = a.sentences[s];
  for (uint32_t t = st.first_token; t < st.first_token + st.token_count && t < a.tokens.size(); ++t) {
    const Span& span = a.tokens[t].span;
    if (span.begin < end) continue;
    if (span.begin >= next_person) return Gender::kUnknown;
    std::string_view raw = span.Of(a.body);
    if (QuoteMark(raw)) return Gender::kUnknown;
    Gender g = PronounGender(raw);
    if (g == Gender::kUnknown) continue;
    // "Clinton, who he again called ...": the subject of a relative clause about the mention is
    // someone else.
    std::string_view before = t > st.first_token ? a.tokens[t - 1].span.Of(a.body) : std::string_view();
    if (before == "who" || before == "whom" || before == "that" || before == "which") return Gender::kUnknown;
    return g;
  }
  if (s + 1 >= a.sentences.size() || a.sentences[s + 1].paragraph != st.paragraph) return Gender::kUnknown;
  uint32_t first = a.sentences[s + 1].first_token;
  if (first >= a.tokens.size() || a.tokens[first].span.begin >= next_person) return Gender::kUnknown;
  std::string_view w = a.tokens[first].span.Of(a.body);
  // "She said ...": a sentence opening with the pronoun.
  return w == "He" || w == "She" ? PronounGender(w) : Gender::kUnknown;
}

}  // namespace

Gender BareSurnameGender(const Article& a, size_t mention) { return FollowingPronoun(a, mention); }

Gender BareSurnameGender(const Article& a, const std::vector<size_t>& bare_mentions) {
  int male = 0, female = 0;
  for (size_t i : bare_mentions) {
    Gender g = FollowingPronoun(a, i);
    male += g == Gender::kMale;
    female += g == Gender::kFemale;
  }
  if (female > 0 && female >= 2 * male) return Gender::kFemale;  // a clear majority
  if (male > 0 && male >= 2 * female) return Gender::kMale;
  return Gender::kUnknown;
}

}  // namespace parallax::quotes
