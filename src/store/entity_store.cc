// Canonical entities in the store: corpus-level entity linking (listing is in
// entity_list.cc).
//
// Four tables (migration 5, docs/formats/store.md): entities (one row per
// canonical entity, unique by type and normalized name key), entity_aliases
// (the surface names used for it), entity_mentions (one row per article
// chain: which entity it names and how many mentions it has) and
// entity_roles (one row per RoleMention, with the article's outlet).
//
// Linking an article's chains, in order, type-compatible only:
//  1. exact key (after 2 for one-word persons): the chain's name normalized by entity::NameKey ("U.S." and
//     "United States" share the key "united states"; within-document
//     coreference has already replaced "CCP" by "Chinese Communist Party"
//     where the text spelled it out; an organisation's key leaves out its
//     legal form, so "Apple Inc." and "Apple" share "apple"); with no
//     entity of the chain's type, an organisation, place or MISC name links
//     to the entity of another of these three types with its key (the
//     tagger's type for "Boeing" varies between articles), unless one is an
//     abbreviation and the other not ("Va." / "VA"); with neither, an
//     acronym links to the one long name that has it as an alias (or the
//     dominant one of several: "AP" the Associated Press) or, with no such
//     evidence, to the long name of a well-known body the corpus has
//     ("FDA", known_bodies.h), and a long
//     name whose chain holds its acronym absorbs that acronym's entity
//     (FoldAcronyms, EntityOfAcronym); a person links to the one person
//     with the same first and last word and middle initials more or less
//     ("Donald J. Trump"; a full middle name when no other person qualifies
//     and their roles do not disagree: "Sarah Huckabee Sanders",
//     PersonWithOtherMiddle), or else to the one person
//     with the same surname and another form of the given name ("Chuck" /
//     "Charles E. Schumer", PersonWithOtherGivenName). Persons never cross
//     types;
//  2. a one-word person name ("Biden") links to the one multi-word person
//     whose last word it is (or, for two-word names, whose first word it is
//     when some chain of that person uses it alone: "Xi" / "Xi Jinping",
//     "Hillary"; else only when the same article names that person), or of
//     several such persons to the one named in
//     at least 4 times as many chains as any other ("Trump": Donald, not
//     Melania) -- before the exact key, so a one-word entity made before the
//     person was known is folded into the person; with none dominant, to
//     the one of them an earlier chain of the same article names
//     ("Hillary Clinton ... Clinton");
//  3. a name of two or more words typed as a person in some articles and
//     as an organisation, place or MISC in others joins the entity of the
//     other kind when it has none of its own kind and that one has 3 chains
//     or more ("Barack Obama" ORG x3 into the person, "Al Qaeda" PER x2
//     into the organisation; AcrossThePersonLine, entity_types.cc; the
//     re-link links a key's majority kind first). Before all this, a chain
//     whose name is a listed well-known place, body, firm or law the tagger
//     mistypes ("Capitol Hill" PER, "Facebook" LOC; known_names.h) takes the
//     listed type;
//  4. otherwise a new entity. A new multi-word person absorbs an earlier
//     one-word entity with its surname when it is the only person with that
//     surname, so "Kerry" seen before "John Kerry" ends up in one entity.
// Re-linking an article first deletes its rows, so linking is idempotent;
// the result depends only on the order of LinkEntities calls (ingest order).
// RelinkEntities links a finished corpus again in an order fixed by its
// content (entity_relink.cc).
#include <algorithm>
#include <map>

#include "annotate/entity/lexicon.h"
#include "annotate/entity/names.h"
#include "core/ascii.h"
#include "store/entity_link.h"
#include "store/known_bodies.h"
#include "store/person_names.h"
#include "store/sqlite_store.h"

