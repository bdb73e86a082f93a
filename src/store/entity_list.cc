// Canonical entities in the store: listing (parallax entities, the API's
// /entities). Linking is in entity_store.cc; the tables are described there
// and in docs/formats/store.md.
#include <algorithm>
#include <map>

#include "annotate/entity/names.h"
#include "core/ascii.h"
#include "store/person_names.h"
#include "store/sqlite_store.h"

namespace parallax::store {

namespace {

// Whether a query returns a row (`text_arg` bound to ?1).
Result<bool> HasRow(sqlite3* db, const char* sql, const std::string& text_arg) {
  Stmt st;
  PARALLAX_RETURN_IF_ERROR(st.Prepare(db, sql));
  st.BindText(1, text_arg);
  int rc = st.Step();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return SqliteError(db, "entity lookup");
  return rc == SQLITE_ROW;
}

// SQL condition restricting entity_mentions / entity_roles rows (alias `t`)
// to the articles of story ?1 and to article ?8, or nothing.
std::string ArticleFilter(const EntityQuery& q) {
  std::string sql = q.story.empty() ? "" : " AND t.article_id IN (SELECT article_id FROM article_story WHERE story_id = ?1)";
  return q.article.empty() ? sql : sql + " AND t.article_id = ?8";
}

std::string LikePrefix(const std::string& prefix) {
  std::string out;
  for (char c : prefix) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "%";
}

// Whether spelling `a` is a better display form than `b` of one alias
// (the same letters in other case): mixed case over capitals and lower case
// ("Trump" over "TRUMP", "United States" over "United states"), but
// capitals for an acronym of another alias ("ICE" over "Ice" beside
// "Immigration and Customs Enforcement").
bool BetterCase(const std::string& a, const std::string& b, const std::vector<std::string>& aliases) {
  auto count = [](const std::string& s, bool (*pred)(char)) { return std::count_if(s.begin(), s.end(), pred); };
  const auto a_lower = count(a, core::IsAsciiLower), b_lower = count(b, core::IsAsciiLower);
  if ((a_lower == 0) != (b_lower == 0)) {
    const std::string& caps = a_lower == 0 ? a : b;
    const std::vector<std::string> caps_words = entity::NameWords(caps);
    bool acronym = false;
    for (const std::string& other : aliases)
      acronym = acronym || entity::IsAcronymOf(caps_words, entity::NameWords(other));
    return (a_lower == 0) == acronym;
  }
  const auto a_upper = count(a, core::IsAsciiUpper), b_upper = count(b, core::IsAsciiUpper);
  if (a_upper != b_upper) return a_upper > b_upper;
  return a < b;
}

// The aliases to list: one spelling per alias that differs only in case
// (headlines and datelines in capitals, a lower-case slip), the entity's
// own name's spelling when it is one of them, else BetterCase's; for a
// person, none that is a fragment of its name with another first initial
// ("J. Trump" for Donald Trump, person_names.h). The store keeps every
// spelling (name lookups search them all).
std::vector<std::string> DisplayAliases(const std::string& name, const std::string& type,
                                        const std::vector<std::string>& aliases) {
  std::map<std::string, std::string> best;  // lower-cased -> spelling
  const std::vector<std::string> name_words = entity::NameWords(name);
  for (const std::string& a : aliases) {
    if (type == "PER" && IsForeignInitialFragment(entity::NameWords(a), name_words)) continue;
    const std::string folded = core::AsciiLowered(a);
    auto [it, inserted] = best.emplace(folded, a);
    if (inserted || it->second == name) continue;
    if (a == name || BetterCase(a, it->second, aliases)) it->second = a;
  }
  std::vector<std::string> out;
  for (const auto& [folded, a] : best) out.push_back(a);
  std::sort(out.begin(), out.end());
  return out;
}

// Aliases and roles of `e` (roles over the query's articles).
Status FillDetails(sqlite3* db, const EntityQuery& q, EntitySummary* e) {
  Stmt al;
  PARALLAX_RETURN_IF_ERROR(al.Prepare(db, "SELECT alias FROM entity_aliases WHERE entity = ?2 ORDER BY alias"));
  al.BindInt(2, e->id);
  int rc;
  std::vector<std::string> aliases;
  while ((rc = al.Step()) == SQLITE_ROW) aliases.push_back(al.Text(0));
  if (rc != SQLITE_DONE) return SqliteError(db, "entity aliases");
  e->aliases = DisplayAliases(e->name, e->type, aliases);
  Stmt ro;
  PARALLAX_RETURN_IF_ERROR(ro.Prepare(db,
                                      "SELECT role, qualifier, affiliation, outlet, "
                                      "CASE WHEN outlet = '' THEN article_id ELSE '' END, count(DISTINCT article_id) "
                                      "FROM entity_roles t WHERE entity = ?2" +
                                          ArticleFilter(q) + " GROUP BY 1, 2, 3, 4, 5 ORDER BY 4, 5, 6 DESC, 1, 2, 3"));
  if (!q.story.empty()) ro.BindText(1, q.story);
  if (!q.article.empty()) ro.BindText(8, q.article);
  ro.BindInt(2, e->id);
  while ((rc = ro.Step()) == SQLITE_ROW)
    e->roles.push_back(
        EntityRole{ro.Text(0), ro.Text(1), ro.Text(2), ro.Text(3), ro.Text(4), static_cast<uint64_t>(ro.Int(5))});
  if (rc != SQLITE_DONE) return SqliteError(db, "entity roles");
  return Status::OK();
}

Result<std::vector<EntitySummary>> QueryEntities(sqlite3* db, const EntityQuery& q, int64_t id) {
  std::string sql =
      "SELECT e.id, e.name, e.type, e.subtype, sum(t.mentions), count(DISTINCT t.article_id) "
      "FROM entities e JOIN entity_mentions t ON t.entity = e.id WHERE 1" + ArticleFilter(q);
  if (!q.type.empty()) sql += " AND e.type = ?2";
  if (!q.name_prefix.empty())
    sql += " AND (e.name LIKE ?3 ESCAPE '\\' OR e.name LIKE ?7 ESCAPE '\\' OR EXISTS (SELECT 1 FROM "
           "entity_aliases x WHERE x.entity = e.id AND (x.alias LIKE ?3 ESCAPE '\\' OR x.alias LIKE ?7 ESCAPE '\\')))";
  if (id > 0) sql += " AND e.id = ?4";
  sql += " GROUP BY e.id ORDER BY 6 DESC, 5 DESC, e.id LIMIT ?5 OFFSET ?6";
  Stmt st;
  PARALLAX_RETURN_IF_ERROR(st.Prepare(db, sql));
  if (!q.story.empty()) st.BindText(1, q.story);
  if (!q.article.empty()) st.BindText(8, q.article);
  if (!q.type.empty()) st.BindText(2, q.type);
  if (!q.name_prefix.empty()) {
    st.BindText(3, LikePrefix(q.name_prefix));
    st.BindText(7, "% " + LikePrefix(q.name_prefix));  // a later word starts with it
  }
  if (id > 0) st.BindInt(4, id);
  st.BindInt(5, static_cast<int64_t>(q.limit));
  st.BindInt(6, static_cast<int64_t>(q.offset));
  std::vector<EntitySummary> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    EntitySummary e;
    e.id = st.Int(0);
    e.name = st.Text(1);
    e.type = st.Text(2);
    e.subtype = st.Text(3);
    e.mentions = static_cast<uint64_t>(st.Int(4));
    e.articles = static_cast<uint64_t>(st.Int(5));
    out.push_back(std::move(e));
  }
  if (rc != SQLITE_DONE) return SqliteError(db, "list entities");
  for (auto& e : out) PARALLAX_RETURN_IF_ERROR(FillDetails(db, q, &e));
  return out;
}

}  // namespace

Result<std::vector<EntitySummary>> SqliteStore::ListEntities(const EntityQuery& query) {
  if (!query.story.empty()) {
    auto members = HasRow(db_, "SELECT 1 FROM article_story WHERE story_id = ?1 LIMIT 1", query.story);
    if (!members.ok()) return members.status();
    if (!*members) return Status::NotFound("unknown story '" + query.story + "'");
  }
  if (!query.article.empty()) {
    auto known = HasRow(db_, "SELECT seq FROM articles WHERE id = ?1", query.article);
    if (!known.ok()) return known.status();
    if (!*known) return Status::NotFound("unknown article '" + query.article + "'");
  }
  return QueryEntities(db_, query, 0);
}

Result<EntitySummary> SqliteStore::GetEntity(int64_t id) {
  EntityQuery q;
  q.limit = 1;
  auto found = QueryEntities(db_, q, id);
  if (!found.ok()) return found.status();
  if (found->empty()) return Status::NotFound("unknown entity " + std::to_string(id));
  return std::move(found->front());
}

}  // namespace parallax::store
