// Stories in the store: assignments, story summaries and the clusterer
// checkpoint.
//
// Three tables (migration 4, docs/formats/store.md). article_story holds one
// row per clustered article. stories holds one summary row per story, kept
// current by PutStoryAssignments: after writing a batch of assignments (and
// any articles whose inferred date changed) it recomputes the row of every
// story the batch touched from its members, so listing is an indexed scan of
// a small table rather than an aggregate over all articles.
// cluster_checkpoint holds the clusterer snapshot and the seq of the last
// clustered article.
//
// Crash safety: assignments, re-dated articles, summaries and the checkpoint
// are written in one IMMEDIATE transaction, so after any crash the checkpoint
// names exactly the articles that have assignments, and a later run resumes
// from it.
//
// Story title: the headline of the earliest-published non-duplicate member
// (ties: ingest order); the first report of an event usually names it most
// plainly, and a duplicate's headline is a copy's. Members without a day-
// precision date of their own (none, or one inferred from the story) come
// after dated ones; members without a title are skipped. A story none of
// whose members has a headline is named by the opening words of its first
// original member (up to its first sentence end, at most ~100 bytes).
#include <nlohmann/json.hpp>

#include <set>

#include "core/lead.h"
#include "store/span_codec.h"
#include "store/sqlite_store.h"