namespace parallax::store {

namespace entity_link {

// An organisation's key leaves out its legal form ("Apple Inc." = "Apple");
// "&" between words is "and" ("Standard & Poor" = "Standard and Poor").
// "Department of Justice" is the "Justice Department", the "Ministry of
// Defence" the "Defence Ministry": a name ending in "Department of X" or
// "Ministry of X" ("the" after "of" dropped) is keyed as "X Department",
// with what comes before kept ("State Department of Health" = "State
// Health Department").
std::vector<std::string> OfFormReordered(std::vector<std::string> words) {
  for (size_t i = 0; i + 2 < words.size(); ++i) {
    const std::string head = entity::NameKey({words[i]});
    if ((head != "department" && head != "ministry") || entity::NameKey({words[i + 1]}) != "of") continue;
    size_t from = i + 2;
    if (entity::NameKey({words[from]}) == "the") ++from;
    if (from == words.size()) return words;
    std::vector<std::string> out(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(i));
    out.insert(out.end(), words.begin() + static_cast<std::ptrdiff_t>(from), words.end());
    out.push_back(words[i]);
    return out;
  }
  return words;
}

// A US federal body named with the country's name before it ("U.S. Supreme
// Court", "US Senate", "United States Census Bureau") is keyed without it,
// as US news names it most often: the rest must be two words or more, or one
// of a few one-word bodies ("U.S. Steel", "US Open" keep their key).
std::vector<std::string> WithoutUsPrefix(std::vector<std::string> words) {
  size_t n = 0;
  if (words.size() >= 2 && entity::NameKey({words[0]}) == "united states") n = 1;
  if (words.size() >= 3 && entity::NameKey({words[0], words[1]}) == "united states") n = 2;
  if (n == 0) return words;
  const std::string rest = entity::NameKey({words[n]});
  static const char* const kOneWord[] = {"senate", "house", "congress", "army", "navy", "treasury",
                                         "capitol", "marines", "census", "military"};
  if (words.size() - n == 1 &&
      std::none_of(std::begin(kOneWord), std::end(kOneWord), [&](const char* w) { return rest == w; }))
    return words;
  words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(n));
  return words;
}

NameInfo InfoOf(const std::string& name, const std::string& type) {
  std::vector<std::string> words = entity::NameWords(name);
  if (type == "ORG") words = entity::WithoutLegalForm(std::move(words));
  if (type == "ORG" || type == "MISC") words = WithoutUsPrefix(std::move(words));
  if (type != "PER") words = OfFormReordered(std::move(words));
  for (size_t i = 1; i + 1 < words.size(); ++i)
    if (words[i] == "&") words[i] = "and";
  NameInfo info;
  info.key = entity::NameKey(words);
  info.words = static_cast<int64_t>(words.size());
  if (!words.empty()) {
    info.first = entity::NameKey({words.front()});
    info.last = entity::NameKey({words.back()});
  }
  return info;
}

std::string SurfaceName(std::string_view text) {
  std::string out;
  for (const auto& w : entity::NameWords(text)) {
    if (!out.empty()) out.push_back(' ');
    out += w;
  }
  return out;
}

// The linking helpers share one StmtCache: an article has tens of chains and
// each costs a few statements; preparing them anew every time was most of the
// cost of linking.
Status Run(StmtCache* cache, const std::string& sql, const std::vector<std::string>& text_args,
           const std::vector<int64_t>& int_args) {
  auto st = cache->Get(sql);
  if (!st.ok()) return st.status();
  int i = 1;
  for (const auto& t : text_args) (*st)->BindText(i++, t);
  for (int64_t v : int_args) (*st)->BindInt(i++, v);
  int rc = (*st)->Step();
  (*st)->Reset();
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) return SqliteError(cache->db(), "entity link");
  return Status::OK();
}

// Ids returned by a query (first column).
Result<std::vector<int64_t>> Ids(StmtCache* cache, const std::string& sql, const std::vector<std::string>& args) {
  auto st = cache->Get(sql);
  if (!st.ok()) return st.status();
  for (size_t i = 0; i < args.size(); ++i) (*st)->BindText(static_cast<int>(i + 1), args[i]);
  std::vector<int64_t> out;
  int rc;
  while ((rc = (*st)->Step()) == SQLITE_ROW) out.push_back((*st)->Int(0));
  (*st)->Reset();
  if (rc != SQLITE_DONE) return SqliteError(cache->db(), "entity lookup");
  return out;
}

Status Merge(StmtCache* db, int64_t from, int64_t into) {
  for (const char* sql : {"UPDATE entity_mentions SET entity = ?2 WHERE entity = ?1",
                          "UPDATE entity_roles SET entity = ?2 WHERE entity = ?1",
                          "INSERT OR IGNORE INTO entity_aliases SELECT ?2, alias FROM entity_aliases WHERE entity = ?1",
                          "DELETE FROM entity_aliases WHERE entity = ?1", "DELETE FROM entities WHERE id = ?1"}) {
    PARALLAX_RETURN_IF_ERROR(Run(db, sql, {}, {from, into}));
  }
  return Status::OK();
}

// Persons whose name has more than one word and ends with (or, for two-word
// names, starts with) `word`. Two indexed lookups: with one OR-ed condition
// SQLite scanned every person, once per chain of every article.
Result<std::vector<int64_t>> PersonsWithSurname(StmtCache* db, const std::string& word) {
  return Ids(db,
             "SELECT id FROM entities WHERE type = 'PER' AND last_word = ?1 AND words > 1 "
             "UNION SELECT id FROM entities WHERE type = 'PER' AND first_word = ?1 AND words = 2 ORDER BY id",
             {word});
}

