// The list of well-known names the tagger mistypes (known_names.h).
// Provenance: written by hand for session 19 from general knowledge of US
// and international news (landmarks, media and photo agencies, groups,
// firms, laws); prompted by the tagger's slips on the first 1,500 AllSides
// articles ("Capitol Hill" a person in 56 articles, "Getty Images" 15,
// "Obamacare" 35, "Mother Jones" 9; "Facebook" a place in 69 of its 96
// chains), each further name added for being a well-known non-person with
// a person-like shape (First Last, a given name, a particle "Al") or a
// platform or firm read as a place. Names that are as often persons ("Walt
// Disney", "Charles Schwab", "Lincoln") are left out.
#include "store/known_names.h"

namespace parallax::store {

namespace {

struct KnownName {
  std::string_view name;
  std::string_view type;
};

constexpr KnownName kNames[] = {
    // Places and buildings.
    {"Capitol Hill", "LOC"},
    {"Rose Garden", "LOC"},
    {"Oval Office", "LOC"},
    {"Camp David", "LOC"},
    {"Mar-a-Lago", "LOC"},
    {"Foggy Bottom", "LOC"},
    {"Trump Tower", "LOC"},
    {"Wall Street", "LOC"},
    {"Silicon Valley", "LOC"},
    {"Pearl Harbor", "LOC"},
    {"Ground Zero", "LOC"},
    {"Sandy Hook", "LOC"},
    {"Fort Hood", "LOC"},
    {"Guantanamo Bay", "LOC"},
    {"Christmas Island", "LOC"},
    {"Mount Rushmore", "LOC"},
    {"Martha's Vineyard", "LOC"},
    {"Rust Belt", "LOC"},
    {"Bible Belt", "LOC"},
    // Media and photo agencies.
    {"Getty Images", "ORG"},
    {"Al Jazeera", "ORG"},
    {"Al Arabiya", "ORG"},
    {"Mother Jones", "ORG"},
    {"Rolling Stone", "ORG"},
    {"Huffington Post", "ORG"},
    {"Washington Examiner", "ORG"},
    {"Fox News", "ORG"},
    {"Breitbart News", "ORG"},
    {"Agence France-Presse", "ORG"},
    {"Yahoo News", "ORG"},
    // Groups, firms.
    {"Al Qaeda", "ORG"},
    {"Al-Qaeda", "ORG"},
    {"Al Shabaab", "ORG"},
    {"Boko Haram", "ORG"},
    {"Planned Parenthood", "ORG"},
    {"Black Lives Matter", "ORG"},
    {"Lockheed Martin", "ORG"},
    {"Goldman Sachs", "ORG"},
    {"Morgan Stanley", "ORG"},
    {"Wells Fargo", "ORG"},
    {"Dow Jones", "ORG"},
    {"Hobby Lobby", "ORG"},
    // Platforms and firms the tagger often reads as places ("Facebook" LOC
    // in 69 of 96 chains on the first 1,500 AllSides articles).
    {"Facebook", "ORG"},
    {"Twitter", "ORG"},
    {"Google", "ORG"},
    {"YouTube", "ORG"},
    {"Instagram", "ORG"},
    {"WhatsApp", "ORG"},
    {"TikTok", "ORG"},
    {"Microsoft", "ORG"},
    {"Walmart", "ORG"},
    {"Starbucks", "ORG"},
    {"Gallup", "ORG"},
    // Parties the tagger reads as MISC ("Republican Party" MISC in 286 of
    // its 377 chains on the first 1,500 AllSides articles).
    {"Republican Party", "ORG"},
    {"Democratic Party", "ORG"},
    // Laws, programmes, movements.
    {"Obamacare", "MISC"},
    {"Trumpcare", "MISC"},
    {"Brexit", "MISC"},
    {"Trumpism", "MISC"},
    {"Medicare", "MISC"},
    {"Medicaid", "MISC"},
};

}  // namespace

std::vector<std::pair<std::string_view, std::string_view>> KnownNames() {
  std::vector<std::pair<std::string_view, std::string_view>> out;
  for (const KnownName& n : kNames) out.emplace_back(n.name, n.type);
  return out;
}

}  // namespace parallax::store
