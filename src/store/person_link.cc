// The person rules of the corpus linker (entity_link.h): a name with or
// without middle initials or a full middle name, an initial and a surname,
// another form of the given name. Each looks at the persons with the same last word.
#include <set>
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
// initials ("J.", "H.W.", "W"): full middle names may tell people apart
// ("John Quincy Adams" is not John Adams), so they join only by the stricter
// rule of PersonWithOtherMiddle.
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

// What kind of office a role names: a seat in a legislature, a governor's or
// mayor's office, a military or police rank. One person is seldom named by
// a rank and an elected office in the same years (a police captain is no
// senator); other changes are careers (senator, then secretary of state,
// then president) or say nothing ("spokeswoman" / "press secretary").
enum OfficeKind : unsigned { kLegislator = 1, kExecutive = 2, kRank = 4, kElected = kLegislator | kExecutive };

unsigned OfficeKindsOf(const std::string& role) {
  static const std::set<std::string>* const kLegislatorWords =
      new std::set<std::string>{"senator", "representative", "congressman", "congresswoman", "lawmaker"};
  static const std::set<std::string>* const kExecutiveWords = new std::set<std::string>{"governor", "mayor"};
  static const std::set<std::string>* const kRankWords = new std::set<std::string>{
      "general", "admiral", "colonel", "captain", "commander", "lieutenant", "sergeant", "major"};
  unsigned kinds = 0;
  std::string w;
  for (char ch : role + " ") {
    if (ch == ' ' || ch == '-') {
      if (kLegislatorWords->count(w) != 0) kinds |= kLegislator;
      if (kExecutiveWords->count(w) != 0) kinds |= kExecutive;
      if (kRankWords->count(w) != 0) kinds |= kRank;
      w.clear();
    } else {
      w.push_back(core::AsciiLower(ch));
    }
  }
  return kinds;
}

// Whether chain `chain` of `a` is named only by a rank and entity `id` only
// by elected offices, or the other way round ("captain" / "senator": Capt.
// Ronald Johnson of the Missouri Highway Patrol is not Sen. Ron Johnson;
// "commander" of Cyber Command Michael Rogers is not Rep. Mike Rogers). A
// side without either is no disagreement. With `seat_and_office`, also when
// both are named by such offices and by none in common ("senator" /
// "governor": the former Sen. John Edwards is not Gov. John Bel Edwards),
// which some careers trip: only for the weaker evidence of a full middle
// name.
Result<bool> RolesDisagree(StmtCache* db, const Article& a, size_t chain, int64_t id, bool seat_and_office) {
  unsigned mine = 0;
  for (const RoleMention& r : a.roles)
    if (r.mention < a.entities.size() && a.entities[r.mention].chain == static_cast<int32_t>(chain))
      mine |= OfficeKindsOf(r.role);
  const auto coarse = [](unsigned k) { return ((k & kElected) != 0 ? kElected : 0u) | (k & kRank); };
  const bool one_coarse = coarse(mine) == kElected || coarse(mine) == kRank;
  if (!one_coarse && !(seat_and_office && mine != 0)) return false;
  auto st = db->Get("SELECT role FROM entity_roles WHERE entity = ?1 LIMIT 400");
  if (!st.ok()) return st.status();
  (*st)->BindInt(1, id);
  unsigned theirs = 0;
  int rc;
  while ((rc = (*st)->Step()) == SQLITE_ROW) theirs |= OfficeKindsOf((*st)->Text(0));
  (*st)->Reset();
  if (rc != SQLITE_DONE) return SqliteError(db->db(), "entity roles");
  if (one_coarse && (coarse(mine) | coarse(theirs)) == (kElected | kRank) && coarse(theirs) != (kElected | kRank))
    return true;
  return seat_and_office && mine != 0 && theirs != 0 && (mine & theirs) == 0;
}

