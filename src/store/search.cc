// Full-text search: ranked FTS5 matches with metadata filters.
//
// The index is an external-content FTS5 table over (title, body) with the
// Porter stemmer on top of the unicode61 tokenizer (case folding, diacritics
// removed), so "negotiations" finds "negotiating" and "Zhenhua" finds
// "zhenhua". Triggers keep it in step with the article table.
//
// A typed query is reduced to quoted words and phrases (so no input can be an
// FTS5 syntax error). Ranking is bm25 with the title weighted five times the
// body: a word in the headline says more about what an article is about than
// one in its eighth paragraph. Results come in two tiers: first every article
// with all the words, then (once those run out) the articles with only some
// of them, matched as `(a OR b) NOT (a AND b)` and again ranked by bm25, which
// favours more and rarer words. A long query a person types to describe an
// event ("Todd Akin urges drop out Senate race") rarely has every word in
// every report of it, so the reports missing a word must still follow the
// one that has them all; the result says `relaxed` when the second tier
// contributed.
//
// Cost: a page is chosen first as a list of rowids, ranked inside the FTS
// table (with metadata filters, each match is joined to the few article
// columns the filters read; CROSS JOIN keeps the index driving, since
// SQLite would otherwise start from the outlet index and probe the FTS table
// once per article of the outlet: 3.7 s instead of 0.1 s on 100k articles),
// and only the page's rows get highlights and a snippet. Counts read the index alone when there is no filter; filtered
// counts stop at kCountCap and say so (total_is_estimate).
//
// Filters (outlet, date range, a set of article ids) are SQL conditions on the
// joined article row. The entity filter has two steps: the entity's words are
// added to the match as a phrase (cheap, uses the index), then each candidate
// is kept only if one of its NER mentions or coreference chain names contains
// the entity's words; that check runs in C++ over the stored layers, so
// pagination for entity queries counts verified rows.
#include "store/search.h"

#include <nlohmann/json.hpp>

#include <algorithm>

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

// Filtered counts stop here; past it SearchResults::total_is_estimate is set.
constexpr uint64_t kCountCap = 1000;

// Metadata filters on the joined article row `a` (?2 outlet, ?3 since,
// ?4 until, ?5 JSON array of ids); each is a no-op when its value is ''.
// ?8 and ?9 bound the rowids to one ranking window [?8, ?9).
constexpr const char* kFilters =
    " AND (?2 = '' OR a.outlet = ?2) AND (?3 = '' OR a.published >= ?3)"
    " AND (?4 = '' OR (a.published <> '' AND a.published <= ?4 || '~'))"
    " AND (?5 = '' OR a.id IN (SELECT value FROM json_each(?5)))"
    " AND a.seq >= ?8 AND a.seq < ?9";

// How one tier of a search runs: its FTS expression ("" for filters only),
// whether metadata filters apply, whether rows need the entity check, and
// the window of rowids [lo, hi) it ranks.
struct Plan {
  std::string match;
  std::string ids;  // JSON array of article ids, "" for all
  bool filtered = false;
  bool verify = false;
  int64_t lo = 0;
  int64_t hi = INT64_MAX;
  uint64_t count_cap = kCountCap;  // filtered counts stop here (inside a window: exact)
  bool fts() const { return !match.empty(); }
};

// The rowids of a page, best first. Without filters the page is chosen in
// the FTS table alone; with filters each match is joined to its article row
// (only the columns the filters read); with the entity check the rows come
// unpaged with the layers the check reads.
std::string PageSql(const Plan& p) {
  if (!p.fts()) {
    return std::string("SELECT a.seq, 0.0 FROM articles a WHERE ?1 = ''") + kFilters +
           " ORDER BY a.published DESC, a.seq DESC LIMIT ?6 OFFSET ?7";
  }
  if (!p.filtered && !p.verify) {
    return "SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ?1 AND rank MATCH 'bm25(5.0, 1.0)' "
           "AND rowid >= ?8 AND rowid < ?9 ORDER BY rank, rowid LIMIT ?6 OFFSET ?7";
  }
  return std::string("SELECT f.rowid, f.rank") + (p.verify ? ", a.body, a.entities, a.entity_chains" : "") +
         " FROM articles_fts f CROSS JOIN articles a ON a.seq = f.rowid"
         " WHERE f.articles_fts MATCH ?1 AND f.rank MATCH 'bm25(5.0, 1.0)' AND f.rowid >= ?8 AND f.rowid < ?9" +
         kFilters + " ORDER BY f.rank, f.rowid" + (p.verify ? "" : " LIMIT ?6 OFFSET ?7");
}

// Counts the matches: exactly from the index alone when unfiltered, else up
// to ?6 rows.
std::string CountSql(const Plan& p) {
  if (p.fts() && !p.filtered) {
    return "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?1 AND rowid >= ?8 AND rowid < ?9";
  }
  std::string from = p.fts() ? " FROM articles_fts f CROSS JOIN articles a ON a.seq = f.rowid WHERE f.articles_fts MATCH ?1"
                               " AND f.rowid >= ?8 AND f.rowid < ?9"
                             : " FROM articles a WHERE ?1 = ''";
  return "SELECT count(*) FROM (SELECT 1" + from + kFilters + " LIMIT ?6)";
}

