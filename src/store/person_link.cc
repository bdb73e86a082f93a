// The person rules of the corpus linker (entity_link.h): a name with or
// without middle initials, an initial and a surname, another form of the
// given name. Each looks at the persons with the same last word.
#include <string>
#include <vector>

#include "annotate/entity/names.h"
#include "core/ascii.h"
#include "store/entity_link.h"
#include "store/given_names.h"
#include "store/person_names.h"
#include "store/sqlite_store.h"

namespace parallax::store::entity_link {

// A two-word person name of an initial and a surname ("P. Manafort", "J.
// Trump": the tagger's cut of "Donald J. Trump").
bool IsInitialFragment(const std::string& name) {
  const std::vector<std::string> words = entity::NameWords(name);
  return words.size() == 2 && InitialLetters(words.front()).size() == 1;
}

// The person an initial and a surname stand for: of the multi-word persons
// with that surname, those whose name or a multi-word alias has the initial
// as first or middle initial ("P. Manafort": Paul Manafort; "J. Trump": the
// entity of "Donald J. Trump"), the one or the dominant one, or 0.
Result<int64_t> PersonOfInitial(StmtCache* db, const EntityChain& c, const NameInfo& n) {
  const std::vector<std::string> fragment = entity::NameWords(c.name);
  auto st = db->Get("SELECT id, name FROM entities WHERE type = 'PER' AND last_word = ?1 AND words > 1 AND key <> ?2");
  if (!st.ok()) return st.status();
  (*st)->BindText(1, n.last);
  (*st)->BindText(2, n.key);
  std::vector<std::pair<int64_t, std::string>> candidates;
  int rc;
  while ((rc = (*st)->Step()) == SQLITE_ROW) candidates.emplace_back((*st)->Int(0), (*st)->Text(1));
  (*st)->Reset();
  if (rc != SQLITE_DONE) return SqliteError(db->db(), "entity lookup");
  auto aliases = db->Get("SELECT alias FROM entity_aliases WHERE entity = ?1");
  if (!aliases.ok()) return aliases.status();
  std::vector<int64_t> fits;
  for (const auto& [id, name] : candidates) {
    bool fit = !IsInitialFragment(name) && InitialFitsPerson(fragment, entity::NameWords(name));
    (*aliases)->BindInt(1, id);
    while (!fit && (rc = (*aliases)->Step()) == SQLITE_ROW) {
      const std::string alias = (*aliases)->Text(0);
      fit = !IsInitialFragment(alias) && InitialFitsPerson(fragment, entity::NameWords(alias));
    }
    (*aliases)->Reset();
    if (fit) fits.push_back(id);
  }
  return DominantEntity(db, fits);
}

// Whether the words between the first and the last of a name are all
// initials ("J.", "H.W.", "W"): full middle names tell people apart ("John
// Quincy Adams" is not John Adams, "John Bel Edwards" not John Edwards).
bool MiddleIsInitials(const std::string& name) {
  const std::vector<std::string> words = entity::NameWords(name);
  if (words.size() < 3) return false;
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    const std::string& w = words[i];
    size_t letters = 0;
    bool upper = true;
    for (char ch : w) {
      if (ch == '.') continue;
      ++letters;
      upper = upper && core::IsAsciiUpper(ch);
    }
    if (letters == 0 || letters > 2 || !upper || (letters == 2 && w.find('.') == std::string::npos)) return false;
  }
  return true;
}

// A person named with and without middle initials ("Donald Trump" / "Donald
// J. Trump", "Robert Mueller" / "Robert S. Mueller"): the one person with
// the same first and last word whose name is this one plus middle initials,
// or this one minus them. None when several qualify, and none for a name
// with initials when the corpus knows other initials for that first and last
// name, as an entity or as an alias of the short one ("George H.W. Bush"
// never joins a "George Bush" that already holds "George W. Bush").
Result<int64_t> PersonWithOtherMiddle(StmtCache* db, const EntityChain& c, const NameInfo& n) {
  if (n.words >= 3 && !MiddleIsInitials(c.name)) return 0;
  auto st = db->Get("SELECT id, words, name FROM entities WHERE type = 'PER' AND first_word = ?1 AND last_word = ?2");
  if (!st.ok()) return st.status();
  (*st)->BindText(1, n.first);
  (*st)->BindText(2, n.last);
  int64_t found = 0, count = 0;
  bool other_middle = false;
  int rc;
  while ((rc = (*st)->Step()) == SQLITE_ROW) {
    const int64_t words = (*st)->Int(1);
    if (words >= 3 && !MiddlesAgree(entity::NameWords((*st)->Text(2)), entity::NameWords(c.name))) other_middle = true;
    if ((n.words == 2 && words >= 3 && MiddleIsInitials((*st)->Text(2))) || (n.words >= 3 && words == 2))
      found = (*st)->Int(0), ++count;
  }
  (*st)->Reset();
  if (rc != SQLITE_DONE) return SqliteError(db->db(), "entity lookup");
  if (count != 1 || (n.words >= 3 && other_middle)) return 0;
  if (n.words >= 3) {
    auto aliases = db->Get("SELECT alias FROM entity_aliases WHERE entity = ?1");
    if (!aliases.ok()) return aliases.status();
    (*aliases)->BindInt(1, found);
    while ((rc = (*aliases)->Step()) == SQLITE_ROW) {
      const std::string alias = (*aliases)->Text(0);
      const NameInfo a = InfoOf(alias, "PER");
      if (a.words >= 3 && a.first == n.first && a.last == n.last && a.key != n.key &&
          !MiddlesAgree(entity::NameWords(alias), entity::NameWords(c.name)))
        other_middle = true;
    }
    (*aliases)->Reset();
    if (rc != SQLITE_DONE) return SqliteError(db->db(), "entity aliases");
    if (other_middle) return 0;
  }
  return found;
}

// A person named with another form of the same given name and the same
// surname ("Chuck Schumer" / "Charles E. Schumer", "Bill Barr" / "William
// Barr"; given_names.h): the one such person whose middle words, when both
// names have some, agree; middle words must be initials ("Jack Kennedy" is
// not "John Neely Kennedy"). None when several qualify or the name ends in a
// generational suffix (its last word is no surname).
Result<int64_t> PersonWithOtherGivenName(StmtCache* db, const EntityChain& c, const NameInfo& n) {
  const std::vector<std::string> words = entity::NameWords(c.name);
  if (words.empty() || entity::IsGenerationalSuffix(words.back()) || (n.words >= 3 && !MiddleIsInitials(c.name)))
    return 0;
  auto st = db->Get("SELECT id, words, name, first_word FROM entities WHERE type = 'PER' AND last_word = ?1 AND words > 1");
  if (!st.ok()) return st.status();
  (*st)->BindText(1, n.last);
  int64_t found = 0, count = 0;
  int rc;
  while ((rc = (*st)->Step()) == SQLITE_ROW) {
    if (!OtherFormOfGivenName((*st)->Text(3), n.first)) continue;
    const std::string name = (*st)->Text(2);
    if ((*st)->Int(1) >= 3 && (!MiddleIsInitials(name) || (n.words >= 3 && !MiddlesAgree(entity::NameWords(name), words))))
      continue;
    found = (*st)->Int(0), ++count;
  }
  (*st)->Reset();
  if (rc != SQLITE_DONE) return SqliteError(db->db(), "entity lookup");
  return count == 1 ? found : 0;
}

}  // namespace parallax::store::entity_link
