// SqliteStore: the SQLite implementation of Store, private to the store
// module. Article methods live in sqlite_store.cc, story methods in
// story_store.cc, canonical entity methods in entity_store.cc.
#ifndef PARALLAX_STORE_SQLITE_STORE_H_
#define PARALLAX_STORE_SQLITE_STORE_H_

#include <sqlite3.h>

#include <string>
#include <vector>

#include "parallax/store.h"
#include "store/schema.h"
#include "store/search.h"
#include "store/sqlite_util.h"

namespace parallax::store {

// Columns of an article row read by DecodeArticleRow, in order.
extern const char* const kArticleColumns;
// How many columns kArticleColumns names: a query selecting more after them
// reads its extra columns from this index on.
constexpr int kArticleColumnCount = 27;
// Fills `a` from a row selected with kArticleColumns starting at column 0;
// raw bytes only when `with_raw`.
Status DecodeArticleRow(const Stmt& st, bool with_raw, Article* a);

// zstd at `level` ("" when compression fails), and back (`size` is the
// uncompressed length; kCorruption when the blob does not decompress to it).
std::string Compress(std::string_view raw, int level);
Result<std::string> Decompress(std::string_view blob, size_t size);

class SqliteStore : public Store {
 public:
  SqliteStore(sqlite3* db, const StoreOptions& options) : db_(db), options_(options), reads_(db) {}
  ~SqliteStore() override {
    reads_.Clear();
    sqlite3_close_v2(db_);
  }

  Status Init() {
    sqlite3_busy_timeout(db_, options_.busy_timeout_ms);
    if (!options_.read_only) {
      PARALLAX_RETURN_IF_ERROR(Exec(db_, "PRAGMA journal_mode=WAL"));
      PARALLAX_RETURN_IF_ERROR(Exec(db_, "PRAGMA synchronous=NORMAL"));
      PARALLAX_RETURN_IF_ERROR(Migrate(db_, &version_));
    } else {
      Stmt st;
      PARALLAX_RETURN_IF_ERROR(st.Prepare(db_, "PRAGMA user_version"));
      if (st.Step() != SQLITE_ROW) return SqliteError(db_, "read schema version");
      version_ = static_cast<int>(st.Int(0));
      if (version_ == 0) return Status::NotFound("not a Parallax database (no schema)");
      if (version_ > LatestSchemaVersion()) return Status::Corruption("database schema is newer than this binary");
    }
    return Status::OK();
  }

  Status PutBatch(const std::vector<const Article*>& articles, std::vector<PutOutcome>* outcomes) override;
  Status UpdateAnnotations(const std::vector<const Article*>& articles) override;
  Status RecordRejection(const std::string& uri, const std::string& reason) override;
  Result<std::vector<std::pair<std::string, std::string>>> ListRejections(const ListOptions& options) override;
  Result<Article> Get(const std::string& id) override { return GetArticle(id, true); }
  Result<Article> GetWithoutRaw(const std::string& id) override { return GetArticle(id, false); }
  Result<std::vector<ArticleSummary>> List(const ListOptions& options) override;
  Result<uint64_t> CountArticles() override;
  Result<StoreVersion> Version() override;
  Result<SearchResults> Search(const SearchQuery& query) override { return SearchArticles(db_, query); }
  int SchemaVersion() const override { return version_; }

  // Stories (story_store.cc).
  Status PutStoryAssignments(const std::vector<StoryAssignment>& assignments, const std::vector<const Article*>& redated,
                             const ClusterCheckpoint& checkpoint) override;
  Result<ClusterCheckpoint> LoadClusterCheckpoint() override;
  Result<int64_t> ClusterCheckpointSeq() override;
  Result<std::vector<SequencedArticle>> ArticlesAfter(int64_t after_seq, size_t limit) override;
  Result<std::vector<ArticleText>> ArticleTextsAfter(int64_t after_seq, size_t limit, bool with_body) override;
  Result<std::vector<ArticleText>> ArticleTextsBySeq(const std::vector<int64_t>& seqs) override;
  Result<std::vector<StorySummary>> ListStories(const StoryQuery& query) override;
  Result<StorySummary> GetStory(const std::string& story_id) override;
  Result<std::vector<std::string>> StoryArticleIds(const std::string& story_id) override;
  Result<StoryAssignment> StoryOf(const std::string& article_id) override;
  Result<std::vector<StoryAssignment>> StoryAssignments(const std::string& story_id) override;

  // Materialized story views (story_view_store.cc).
  Result<std::string> GetStoryView(const std::string& story_id, int64_t version, const std::string& format) override;
  Result<size_t> PutStoryViews(const std::vector<StoredStoryView>& views) override;
  Result<std::vector<std::string>> StoriesWithoutView(int64_t after_version, const std::string& format) override;

  // Canonical entities (entity_store.cc).
  Status LinkEntities(const std::vector<const Article*>& articles) override;
  // LinkEntities inside an open transaction, for articles known to be stored.
  Status LinkStoredArticles(const std::vector<const Article*>& articles);
  Result<std::vector<std::string>> UnlinkedArticleIds() override;
  Status RelinkEntities() override;
  Result<std::vector<EntitySummary>> ListEntities(const EntityQuery& query) override;
  Result<EntitySummary> GetEntity(int64_t id) override;

 private:
  Status InsertOne(const Article& a, PutOutcome* outcome);
  Result<std::string> ResolveId(const std::string& id);
  Result<Article> GetArticle(const std::string& id_or_prefix, bool with_raw);
  // Rewrites derived parts of stored articles inside an open transaction,
  // and re-links their canonical entities (LinkEntities' work).
  Status WriteAnnotations(const std::vector<const Article*>& articles);
  // Recomputes the stories row of one story from its members; `version` is
  // its new stamp (NextStoryVersion).
  Status RefreshStory(const std::string& story_id, int64_t version);
  // Draws a new story version stamp (inside an open transaction).
  Result<int64_t> NextStoryVersion();
  // Gives the stories of `articles` a new version (inside an open transaction).
  Status TouchStoriesOf(const std::vector<const Article*>& articles);
  Status WriteAssignment(const StoryAssignment& a);

  sqlite3* db_;
  StoreOptions options_;
  int version_ = 0;
  Stmt insert_, link_;
  // The reads every API request makes (version stamps, story rows, article
  // texts), prepared once per connection: parsing SQL cost more than running it.
  StmtCache reads_;
};


}  // namespace parallax::store

#endif  // PARALLAX_STORE_SQLITE_STORE_H_