// One hit by rowid (?2), with highlights and snippet when there is a match.
// Its score comes from the page query: bm25() here would recount every
// phrase's matches in the whole index for each hit (FTS5 keeps those counts
// per query, and each hit is a new query), most of a page's cost.
std::string HitSql(const Plan& p) {
  if (!p.fts()) return "SELECT id, outlet, title, published, title, substr(body, 1, 200) FROM articles WHERE seq = ?2";
  return "SELECT a.id, a.outlet, a.title, a.published, highlight(articles_fts, 0, char(2), char(3)), "
         "snippet(articles_fts, 1, char(2), char(3), '…', 28) "
         "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
         "WHERE articles_fts MATCH ?1 AND articles_fts.rowid = ?2";
}

void BindFilters(Stmt* st, const Plan& p, const SearchQuery& q) {
  st->BindText(1, p.match);
  st->BindText(2, q.outlet);
  st->BindText(3, q.since);
  st->BindText(4, q.until);
  st->BindText(5, p.ids);
  st->BindInt(8, p.lo);
  st->BindInt(9, p.hi);
}

SearchHit HitFromRow(const Stmt& st) {
  SearchHit h;
  h.id = st.Text(0);
  h.outlet = st.Text(1);
  h.title = st.Text(2);
  h.published = st.Text(3);
  h.title_marked = st.Text(4);
  h.snippet = st.Text(5);
  return h;
}

// What one tier found: the page's rowids in order and how many match.
struct TierPage {
  std::vector<int64_t> rowids;
  std::vector<double> ranks;  // parallel to rowids: bm25 (lower is better), 0 without words
  uint64_t total = 0;
  bool estimate = false;  // total stopped at kCountCap or counts only the windows read
  bool windowed = false;  // ranked window by window
};

// Appends the row's rowid and rank (columns 0 and 1 of a page query).
void AddRow(Stmt& st, TierPage* out) {
  out->rowids.push_back(st.Int(0));
  out->ranks.push_back(sqlite3_column_double(st.get(), 1));
}

// The entity check walks the matches in rank order and verifies each; it
// stops once the page is full and kCountCap verified rows were seen.
Status VerifiedPage(sqlite3* db, const Plan& p, const SearchQuery& q, size_t offset, size_t limit, TierPage* out) {
  Stmt st;
  PARALLAX_RETURN_IF_ERROR(st.Prepare(db, PageSql(p)));
  BindFilters(&st, p, q);
  int rc;
  uint64_t seen = 0;
  while ((rc = st.Step()) == SQLITE_ROW) {
    if (!ArticleMentions(st.Text(2), st.Text(3), st.Text(4), q.entity)) continue;
    ++seen;
    if (seen > offset && seen <= offset + limit) AddRow(st, out);
    if (seen >= offset + limit && seen >= kCountCap) {
      out->estimate = true;
      break;
    }
  }
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) return SqliteError(db, "search");
  out->total = seen;
  return Status::OK();
}

Status PagedRowids(sqlite3* db, const Plan& p, const SearchQuery& q, size_t offset, size_t limit, TierPage* out) {
  if (p.verify) return VerifiedPage(db, p, q, offset, limit, out);
  if (limit > 0) {
    Stmt st;
    PARALLAX_RETURN_IF_ERROR(st.Prepare(db, PageSql(p)));
    BindFilters(&st, p, q);
    st.BindInt(6, static_cast<int64_t>(limit));
    st.BindInt(7, static_cast<int64_t>(offset));
    int rc;
    while ((rc = st.Step()) == SQLITE_ROW) AddRow(st, out);
    if (rc != SQLITE_DONE) return SqliteError(db, "search");
  }
  Stmt count;
  PARALLAX_RETURN_IF_ERROR(count.Prepare(db, CountSql(p)));
  BindFilters(&count, p, q);
  count.BindInt(6, static_cast<int64_t>(p.count_cap));
  if (count.Step() != SQLITE_ROW) return SqliteError(db, "count search results");
  out->total = static_cast<uint64_t>(count.Int(0));
  out->estimate = (p.filtered || !p.fts()) && out->total >= p.count_cap;
  if (out->estimate) out->total = std::max<uint64_t>(out->total, offset + out->rowids.size());
  return Status::OK();
}

// The rowid of the k-th newest match of `match` (k from 1), or 0 when there
// are fewer: the lower end of the ranking window that ends with it.
Result<int64_t> NewestMatchRowid(sqlite3* db, const std::string& match, uint64_t k) {
  Stmt st;
  PARALLAX_RETURN_IF_ERROR(st.Prepare(
      db, "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1 ORDER BY rowid DESC LIMIT 1 OFFSET ?2"));
  st.BindText(1, match);
  st.BindInt(2, static_cast<int64_t>(k) - 1);
  int rc = st.Step();
  if (rc == SQLITE_ROW) return st.Int(0);
  if (rc != SQLITE_DONE) return SqliteError(db, "search window");
  return int64_t{0};
}

