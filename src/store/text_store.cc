// Article text without layers (Store::ArticleTextsAfter, ::ArticleTextsBySeq):
// what a search engine outside SQLite indexes and what a snippet is cut
// from. Reads only the columns it returns, so a batch of 1,000 articles costs
// the page reads of their text, not the decoding of their annotation layers.
#include "store/sqlite_store.h"

namespace parallax::store {

namespace {

ArticleText TextFromRow(const Stmt& st) {
  ArticleText t;
  t.seq = st.Int(0);
  t.id = st.Text(1);
  t.outlet = st.Text(2);
  t.title = st.Text(3);
  t.published = st.Text(4);
  t.body = st.Text(5);
  return t;
}

}  // namespace

Result<std::vector<ArticleText>> SqliteStore::ArticleTextsAfter(int64_t after_seq, size_t limit, bool with_body) {
  Stmt st;
  PARALLAX_RETURN_IF_ERROR(st.Prepare(db_, std::string("SELECT seq, id, outlet, title, published, ") +
                                               (with_body ? "body" : "''") +
                                               " FROM articles WHERE seq > ?1 ORDER BY seq LIMIT ?2"));
  st.BindInt(1, after_seq);
  st.BindInt(2, static_cast<int64_t>(limit));
  std::vector<ArticleText> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) out.push_back(TextFromRow(st));
  if (rc != SQLITE_DONE) return SqliteError(db_, "read article texts after seq " + std::to_string(after_seq));
  return out;
}

Result<std::vector<ArticleText>> SqliteStore::ArticleTextsBySeq(const std::vector<int64_t>& seqs) {
  auto st = reads_.Lease("SELECT seq, id, outlet, title, published, body FROM articles WHERE seq = ?1");
  if (!st.ok()) return st.status();
  std::vector<ArticleText> out;
  out.reserve(seqs.size());
  for (int64_t seq : seqs) {
    (*st)->Reset();
    (*st)->BindInt(1, seq);
    int rc = (*st)->Step();
    if (rc == SQLITE_ROW) {
      out.push_back(TextFromRow(**st));
    } else if (rc != SQLITE_DONE) {
      return SqliteError(db_, "read article text seq " + std::to_string(seq));
    }
  }
  return out;
}

}  // namespace parallax::store
