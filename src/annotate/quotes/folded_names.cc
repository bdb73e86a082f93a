// Person names the tagger folded into another entity's span (session 17):
// "U.S. Ambassador to the UN Nikki Haley" tagged as the organization "UN Nikki
// Haley", then "Haley" alone as a person. CanonicalNames (names.cc) gives a
// one-word person the full name such a span ends with.
#include <string>
#include <string_view>
#include <vector>

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

std::vector<FoldedName> FoldedNames(const Article& a) {
  std::vector<FoldedName> out;
  for (const EntityMention& m : a.entities) {
    if (m.type == "PER") continue;
    std::string_view text = m.span.Of(a.body);
    size_t sp = text.rfind(' ');
    if (sp == std::string_view::npos || sp == 0) continue;
    std::string_view surname = text.substr(sp + 1);
    std::string_view given = LastWord(text.substr(0, sp));
    // Two capitalized words, the first a given name the table knows.
    if (surname.size() < 2 || !Capitalized(surname) || given.size() < 2 || !Capitalized(given) || !LowerTail(given)) {
      continue;
    }
    Gender g = GivenNameGender(core::AsciiLowered(given));
    if (g != Gender::kUnknown) out.push_back(FoldedName{surname, given, g});
  }
  for (const FoldedName& f : UntaggedNames(a)) out.push_back(f);  // session 25 (untagged_names.cc)
  return out;
}

std::string FoldedPersonName(const std::vector<FoldedName>& folded, std::string_view surname, Gender gender) {
  for (const FoldedName& f : folded) {
    if (f.surname != surname || !Compatible(f.gender, gender)) continue;
    std::string name(f.given);
    name += ' ';
    name += surname;
    return name;
  }
  return {};
}

}  // namespace parallax::quotes