// A person named with and without middle initials ("Donald Trump" / "Donald
// J. Trump", "Robert Mueller" / "Robert S. Mueller"): the one person with
// the same first and last word whose name is this one plus middle initials,
// or this one minus them. None when several qualify, and none for a name
// with initials when the corpus knows other initials for that first and last
// name, as an entity or as an alias of the short one ("George H.W. Bush"
// never joins a "George Bush" that already holds "George W. Bush").
// Full middle names (a maiden name, a second given name: "Sarah Huckabee
// Sanders" / "Sarah Sanders", "Hillary Rodham Clinton", "Recep Tayyip
// Erdogan") join the same way when no person with middle initials
// qualifies, exactly one person does, the last word is a surname (no "Jr.")
// and the chain's roles and that person's do not disagree (RolesDisagree
// with seat_and_office: "John Edwards" the senator is not Gov. "John Bel
// Edwards").
Result<int64_t> PersonWithOtherMiddle(StmtCache* db, const Article& a, size_t chain, const EntityChain& c,
                                      const NameInfo& n) {
  const std::vector<std::string> words_of_c = entity::NameWords(c.name);
  const bool full_middle = n.words >= 3 && !MiddleIsInitials(c.name);
  if (full_middle && (words_of_c.empty() || entity::IsGenerationalSuffix(words_of_c.back()))) return 0;
  if (IsDistinctPersonName(n.key)) return 0;
  auto st = db->Get("SELECT id, words, name, key FROM entities WHERE type = 'PER' AND first_word = ?1 AND last_word = ?2");
  if (!st.ok()) return st.status();
  (*st)->BindText(1, n.first);
  (*st)->BindText(2, n.last);
  int64_t found = 0, count = 0, full_found = 0, full_count = 0;
  bool other_middle = false;
  int rc;
  while ((rc = (*st)->Step()) == SQLITE_ROW) {
    const int64_t words = (*st)->Int(1);
    const std::string name = (*st)->Text(2);
    if (IsDistinctPersonName((*st)->Text(3))) continue;
    if (words >= 3 && !MiddlesAgree(entity::NameWords(name), words_of_c)) other_middle = true;
    if ((n.words == 2 && words >= 3 && MiddleIsInitials(name)) || (n.words >= 3 && words == 2))
      found = (*st)->Int(0), ++count;
    else if (n.words == 2 && words >= 3 && !entity::IsGenerationalSuffix(entity::NameWords(name).back()))
      full_found = (*st)->Int(0), ++full_count;
  }
  (*st)->Reset();
  if (rc != SQLITE_DONE) return SqliteError(db->db(), "entity lookup");
  if (n.words == 2 && count == 0 && full_count == 1) {
    auto disagree = RolesDisagree(db, a, chain, full_found, true);
    if (!disagree.ok()) return disagree.status();
    return *disagree ? 0 : full_found;
  }
  if (count != 1 || (n.words >= 3 && other_middle)) return 0;
  if (n.words >= 3) {
    auto aliases = db->Get("SELECT alias FROM entity_aliases WHERE entity = ?1");
    if (!aliases.ok()) return aliases.status();
    (*aliases)->BindInt(1, found);
    while ((rc = (*aliases)->Step()) == SQLITE_ROW) {
      const std::string alias = (*aliases)->Text(0);
      const NameInfo al = InfoOf(alias, "PER");
      if (al.words >= 3 && al.first == n.first && al.last == n.last && al.key != n.key &&
          !MiddlesAgree(entity::NameWords(alias), words_of_c))
        other_middle = true;
    }
    (*aliases)->Reset();
    if (rc != SQLITE_DONE) return SqliteError(db->db(), "entity aliases");
    if (other_middle) return 0;
  }
  if (full_middle) {
    auto disagree = RolesDisagree(db, a, chain, found, true);
    if (!disagree.ok()) return disagree.status();
    if (*disagree) return 0;
  }
  return found;
}

// A person named with another form of the same given name and the same
// surname ("Chuck Schumer" / "Charles E. Schumer", "Bill Barr" / "William
// Barr"; given_names.h): the one such person whose middle words, when both
// names have some, agree; middle words must be initials ("Jack Kennedy" is
// not "John Neely Kennedy"). None when several qualify, the name ends in a
// generational suffix (its last word is no surname) or one is named by a
// rank, the other by an elected office (RolesDisagree: Capt. "Ronald
// Johnson" of the Missouri Highway Patrol is not Sen. "Ron Johnson").
Result<int64_t> PersonWithOtherGivenName(StmtCache* db, const Article& a, size_t chain, const EntityChain& c,
                                         const NameInfo& n) {
  const std::vector<std::string> words = entity::NameWords(c.name);
  if (words.empty() || entity::IsGenerationalSuffix(words.back()) || (n.words >= 3 && !MiddleIsInitials(c.name)) ||
      IsDistinctPersonName(n.key))
    return 0;
  auto st = db->Get(
      "SELECT id, words, name, first_word, key FROM entities WHERE type = 'PER' AND last_word = ?1 AND words > 1");
  if (!st.ok()) return st.status();
  (*st)->BindText(1, n.last);
  int64_t found = 0, count = 0;
  int rc;
  while ((rc = (*st)->Step()) == SQLITE_ROW) {
    if (!OtherFormOfGivenName((*st)->Text(3), n.first) || IsDistinctPersonName((*st)->Text(4))) continue;
    const std::string name = (*st)->Text(2);
    if ((*st)->Int(1) >= 3 && (!MiddleIsInitials(name) || (n.words >= 3 && !MiddlesAgree(entity::NameWords(name), words))))
      continue;
    found = (*st)->Int(0), ++count;
  }
  (*st)->Reset();
  if (rc != SQLITE_DONE) return SqliteError(db->db(), "entity lookup");
  if (count != 1) return 0;
  auto disagree = RolesDisagree(db, a, chain, found, false);
  if (!disagree.ok()) return disagree.status();
  return *disagree ? 0 : found;
}

}  // namespace parallax::store::entity_link
