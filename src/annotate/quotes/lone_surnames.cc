// A bare surname and the one other person named in full with it (session 24).
// CanonicalNames (names.cc) gives a bare surname of unknown gender the fullest
// name of the surname's majority gender; when the article names only a
// relative in full ("President Trump" throughout, "his wife, Melania Trump"
// once), every bare "Trump" became Melania Trump. The pronouns after the bare
// mentions ("Trump said ... He") say they are someone else.
#include <string>
#include <vector>

#include "annotate/quotes/names.h"

namespace parallax::quotes {

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
    full = m.full_name;
    if (full_gender == Gender::kUnknown) full_gender = m.gender;
  }
  if (full == nullptr || bare.empty()) return false;
  for (size_t k = 0; k < mentions.size() && full_gender == Gender::kUnknown; ++k) {
    if (mentions[k].full_name != nullptr) full_gender = OwnSentencePronounGender(a, mentions[k].entity);
  }
  if (full_gender == Gender::kUnknown) return false;
  Gender said = BareSurnameGender(a, bare);
  return said != Gender::kUnknown && said != full_gender;
}

}  // namespace parallax::quotes
