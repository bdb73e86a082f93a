// The person / non-person line in the corpus linker: a name the tagger
// types as a person in some articles and as a place or organisation in
// others (entity_link.h, AcrossThePersonLine and KnownNameType).
#include <map>

#include "store/entity_link.h"
#include "store/known_names.h"
#include "store/sqlite_store.h"

namespace parallax::store::entity_link {

std::string KnownNameType(const std::string& key) {
  static const std::map<std::string, std::string>* const by_key = [] {
    auto* m = new std::map<std::string, std::string>;
    for (const auto& [name, type] : KnownNames()) (*m)[InfoOf(std::string(name), "PER").key] = std::string(type);
    return m;
  }();
  auto it = by_key->find(key);
  return it == by_key->end() ? std::string() : it->second;
}

// Persons never join organisations by a shared one-word name ("Bloomberg"
// the man and the company; an early "Priebus" ORG would take the person),
// so only names of two or more words cross, and only to an entity named in
// 3 chains or more: "Barack Obama" ORG in 3 articles beside 594 person
// chains, "Al Qaeda" PER in 2 beside 24 ORG. Only a chain that would start
// a new entity looks across (one more index seek for a few of the chains,
// not for every one): an entity of the minority kind made before the other
// had 3 chains stays apart when streaming; the re-link, which links the
// kind most chains give a key first, joins it.
Result<int64_t> AcrossThePersonLine(StmtCache* db, const EntityChain& c, const NameInfo& n) {
  auto across = EntitiesWithKey(db, c.type == "PER" ? "ORG" : "PER", n.key);
  if (!across.ok()) return across.status();
  if (across->empty()) return 0;
  const int64_t other = across->front().id;
  auto count = ChainCount(db, other, 3);
  if (!count.ok()) return count.status();
  return *count >= 3 ? other : 0;
}

}  // namespace parallax::store::entity_link
