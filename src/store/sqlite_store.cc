// SQLite implementation of Store.
//
// One connection per Store. Writes go through PutBatch: one IMMEDIATE
// transaction per batch, INSERT OR IGNORE on the article id (so re-ingesting
// is a no-op), and a row linking the input URI to the article either way.
// WAL with synchronous=NORMAL makes every committed transaction survive a
// process crash; only a power failure may lose the last commits.
#include <nlohmann/json.hpp>
#include <zstd.h>

#include "store/sqlite_store.h"

#include "store/layer_json.h"
#include "store/span_codec.h"

namespace parallax::store {

namespace {

std::string ToJsonArray(const std::vector<std::string>& v) { return nlohmann::json(v).dump(); }

std::vector<std::string> FromJsonArray(const std::string& s) {
  auto j = nlohmann::json::parse(s, nullptr, false);
  std::vector<std::string> out;
  if (j.is_array()) {
    for (const auto& e : j) if (e.is_string()) out.push_back(e.get<std::string>());
  }
  return out;
}

MetaSource SourceFromName(const std::string& s) {
  for (MetaSource m : {MetaSource::kHeader, MetaSource::kMetadata, MetaSource::kText, MetaSource::kInferred}) {
    if (s == MetaSourceName(m)) return m;
  }
  return MetaSource::kNone;
}

}  // namespace

std::string Compress(std::string_view raw, int level) {
  std::string out(ZSTD_compressBound(raw.size()), '\0');
  size_t n = ZSTD_compress(out.data(), out.size(), raw.data(), raw.size(), level);
  if (ZSTD_isError(n)) return std::string();
  out.resize(n);
  return out;
}

Result<std::string> Decompress(std::string_view blob, size_t size) {
  std::string out(size, '\0');
  size_t n = ZSTD_decompress(out.data(), out.size(), blob.data(), blob.size());
  if (ZSTD_isError(n) || n != size) return Status::Corruption("compressed bytes do not decompress");
  return out;
}

Status SqliteStore::InsertOne(const Article& a, PutOutcome* outcome) {
  if (!insert_.get()) {
    PARALLAX_RETURN_IF_ERROR(insert_.Prepare(db_, R"sql(
      INSERT OR IGNORE INTO articles (id, uri, input_format, outlet, outlet_source, title, byline,
        published, published_precision, published_source, language, dateline, url, body,
        paragraphs, sentences, tokens, removed, cited_outlets, raw, raw_size, times, entities,
        entity_chains, roles, quotes, title_layers)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21,
        ?22, ?23, ?24, ?25, ?26, ?27))sql"));
    PARALLAX_RETURN_IF_ERROR(link_.Prepare(db_, "INSERT OR IGNORE INTO article_sources (uri, article_id) VALUES (?1, ?2)"));
  }
  insert_.Reset();
  insert_.BindText(1, a.id);
  insert_.BindText(2, a.uri);
  insert_.BindText(3, a.input_format);
  insert_.BindText(4, a.outlet);
  insert_.BindText(5, MetaSourceName(a.outlet_source));
  insert_.BindText(6, a.title);
  insert_.BindText(7, a.byline);
  insert_.BindText(8, a.published.value);
  insert_.BindInt(9, static_cast<int>(a.published.precision));
  insert_.BindText(10, MetaSourceName(a.published.source));
  insert_.BindText(11, a.language);
  insert_.BindText(12, a.dateline);
  insert_.BindText(13, a.url);
  insert_.BindText(14, a.body);
  insert_.BindBlob(15, EncodeParagraphs(a.paragraphs));
  insert_.BindBlob(16, EncodeSentences(a.sentences));
  insert_.BindBlob(17, EncodeTokens(a.tokens));
  insert_.BindText(18, ToJsonArray(a.removed));
  insert_.BindText(19, ToJsonArray(a.cited_outlets));
  // Level 1: raw bytes are rarely read back, so ingest speed matters more than size.
  if (options_.keep_raw && !a.raw.empty()) insert_.BindBlob(20, Compress(a.raw, 1));
  else insert_.BindNull(20);
  insert_.BindInt(21, options_.keep_raw ? static_cast<int64_t>(a.raw.size()) : 0);
  insert_.BindText(22, TimesToJson(a.times));
  insert_.BindText(23, EntitiesToJson(a.entities));
  insert_.BindText(24, ChainsToJson(a.entity_chains));
  insert_.BindText(25, RolesToJson(a.roles));
  insert_.BindText(26, QuotesToJson(a.quotes));
  insert_.BindText(27, TitleLayersToJson(a));
  if (insert_.Step() != SQLITE_DONE) return SqliteError(db_, "insert article");
  *outcome = sqlite3_changes(db_) > 0 ? PutOutcome::kStored : PutOutcome::kDuplicate;
  link_.Reset();
  link_.BindText(1, a.uri);
  link_.BindText(2, a.id);
  if (link_.Step() != SQLITE_DONE) return SqliteError(db_, "link article source");
  return Status::OK();
}

Status SqliteStore::PutBatch(const std::vector<const Article*>& articles, std::vector<PutOutcome>* outcomes) {
  if (options_.read_only) return Status::InvalidArgument("store opened read-only");
  outcomes->assign(articles.size(), PutOutcome::kDuplicate);
  PARALLAX_RETURN_IF_ERROR(Exec(db_, "BEGIN IMMEDIATE"));
  for (size_t i = 0; i < articles.size(); ++i) {
    Status s = InsertOne(*articles[i], &(*outcomes)[i]);
    if (!s.ok()) {
      Exec(db_, "ROLLBACK");
      return s;
    }
  }
  return Exec(db_, "COMMIT");
}

Status SqliteStore::WriteAnnotations(const std::vector<const Article*>& articles) {
  Stmt old, st;
  PARALLAX_RETURN_IF_ERROR(old.Prepare(db_, "SELECT entities, entity_chains, roles, "
                                            "EXISTS (SELECT 1 FROM entity_mentions WHERE article_id = ?1) "
                                            "FROM articles WHERE id = ?1"));
  PARALLAX_RETURN_IF_ERROR(st.Prepare(db_, R"sql(
    UPDATE articles SET published = ?2, published_precision = ?3, published_source = ?4, times = ?5,
      entities = ?6, entity_chains = ?7, roles = ?8, quotes = ?9, title_layers = ?10 WHERE id = ?1)sql"));
  // Only articles whose entity layers change (or that were never linked) are
  // linked again: re-linking is not free of order effects (a one-word name
  // links to the one person with that surname the corpus has *now*), so
  // re-linking unchanged chains after a re-dating would make the entities
  // depend on when the re-dating ran.
  std::vector<const Article*> relink;
  for (const Article* a : articles) {
    std::string entities = EntitiesToJson(a->entities), chains = ChainsToJson(a->entity_chains);
    std::string roles = RolesToJson(a->roles);
    old.Reset();
    old.BindText(1, a->id);
    if (old.Step() != SQLITE_ROW) return Status::NotFound("no article with id " + a->id);
    bool unlinked = old.Int(3) == 0 && !a->entity_chains.empty();
    if (unlinked || old.Text(0) != entities || old.Text(1) != chains || old.Text(2) != roles) relink.push_back(a);
    st.Reset();
    st.BindText(1, a->id);
    st.BindText(2, a->published.value);
    st.BindInt(3, static_cast<int>(a->published.precision));
    st.BindText(4, MetaSourceName(a->published.source));
    st.BindText(5, TimesToJson(a->times));
    st.BindText(6, entities);
    st.BindText(7, chains);
    st.BindText(8, roles);
    st.BindText(9, QuotesToJson(a->quotes));
    st.BindText(10, TitleLayersToJson(*a));
    if (st.Step() != SQLITE_DONE) return SqliteError(db_, "update article " + a->id);
  }
  old.Reset();
  PARALLAX_RETURN_IF_ERROR(LinkStoredArticles(relink));
  return TouchStoriesOf(articles);
}

Status SqliteStore::UpdateAnnotations(const std::vector<const Article*>& articles) {
  if (options_.read_only) return Status::InvalidArgument("store opened read-only");
  PARALLAX_RETURN_IF_ERROR(Exec(db_, "BEGIN IMMEDIATE"));
  Status s = WriteAnnotations(articles);
  if (!s.ok()) {
    Exec(db_, "ROLLBACK");
    return s;
  }
  return Exec(db_, "COMMIT");
}

Status SqliteStore::RecordRejection(const std::string& uri, const std::string& reason) {
  if (options_.read_only) return Status::InvalidArgument("store opened read-only");
  Stmt st;
  PARALLAX_RETURN_IF_ERROR(st.Prepare(db_, "INSERT OR IGNORE INTO rejections (uri, reason) VALUES (?1, ?2)"));
  st.BindText(1, uri);
  st.BindText(2, reason);
  if (st.Step() != SQLITE_DONE) return SqliteError(db_, "record rejection");
  return Status::OK();
}

Result<std::vector<std::pair<std::string, std::string>>> SqliteStore::ListRejections(const ListOptions& options) {
  Stmt st;
  PARALLAX_RETURN_IF_ERROR(
      st.Prepare(db_, "SELECT uri, reason FROM rejections ORDER BY first_seen, uri LIMIT ?1 OFFSET ?2"));
  st.BindInt(1, static_cast<int64_t>(options.limit));
  st.BindInt(2, static_cast<int64_t>(options.offset));
  std::vector<std::pair<std::string, std::string>> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) out.emplace_back(st.Text(0), st.Text(1));
  if (rc != SQLITE_DONE) return SqliteError(db_, "list rejections");
  return out;
}

Result<std::string> SqliteStore::ResolveId(const std::string& id) {
  if (id.size() < 6 || id.size() > 16 || id.find_first_not_of("0123456789abcdef") != std::string::npos) {
    return Status::InvalidArgument("'" + id + "' is not an article id (6 to 16 hex digits)");
  }
  auto st = reads_.Lease("SELECT id FROM articles WHERE id >= ?1 AND id < ?1 || 'g' LIMIT 2");
  if (!st.ok()) return st.status();
  (*st)->BindText(1, id);
  std::vector<std::string> found;
  while ((*st)->Step() == SQLITE_ROW) found.push_back((*st)->Text(0));
  if (found.empty()) return Status::NotFound("no article with id " + id);
  if (found.size() > 1) return Status::InvalidArgument("id prefix " + id + " is ambiguous");
  return found[0];
}

const char* const kArticleColumns = R"sql(
      id, uri, input_format, outlet, outlet_source, title, byline, published, published_precision,
      published_source, language, dateline, url, body, paragraphs, sentences, tokens, removed,
      cited_outlets, raw, raw_size, times, entities, entity_chains, roles, quotes, title_layers)sql";

