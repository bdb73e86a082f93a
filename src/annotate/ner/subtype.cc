// Subtype rules. CoNLL-2003 has no GPE/facility/event distinction, so the
// finer layer is derived, not learned: a location that is a country or
// subdivision in iso-codes is a GPE; otherwise its head word decides
// (facility words, natural-feature words); remaining locations default to GPE
// because in news text they are overwhelmingly cities and regions. Events are
// recognised by head words (summit, games, war, ...) and by the
// acronym-plus-number pattern of conference series (COP28, G20).
#include "annotate/ner/subtype.h"

#include <algorithm>
#include <array>

#include "annotate/ner/labels.h"
#include "annotate/ner/normalize.h"
#include "annotate/ner/tagger.h"

namespace parallax::ner {

namespace {

bool In(std::string_view w, const std::string_view* list, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (w == list[i]) return true;
  return false;
}

constexpr std::string_view kFacility[] = {
    "airport", "airbase", "square", "bridge", "hall", "palace", "stadium", "hospital", "station", "tower",
    "building", "centre", "center", "street", "avenue", "road", "museum", "church", "cathedral", "mosque",
    "temple", "prison", "dam", "base", "arena", "port", "harbour", "harbor", "plant", "reactor", "embassy",
    "consulate", "mall", "hotel", "terminal", "highway", "motorway", "pipeline", "park", "gate", "library"};
constexpr std::string_view kNatural[] = {
    "river", "sea", "ocean", "lake", "mountain", "mountains", "island", "islands", "valley", "desert",
    "bay", "gulf", "strait", "straits", "peninsula", "coast", "forest", "canal", "channel", "basin",
    "plateau", "glacier", "volcano", "range", "falls", "hills", "delta"};
constexpr std::string_view kEvent[] = {
    "summit", "olympics", "olympic", "games", "cup", "championship", "championships", "war", "conference",
    "festival", "election", "elections", "open", "tour", "marathon", "prix", "forum", "talks", "revolution",
    "expo", "congress", "convention", "world", "series", "league", "derby", "crisis", "massacre", "protests",
    "uprising", "attack", "attacks", "storm", "hurricane", "typhoon", "earthquake", "cop", "olympiad"};
constexpr std::string_view kNorpSuffix[] = {"an", "ian", "ese", "ish", "i", "ic", "ean"};

// "COP28", "G20", "G7": uppercase letters followed by digits.
bool IsSeriesCode(std::string_view w) {
  size_t i = 0;
  while (i < w.size() && w[i] >= 'A' && w[i] <= 'Z') ++i;
  if (i == 0 || i == w.size()) return false;
  size_t j = i;
  while (j < w.size() && w[j] >= '0' && w[j] <= '9') ++j;
  return j == w.size() && j - i <= 4;
}

// A stand-alone series code: not "CO2" or "A380" (products, chemicals).
bool IsEventCode(std::string_view w) {
  if (!IsSeriesCode(w)) return false;
  size_t letters = 0;
  while (w[letters] >= 'A' && w[letters] <= 'Z') ++letters;
  size_t digits = w.size() - letters;
  return (letters == 1 && w[0] == 'G') || (letters >= 2 && digits >= 2);
}

bool EndsWith(std::string_view w, std::string_view s) { return w.size() > s.size() + 2 && w.substr(w.size() - s.size()) == s; }

}  // namespace

std::string DeriveSubtype(int type, const std::vector<std::string_view>& tokens, const uint64_t* lower_hashes,
                          const Gazetteer& gaz) {
  static const int kLoc = TypeIndex("LOC"), kOrg = TypeIndex("ORG"), kMisc = TypeIndex("MISC");
  if (tokens.empty() || (type != kLoc && type != kOrg && type != kMisc)) return "";
  const size_t last = tokens.size() - 1;
  auto in = [](const std::string& w, const auto& list) { return In(w, list, std::size(list)); };
  // The head (and first) word lowercased only when a rule reads them (not for PER, nor
  // for a one-word ORG or a LOC the gazetteer settles).
  if (type == kLoc) {
    if (gaz.Contains(lower_hashes, 0, last, kGazCountry) || gaz.Contains(lower_hashes, 0, last, kGazSubdivision))
      return "GPE";
    const std::string head = Lower(tokens[last]);
    if (tokens.size() > 1 && in(head, kFacility)) return "FACILITY";
    if (in(head, kNatural)) return "";
    if (tokens.size() > 1) {
      const std::string first = Lower(tokens[0]);
      if (first == "mount" || first == "lake") return "";
    }
    return "GPE";
  }
  if (type == kOrg) {
    if (tokens.size() == 1) return "";
    const std::string head = Lower(tokens[last]);
    if (in(head, kFacility) && head != "centre" && head != "center") return "FACILITY";
    return "";
  }
  // MISC
  for (std::string_view t : tokens)
    if (IsSeriesCode(t)) return "EVENT";
  const std::string head = Lower(tokens[last]);
  if (in(head, kEvent) && (tokens.size() > 1 || head == "olympics")) return "EVENT";
  if (tokens.size() == 1) {
    if (gaz.Contains(lower_hashes, 0, 0, kGazLanguage)) return "NORP";
    for (std::string_view suffix : kNorpSuffix)
      if (EndsWith(head, suffix)) return "NORP";
  }
  return "";
}

void AddSeriesCodeEvents(const std::vector<std::string_view>& sentence, std::vector<Mention>* mentions) {
  std::vector<Mention> added;
  size_t next = 0;  // first mention not ending before token i
  for (uint32_t i = 0; i < sentence.size(); ++i) {
    const std::string_view w = sentence[i];
    // A code starts with a capital and ends with a digit: most tokens stop here.
    if (w.empty() || w[0] < 'A' || w[0] > 'Z' || w.back() < '0' || w.back() > '9' || !IsEventCode(w)) continue;
    while (next < mentions->size() && (*mentions)[next].last_token < i) ++next;
    if (next < mentions->size() && (*mentions)[next].first_token <= i) continue;  // covered
    added.push_back(Mention{i, i, "MISC", "EVENT", 1.f});
  }
  if (added.empty()) return;
  mentions->insert(mentions->end(), added.begin(), added.end());
  std::sort(mentions->begin(), mentions->end(),
            [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
}

}  // namespace parallax::ner
