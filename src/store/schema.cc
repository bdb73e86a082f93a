#include "store/schema.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "store/sqlite_util.h"

namespace parallax::store {

namespace {

// Never edit a migration that has shipped; append a new one instead.
constexpr const char* kMigrations[] = {
    // 1: articles, the inputs that produced them, and rejected inputs.
    R"sql(
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,       -- ingest order
  id TEXT NOT NULL UNIQUE,                     -- Article::id
  uri TEXT NOT NULL,
  input_format TEXT NOT NULL,
  outlet TEXT NOT NULL,
  outlet_source TEXT NOT NULL,
  title TEXT NOT NULL,
  byline TEXT NOT NULL,
  published TEXT NOT NULL,
  published_precision INTEGER NOT NULL,
  published_source TEXT NOT NULL,
  language TEXT NOT NULL,
  dateline TEXT NOT NULL,
  url TEXT NOT NULL,
  body TEXT NOT NULL,
  paragraphs BLOB NOT NULL,
  sentences BLOB NOT NULL,
  tokens BLOB NOT NULL,
  removed TEXT NOT NULL,                       -- JSON array of strings
  cited_outlets TEXT NOT NULL,                 -- JSON array of strings
  raw BLOB,                                    -- zstd-compressed input bytes, or NULL
  raw_size INTEGER NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE TABLE article_sources (
  uri TEXT NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (uri, article_id)
) WITHOUT ROWID;
CREATE TABLE rejections (
  uri TEXT NOT NULL,
  reason TEXT NOT NULL,
  first_seen TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  PRIMARY KEY (uri, reason)
) WITHOUT ROWID;
)sql",
    // 2: annotation layers (JSON arrays; docs/formats/store.md).
    R"sql(
ALTER TABLE articles ADD COLUMN times TEXT NOT NULL DEFAULT '[]';
ALTER TABLE articles ADD COLUMN entities TEXT NOT NULL DEFAULT '[]';
)sql",
    // 3: coreference chains, roles and quotations (JSON arrays of objects).
    R"sql(
ALTER TABLE articles ADD COLUMN entity_chains TEXT NOT NULL DEFAULT '[]';
ALTER TABLE articles ADD COLUMN roles TEXT NOT NULL DEFAULT '[]';
ALTER TABLE articles ADD COLUMN quotes TEXT NOT NULL DEFAULT '[]';
)sql",
    // 4: stories: one assignment per clustered article, one summary row per
    // story, and the clusterer checkpoint (docs/formats/store.md).
    R"sql(
CREATE TABLE article_story (
  article_id TEXT PRIMARY KEY,
  story_id TEXT NOT NULL,
  thread_id TEXT NOT NULL,
  duplicate_of TEXT NOT NULL,
  score REAL NOT NULL,
  undated INTEGER NOT NULL,              -- 1 when the article had no publication date of its own
  inferred_date TEXT NOT NULL,           -- date inferred from the story, or ''
  date_uncertainty_days INTEGER NOT NULL -- -1 when unknown
) WITHOUT ROWID;
CREATE INDEX article_story_story ON article_story(story_id);
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  ord INTEGER NOT NULL,                  -- seq of the first member (creation order)
  thread_id TEXT NOT NULL,
  title TEXT NOT NULL,
  first_date TEXT NOT NULL,
  last_date TEXT NOT NULL,
  outlets TEXT NOT NULL,                 -- JSON array, sorted
  articles INTEGER NOT NULL,
  duplicates INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX stories_newest ON stories(last_date, ord);
CREATE INDEX stories_thread ON stories(thread_id);
CREATE TABLE cluster_checkpoint (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  snapshot BLOB NOT NULL,
  last_seq INTEGER NOT NULL
);
)sql",
    // 5: full-text index over titles and bodies (external content, kept in
    // sync by triggers; existing rows indexed here). docs/serve.md.
    R"sql(
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, body, content='articles', content_rowid='seq',
  tokenize='porter unicode61 remove_diacritics 2');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, body) VALUES (new.seq, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
  INSERT INTO articles_fts(rowid, title, body) VALUES (new.seq, new.title, new.body);
END;
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
)sql",
    // 6: canonical entities: entities, their aliases, per-article chain links
    // and roles by outlet (docs/formats/store.md).
    R"sql(
