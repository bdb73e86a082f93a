// Materialized story views: the API's view of a story, built by a view
// builder outside the store (pipeline/story_views) and kept here so that a
// server answers a story it has not rendered yet with one indexed read and a
// zstd decompression instead of a synthesis over every member.
//
// Validity is decided by the story's version stamp, never by invalidation:
// every change to a story's members or to a member's stored layers draws a
// new stamp in the same transaction as the change (story_store.cc), so a
// view stored under the stamp its builder read *before* reading the members
// describes exactly that state, and a view is current while its stamp is the
// story's. PutStoryViews refuses a view whose stamp has already moved, so a
// builder racing a writer never stores a view of a state that is gone. The
// format string names the builder's code and data revision: a binary with
// another builder ignores (and rewrites) views of an older format.
#include <set>

#include "store/sqlite_store.h"

namespace parallax::store {

namespace {

// zstd level for views: they are written once per story change and read
// often, so a better ratio than the raw bytes' level 1 pays.
constexpr int kViewLevel = 3;

}  // namespace

Result<std::string> SqliteStore::GetStoryView(const std::string& story_id, int64_t version, const std::string& format) {
  if (version_ < MigrationCreating("story_views")) return Status::NotFound("no story views in this database");
  auto st = reads_.Lease("SELECT size, view FROM story_views WHERE story_id = ?1 AND version = ?2 AND format = ?3");
  if (!st.ok()) return st.status();
  (*st)->BindText(1, story_id);
  (*st)->BindInt(2, version);
  (*st)->BindText(3, format);
  int rc = (*st)->Step();
  if (rc == SQLITE_DONE) return Status::NotFound("no current view of story " + story_id);
  if (rc != SQLITE_ROW) return SqliteError(db_, "read the view of story " + story_id);
  const void* blob = sqlite3_column_blob((*st)->get(), 1);
  size_t bytes = static_cast<size_t>(sqlite3_column_bytes((*st)->get(), 1));
  auto body = Decompress(std::string_view(static_cast<const char*>(blob), bytes), static_cast<size_t>((*st)->Int(0)));
  if (!body.ok()) return body.status().WithContext("view of story " + story_id);
  return body;
}

Result<size_t> SqliteStore::PutStoryViews(const std::vector<StoredStoryView>& views) {
  if (options_.read_only) return Status::InvalidArgument("store opened read-only");
  if (views.empty()) return size_t{0};
  PARALLAX_RETURN_IF_ERROR(Exec(db_, "BEGIN IMMEDIATE"));
  Stmt st;
  Status s = st.Prepare(db_, R"sql(
    INSERT INTO story_views (story_id, version, format, size, view)
    SELECT ?1, ?2, ?3, ?4, ?5 WHERE (SELECT version FROM stories WHERE id = ?1) = ?2
    ON CONFLICT (story_id) DO UPDATE SET
      version = excluded.version, format = excluded.format, size = excluded.size, view = excluded.view)sql");
  size_t stored = 0;
  for (size_t i = 0; s.ok() && i < views.size(); ++i) {
    const StoredStoryView& v = views[i];
    std::string blob = Compress(v.body, kViewLevel);
    if (blob.empty() && !v.body.empty()) {
      s = Status::Internal("cannot compress the view of story " + v.story_id);
      break;
    }
    st.Reset();
    st.BindText(1, v.story_id);
    st.BindInt(2, v.version);
    st.BindText(3, v.format);
    st.BindInt(4, static_cast<int64_t>(v.body.size()));
    st.BindBlob(5, blob);
    if (st.Step() != SQLITE_DONE) s = SqliteError(db_, "write the view of story " + v.story_id);
    stored += static_cast<size_t>(sqlite3_changes(db_));
  }
  if (!s.ok()) {
    Exec(db_, "ROLLBACK");
    return s;
  }
  PARALLAX_RETURN_IF_ERROR(Exec(db_, "COMMIT"));
  return stored;
}

Result<std::vector<std::string>> SqliteStore::StoriesWithoutView(int64_t after_version, const std::string& format) {
  Stmt st;
  PARALLAX_RETURN_IF_ERROR(st.Prepare(db_, R"sql(
    SELECT s.id FROM stories s LEFT JOIN story_views v ON v.story_id = s.id
    WHERE s.version > ?1 AND (v.story_id IS NULL OR v.version != s.version OR v.format != ?2)
    ORDER BY s.version, s.ord)sql"));
  st.BindInt(1, after_version);
  st.BindText(2, format);
  std::vector<std::string> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) out.push_back(st.Text(0));
  if (rc != SQLITE_DONE) return SqliteError(db_, "list stories without a current view");
  return out;
}

}  // namespace parallax::store