// Ranks a tier with more than q.rank_window (W) matches window by window:
// window w holds the matches ranked w*W+1 .. (w+1)*W by rowid, newest
// first, and is ranked by bm25 inside. Windows are read until the page is
// full; the matches are never all counted (that alone would cost as much as
// ranking them), so the total is the matches in the windows read, an
// estimate ("at least") while older windows remain. Unfiltered windows
// before the page hold exactly W matches and are skipped unread.
Status WindowedRowids(sqlite3* db, Plan p, const SearchQuery& q, size_t offset, size_t limit, TierPage* out) {
  const uint64_t w_size = q.rank_window;
  const bool exact_counts = !p.filtered && !p.verify;
  uint64_t before = 0;  // matches (passing the filters) in the windows already read or skipped
  bool more = true;     // older windows remain
  out->windowed = true;
  p.count_cap = w_size + 1;  // a window's count is exact
  for (uint64_t w = 0; more; ++w) {
    if (w > 0 && out->rowids.size() >= limit) break;
    auto older = NewestMatchRowid(db, p.match, (w + 1) * w_size + 1);  // the newest match after the window
    if (!older.ok()) return older.status();
    more = *older != 0;
    p.lo = more ? *older + 1 : 0;
    if (exact_counts && more && before + w_size <= offset) {  // the whole window is before the page
      before += w_size;
      p.hi = p.lo;
      continue;
    }
    TierPage part;
    size_t need = limit - out->rowids.size();
    PARALLAX_RETURN_IF_ERROR(PagedRowids(db, p, q, offset > before ? offset - before : 0, need, &part));
    out->rowids.insert(out->rowids.end(), part.rowids.begin(), part.rowids.end());
    out->ranks.insert(out->ranks.end(), part.ranks.begin(), part.ranks.end());
    before += part.total;
    out->estimate = out->estimate || part.estimate;
    p.hi = p.lo;
  }
  out->total = before;
  out->estimate = out->estimate || more;
  return Status::OK();
}

// A tier's page: exact ranking when its matches fit in one window (or it is
// restricted to a list of ids), else window by window.
Status TierRowids(sqlite3* db, const Plan& p, const SearchQuery& q, size_t offset, size_t limit, TierPage* out) {
  if (!p.fts() || q.rank_window == 0 || !p.ids.empty()) return PagedRowids(db, p, q, offset, limit, out);
  auto beyond = NewestMatchRowid(db, p.match, q.rank_window + 1);  // stops after W + 1 matches
  if (!beyond.ok()) return beyond.status();
  if (*beyond == 0) return PagedRowids(db, p, q, offset, limit, out);
  return WindowedRowids(db, p, q, offset, limit, out);
}

// Runs one tier: fills the page's hits (highlights and snippets for those
// rows only) and adds its count to out->total.
Status RunTier(sqlite3* db, const Plan& p, const SearchQuery& q, size_t offset, size_t limit, SearchResults* out,
               TierPage* page) {
  PARALLAX_RETURN_IF_ERROR(TierRowids(db, p, q, offset, limit, page));
  Stmt hit;
  if (!page->rowids.empty()) PARALLAX_RETURN_IF_ERROR(hit.Prepare(db, HitSql(p)));
  for (size_t i = 0; i < page->rowids.size(); ++i) {
    hit.Reset();
    hit.BindText(1, p.match);
    hit.BindInt(2, page->rowids[i]);
    int rc = hit.Step();
    if (rc == SQLITE_ROW) {
      out->hits.push_back(HitFromRow(hit));
      out->hits.back().score = -page->ranks[i];
    } else if (rc != SQLITE_DONE) {
      return SqliteError(db, "read search hit");
    }
  }
  out->total += page->total;
  out->total_is_estimate = out->total_is_estimate || page->estimate;
  if (page->windowed) out->rank_window = q.rank_window;
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
  Plan plan;
  plan.ids = IdsJson(query.article_ids);
  plan.filtered = !query.outlet.empty() || !query.since.empty() || !query.until.empty() || !plan.ids.empty();
  plan.verify = !query.entity.empty();
  plan.match = with_entity(FtsExpression(terms, true));
  SearchResults out;
  TierPage all_words;
  PARALLAX_RETURN_IF_ERROR(RunTier(db, plan, query, query.offset, query.limit, &out, &all_words));
  out.all_words = all_words.total;
  // The second tier: articles with some but not all of the words, after
  // every article with all of them.
  // It is counted once a page reaches the end of the first, so `total` on
  // the first tier's last page already tells that more pages follow.
  if (terms.size() < 2 || all_words.estimate || query.offset + query.limit < all_words.total) return out;
  plan.match = with_entity("(" + FtsExpression(terms, false) + ") NOT (" + FtsExpression(terms, true) + ")");
  size_t offset = query.offset > all_words.total ? query.offset - all_words.total : 0;
  TierPage some_words;
  PARALLAX_RETURN_IF_ERROR(RunTier(db, plan, query, offset, query.limit - out.hits.size(), &out, &some_words));
  out.relaxed = some_words.total > 0;
  return out;
}

}  // namespace parallax::store
