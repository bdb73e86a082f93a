// Session 21 (speakers21, from the speaker audit): "Mr. Romney said" with "Ann Romney" the only full
// name of that surname, her given name missing from the table. CanonicalNames (names.cc) lets a bare
// surname join a full name of unknown gender when no one of the other gender shares the surname;
// the article's own pronouns about that full name ("Ann Romney watched with a nervous look on her
// face") say she is the other gender, and "Mr. Romney" stays "Romney".
#include <string_view>

#include "annotate/quotes/names.h"

namespace parallax::quotes {

namespace {

Gender PronounWordGender(std::string_view w) {
  if (w == "he" || w == "He" || w == "his" || w == "His" || w == "him" || w == "himself") return Gender::kMale;
  if (w == "she" || w == "She" || w == "her" || w == "Her" || w == "herself") return Gender::kFemale;
  return Gender::kUnknown;
}

}  // namespace

Gender OwnSentencePronounGender(const Article& a, size_t mention) {
  const EntityMention& m = a.entities[mention];
  size_t s = SentenceAtByte(a, m.span.begin);
  if (s >= a.sentences.size()) return Gender::kUnknown;
  const uint32_t next_person = NextPersonStart(a, mention);
  const Sentence& st = a.sentences[s];
  for (uint32_t t = st.first_token; t < st.first_token + st.token_count && t < a.tokens.size(); ++t) {
    const Span& span = a.tokens[t].span;
    if (span.begin < m.span.end) continue;
    if (span.begin >= next_person) return Gender::kUnknown;
    std::string_view raw = span.Of(a.body);
    // A quotation or a relative clause after the name may speak of someone else.
    if (raw.find('"') != std::string_view::npos || raw == "\u201C" || raw == "\u201D" || raw == "who" ||
        raw == "whom" || raw == "that") {
      return Gender::kUnknown;
    }
    Gender g = PronounWordGender(raw);
    if (g != Gender::kUnknown) return g;
  }
  return Gender::kUnknown;
}

}  // namespace parallax::quotes
