// Well-known places, bodies, media, firms and laws whose type the tagger
// gets wrong in some articles: names that read like person names ("Capitol
// Hill", "Getty Images", "Al Jazeera", "Mother Jones", "Obamacare") and
// platforms read as places ("Facebook", "Twitter"). For the corpus linker
// (entity_store.cc): a chain with such a name is linked as the type listed
// here, so the corpus has one entity of the right type instead of a person
// beside the place, or a "Facebook" typed LOC.
#ifndef PARALLAX_STORE_KNOWN_NAMES_H_
#define PARALLAX_STORE_KNOWN_NAMES_H_

#include <string_view>
#include <utility>
#include <vector>

namespace parallax::store {

// Every (name, type) pair of the list; type is "LOC", "ORG" or "MISC".
std::vector<std::pair<std::string_view, std::string_view>> KnownNames();

}  // namespace parallax::store

#endif  // PARALLAX_STORE_KNOWN_NAMES_H_