// Whether `word` alone names person `id` in chain `chain` of article `a`:
// it is the person's last word, or another chain of the article links to
// the person or names them in full or by surname ("Bernie ... Bernie Sanders", "Vladimir" and
// "Putin" the tagger cut in two), or a chain of that person
// used it alone (the alias "Hillary" of Hillary Clinton, "Xi" of Xi
// Jinping: a family name first, or a first name the news uses alone). A
// first name without such evidence is none: on 1,500 AllSides articles
// "Ben", "Chris", "Joe", "William", "Oscar" alone were mostly other people
// ("Ben & Jerry's", a voter named Chris, "Trader Joe's", "an Oscar").
Result<bool> CalledByWord(StmtCache* db, int64_t id, const std::string& word, const Article& a, size_t chain) {
  auto st = db->Get("SELECT key, last_word FROM entities WHERE id = ?1");
  if (!st.ok()) return st.status();
  (*st)->BindInt(1, id);
  int rc = (*st)->Step();
  const std::string key = rc == SQLITE_ROW ? (*st)->Text(0) : std::string();
  const std::string last = rc == SQLITE_ROW ? (*st)->Text(1) : std::string();
  (*st)->Reset();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return SqliteError(db->db(), "entity lookup");
  if (last == word) return true;
  auto here = db->Get("SELECT 1 FROM entity_mentions WHERE article_id = ?1 AND entity = ?2 LIMIT 1");
  if (!here.ok()) return here.status();
  (*here)->BindText(1, a.id);
  (*here)->BindInt(2, id);
  rc = (*here)->Step();
  (*here)->Reset();
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) return SqliteError(db->db(), "entity lookup");
  for (size_t i = 0; i < a.entity_chains.size(); ++i) {
    const EntityChain& other = a.entity_chains[i];
    if (i == chain || other.type != "PER") continue;
    const std::string other_key = InfoOf(other.name, "PER").key;
    if (other_key == key || other_key == last) return true;
  }
  auto alias = db->Get("SELECT 1 FROM entity_aliases WHERE entity = ?2 AND alias = ?1 COLLATE NOCASE LIMIT 1");
  if (!alias.ok()) return alias.status();
  (*alias)->BindText(1, word);
  (*alias)->BindInt(2, id);
  rc = (*alias)->Step();
  (*alias)->Reset();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return SqliteError(db->db(), "entity alias lookup");
  return rc == SQLITE_ROW;
}

// Folds the one-word person entity named `word` (made before the person it
// names was known), if any, into entity `into`, unless the bare name is
// named in 4 times the chains of `into` (and 3 or more): then it is not
// that person ("Hill" in 24 articles, mostly The Hill or Capitol Hill,
// beside one "Chris Hill"), and *outweighs is set. A surname named alone
// before the person is known ("Kerry" before "John Kerry") is folded once
// the person has a quarter of its chains.
Status FoldBareName(StmtCache* db, const std::string& word, int64_t into, bool* outweighs) {
  *outweighs = false;
  auto bare = Ids(db, "SELECT id FROM entities WHERE type = 'PER' AND key = ?1", {word});
  if (!bare.ok()) return bare.status();
  for (int64_t b : *bare) {
    auto d = DominantEntity(db, {b, into});
    if (!d.ok()) return d.status();
    if (*d == b) {
      *outweighs = true;
      continue;
    }
    PARALLAX_RETURN_IF_ERROR(Merge(db, b, into));
  }
  return Status::OK();
}

// Organisations, places and other names (MISC) are the types the tagger
// gives one name in different articles ("Boeing" ORG in one, MISC in
// another, LOC in a third): with the same key they are one entity, the type
// first seen. Persons stay apart ("Bloomberg" the man and the company).
bool IsNonPerson(const std::string& type) { return type == "ORG" || type == "LOC" || type == "MISC"; }

bool SubtypeFits(const std::string& type, const std::string& subtype) {
  if (type == "LOC") return subtype == "GPE" || subtype == "FACILITY";
  if (type == "ORG") return subtype == "FACILITY";
  if (type == "MISC") return subtype == "EVENT" || subtype == "NORP";
  return false;
}

bool HasAsciiLower(std::string_view s) { return std::any_of(s.begin(), s.end(), core::IsAsciiLower); }

// A one-word abbreviation in lower case ending in a period ("Va.", "Fla."):
// across types it is not the acronym that shares its letters ("VA", the
// Department of Veterans Affairs).
bool IsAbbreviation(std::string_view name) {
  if (name.size() < 2 || name.back() != '.' || name.find(' ') != std::string_view::npos) return false;
  return HasAsciiLower(name);
}

