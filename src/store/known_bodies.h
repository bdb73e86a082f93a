// Acronyms of well-known public bodies, agencies, alliances and laws that
// news writes without spelling out ("FDA", "NATO"), for the corpus linker
// (entity_store.cc): an acronym no article of the corpus spelled out beside
// its name links to the entity of the long name listed here when the corpus
// has one. Initials alone are no evidence ("NBC" is not the National
// Butterfly Center), so only acronyms with one meaning in news are listed;
// ambiguous ones ("AP", "RNC", "VA", "PAC") are not.
#ifndef PARALLAX_STORE_KNOWN_BODIES_H_
#define PARALLAX_STORE_KNOWN_BODIES_H_

#include <string_view>
#include <utility>
#include <vector>

namespace parallax::store {

// The long names (one or more spellings) of the body whose acronym has the
// letters `letters` (capitals, periods removed: "FDA"); empty when the
// acronym is not listed.
std::vector<std::string_view> KnownBodyNames(std::string_view letters);

// Every (letters, long name) pair of the list.
std::vector<std::pair<std::string_view, std::string_view>> KnownBodies();

}  // namespace parallax::store

#endif  // PARALLAX_STORE_KNOWN_BODIES_H_