namespace parallax::store {

namespace {

StoryAssignment AssignmentFromRow(const Stmt& st) {
  StoryAssignment a;
  a.article_id = st.Text(0);
  a.story_id = st.Text(1);
  a.thread_id = st.Text(2);
  a.duplicate_of = st.Text(3);
  a.score = sqlite3_column_double(const_cast<Stmt&>(st).get(), 4);
  a.undated = st.Int(5) != 0;
  a.inferred_date = st.Text(6);
  a.date_uncertainty_days = static_cast<int>(st.Int(7));
  return a;
}

// A stories row selected as (id, thread_id, title, first_date, last_date,
// outlets, articles, duplicates, version).
Result<StorySummary> SummaryFromRow(const Stmt& st) {
  StorySummary s{st.Text(0), st.Text(1), st.Text(2), st.Text(3), st.Text(4), {},
                 static_cast<uint64_t>(st.Int(6)), static_cast<uint64_t>(st.Int(7)), st.Int(8)};
  auto j = nlohmann::json::parse(st.Text(5), nullptr, false);
  if (!j.is_array()) return Status::Corruption("story " + s.id + ": outlets are not a JSON array");
  for (const auto& o : j) {
    if (o.is_string()) s.outlets.push_back(o.get<std::string>());
  }
  return s;
}

constexpr const char* kAssignmentColumns =
    "article_id, story_id, thread_id, duplicate_of, score, undated, inferred_date, date_uncertainty_days";

// Expression for a member's publication day, '' below day precision.
constexpr const char* kDayExpr = "(CASE WHEN a.published_precision >= 3 THEN substr(a.published, 1, 10) ELSE '' END)";

// The headline that names a story (core::RepresentativeTitle) among its
// originals' headlines, earliest precisely dated first; a copy's headline
// only when no original has one. "" when no member has a headline.
Result<std::string> StoryTitle(sqlite3* db, const std::string& story_id) {
  Stmt st;
  PARALLAX_RETURN_IF_ERROR(st.Prepare(db, R"sql(
    SELECT a.title, s.duplicate_of != '' FROM article_story s JOIN articles a ON a.id = s.article_id
    WHERE s.story_id = ?1 AND a.title != ''
    ORDER BY s.duplicate_of != '', a.published_precision < 3 OR a.published_source = 'inferred', a.published, a.seq
    LIMIT 200)sql"));
  st.BindText(1, story_id);
  std::vector<std::string> titles;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    if (st.Int(1) != 0 && !titles.empty()) break;  // originals come first
    titles.push_back(st.Text(0));
  }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return SqliteError(db, "titles of story " + story_id);
  std::vector<std::string_view> views(titles.begin(), titles.end());
  size_t best = core::RepresentativeTitle(views);
  return best == core::kNoTitle ? std::string() : titles[best];
}

}  // namespace

Status SqliteStore::WriteAssignment(const StoryAssignment& a) {
  Stmt known;
  PARALLAX_RETURN_IF_ERROR(known.Prepare(db_, "SELECT 1 FROM articles WHERE id = ?1"));
  known.BindText(1, a.article_id);
  if (known.Step() != SQLITE_ROW) return Status::NotFound("story assignment names unknown article '" + a.article_id + "'");
  Stmt st;
  PARALLAX_RETURN_IF_ERROR(st.Prepare(db_, std::string("INSERT OR REPLACE INTO article_story (") + kAssignmentColumns +
                                               ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
  st.BindText(1, a.article_id);
  st.BindText(2, a.story_id);
  st.BindText(3, a.thread_id);
  st.BindText(4, a.duplicate_of);
  sqlite3_bind_double(st.get(), 5, a.score);
  st.BindInt(6, a.undated ? 1 : 0);
  st.BindText(7, a.inferred_date);
  st.BindInt(8, a.date_uncertainty_days);
  if (st.Step() != SQLITE_DONE) return SqliteError(db_, "write story assignment of " + a.article_id);
  return Status::OK();
}

Status SqliteStore::RefreshStory(const std::string& story_id, int64_t version) {
  Stmt st;
  PARALLAX_RETURN_IF_ERROR(st.Prepare(db_, std::string(R"sql(
    SELECT min(a.seq), count(*), sum(s.duplicate_of != ''),
      coalesce(min(NULLIF()sql") + kDayExpr + R"sql(, '')), ''),
      coalesce(max(NULLIF()sql" + kDayExpr + R"sql(, '')), ''),
      (SELECT s2.thread_id FROM article_story s2 JOIN articles a2 ON a2.id = s2.article_id
         WHERE s2.story_id = ?1 ORDER BY a2.seq DESC LIMIT 1),
      (SELECT json_group_array(o) FROM (SELECT DISTINCT
           CASE WHEN a4.outlet != '' THEN a4.outlet ELSE '(unknown outlet ' || substr(a4.id, 1, 6) || ')' END AS o
         FROM article_story s4 JOIN articles a4 ON a4.id = s4.article_id WHERE s4.story_id = ?1
         ORDER BY o LIKE '(unknown outlet %', o))
    FROM article_story s JOIN articles a ON a.id = s.article_id WHERE s.story_id = ?1)sql"));
  st.BindText(1, story_id);
  if (st.Step() != SQLITE_ROW) return SqliteError(db_, "summarize story " + story_id);
  Stmt up;
  if (st.Int(1) == 0) {  // its last member moved to another story
    for (const char* sql : {"DELETE FROM stories WHERE id = ?1", "DELETE FROM story_views WHERE story_id = ?1"}) {
      PARALLAX_RETURN_IF_ERROR(up.Prepare(db_, sql));
      up.BindText(1, story_id);
      if (up.Step() != SQLITE_DONE) return SqliteError(db_, "delete story " + story_id);
    }
    return Status::OK();
  }
  PARALLAX_RETURN_IF_ERROR(up.Prepare(db_, R"sql(
    INSERT OR REPLACE INTO stories (id, ord, thread_id, title, first_date, last_date, outlets, articles, duplicates,
      version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10))sql"));
  up.BindInt(10, version);
  up.BindText(1, story_id);
  up.BindInt(2, st.Int(0));
  up.BindText(3, st.Text(5));
  auto titled = StoryTitle(db_, story_id);
  if (!titled.ok()) return titled.status();
  std::string title = std::move(*titled);
  if (title.empty()) {
    Stmt lead;
    PARALLAX_RETURN_IF_ERROR(lead.Prepare(db_, R"sql(
      SELECT substr(a.body, 1, 400), length(CAST(a.body AS BLOB)), a.sentences FROM article_story s
      JOIN articles a ON a.id = s.article_id
      WHERE s.story_id = ?1 ORDER BY s.duplicate_of != '', a.seq LIMIT 1)sql"));
    lead.BindText(1, story_id);
    std::vector<Sentence> sentences;
    if (lead.Step() == SQLITE_ROW &&
        DecodeSentences(lead.Blob(2), static_cast<size_t>(lead.Int(1)), &sentences).ok()) {
      title = core::LeadSentence(lead.Text(0), sentences);  // the rule synth::ArticleLead uses
    }
  }
  up.BindText(4, title);
  up.BindText(5, st.Text(3));
  up.BindText(6, st.Text(4));
  up.BindText(7, st.Text(6).empty() ? "[]" : st.Text(6));
  up.BindInt(8, st.Int(1));
  up.BindInt(9, st.Int(2));
  if (up.Step() != SQLITE_DONE) return SqliteError(db_, "write story " + story_id);
  return Status::OK();
}

Status SqliteStore::PutStoryAssignments(const std::vector<StoryAssignment>& assignments,
                                        const std::vector<const Article*>& redated,
                                        const ClusterCheckpoint& checkpoint) {
  if (options_.read_only) return Status::InvalidArgument("store opened read-only");
  PARALLAX_RETURN_IF_ERROR(Exec(db_, "BEGIN IMMEDIATE"));
  Status s;
  std::set<std::string> touched;
  // Stories losing a member (an assignment replaced) must be refreshed too.
  Stmt old;
  s = old.Prepare(db_, "SELECT story_id FROM article_story WHERE article_id = ?1");
  for (size_t i = 0; s.ok() && i < assignments.size(); ++i) {
    old.Reset();
    old.BindText(1, assignments[i].article_id);
    if (old.Step() == SQLITE_ROW) touched.insert(old.Text(0));
    touched.insert(assignments[i].story_id);
    s = WriteAssignment(assignments[i]);
  }
  if (s.ok()) s = WriteAnnotations(redated);
  Stmt story_of;
  if (s.ok()) s = story_of.Prepare(db_, "SELECT story_id FROM article_story WHERE article_id = ?1");
  for (size_t i = 0; s.ok() && i < redated.size(); ++i) {
    story_of.Reset();
    story_of.BindText(1, redated[i]->id);
    if (story_of.Step() == SQLITE_ROW) touched.insert(story_of.Text(0));
  }
  auto version = NextStoryVersion();
  if (s.ok() && !version.ok()) s = version.status();
  for (auto it = touched.begin(); s.ok() && it != touched.end(); ++it) {
    s = RefreshStory(*it, *version);
  }
  if (s.ok()) {
    Stmt cp;
    s = cp.Prepare(db_, "INSERT OR REPLACE INTO cluster_checkpoint (id, snapshot, last_seq) VALUES (1, ?1, ?2)");
    if (s.ok()) {
      cp.BindBlob(1, checkpoint.snapshot);
      cp.BindInt(2, checkpoint.last_seq);
      if (cp.Step() != SQLITE_DONE) s = SqliteError(db_, "save cluster checkpoint");
    }
  }
  if (!s.ok()) {
    Exec(db_, "ROLLBACK");
    return s;
  }
  return Exec(db_, "COMMIT");
}

Result<int64_t> SqliteStore::NextStoryVersion() {
  Stmt st;
  PARALLAX_RETURN_IF_ERROR(st.Prepare(db_, R"sql(
    INSERT INTO story_version_counter (id, value) VALUES (1, 1)
    ON CONFLICT (id) DO UPDATE SET value = value + 1 RETURNING value)sql"));
  if (st.Step() != SQLITE_ROW) return SqliteError(db_, "draw a story version");
  return st.Int(0);
}

Status SqliteStore::TouchStoriesOf(const std::vector<const Article*>& articles) {
  if (articles.empty()) return Status::OK();
  auto version = NextStoryVersion();
  if (!version.ok()) return version.status();
  Stmt st;
  PARALLAX_RETURN_IF_ERROR(st.Prepare(db_, R"sql(
    UPDATE stories SET version = ?1 WHERE id IN (SELECT story_id FROM article_story WHERE article_id = ?2))sql"));
  for (const Article* a : articles) {
    st.Reset();
    st.BindInt(1, *version);
    st.BindText(2, a->id);
    if (st.Step() != SQLITE_DONE) return SqliteError(db_, "touch the story of " + a->id);
  }
  return Status::OK();
}

Result<ClusterCheckpoint> SqliteStore::LoadClusterCheckpoint() {
  Stmt st;
  PARALLAX_RETURN_IF_ERROR(st.Prepare(db_, "SELECT snapshot, last_seq FROM cluster_checkpoint WHERE id = 1"));
  ClusterCheckpoint cp;
  int rc = st.Step();
  if (rc == SQLITE_ROW) {
    cp.snapshot = st.Blob(0);
    cp.last_seq = st.Int(1);
  } else if (rc != SQLITE_DONE) {
    return SqliteError(db_, "load cluster checkpoint");
  }
  return cp;
}

Result<int64_t> SqliteStore::ClusterCheckpointSeq() {
  Stmt st;
  PARALLAX_RETURN_IF_ERROR(st.Prepare(db_, "SELECT last_seq FROM cluster_checkpoint WHERE id = 1"));
  int rc = st.Step();
  if (rc == SQLITE_ROW) return st.Int(0);
  if (rc != SQLITE_DONE) return SqliteError(db_, "read cluster checkpoint");
  return int64_t{0};
}

Result<std::vector<SequencedArticle>> SqliteStore::ArticlesAfter(int64_t after_seq, size_t limit) {
  Stmt st;
  PARALLAX_RETURN_IF_ERROR(st.Prepare(db_, std::string("SELECT ") + kArticleColumns +
                                               ", seq FROM articles WHERE seq > ?1 ORDER BY seq LIMIT ?2"));
  st.BindInt(1, after_seq);
  st.BindInt(2, static_cast<int64_t>(limit));
  std::vector<SequencedArticle> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    SequencedArticle sa;
    sa.seq = st.Int(kArticleColumnCount);
    Status s = DecodeArticleRow(st, false, &sa.article);
    if (!s.ok()) return s.WithContext("article seq " + std::to_string(sa.seq));
    out.push_back(std::move(sa));
  }
  if (rc != SQLITE_DONE) return SqliteError(db_, "read articles after seq " + std::to_string(after_seq));
  return out;
}

Result<std::vector<StorySummary>> SqliteStore::ListStories(const StoryQuery& q) {
  Stmt st;
  PARALLAX_RETURN_IF_ERROR(st.Prepare(db_, R"sql(
    SELECT id, thread_id, title, first_date, last_date, outlets, articles, duplicates, version FROM stories
    WHERE (?1 = '' OR (last_date != '' AND last_date >= ?1))
      AND (?2 = '' OR (first_date != '' AND first_date <= ?2))
      AND (?3 = '' OR thread_id = ?3)
      AND (?4 = '' OR EXISTS (SELECT 1 FROM json_each(stories.outlets) WHERE value = ?4))
      AND (?5 = '' OR EXISTS (
        SELECT 1 FROM article_story s JOIN articles a ON a.id = s.article_id WHERE s.story_id = stories.id AND (
          EXISTS (SELECT 1 FROM json_each(a.entity_chains) c WHERE lower(json_extract(c.value, '$.name')) = lower(?5))
          OR EXISTS (SELECT 1 FROM json_each(a.entities) m WHERE lower(CAST(substr(CAST(a.body AS BLOB),
               json_extract(m.value, '$[0]') + 1, json_extract(m.value, '$[1]') - json_extract(m.value, '$[0]'))
               AS TEXT)) = lower(?5)))))
    ORDER BY last_date DESC, ord DESC LIMIT ?6 OFFSET ?7)sql"));
  st.BindText(1, q.since);
  st.BindText(2, q.until);
  st.BindText(3, q.thread);
  st.BindText(4, q.outlet);
  st.BindText(5, q.entity);
  st.BindInt(6, static_cast<int64_t>(q.limit));
  st.BindInt(7, static_cast<int64_t>(q.offset));
  std::vector<StorySummary> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    auto s = SummaryFromRow(st);
    if (!s.ok()) return s.status();
    out.push_back(std::move(*s));
  }
  if (rc != SQLITE_DONE) return SqliteError(db_, "list stories");
  return out;
}

Result<StorySummary> SqliteStore::GetStory(const std::string& story_id) {
  auto st = reads_.Lease(R"sql(
    SELECT id, thread_id, title, first_date, last_date, outlets, articles, duplicates, version FROM stories
    WHERE id = ?1)sql");
  if (!st.ok()) return st.status();
  (*st)->BindText(1, story_id);
  int rc = (*st)->Step();
  if (rc == SQLITE_ROW) return SummaryFromRow(**st);
  if (rc != SQLITE_DONE) return SqliteError(db_, "read story " + story_id);
  return Status::NotFound("no story with id " + story_id);
}

Result<std::vector<StoryAssignment>> SqliteStore::StoryAssignments(const std::string& story_id) {
  auto st = reads_.Lease(std::string("SELECT ") + kAssignmentColumns + R"sql(
    FROM article_story s JOIN articles a ON a.id = s.article_id WHERE s.story_id = ?1 ORDER BY a.seq)sql");
  if (!st.ok()) return st.status();
  (*st)->BindText(1, story_id);
  std::vector<StoryAssignment> out;
  int rc;
  while ((rc = (*st)->Step()) == SQLITE_ROW) out.push_back(AssignmentFromRow(**st));
  if (rc != SQLITE_DONE) return SqliteError(db_, "read story " + story_id);
  if (out.empty()) return Status::NotFound("no story with id " + story_id);
  return out;
}

Result<std::vector<std::string>> SqliteStore::StoryArticleIds(const std::string& story_id) {
  auto members = StoryAssignments(story_id);
  if (!members.ok()) return members.status();
  std::vector<std::string> ids;
  ids.reserve(members->size());
  for (auto& m : *members) ids.push_back(std::move(m.article_id));
  return ids;
}

Result<StoryAssignment> SqliteStore::StoryOf(const std::string& article_id) {
  auto id = ResolveId(article_id);
  if (!id.ok()) return id.status();
  Stmt st;
  PARALLAX_RETURN_IF_ERROR(
      st.Prepare(db_, std::string("SELECT ") + kAssignmentColumns + " FROM article_story WHERE article_id = ?1"));
  st.BindText(1, *id);
  int rc = st.Step();
  if (rc == SQLITE_ROW) return AssignmentFromRow(st);
  if (rc != SQLITE_DONE) return SqliteError(db_, "read story of " + *id);
  return Status::NotFound("article " + *id + " is not assigned to a story yet");
}

}  // namespace parallax::store