Result<std::vector<KeyedEntity>> EntitiesWithKey(StmtCache* db, const std::string& type, const std::string& key) {
  // Three index seeks: "type IN (...) ... ORDER BY id" made SQLite build and
  // sort an ephemeral table for every chain.
  auto st = db->Get(IsNonPerson(type) ? "SELECT id, type, name, subtype FROM entities WHERE type = 'ORG' AND key = ?1 "
                                        "UNION ALL SELECT id, type, name, subtype FROM entities "
                                        "WHERE type = 'LOC' AND key = ?1 "
                                        "UNION ALL SELECT id, type, name, subtype FROM entities "
                                        "WHERE type = 'MISC' AND key = ?1"
                                      : "SELECT id, type, name, subtype FROM entities WHERE type = ?2 AND key = ?1");
  if (!st.ok()) return st.status();
  (*st)->BindText(1, key);
  if (!IsNonPerson(type)) (*st)->BindText(2, type);
  std::vector<KeyedEntity> out;
  int rc;
  while ((rc = (*st)->Step()) == SQLITE_ROW)
    out.push_back(KeyedEntity{(*st)->Int(0), (*st)->Text(1), (*st)->Text(2), (*st)->Text(3)});
  (*st)->Reset();
  if (rc != SQLITE_DONE) return SqliteError(db->db(), "entity lookup");
  std::sort(out.begin(), out.end(), [](const KeyedEntity& a, const KeyedEntity& b) { return a.id < b.id; });
  return out;
}

