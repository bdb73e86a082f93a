// Person names the tagger folded into another entity's span (session 17):
// "U.S. Ambassador to the UN Nikki Haley" tagged as the organization "UN Nikki
// Haley", then "Haley" alone as a person. CanonicalNames (names.cc) gives a
// one-word person the full name such a span ends with.
#include <string>
#include <string_view>

#include "annotate/quotes/gender.h"
#include "annotate/quotes/names.h"
#include "core/ascii.h"

namespace parallax::quotes {

namespace {

bool LowerTail(std::string_view w) {
  for (size_t i = 1; i < w.size(); ++i) {
    if (w[i] < 'a' || w[i] > 'z') return false;
  }
  return true;
}

}  // namespace

std::string FoldedPersonName(const Article& a, std::string_view surname, Gender gender) {
  if (surname.empty() || !Capitalized(surname)) return {};
  for (const EntityMention& m : a.entities) {
    if (m.type == "PER") continue;
    std::string_view text = m.span.Of(a.body);
    if (text.size() <= surname.size() + 1 || !text.ends_with(surname) || text[text.size() - surname.size() - 1] != ' ') {
      continue;
    }
    std::string_view before = text.substr(0, text.size() - surname.size() - 1);
    std::string_view given = LastWord(before);
    // A capitalized given name the table knows, of a gender the mention allows.
    if (given.size() < 2 || !Capitalized(given) || !LowerTail(given)) continue;
    Gender g = GivenNameGender(core::AsciiLowered(given));
    if (g == Gender::kUnknown || !Compatible(g, gender)) continue;
    std::string name(given);
    name += ' ';
    name += surname;
    return name;
  }
  return {};
}

}  // namespace parallax::quotes