CREATE TABLE entities (
  id INTEGER PRIMARY KEY,                -- creation order
  type TEXT NOT NULL,
  key TEXT NOT NULL,                     -- normalized name (entity::NameKey)
  name TEXT NOT NULL,
  subtype TEXT NOT NULL,
  words INTEGER NOT NULL,                -- words in the name
  first_word TEXT NOT NULL,              -- normalized first and last word, for
  last_word TEXT NOT NULL,               -- surname links of persons
  UNIQUE (type, key)
);
CREATE INDEX entities_last_word ON entities(type, last_word);
CREATE INDEX entities_first_word ON entities(type, first_word);
CREATE TABLE entity_aliases (
  entity INTEGER NOT NULL,
  alias TEXT NOT NULL,
  PRIMARY KEY (entity, alias)
) WITHOUT ROWID;
CREATE TABLE entity_mentions (
  article_id TEXT NOT NULL,
  chain INTEGER NOT NULL,                -- index into the article's entity_chains
  entity INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (article_id, chain)
) WITHOUT ROWID;
CREATE INDEX entity_mentions_entity ON entity_mentions(entity);
CREATE TABLE entity_roles (
  article_id TEXT NOT NULL,
  ord INTEGER NOT NULL,                  -- index into the article's roles
  entity INTEGER NOT NULL,
  role TEXT NOT NULL,
  qualifier TEXT NOT NULL,
  affiliation TEXT NOT NULL,
  outlet TEXT NOT NULL,
  PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;
CREATE INDEX entity_roles_entity ON entity_roles(entity);
)sql",
    // 7: story versions: a stamp that changes whenever a story's members or
    // their layers change (caches of rendered story views key on it), drawn
    // from a counter so a stamp is never reused.
    R"sql(
ALTER TABLE stories ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
CREATE TABLE story_version_counter (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  value INTEGER NOT NULL
);
)sql",
    // 8: headline layers (Article::title_times, title_entities) as one JSON
    // object; rows written before it read as "no headline annotations".
    R"sql(
ALTER TABLE articles ADD COLUMN title_layers TEXT NOT NULL DEFAULT '{}';
)sql",
    // 9: materialized story views: each story's API view (zstd-compressed
    // JSON) as built for the story's version by a given builder format; it
    // is current while both match (docs/serve.md, docs/formats/store.md).
    R"sql(
CREATE TABLE story_views (
  story_id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,              -- stories.version the view was built from
  format TEXT NOT NULL,                  -- the builder's format (code and lexicon)
  size INTEGER NOT NULL,                 -- bytes of the view before compression
  view BLOB NOT NULL                     -- zstd-compressed
);
CREATE INDEX stories_version ON stories(version);
)sql",
    // 10: canonical entities by alias: an acronym links to the entity whose
    // articles spelled it out ("FBI" / "Federal Bureau of Investigation").
    R"sql(
CREATE INDEX entity_aliases_alias ON entity_aliases(alias);
)sql",
};

constexpr int kLatest = sizeof(kMigrations) / sizeof(kMigrations[0]);

Result<int> UserVersion(sqlite3* db) {
  Stmt st;
  PARALLAX_RETURN_IF_ERROR(st.Prepare(db, "PRAGMA user_version"));
  if (st.Step() != SQLITE_ROW) return SqliteError(db, "read schema version");
  return static_cast<int>(st.Int(0));
}

}  // namespace

int LatestSchemaVersion() { return kLatest; }

int MigrationCreating(std::string_view name) {
  for (int i = 0; i < kLatest; ++i) {
    std::string_view sql = kMigrations[i];
    for (std::string_view kind : {"CREATE TABLE ", "CREATE VIRTUAL TABLE "}) {
      size_t at = sql.find(std::string(kind) + std::string(name));
      size_t end = at + kind.size() + name.size();
      if (at != std::string_view::npos && end < sql.size() && (sql[end] == ' ' || sql[end] == '(')) return i + 1;
    }
  }
  return 0;
}

Status Migrate(sqlite3* db, int* version) { return MigrateTo(db, kLatest, version); }

Status MigrateTo(sqlite3* db, int target, int* version) {
  // Read and upgrade under one write lock so that two processes opening a new
  // file at once cannot both run the same migration.
  PARALLAX_RETURN_IF_ERROR(Exec(db, "BEGIN IMMEDIATE"));
  auto v = UserVersion(db);
  Status s = v.status();
  if (s.ok() && *v > kLatest) {
    s = Status::Corruption("database schema version " + std::to_string(*v) + " is newer than this binary (" +
                           std::to_string(kLatest) + ")");
  }
  for (int next = s.ok() ? *v + 1 : kLatest + 1; next <= target && s.ok(); ++next) {
    s = Exec(db, kMigrations[next - 1]);
    if (s.ok()) s = Exec(db, "PRAGMA user_version = " + std::to_string(next));
    if (!s.ok()) s = s.WithContext("migration " + std::to_string(next));
  }
  if (!s.ok()) {
    Exec(db, "ROLLBACK");
    return s;
  }
  PARALLAX_RETURN_IF_ERROR(Exec(db, "COMMIT"));
  *version = std::max(*v, target);
  return Status::OK();
}

}  // namespace parallax::store
