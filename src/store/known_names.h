// Names of well-known places, bodies, media and laws that read like
// person names ("Capitol Hill", "Getty Images", "Al Jazeera", "Mother
// Jones", "Obamacare") and that the tagger marks as persons in some
// articles, for the corpus linker (entity_store.cc): a person chain with
// such a name is linked as the type listed here, so the corpus has one
// entity of the right type instead of a person beside the place.
#ifndef PARALLAX_STORE_KNOWN_NAMES_H_
#define PARALLAX_STORE_KNOWN_NAMES_H_

#include <string_view>
#include <utility>
#include <vector>

namespace parallax::store {

// Every (name, type) pair of the list; type is "LOC", "ORG" or "MISC".
std::vector<std::pair<std::string_view, std::string_view>> KnownNonPersonNames();

}  // namespace parallax::store

#endif  // PARALLAX_STORE_KNOWN_NAMES_H_
