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

namespace {

// Whether entity `candidate` is the organisation a one-word short name
// `word` (normalized) stands for in the corpus: it is, unless an
// organisation, place or MISC name of two words or more beginning with the
// word (other than those with key `formal_key` and the word's other
// formal names, the word and generic words: "Ford Motor Company" beside
// "Ford Motors Co.") is named in more chains than the candidate (counts
// capped at 400): "United" alone is no more
// United Airlines (2 chains) than the United Nations (69) or the United
// Kingdom (73); "Harvard" stays Harvard University (8) beside Harvard Law
// School (4), "Reuters" the agency beside "Reuters Breakingviews". Session 23.
Result<bool> StandsForWord(StmtCache* db, const std::string& word, int64_t candidate, const std::string& formal_key) {
  auto st = db->Get(
      "SELECT id, name FROM entities WHERE type = 'ORG' AND first_word = ?1 AND words >= 2 AND key <> ?2 "
      "UNION ALL SELECT id, name FROM entities WHERE type = 'LOC' AND first_word = ?1 AND words >= 2 AND key <> ?2 "
      "UNION ALL SELECT id, name FROM entities WHERE type = 'MISC' AND first_word = ?1 AND words >= 2 AND key <> ?2");
  if (!st.ok()) return st.status();
  (*st)->BindText(1, word);
  (*st)->BindText(2, formal_key);
  std::vector<int64_t> ids = {candidate};
  int rc;
  while ((rc = (*st)->Step()) == SQLITE_ROW) {
    if ((*st)->Int(0) == candidate) continue;
    // Another formal name of the short name ("Ford Motor Company" beside
    // "Ford Motors Co.") is no other organisation.
    const std::vector<std::string> words = entity::WithoutLegalForm(entity::NameWords((*st)->Text(1)));
    if (entity::IsShortOrgName({words.front()}, words)) continue;
    ids.push_back((*st)->Int(0));
  }
  (*st)->Reset();
  if (rc != SQLITE_DONE) return SqliteError(db->db(), "entity lookup");
  if (ids.size() == 1) return true;
  int64_t mine = 0;
  for (size_t i = 0; i < ids.size(); ++i) {
    auto n = ChainCount(db, ids[i], 400);
    if (!n.ok()) return n.status();
    if (i == 0) mine = *n;
    else if (*n > mine) return false;
  }
  return true;
}

}  // namespace

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
        if (short_words.size() == 1) {
          auto stands = StandsForWord(db, InfoOf(alias, c.type).key, e.id, InfoOf(c.name, c.type).key);
          if (!stands.ok()) return stands.status();
          if (!*stands) continue;
        }
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
  if (found <= 0) return 0;
  if (short_words.size() == 1) {
    auto key = db->Get("SELECT key FROM entities WHERE id = ?1");
    if (!key.ok()) return key.status();
    (*key)->BindInt(1, found);
    rc = (*key)->Step();
    const std::string formal_key = rc == SQLITE_ROW ? (*key)->Text(0) : std::string();
    (*key)->Reset();
    if (rc != SQLITE_ROW) return SqliteError(db->db(), "entity lookup");
    auto stands = StandsForWord(db, InfoOf(short_words.front(), c.type).key, found, formal_key);
    if (!stands.ok()) return stands.status();
    if (!*stands) return 0;
  }
  return found;
}

// A stock index's full name whose chain also uses its short name ("Dow Jones
// Industrial Average ... Dow Jones", entity::IsShortIndexName) absorbs the
// entity of the short name, made by articles that wrote only that: other
// articles say "Dow Jones" for the index. Session 23.
Status FoldShortIndexNames(StmtCache* db, const EntityChain& c, const std::vector<std::string>& aliases,
                           int64_t into) {
  const std::vector<std::string> long_words = entity::NameWords(c.name);
  for (const std::string& alias : aliases) {
    if (!entity::IsShortIndexName(entity::NameWords(alias), long_words)) continue;
    auto keyed = EntitiesWithKey(db, c.type, InfoOf(alias, c.type).key);
    if (!keyed.ok()) return keyed.status();
    for (const KeyedEntity& e : *keyed)
      if (e.id != into) PARALLAX_RETURN_IF_ERROR(Merge(db, e.id, into));
  }
  return Status::OK();
}

// A stock index's short name ("Dow Jones") links to the one entity of a full
// index name whose chains used it (FoldShortIndexNames' other direction, for
// a corpus that named the full name first), or 0.
Result<int64_t> IndexOfShortName(StmtCache* db, const EntityChain& c) {
  const std::vector<std::string> words = entity::NameWords(c.name);
  if (words.empty() || words.size() > 2) return 0;
  // The longer names that begin with the first word (an indexed seek per
  // type), then the index words in C++, then the alias.
  auto st = db->Get(
      "SELECT id, name FROM entities WHERE type = 'MISC' AND first_word = ?1 AND words > ?2 "
      "UNION ALL SELECT id, name FROM entities WHERE type = 'ORG' AND first_word = ?1 AND words > ?2");
  if (!st.ok()) return st.status();
  (*st)->BindText(1, entity::NameKey({words.front()}));
  (*st)->BindInt(2, static_cast<int64_t>(words.size()));
  std::vector<int64_t> fits;
  int rc;
  while ((rc = (*st)->Step()) == SQLITE_ROW)
    if (entity::IsShortIndexName(words, entity::NameWords((*st)->Text(1)))) fits.push_back((*st)->Int(0));
  (*st)->Reset();
  if (rc != SQLITE_DONE) return SqliteError(db->db(), "entity lookup");
  if (fits.empty()) return 0;
  std::string surface;
  for (const std::string& w : words) surface += (surface.empty() ? "" : " ") + w;
  auto alias = db->Get("SELECT 1 FROM entity_aliases WHERE entity = ?1 AND alias = ?2");
  if (!alias.ok()) return alias.status();
  int64_t found = 0;
  for (int64_t id : fits) {
    (*alias)->BindInt(1, id);
    (*alias)->BindText(2, surface);
    rc = (*alias)->Step();
    (*alias)->Reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return SqliteError(db->db(), "entity aliases");
    if (rc != SQLITE_ROW) continue;
    if (found != 0) return 0;
    found = id;
  }
  return found;
}

}  // namespace parallax::store::entity_link