Result<int64_t> CreateEntity(StmtCache* db, const EntityChain& c, const NameInfo& n,
                             const std::vector<std::string>& aliases) {
  auto st = db->Get("INSERT INTO entities (type, key, name, subtype, words, first_word, last_word) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  if (!st.ok()) return st.status();
  Stmt& ins = **st;
  ins.BindText(1, c.type);
  ins.BindText(2, n.key);
  ins.BindText(3, c.name);
  ins.BindText(4, c.subtype);
  ins.BindInt(5, n.words);
  ins.BindText(6, n.first);
  ins.BindText(7, n.last);
  int rc = ins.Step();
  ins.Reset();
  if (rc != SQLITE_DONE) return SqliteError(db->db(), "create entity '" + c.name + "'");
  int64_t id = sqlite3_last_insert_rowid(db->db());
  if (c.type != "PER" || n.words < 2) return id;
  // Absorb an earlier one-word entity for this person ("Kerry" before "John
  // Kerry"), or of its first name when this chain also calls the person by
  // it alone ("Katie Jenkin ... Katie"): a "Joe" entity is not Joe Biden's.
  bool first_alone = false;
  for (const std::string& alias : aliases) first_alone = first_alone || InfoOf(alias, "PER").key == n.first;
  for (const std::string& word : {n.last, n.words == 2 && first_alone ? n.first : std::string()}) {
    if (word.empty()) continue;
    auto persons = PersonsWithSurname(db, word);
    if (!persons.ok()) return persons.status();
    if (persons->size() != 1) continue;
    bool outweighs;
    PARALLAX_RETURN_IF_ERROR(FoldBareName(db, word, id, &outweighs));
  }
  return id;
}

// Of several persons sharing a surname (or long names sharing an acronym),
// the one the corpus names far more often: at least kDominance times the
// chains of the runner-up, counted up to kCountCap each (an index range
// scan, so the cap bounds the cost). In 2018 news "Trump" alone is Donald
// Trump, not Melania or Ivanka Trump; "AP" is the Associated Press, not the
// "AmeriSpeak Panel" one article spelled out.
constexpr int64_t kDominance = 4;
constexpr int64_t kCountCap = 400;
constexpr int64_t kMinChains = 3;

Result<int64_t> ChainCount(StmtCache* db, int64_t entity, int64_t cap) {
  auto st = db->Get("SELECT COUNT(*) FROM (SELECT 1 FROM entity_mentions WHERE entity = ?1 LIMIT ?2)");
  if (!st.ok()) return st.status();
  (*st)->BindInt(1, entity);
  (*st)->BindInt(2, cap);
  const int rc = (*st)->Step();
  const int64_t count = rc == SQLITE_ROW ? (*st)->Int(0) : 0;
  (*st)->Reset();
  if (rc != SQLITE_ROW) return SqliteError(db->db(), "entity count");
  return count;
}

Result<int64_t> DominantEntity(StmtCache* db, const std::vector<int64_t>& persons) {
  if (persons.empty()) return 0;
  if (persons.size() == 1) return persons.front();
  int64_t best = 0, best_count = -1, second = 0;
  for (int64_t p : persons) {
    auto counted = ChainCount(db, p, kCountCap);
    if (!counted.ok()) return counted.status();
    const int64_t count = *counted;
    if (count > best_count) { second = std::max<int64_t>(second, best_count); best = p; best_count = count; }
    else second = std::max(second, count);
  }
  return best_count >= kMinChains && best_count >= kDominance * second ? best : 0;
}

// Acronyms across articles, on the evidence of an article that wrote both
// (within-document coreference put "FBI" in the chain "Federal Bureau of
// Investigation", so the long name's entity has the alias "FBI"). Initials
// alone are no evidence: "NBC" is not the National Butterfly Center.
//
// A long name whose chain holds an acronym of it absorbs the entity of that
// acronym, made by articles that wrote only the acronym.
Status FoldAcronyms(StmtCache* db, const EntityChain& c, const std::vector<std::string>& aliases, int64_t into) {
  const std::vector<std::string> long_words = entity::NameWords(c.name);
  for (const std::string& alias : aliases) {
    const std::vector<std::string> words = entity::NameWords(alias);
    if (!entity::IsAcronymOf(words, long_words)) continue;
    const std::string key = entity::NameKey(words);
    if (key.find(' ') != std::string::npos) continue;  // a known alias ("US"): the long name's own key
    auto keyed = EntitiesWithKey(db, c.type, key);
    if (!keyed.ok()) return keyed.status();
    for (const KeyedEntity& e : *keyed)
      if (e.id != into && !IsAbbreviation(e.name)) PARALLAX_RETURN_IF_ERROR(Merge(db, e.id, into));
  }
  return Status::OK();
}

// An acronym links to the one multi-word ORG / LOC / MISC entity that has it
// as an alias, or to the dominant one of several (DominantEntity), or 0.
Result<int64_t> EntityOfAcronym(StmtCache* db, const EntityChain& c) {
  std::string letters;
  if (!entity::AcronymLetters(entity::NameWords(c.name), &letters)) return 0;
  auto ids = Ids(db,
                 "SELECT DISTINCT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity "
                 "WHERE a.alias = ?1 AND e.type IN ('ORG', 'LOC', 'MISC') AND e.words > 1",
                 {SurfaceName(c.name)});
  if (!ids.ok()) return ids.status();
  return DominantEntity(db, *ids);
}

// Acronyms of well-known bodies (known_bodies.h) that no article of the
// corpus spelled out beside the name: "FDA" links to the entity of "Food and
// Drug Administration" when the corpus has one.
Result<int64_t> EntityOfKnownBody(StmtCache* db, const EntityChain& c) {
  std::string letters;
  if (!entity::AcronymLetters(entity::NameWords(c.name), &letters)) return 0;
  for (std::string_view name : KnownBodyNames(letters)) {
    auto keyed = EntitiesWithKey(db, c.type, InfoOf(std::string(name), "ORG").key);
    if (!keyed.ok()) return keyed.status();
    if (!keyed->empty()) return keyed->front().id;
  }
  return 0;
}

// The acronym letters ("FDA") of the known body one of whose long names has
// key `key`, or "".
std::string KnownBodyLetters(const std::string& key) {
  static const std::map<std::string, std::string>* const by_key = [] {
    auto* m = new std::map<std::string, std::string>;
    for (const auto& [letters, name] : KnownBodies()) (*m)[InfoOf(std::string(name), "ORG").key] = std::string(letters);
    return m;
  }();
  auto it = by_key->find(key);
  return it == by_key->end() ? std::string() : it->second;
}

// A known body's long name absorbs the entity its acronym made in articles
// that never spelled it out (streaming: "FDA" seen before "Food and Drug
// Administration"), and the entities of its other listed names ("Centers
// for Disease Control" and "... and Prevention").
Status FoldKnownAcronym(StmtCache* db, const EntityChain& c, const NameInfo& n, int64_t into) {
  const std::string letters = KnownBodyLetters(n.key);
  if (letters.empty()) return Status::OK();
  std::vector<std::string> keys = {entity::NameKey({letters})};
  for (std::string_view name : KnownBodyNames(letters)) {
    std::string key = InfoOf(std::string(name), "ORG").key;
    if (key != n.key) keys.push_back(std::move(key));
  }
  for (const std::string& key : keys) {
    auto keyed = EntitiesWithKey(db, c.type, key);
    if (!keyed.ok()) return keyed.status();
    for (const KeyedEntity& e : *keyed)
      if (e.id != into && !IsAbbreviation(e.name)) PARALLAX_RETURN_IF_ERROR(Merge(db, e.id, into));
  }
  return Status::OK();
}

// Of `persons`, the one an earlier chain (index below `chain`: chains are
// in text order) of article `article_id` links to, or 0 (none or several).
// Re-linking a corpus links every multi-word name first, so the index
// bound keeps it to the persons streaming would know at this chain.
Result<int64_t> PersonOfArticle(StmtCache* db, const std::string& article_id, size_t chain,
                                const std::vector<int64_t>& persons) {
  auto st = db->Get("SELECT DISTINCT entity FROM entity_mentions WHERE article_id = ?1 AND chain < ?2");
  if (!st.ok()) return st.status();
  (*st)->BindText(1, article_id);
  (*st)->BindInt(2, static_cast<int64_t>(chain));
  std::vector<int64_t> linked;
  int rc;
  while ((rc = (*st)->Step()) == SQLITE_ROW) linked.push_back((*st)->Int(0));
  (*st)->Reset();
  if (rc != SQLITE_DONE) return SqliteError(db->db(), "entity lookup");
  int64_t found = 0;
  for (int64_t e : linked) {
    if (std::find(persons.begin(), persons.end(), e) == persons.end()) continue;
    if (found != 0) return 0;
    found = e;
  }
  return found;
}

Result<int64_t> ResolveChain(StmtCache* db, const Article& a, size_t chain, const EntityChain& c,
                             const std::vector<std::string>& aliases) {
  const std::string& article_id = a.id;
  NameInfo n = InfoOf(c.name, c.type);
  if (!c.subtype.empty() && !SubtypeFits(c.type, c.subtype)) {
    // A chain typed by most of its mentions keeps the subtype of another
    // ("Fox News" ORG/GPE): the entity would list "ORG/GPE".
    EntityChain plain = c;
    plain.subtype.clear();
    return ResolveChain(db, a, chain, plain, aliases);
  }
  {
    // "Capitol Hill", "Getty Images" tagged as persons, "Facebook" as a
    // place (known_names.h).
    const std::string known = KnownNameType(n.key);
    if (!known.empty() && known != c.type) {
      EntityChain retyped = c;
      retyped.type = known;
      return ResolveChain(db, a, chain, retyped, aliases);
    }
  }
  if (c.type == "PER" && n.words == 1) {
    // A surname alone names the one person with that surname, or the
    // dominant one, and an entity that holds the bare surname from before
    // that person was known is folded into it; with several and none
    // dominant, the one the same article named in full before it
    // (within-document coreference left them apart: "Hillary Clinton ...
    // Clinton"), without folding (a bare "Clinton" entity other articles
    // made may be Bill). Not when the bare name's own entity is named in 4
    // times the person's chains (FoldBareName: "Hill" is not Chris Hill).
    auto persons = PersonsWithSurname(db, n.key);
    if (!persons.ok()) return persons.status();
    // And the persons whose chains use this name alone: "Bernie" for the
    // entity a "Bernard Sanders" chain made.
    auto called = Ids(db,
                      "SELECT a.entity FROM entity_aliases a JOIN entities e ON e.id = a.entity "
                      "WHERE a.alias = ?1 AND e.type = 'PER' AND e.words > 1",
                      {c.name});
    if (!called.ok()) return called.status();
    for (int64_t id : *called)
      if (std::find(persons->begin(), persons->end(), id) == persons->end()) persons->push_back(id);
    std::sort(persons->begin(), persons->end());
    auto person = DominantEntity(db, *persons);
    if (!person.ok()) return person.status();
    if (*person != 0) {
      auto called = CalledByWord(db, *person, n.key, a, chain);
      if (!called.ok()) return called.status();
      if (!*called) *person = 0;
    }
    bool outweighs = false;
    if (*person != 0) {
      PARALLAX_RETURN_IF_ERROR(FoldBareName(db, n.key, *person, &outweighs));
      if (!outweighs) return *person;
    }
    if (!outweighs && *person == 0 && !persons->empty()) {
      auto here = PersonOfArticle(db, article_id, chain, *persons);
      if (!here.ok()) return here.status();
      if (*here != 0) return *here;
    }
  }
  auto keyed = EntitiesWithKey(db, c.type, n.key);
  if (!keyed.ok()) return keyed.status();
  const KeyedEntity *same = nullptr, *other = nullptr;
  for (const KeyedEntity& e : *keyed) {
    if (e.type == c.type)
      same = &e;
    else if (other == nullptr && IsAbbreviation(e.name) == IsAbbreviation(c.name))
      other = &e;
  }
  int64_t id = 0;
  if (same != nullptr) {
    if (same->subtype.empty() && !c.subtype.empty())
      PARALLAX_RETURN_IF_ERROR(Run(db, "UPDATE entities SET subtype = ?1 WHERE id = ?2", {c.subtype}, {same->id}));
    // A name first seen in capitals (a dateline's "NEW YORK", "DALLAS")
    // takes the first ordinary spelling; one word in capitals is kept as an
    // acronym ("NASA", not "Nasa"; "UAE") unless it names a place or person
    // in five letters or more.
    const bool words = same->name.find(' ') != std::string::npos ||
                       ((same->type == "LOC" || same->type == "PER") && same->name.size() >= 5);
    if (!HasAsciiLower(same->name) && words && HasAsciiLower(c.name))
      PARALLAX_RETURN_IF_ERROR(Run(db, "UPDATE entities SET name = ?1 WHERE id = ?2", {c.name}, {same->id}));
    id = same->id;
  } else if (other != nullptr) {
    id = other->id;
  } else if (IsNonPerson(c.type) && n.words == 1) {
    auto acronym = EntityOfAcronym(db, c);
    if (!acronym.ok()) return acronym.status();
    id = *acronym;
    if (id == 0) {
      auto known = EntityOfKnownBody(db, c);
      if (!known.ok()) return known.status();
      id = *known;
    }
  } else if (c.type == "PER" && n.words >= 2) {
    auto person = PersonWithOtherMiddle(db, a, chain, c, n);
    if (!person.ok()) return person.status();
    id = *person;
    if (id == 0 && IsInitialFragment(c.name)) {
      auto fitting = PersonOfInitial(db, c, n);
      if (!fitting.ok()) return fitting.status();
      id = *fitting;
    } else if (id == 0) {
      auto other = PersonWithOtherGivenName(db, a, chain, c, n);
      if (!other.ok()) return other.status();
      id = *other;
    }
  }
  if (id == 0 && same == nullptr && other == nullptr && c.type == "ORG") {
    auto org = OrgOfShortName(db, c, aliases);
    if (!org.ok()) return org.status();
    id = *org;
  }
  if (id == 0 && same == nullptr && other == nullptr && IsNonPerson(c.type)) {
    auto index = IndexOfShortName(db, c);
    if (!index.ok()) return index.status();
    id = *index;
  }
  if (id == 0 && n.words >= 2 && !IsInitialFragment(c.name)) {
    auto across = AcrossThePersonLine(db, c, n);
    if (!across.ok()) return across.status();
    id = *across;
  }
  if (id == 0) {
    auto created = CreateEntity(db, c, n, aliases);
    if (!created.ok()) return created.status();
    id = *created;
  }
  if (IsNonPerson(c.type) && n.words >= 2 && aliases.size() > 1)
    PARALLAX_RETURN_IF_ERROR(FoldAcronyms(db, c, aliases, id));
  if (IsNonPerson(c.type) && n.words >= 2) PARALLAX_RETURN_IF_ERROR(FoldKnownAcronym(db, c, n, id));
  if (IsNonPerson(c.type) && n.words >= 3 && aliases.size() > 1)
    PARALLAX_RETURN_IF_ERROR(FoldShortIndexNames(db, c, aliases, id));
  return id;
}

// A party-and-state tag ("R-Texas", "D-Calif.", "R-S.C"), which the tagger
// marks as a name after a legislator's name: no entity of its own (it
// listed "R-Texas" among the corpus's organisations, in 31 of 1,500
// AllSides articles). "D-Day" is no state.
bool IsPartyStateTag(const std::string& name) {
  if (name.size() < 4 || (name[0] != 'R' && name[0] != 'D' && name[0] != 'I')) return false;
  size_t dash = name[1] == '.' ? 2 : 1;
  if (name[dash] != '-') return false;
  std::string rest;
  for (char ch : name.substr(dash + 1))
    if (ch != '.') rest.push_back(core::AsciiLower(ch));
  return !entity::StateOfAbbreviation(rest).empty() || entity::IsStateName(rest);
}

// Whether a chain gets a canonical entity.
bool Linkable(const Article& a, const EntityChain& c) {
  return !c.name.empty() && !IsPartyStateTag(c.name) && !IsNameFragment(a, c);
}

// The surface names a chain's mentions use, with the chain's name, sorted.
// A person's chain leaves out the fragments the tagger cut from its name
// with another first initial ("J. Trump" in the chain of "Donald J. Trump").
std::vector<std::string> ChainAliases(const Article& a, const EntityChain& c) {
  std::vector<std::string> aliases = {c.name};
  const std::vector<std::string> name_words = c.type == "PER" ? entity::NameWords(c.name) : std::vector<std::string>();
  for (uint32_t m : c.mentions) {
    if (m >= a.entities.size() || a.entities[m].span.end > a.body.size()) continue;
    std::string alias = SurfaceName(a.entities[m].span.Of(a.body));
    // Cheap test first: a first word of at most 4 bytes that is initials.
    const size_t space = alias.find(' ');
    if (c.type == "PER" && space != std::string::npos && space <= 4 &&
        !InitialLetters(alias.substr(0, space)).empty() &&
        IsForeignInitialFragment(entity::NameWords(alias), name_words))
      continue;
    aliases.push_back(std::move(alias));
  }
  std::sort(aliases.begin(), aliases.end());
  aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
  return aliases;
}

// Records that chain `ci` of article `article_id` names entity `id`.
Status RecordChain(StmtCache* db, const std::string& article_id, size_t ci, const EntityChain& c,
                   const std::vector<std::string>& aliases, int64_t id) {
  PARALLAX_RETURN_IF_ERROR(Run(db, "INSERT INTO entity_mentions VALUES (?1, ?2, ?3, ?4)", {article_id},
                               {static_cast<int64_t>(ci), id, static_cast<int64_t>(c.mentions.size())}));
  for (const auto& alias : aliases)
    if (!alias.empty())
      PARALLAX_RETURN_IF_ERROR(Run(db, "INSERT OR IGNORE INTO entity_aliases VALUES (?2, ?1)", {alias}, {id}));
  return Status::OK();
}

// Records the roles of `a` whose mention's chain names an entity
// (entity_of_chain, 0: none).
Status RecordRoles(StmtCache* db, const Article& a, const std::vector<int64_t>& entity_of_chain) {
  for (size_t r = 0; r < a.roles.size(); ++r) {
    const RoleMention& role = a.roles[r];
    if (role.mention >= a.entities.size()) continue;
    int32_t chain = a.entities[role.mention].chain;
    if (chain < 0 || static_cast<size_t>(chain) >= entity_of_chain.size() || entity_of_chain[chain] == 0) continue;
    PARALLAX_RETURN_IF_ERROR(Run(db, "INSERT INTO entity_roles VALUES (?1, ?6, ?7, ?2, ?3, ?4, ?5)",
                                 {a.id, role.role, role.qualifier, role.affiliation, a.outlet},
                                 {static_cast<int64_t>(r), entity_of_chain[chain]}));
  }
  return Status::OK();
}

Status LinkArticle(StmtCache* db, const Article& a) {
  for (const char* sql :
       {"DELETE FROM entity_mentions WHERE article_id = ?1", "DELETE FROM entity_roles WHERE article_id = ?1"})
    PARALLAX_RETURN_IF_ERROR(Run(db, sql, {a.id}));
  std::vector<int64_t> entity_of_chain(a.entity_chains.size(), 0);
  for (size_t ci = 0; ci < a.entity_chains.size(); ++ci) {
    const EntityChain& c = a.entity_chains[ci];
    if (!Linkable(a, c)) continue;
    EntityChain named = c;
    if (std::string full = WithSharedSurname(a, c); !full.empty()) named.name = std::move(full);
    const std::vector<std::string> aliases = ChainAliases(a, named);
    auto id = ResolveChain(db, a, ci, named, aliases);
    if (!id.ok()) return id.status();
    entity_of_chain[ci] = *id;
    PARALLAX_RETURN_IF_ERROR(RecordChain(db, a.id, ci, c, aliases, *id));
  }
  return RecordRoles(db, a, entity_of_chain);
}

}  // namespace entity_link