Status DecodeArticleRow(const Stmt& st, bool with_raw, Article* out) {
  Article& a = *out;
  a.id = st.Text(0);
  a.uri = st.Text(1);
  a.input_format = st.Text(2);
  a.outlet = st.Text(3);
  a.outlet_source = SourceFromName(st.Text(4));
  a.title = st.Text(5);
  a.byline = st.Text(6);
  a.published.value = st.Text(7);
  a.published.precision = static_cast<PublishedTime::Precision>(st.Int(8));
  a.published.source = SourceFromName(st.Text(9));
  a.language = st.Text(10);
  a.dateline = st.Text(11);
  a.url = st.Text(12);
  a.body = st.Text(13);
  PARALLAX_RETURN_IF_ERROR(DecodeParagraphs(st.Blob(14), a.body.size(), &a.paragraphs));
  PARALLAX_RETURN_IF_ERROR(DecodeSentences(st.Blob(15), a.body.size(), &a.sentences));
  PARALLAX_RETURN_IF_ERROR(DecodeTokens(st.Blob(16), a.body.size(), &a.tokens));
  a.removed = FromJsonArray(st.Text(17));
  a.cited_outlets = FromJsonArray(st.Text(18));
  PARALLAX_RETURN_IF_ERROR(TimesFromJson(st.Text(21), a.body.size(), &a.times));
  PARALLAX_RETURN_IF_ERROR(EntitiesFromJson(st.Text(22), a.body.size(), &a.entities));
  PARALLAX_RETURN_IF_ERROR(ChainsFromJson(st.Text(23), a.entities.size(), &a.entity_chains));
  PARALLAX_RETURN_IF_ERROR(RolesFromJson(st.Text(24), a.body.size(), a.entities.size(), &a.roles));
  PARALLAX_RETURN_IF_ERROR(QuotesFromJson(st.Text(25), a.body.size(), a.entity_chains.size(), &a.quotes));
  PARALLAX_RETURN_IF_ERROR(TitleLayersFromJson(st.Text(26), &a));
  for (const auto& e : a.entities) {
    if (e.chain >= static_cast<int32_t>(a.entity_chains.size())) return Status::Corruption("entity chain index out of range");
  }
  std::string raw = with_raw ? st.Blob(19) : std::string();
  if (!raw.empty()) {
    auto r = Decompress(raw, static_cast<size_t>(st.Int(20)));
    if (!r.ok()) return r.status().WithContext("article " + a.id);
    a.raw = std::move(*r);
  }
  return Status::OK();
}

