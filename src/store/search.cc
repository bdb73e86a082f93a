// Full-text search: ranked FTS5 matches with metadata filters.
//
// The index is an external-content FTS5 table over (title, body) with the
// Porter stemmer on top of the unicode61 tokenizer (case folding, diacritics
// removed), so "negotiations" finds "negotiating" and "Zhenhua" finds
// "zhenhua". Triggers keep it in step with the article table.
//
// A typed query is reduced to quoted words and phrases (so no input can be an
// FTS5 syntax error) joined by AND. Ranking is bm25 with the title weighted
// five times the body: a word in the headline says more about what an article
// is about than one in its eighth paragraph. If nothing matches every word the
// query is re-run with OR, which bm25 still ranks by how many words (and how
// rare ones) each article has; the result says it was relaxed.
//
// Filters (outlet, date range, a set of article ids) are SQL conditions on the
// joined article row. The entity filter has two steps: the entity's words are
// added to the match as a phrase (cheap, uses the index), then each candidate
// is kept only if one of its NER mentions or coreference chain names contains
// the entity's words; that check runs in C++ over the stored layers, so
// pagination for entity queries counts verified rows.
#include "store/search.h"

#include <nlohmann/json.hpp>

#include "store/sqlite_util.h"

namespace parallax::store {

namespace {

bool IsWordByte(unsigned char c) { return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

// Lower-cased words of `s` (ASCII letters folded; other bytes kept).
std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (unsigned char c : s) {
    if (IsWordByte(c)) {
      cur.push_back(c < 0x80 ? static_cast<char>(std::tolower(c)) : static_cast<char>(c));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

std::string Quote(const std::vector<std::string>& words) {
  std::string out = "\"";
  for (size_t i = 0; i < words.size(); ++i) {
    if (i) out.push_back(' ');
    out += words[i];
  }
  return out + "\"";
}

}  // namespace

std::vector<std::string> QueryTerms(std::string_view text) {
  std::vector<std::string> terms;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '"') {
      size_t close = text.find('"', i + 1);
      if (close == std::string_view::npos) close = text.size();
      auto words = Words(text.substr(i + 1, close - i - 1));
      if (!words.empty()) terms.push_back(Quote(words));
      i = close + 1;
      continue;
    }
    if (!IsWordByte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && IsWordByte(static_cast<unsigned char>(text[end]))) ++end;
    std::string term = Quote(Words(text.substr(i, end - i)));
    if (end < text.size() && text[end] == '*') term += "*";
    terms.push_back(std::move(term));
    i = end;
  }
  return terms;
}

std::string FtsExpression(const std::vector<std::string>& terms, bool all) {
  std::string out;
  for (const auto& t : terms) {
    if (!out.empty()) out += all ? " AND " : " OR ";
    out += t;
  }
  return out;
}

bool NameContains(std::string_view candidate, std::string_view name) {
  auto have = Words(candidate);
  auto want = Words(name);
  if (want.empty() || want.size() > have.size()) return false;
  for (size_t i = 0; i + want.size() <= have.size(); ++i) {
    if (std::equal(want.begin(), want.end(), have.begin() + static_cast<std::ptrdiff_t>(i))) return true;
  }
  return false;
}

namespace {

// True when a mention or chain name in the stored layers contains `entity`.
bool ArticleMentions(const std::string& body, const std::string& entities_json, const std::string& chains_json,
                     const std::string& entity) {
  auto chains = nlohmann::json::parse(chains_json, nullptr, false);
  if (chains.is_array()) {
    for (const auto& c : chains) {
      if (c.is_object() && c.contains("name") && c["name"].is_string() &&
          NameContains(c["name"].get<std::string>(), entity)) {
        return true;
      }
    }
  }
  auto mentions = nlohmann::json::parse(entities_json, nullptr, false);
  if (!mentions.is_array()) return false;
  for (const auto& m : mentions) {
    if (!m.is_array() || m.size() < 2 || !m[0].is_number_unsigned() || !m[1].is_number_unsigned()) continue;
    size_t b = m[0].get<size_t>(), e = m[1].get<size_t>();
    if (b < e && e <= body.size() && NameContains(std::string_view(body).substr(b, e - b), entity)) return true;
  }
  return false;
}

std::string IdsJson(const std::vector<std::string>& ids) { return ids.empty() ? "" : nlohmann::json(ids).dump(); }

// The statement shared by the ranked page and the count. With an FTS match
// the rows come from the index (rank = weighted bm25); without one, from the
// article table newest first. `unfiltered` (an FTS match and no metadata
// filter): the page is chosen inside the FTS table alone (ORDER BY rank
// there skips the join for every match) and only its rows get highlights and
// snippets; the count reads the index alone. Same rows, same order.
std::string BuildSql(bool fts, bool count, bool verify, bool unfiltered) {
  if (fts && unfiltered && !verify) {
    if (count) return "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?1";
    return "SELECT a.id, a.outlet, a.title, a.published, highlight(articles_fts, 0, char(2), char(3)), "
           "snippet(articles_fts, 1, char(2), char(3), '…', 28), bm25(articles_fts, 5.0, 1.0) "
           "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?1 "
           "AND articles_fts.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1 "
           "AND rank MATCH 'bm25(5.0, 1.0)' ORDER BY rank, rowid LIMIT ?6 OFFSET ?7) ORDER BY 7, a.seq";
  }
  std::string cols = count ? "count(*)"
                           : fts ? "a.id, a.outlet, a.title, a.published, "
                                   "highlight(articles_fts, 0, char(2), char(3)), "
                                   "snippet(articles_fts, 1, char(2), char(3), '…', 28), "
                                   "bm25(articles_fts, 5.0, 1.0)"
                                 : "a.id, a.outlet, a.title, a.published, a.title, substr(a.body, 1, 200), 0.0";
  if (verify && !count) cols += ", a.body, a.entities, a.entity_chains";
  std::string sql = "SELECT " + cols +
                    (fts ? " FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?1"
                         : " FROM articles a WHERE ?1 = ''");
  sql += " AND (?2 = '' OR a.outlet = ?2) AND (?3 = '' OR a.published >= ?3)"
         " AND (?4 = '' OR (a.published <> '' AND a.published <= ?4 || '~'))"
         " AND (?5 = '' OR a.id IN (SELECT value FROM json_each(?5)))";
  if (!count) sql += fts ? " ORDER BY 7, a.seq" : " ORDER BY a.published DESC, a.seq DESC";
  if (!count && !verify) sql += " LIMIT ?6 OFFSET ?7";
  return sql;
}

void BindFilters(Stmt* st, const std::string& match, const SearchQuery& q, const std::string& ids) {
  st->BindText(1, match);
  st->BindText(2, q.outlet);
  st->BindText(3, q.since);
  st->BindText(4, q.until);
  st->BindText(5, ids);
}

SearchHit HitFromRow(const Stmt& st) {
  SearchHit h;
  h.id = st.Text(0);
  h.outlet = st.Text(1);
  h.title = st.Text(2);
  h.published = st.Text(3);
  h.title_marked = st.Text(4);
  h.snippet = st.Text(5);
  h.score = -sqlite3_column_double(const_cast<Stmt&>(st).get(), 6);
  return h;
}

// Runs one search with `match` ("" for no FTS). Fills hits and total.
Status RunSearch(sqlite3* db, const std::string& match, const SearchQuery& q, SearchResults* out) {
  const bool fts = !match.empty(), verify = !q.entity.empty();
  const std::string ids = IdsJson(q.article_ids);
  const bool unfiltered = q.outlet.empty() && q.since.empty() && q.until.empty() && ids.empty();
  Stmt st;
  PARALLAX_RETURN_IF_ERROR(st.Prepare(db, BuildSql(fts, false, verify, unfiltered)));
  if (fts && unfiltered && !verify) st.BindText(1, match);
  else BindFilters(&st, match, q, ids);
  if (!verify) {
    st.BindInt(6, static_cast<int64_t>(q.limit));
    st.BindInt(7, static_cast<int64_t>(q.offset));
  }
  int rc;
  uint64_t seen = 0;
  while ((rc = st.Step()) == SQLITE_ROW) {
    if (verify && !ArticleMentions(st.Text(7), st.Text(8), st.Text(9), q.entity)) continue;
    ++seen;
    if (verify && (seen <= q.offset || seen > q.offset + q.limit)) continue;
    out->hits.push_back(HitFromRow(st));
  }
  if (rc != SQLITE_DONE) return SqliteError(db, "search");
  if (verify) {
    out->total = seen;
    return Status::OK();
  }
  Stmt count;
  PARALLAX_RETURN_IF_ERROR(count.Prepare(db, BuildSql(fts, true, false, unfiltered)));
  if (fts && unfiltered) count.BindText(1, match);
  else BindFilters(&count, match, q, ids);
  if (count.Step() != SQLITE_ROW) return SqliteError(db, "count search results");
  out->total = static_cast<uint64_t>(count.Int(0));
  return Status::OK();
}

}  // namespace

Result<SearchResults> SearchArticles(sqlite3* db, const SearchQuery& query) {
  auto terms = QueryTerms(query.text);
  std::string entity_phrase = query.entity.empty() ? "" : Quote(Words(query.entity));
  if (entity_phrase == "\"\"") return Status::InvalidArgument("entity '" + query.entity + "' has no searchable word");
  if (terms.empty() && entity_phrase.empty() && query.outlet.empty() && query.since.empty() && query.until.empty() &&
      query.article_ids.empty()) {
    return Status::InvalidArgument("search needs a word to look for or a filter");
  }
  auto with_entity = [&](std::string expr) {
    if (entity_phrase.empty()) return expr;
    return expr.empty() ? entity_phrase : entity_phrase + " AND (" + expr + ")";
  };
  SearchResults out;
  PARALLAX_RETURN_IF_ERROR(RunSearch(db, with_entity(FtsExpression(terms, true)), query, &out));
  if (out.total == 0 && terms.size() > 1) {
    out.relaxed = true;
    PARALLAX_RETURN_IF_ERROR(RunSearch(db, with_entity(FtsExpression(terms, false)), query, &out));
  }
  return out;
}

}  // namespace parallax::store
