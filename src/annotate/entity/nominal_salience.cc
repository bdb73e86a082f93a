// The salient person of an article, for a definite title that the nominal rules of
// nominal_roles.cc leave without a holder (role_phrase.h SalientPerson).
//
// "Given that reality, the GOP front-runner recently retooled his campaign" in an article that
// names Trump a dozen times and Cruz twice: the title is not in a sentence of its own that the
// sentence before explains, and no one was given a compatible title by name, but the person the
// article is about was the last one named.
#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "annotate/entity/role_phrase.h"
#include "core/word_list.h"

namespace parallax::entity::phrase {

int64_t HolderOf(const Article& a, uint32_t m) {
  const int32_t c = a.entities[m].chain;
  return c >= 0 ? c : -1 - static_cast<int64_t>(m);
}

bool SalientOffice(std::string_view cls) {
  // Elected offices, candidacies and a few titles news uses for the person a story is about; not
  // the functions of people a story brings in unnamed ("the judge", "the lawmaker", "the donor",
  // "the commissioner", "the businessman": on unlabelled articles these named someone else).
  static constexpr std::string_view kOffices[] = {
      "president", "vice president", "president-elect", "senator", "congress", "governor", "lieutenant governor",
      "mayor", "speaker", "secretary", "secretary of state", "attorney general", "prime minister", "premier",
      "chancellor", "minister", "ambassador", "envoy", "nominee", "candidate", "front-runner", "frontrunner",
      "billionaire", "counsel"};
  return core::InList(cls, kOffices);
}

int64_t SalientPerson(const View& v, const std::vector<uint32_t>& persons, uint32_t window, uint32_t k) {
  const Article& a = v.a;
  // The last person named before the phrase, within the window.
  int64_t last = INT64_MIN;
  for (uint32_t m : persons) {
    if (v.mention_first[m] >= k) break;
    if (v.mention_first[m] >= window) last = HolderOf(a, m);
  }
  if (last == INT64_MIN) return INT64_MIN;
  // Mentions of each holder in the whole article: the last one named must be named at least 3
  // times and at least twice as often as anyone else.
  uint32_t own = 0, other = 0;
  std::vector<std::pair<int64_t, uint32_t>> counts;
  for (uint32_t m : persons) {
    const int64_t h = HolderOf(a, m);
    if (h == last) {
      ++own;
      continue;
    }
    bool found = false;
    for (auto& [holder, n] : counts) {
      if (holder == h) {
        found = true;
        other = std::max(other, ++n);
        break;
      }
    }
    if (!found) counts.emplace_back(h, 1), other = std::max<uint32_t>(other, 1);
  }
  return own >= 3 && own >= 2 * other ? last : INT64_MIN;
}

bool OpeningPhraseBefore(const View& v, uint32_t f, uint32_t k) {
  if (k < f + 2 || v.Tok(k - 1) != ",") return false;
  for (uint32_t j = f; j + 1 < k; ++j) {
    if (v.Tok(j) == "," || v.Tok(j) == "“" || v.Tok(j) == "\"") return false;
    if (const int32_t m = v.mention_at[j]; m >= 0 && v.a.entities[m].type == "PER") return false;
  }
  // Not an apposition to a name that opens the sentence ("Smith, the senator, ...").
  return v.mention_at[k - 2] < 0;
}

bool HasPossessive(const View& v, const Phrase& p) {
  for (uint32_t j = p.first; j <= p.last; ++j)
    if (IsPossessive(v.Tok(j)) || PossessiveAt(v, j)) return true;
  return false;
}

}  // namespace parallax::entity::phrase
