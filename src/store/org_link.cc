// An organisation named by its formal name and by its short name ("Ford
// Motor Company" / "Ford", "Apple Computer" / "Apple"): within-document
// coreference puts both in one chain, which takes the longer name, while
// other articles' chains say only "Ford". Session 22; entity_link.h.
#include <string>
#include <vector>

#include "annotate/entity/names.h"
#include "store/entity_link.h"
#include "store/sqlite_store.h"

namespace parallax::store::entity_link {

Result<int64_t> OrgOfShortName(StmtCache* db, const EntityChain& c, const std::vector<std::string>& aliases) {
  if (c.type != "ORG") return 0;
  const std::vector<std::string> words = entity::WithoutLegalForm(entity::NameWords(c.name));
  int64_t found = 0;
  if (words.size() >= 2) {
    // The formal name: the entity of the one short form its chain uses.
    for (const std::string& alias : aliases) {
      const std::vector<std::string> short_words = entity::NameWords(alias);
      if (!entity::IsShortOrgName(short_words, words)) continue;
      auto keyed = EntitiesWithKey(db, c.type, InfoOf(alias, c.type).key);
      if (!keyed.ok()) return keyed.status();
      for (const KeyedEntity& e : *keyed) {
        if (e.type != c.type || e.id == found) continue;
        if (found != 0) return 0;
        found = e.id;
      }
    }
    return found;
  }
  // The short name (without its legal form): the one organisation whose
  // chains used it beside a formal name it starts.
  auto st = db->Get(
      "SELECT e.id, e.name FROM entity_aliases a JOIN entities e ON e.id = a.entity "
      "WHERE a.alias = ?1 AND e.type = 'ORG' AND e.words >= 2");
  if (!st.ok()) return st.status();
  const std::vector<std::string>& short_words = words;  // "Apple" of "Apple Inc." too
  if (short_words.empty()) return 0;
  (*st)->BindText(1, short_words.front());
  int rc;
  while ((rc = (*st)->Step()) == SQLITE_ROW) {
    if (!entity::IsShortOrgName(short_words, entity::WithoutLegalForm(entity::NameWords((*st)->Text(1))))) continue;
    if (found != 0 && found != (*st)->Int(0)) {
      found = -1;
      continue;
    }
    if (found == 0) found = (*st)->Int(0);
  }
  (*st)->Reset();
  if (rc != SQLITE_DONE) return SqliteError(db->db(), "entity aliases");
  return found < 0 ? 0 : found;
}

}  // namespace parallax::store::entity_link