Result<Article> SqliteStore::GetArticle(const std::string& id_or_prefix, bool with_raw) {
  auto id = ResolveId(id_or_prefix);
  if (!id.ok()) return id.status();
  auto st = reads_.Lease(std::string("SELECT ") + kArticleColumns + " FROM articles WHERE id = ?1");
  if (!st.ok()) return st.status();
  (*st)->BindText(1, *id);
  if ((*st)->Step() != SQLITE_ROW) return Status::NotFound("no article with id " + *id);
  Article a;
  Status s = DecodeArticleRow(**st, with_raw, &a);
  if (!s.ok()) return s.WithContext("article " + *id);
  return a;
}

Result<std::vector<ArticleSummary>> SqliteStore::List(const ListOptions& options) {
  Stmt st;
  PARALLAX_RETURN_IF_ERROR(st.Prepare(db_, R"sql(
    SELECT id, outlet, title, published, language, uri, length(CAST(body AS BLOB)), sentences FROM articles
    WHERE (?1 = '' OR outlet = ?1) ORDER BY seq LIMIT ?2 OFFSET ?3)sql"));
  st.BindText(1, options.outlet);
  st.BindInt(2, static_cast<int64_t>(options.limit));
  st.BindInt(3, static_cast<int64_t>(options.offset));
  std::vector<ArticleSummary> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    ArticleSummary s{st.Text(0), st.Text(1), st.Text(2), st.Text(3), st.Text(4), st.Text(5),
                     static_cast<uint64_t>(st.Int(6)), 0};
    std::vector<Sentence> sentences;
    if (DecodeSentences(st.Blob(7), s.body_bytes, &sentences).ok()) s.sentences = sentences.size();
    out.push_back(std::move(s));
  }
  if (rc != SQLITE_DONE) return SqliteError(db_, "list articles");
  return out;
}

Result<uint64_t> SqliteStore::CountArticles() {
  Stmt st;
  PARALLAX_RETURN_IF_ERROR(st.Prepare(db_, "SELECT count(*) FROM articles"));
  if (st.Step() != SQLITE_ROW) return SqliteError(db_, "count articles");
  return static_cast<uint64_t>(st.Int(0));
}

Result<StoreVersion> SqliteStore::Version() {
  auto st = reads_.Lease("SELECT (SELECT coalesce(max(seq), 0) FROM articles), "
                         "(SELECT coalesce(max(value), 0) FROM story_version_counter)");
  if (!st.ok()) return st.status();
  if ((*st)->Step() != SQLITE_ROW) return SqliteError(db_, "read the store version");
  return StoreVersion{(*st)->Int(0), (*st)->Int(1)};
}

}  // namespace parallax::store

namespace parallax {

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  sqlite3* db = nullptr;
  int flags = options.read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  flags |= SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close_v2(db);
    return Status::IOError(path + ": cannot open database: " + msg);
  }
  auto s = std::make_unique<store::SqliteStore>(db, options);
  Status st = s->Init();
  if (!st.ok()) return st.WithContext(path);
  return std::unique_ptr<Store>(std::move(s));
}

}  // namespace parallax
