// Re-linking a finished corpus (Store::RelinkEntities): every stored
// article's chains linked again by entity_store.cc's rules, in an order
// fixed by the corpus's content.
#include <algorithm>
#include <map>

#include "annotate/entity/names.h"
#include "store/entity_link.h"
#include "store/sqlite_store.h"

namespace parallax::store {

namespace entity_link {
namespace {

// Streaming links each chain with what the corpus knows when its article
// arrives, so the entities depend on the ingest order: "Kerry" before "John
// Kerry" is repaired by folding, but "George Bush" seen before "George H.W.
// Bush" takes "George W. Bush" for good, a bare "Trump" counts only the
// persons seen so far, and an entity keeps the type of its first chain.
// RelinkEntities drops the four tables and links every chain of every
// stored article again in an order fixed by the corpus's content, not by
// arrival, so two ingests of the same articles in any order end with the
// same tables:
//  * names with more words first: full names before the surnames that
//    refer to them, long names (whose aliases hold their acronyms) before
//    the acronyms, names with middle initials before the short form, so a
//    short form sees every candidate (two sets of initials: no link);
//  * within a name key, the type most chains give it first (the entity's
//    type is the majority type), then its most frequent spelling (the
//    entity's name), then spelling, article id and chain index as ties.
// Afterwards each entity is named by its most frequent multi-word chain
// name ("Donald Trump", not the "Donald J. Trump" that came first by word
// count) and typed by the majority of its chains when that type is free for
// its key. Entity ids change; story views do not hold them.
struct ChainJob {
  size_t article = 0;
  size_t chain = 0;
  NameInfo info;
  int64_t type_chains = 0, name_chains = 0;
  bool fragment = false;  // a person's initial and surname (IsInitialFragment)
  std::vector<std::string> aliases;
};

struct RelinkArticle {
  std::string id;
  Article layers;  // entities, chains and roles (body dropped after aliases are read)
};

bool JobBefore(const ChainJob& x, const ChainJob& y, const std::vector<RelinkArticle>& arts) {
  const EntityChain& a = arts[x.article].layers.entity_chains[x.chain];
  const EntityChain& b = arts[y.article].layers.entity_chains[y.chain];
  if (x.info.words != y.info.words) return x.info.words > y.info.words;
  // "P. Manafort" after "Paul Manafort", so it sees the person it stands for.
  if (x.fragment != y.fragment) return y.fragment;
  if (x.info.key != y.info.key) return x.info.key < y.info.key;
  if (x.type_chains != y.type_chains) return x.type_chains > y.type_chains;
  if (a.type != b.type) return a.type < b.type;
  if (x.name_chains != y.name_chains) return x.name_chains > y.name_chains;
  if (a.name != b.name) return a.name < b.name;
  if (arts[x.article].id != arts[y.article].id) return arts[x.article].id < arts[y.article].id;
  return x.chain < y.chain;
}

// Names and types each entity by the majority of its chains (see above).
Status NameByMajority(StmtCache* db, const std::vector<ChainJob>& jobs, const std::vector<RelinkArticle>& arts,
                      const std::vector<int64_t>& entity_of_job) {
  // entity -> (name -> chains), (type -> chains)
  std::map<int64_t, std::map<std::string, int64_t>> names, types;
  for (size_t j = 0; j < jobs.size(); ++j) {
    const EntityChain& c = arts[jobs[j].article].layers.entity_chains[jobs[j].chain];
    ++names[entity_of_job[j]][c.name];
    ++types[entity_of_job[j]][c.type];
  }
  // Multi-word once a legal form is left out: "Facebook Inc" (1 chain) does
  // not name the entity of 86 "Facebook" chains; nor "P. Manafort" that of
  // "Paul Manafort".
  auto best = [](const std::map<std::string, int64_t>& counts, bool multi_word) {
    std::string out;
    int64_t n = 0;
    for (const auto& [name, count] : counts)
      if (count > n && (!multi_word || (InfoOf(name, "ORG").words > 1 && !IsInitialFragment(name))))
        out = name, n = count;
    return out;
  };
  for (const auto& [entity, counts] : names) {
    std::string name = best(counts, true);
    if (name.empty()) name = best(counts, false);
    PARALLAX_RETURN_IF_ERROR(
        Run(db, "UPDATE entities SET name = ?1 WHERE id = ?2 AND name <> ?1", {name}, {entity}));
    const std::string type = best(types[entity], false);
    if (IsNonPerson(type)) {
      // Retyped, it keeps the subtype of its first chain only if that fits
      // the new type (SubtypeFits: "Gallup" LOC/GPE first, ORG by its
      // chains, is ORG/"").
      PARALLAX_RETURN_IF_ERROR(
          Run(db,
              "UPDATE OR IGNORE entities SET type = ?1, subtype = CASE WHEN (?1 = 'LOC' AND subtype IN "
              "('GPE', 'FACILITY')) OR (?1 = 'ORG' AND subtype = 'FACILITY') OR (?1 = 'MISC' AND subtype IN "
              "('EVENT', 'NORP')) THEN subtype ELSE '' END WHERE id = ?2 AND type <> ?1 "
              "AND type IN ('ORG', 'LOC', 'MISC')",
              {type}, {entity}));
    }
  }
  return Status::OK();
}

Status Relink(StmtCache* db, std::vector<RelinkArticle>* arts) {
  for (const char* sql : {"DELETE FROM entity_roles", "DELETE FROM entity_mentions", "DELETE FROM entity_aliases",
                          "DELETE FROM entities"})
    PARALLAX_RETURN_IF_ERROR(Run(db, sql, {}));
  std::vector<ChainJob> jobs;
  std::map<std::pair<std::string, std::string>, int64_t> type_count, name_count;  // (key, type), (key, name)
  for (size_t i = 0; i < arts->size(); ++i) {
    Article& a = (*arts)[i].layers;
    for (size_t ci = 0; ci < a.entity_chains.size(); ++ci) {
      EntityChain& c = a.entity_chains[ci];
      if (!Linkable(a, c)) continue;
      if (std::string full = WithSharedSurname(a, c); !full.empty()) c.name = std::move(full);
      // A listed name the tagger mistypes counts with its listed type in
      // the majorities below ("Facebook" is LOC in most of its chains).
      const std::string known = KnownNameType(InfoOf(c.name, c.type).key);
      if (!known.empty()) c.type = known;
      ChainJob job;
      job.article = i;
      job.chain = ci;
      job.info = InfoOf(c.name, c.type);
      job.fragment = c.type == "PER" && IsInitialFragment(c.name);
      job.aliases = ChainAliases(a, c);
      // Persons and the other types are separate key spaces.
      const std::string space = (c.type == "PER" ? "P:" : "N:") + job.info.key;
      ++type_count[{space, c.type}];
      ++name_count[{space, c.name}];
      jobs.push_back(std::move(job));
    }
    a.body.clear();
    a.body.shrink_to_fit();
    a.sentences.clear();
    a.sentences.shrink_to_fit();
  }
  for (ChainJob& job : jobs) {
    const EntityChain& c = (*arts)[job.article].layers.entity_chains[job.chain];
    const std::string space = (c.type == "PER" ? "P:" : "N:") + job.info.key;
    job.type_chains = type_count[{space, c.type}];
    job.name_chains = name_count[{space, c.name}];
  }
  std::sort(jobs.begin(), jobs.end(),
            [arts](const ChainJob& x, const ChainJob& y) { return JobBefore(x, y, *arts); });
  for (const ChainJob& job : jobs) {
    const RelinkArticle& ra = (*arts)[job.article];
    const EntityChain& c = ra.layers.entity_chains[job.chain];
    auto id = ResolveChain(db, ra.layers, job.chain, c, job.aliases);
    if (!id.ok()) return id.status();
    PARALLAX_RETURN_IF_ERROR(RecordChain(db, ra.id, job.chain, c, job.aliases, *id));
    // The chain's roles at once, as streaming has the roles of earlier
    // articles: the person rules compare offices (RolesDisagree). Merges
    // move them with the chains.
    std::vector<int64_t> entity_of_chain(ra.layers.entity_chains.size(), 0);
    entity_of_chain[job.chain] = *id;
    PARALLAX_RETURN_IF_ERROR(RecordRoles(db, ra.layers, entity_of_chain));
  }
  // Folds may have merged entities after a chain was recorded: read the
  // final links back.
  std::vector<int64_t> entity_of_job(jobs.size(), 0);
  auto link = db->Get("SELECT entity FROM entity_mentions WHERE article_id = ?1 AND chain = ?2");
  if (!link.ok()) return link.status();
  for (size_t j = 0; j < jobs.size(); ++j) {
    (*link)->BindText(1, (*arts)[jobs[j].article].id);
    (*link)->BindInt(2, static_cast<int64_t>(jobs[j].chain));
    if ((*link)->Step() == SQLITE_ROW) entity_of_job[j] = (*link)->Int(0);
    (*link)->Reset();
  }
  return NameByMajority(db, jobs, *arts, entity_of_job);
}

}  // namespace
}  // namespace entity_link

using entity_link::Relink;
using entity_link::RelinkArticle;

Status SqliteStore::RelinkEntities() {
  if (options_.read_only) return Status::InvalidArgument("store opened read-only");
  std::vector<RelinkArticle> arts;
  {
    Stmt ids;
    PARALLAX_RETURN_IF_ERROR(ids.Prepare(db_, "SELECT id FROM articles WHERE entity_chains <> '[]' ORDER BY seq"));
    int rc;
    while ((rc = ids.Step()) == SQLITE_ROW) arts.push_back(RelinkArticle{ids.Text(0), Article()});
    if (rc != SQLITE_DONE) return SqliteError(db_, "list articles");
  }
  for (RelinkArticle& ra : arts) {
    auto a = GetWithoutRaw(ra.id);
    if (!a.ok()) return a.status();
    ra.layers.body = std::move(a->body);
    ra.layers.sentences = std::move(a->sentences);
    ra.layers.outlet = std::move(a->outlet);
    ra.layers.id = ra.id;
    ra.layers.entities = std::move(a->entities);
    ra.layers.entity_chains = std::move(a->entity_chains);
    ra.layers.roles = std::move(a->roles);
  }
  PARALLAX_RETURN_IF_ERROR(Exec(db_, "BEGIN IMMEDIATE"));
  Status s;
  {
    StmtCache cache(db_);
    s = Relink(&cache, &arts);
  }
  if (!s.ok()) {
    Exec(db_, "ROLLBACK");
    return s;
  }
  return Exec(db_, "COMMIT");
}

}  // namespace parallax::store