using entity_link::LinkArticle;
using entity_link::Ids;

Status SqliteStore::LinkEntities(const std::vector<const Article*>& articles) {
  PARALLAX_RETURN_IF_ERROR(Exec(db_, "BEGIN IMMEDIATE"));
  Status s;
  {
    StmtCache cache(db_);
    for (const Article* a : articles) {
      auto known = Ids(&cache, "SELECT seq FROM articles WHERE id = ?1", {a->id});
      s = known.ok() ? (known->empty() ? Status::NotFound("entity link: unknown article '" + a->id + "'")
                                       : LinkArticle(&cache, *a))
                     : known.status();
      if (!s.ok()) break;
    }
  }  // statements finalized before the transaction ends
  if (!s.ok()) {
    Exec(db_, "ROLLBACK");
    return s;
  }
  return Exec(db_, "COMMIT");
}

Status SqliteStore::LinkStoredArticles(const std::vector<const Article*>& articles) {
  StmtCache cache(db_);
  for (const Article* a : articles) PARALLAX_RETURN_IF_ERROR(LinkArticle(&cache, *a));
  return Status::OK();
}

Result<std::vector<std::string>> SqliteStore::UnlinkedArticleIds() {
  Stmt st;
  PARALLAX_RETURN_IF_ERROR(st.Prepare(db_, R"sql(
    SELECT id FROM articles a WHERE a.entity_chains <> '[]'
      AND NOT EXISTS (SELECT 1 FROM entity_mentions m WHERE m.article_id = a.id) ORDER BY seq)sql"));
  std::vector<std::string> ids;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) ids.push_back(st.Text(0));
  if (rc != SQLITE_DONE) return SqliteError(db_, "list unlinked articles");
  return ids;
}

}  // namespace parallax::store
