// The corpus linker's rules (entity_store.cc), shared with the re-link of a
// finished corpus (entity_relink.cc). Internal to the store.
#ifndef PARALLAX_STORE_ENTITY_LINK_H_
#define PARALLAX_STORE_ENTITY_LINK_H_

#include <cstdint>
#include <string>
#include <vector>

#include "parallax/store.h"
#include "store/sqlite_util.h"

namespace parallax::store::entity_link {

// A chain name as the linker keys it: entity::NameKey of its words after the
// type's rewrites (legal forms, "Department of X", "&"), with the key of its
// first and last word and its word count.
struct NameInfo {
  std::string key, first, last;
  int64_t words = 0;
};
NameInfo InfoOf(const std::string& name, const std::string& type);

// An entity row as ResolveChain reads it.
struct KeyedEntity {
  int64_t id = 0;
  std::string type, name, subtype;
};

// The entities with key `key` and type `type` or, for an ORG / LOC / MISC
// type, any of these three, in creation order: one query serves the exact
// match and the other-type match.
Result<std::vector<KeyedEntity>> EntitiesWithKey(StmtCache* db, const std::string& type, const std::string& key);

// Moves the chains, roles and aliases of entity `from` to `into` and
// deletes `from`.
Status Merge(StmtCache* db, int64_t from, int64_t into);

// Of several entities, the one named in at least 4 times the chains of any
// other and in 3 or more, or 0 (the only one when there is one).
Result<int64_t> DominantEntity(StmtCache* db, const std::vector<int64_t>& persons);

// How many chains (mentions) link to `entity`, counted up to `cap` (an index
// range scan, so the cap bounds the cost).
Result<int64_t> ChainCount(StmtCache* db, int64_t entity, int64_t cap);

// Whether an entity of `type` may have `subtype` (ner.md: LOC -> GPE or
// FACILITY, ORG -> FACILITY, MISC -> EVENT or NORP).
bool SubtypeFits(const std::string& type, const std::string& subtype);

// The type (LOC, ORG, MISC) of a well-known name the tagger mistypes with
// key `key` (known_names.h), or "".
std::string KnownNameType(const std::string& key);

// For a chain of two or more words that would start a new entity: the
// entity of the other kind (person / non-person) with its key when that one
// has 3 chains or more, else 0 (entity_types.cc).
Result<int64_t> AcrossThePersonLine(StmtCache* db, const EntityChain& c, const NameInfo& n);

// An organisation chain that matched no entity by its key (org_link.cc):
// for a name of two or more words, the entity of the one short form among
// its `aliases` that the name starts and generic words end ("Ford" of "Ford
// Motor Company", entity::IsShortOrgName); for one word, the one
// organisation whose chains used it beside such a name; else 0.
Result<int64_t> OrgOfShortName(StmtCache* db, const EntityChain& c, const std::vector<std::string>& aliases);

// Stock indexes (org_link.cc, entity::IsShortIndexName): a full index name
// whose chain also uses its short name ("Dow Jones Industrial Average ...
// Dow Jones") absorbs the entity of the short name (FoldShortIndexNames);
// a short name links to the one full index name whose chains used it
// (IndexOfShortName, else 0).
Status FoldShortIndexNames(StmtCache* db, const EntityChain& c, const std::vector<std::string>& aliases,
                           int64_t into);
Result<int64_t> IndexOfShortName(StmtCache* db, const EntityChain& c);

// Runs one statement of `cache` with text arguments ?1.. then integer ones.
Status Run(StmtCache* cache, const std::string& sql, const std::vector<std::string>& text_args,
           const std::vector<int64_t>& int_args = {});

// ORG, LOC and MISC: the types one name may get in different articles.
bool IsNonPerson(const std::string& type);

// A two-word person name of an initial and a surname ("P. Manafort").
bool IsInitialFragment(const std::string& name);

// Person rules for a chain of two or more words that matched no entity by
// its key (person_link.cc); each returns the one person found, or 0:
// the person with the same first and last word and middle initials more or
// less ("Donald J. Trump" / "Donald Trump"), or a full middle name when no
// other person qualifies and the roles of chain `chain` of `a` and of that
// person do not disagree: no rank against an elected office, no seat in a
// legislature against a governor's or mayor's office ("Sarah Huckabee
// Sanders" / "Sarah Sanders");
Result<int64_t> PersonWithOtherMiddle(StmtCache* db, const Article& a, size_t chain, const EntityChain& c,
                                      const NameInfo& n);
// the person an initial and a surname stand for ("P. Manafort");
Result<int64_t> PersonOfInitial(StmtCache* db, const EntityChain& c, const NameInfo& n);
// the person with the same surname and another form of the given name
// ("Chuck Schumer" / "Charles E. Schumer", given_names.h) unless one is
// named by a rank, the other by an elected office ("Capt. Ronald Johnson" /
// "Sen. Ron Johnson").
Result<int64_t> PersonWithOtherGivenName(StmtCache* db, const Article& a, size_t chain, const EntityChain& c,
                                         const NameInfo& n);

// One-word person chains the text makes part of another name
// (first_names.cc). IsNameFragment: every mention is glued to a capitalised
// word before it that is no title, honorific, party, nationality,
// conjunction, possessive, word in capitals or sentence end ("The Hill",
// "Hurricane Harvey", "Joint Base Andrews", "St. Peter's", "Forest
// Whitaker" cut to "Whitaker"): no canonical entity (Linkable). WithSharedSurname: every mention is followed
// by "and" and a first name and surname ("Bill and Melinda Gates",
// "Ronald and Nancy Reagan"): the name with that surname ("Bill Gates"),
// which the chain is linked by; else "".
bool IsNameFragment(const Article& a, const EntityChain& c);
std::string WithSharedSurname(const Article& a, const EntityChain& c);

// Whether chain `c` of `a` gets a canonical entity: a name, not a
// party-and-state tag, and no name fragment (IsNameFragment). (Newsletter
// and consent prompts, which session 22 kept out here, are dropped by the
// cleaner since session 23: text/signup_prompt.h.)
bool Linkable(const Article& a, const EntityChain& c);

// The surface names a chain's mentions use, with the chain's name, sorted.
std::vector<std::string> ChainAliases(const Article& a, const EntityChain& c);

// The entity chain `chain` of article `a` (its id and chains) names, found
// or created by the linking rules (entity_store.cc's header comment).
Result<int64_t> ResolveChain(StmtCache* db, const Article& a, size_t chain, const EntityChain& c,
                             const std::vector<std::string>& aliases);

// Records that chain `ci` of article `article_id` names entity `id`.
Status RecordChain(StmtCache* db, const std::string& article_id, size_t ci, const EntityChain& c,
                   const std::vector<std::string>& aliases, int64_t id);

// Records the roles of `a` whose mention's chain names an entity
// (entity_of_chain, 0: none).
Status RecordRoles(StmtCache* db, const Article& a, const std::vector<int64_t>& entity_of_chain);

}  // namespace parallax::store::entity_link

#endif  // PARALLAX_STORE_ENTITY_LINK_H_
