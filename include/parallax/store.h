// Store: the embedded article database (one SQLite file in WAL mode).
//
// Articles are keyed by Article::id (hash of clean text + outlet), so putting
// the same article twice changes nothing; every input URI that produced an
// article is linked to it. Raw input bytes are kept zstd-compressed for
// re-processing. The schema is versioned (PRAGMA user_version) and migrated
// forward on Open.
//
// Durability: PutBatch commits one transaction; an article counts as stored
// only once PutBatch has returned OK, and a process crash (kill -9) never
// loses a committed article (WAL, synchronous=NORMAL).
//
// Thread safety: a Store is used from one thread at a time. Several
// processes may open the same file; writers wait up to busy_timeout_ms.
#ifndef PARALLAX_STORE_H_
#define PARALLAX_STORE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "parallax/article.h"
#include "parallax/status.h"

namespace parallax {

struct StoreOptions {
  bool read_only = false;
  bool keep_raw = true;          // store the compressed input bytes
  int busy_timeout_ms = 10000;
};

struct ArticleSummary {
  std::string id;
  std::string outlet;
  std::string title;
  std::string published;
  std::string language;
  std::string uri;
  uint64_t body_bytes = 0;
  uint32_t sentences = 0;
};

struct ListOptions {
  size_t limit = 100;
  size_t offset = 0;
  std::string outlet;  // exact outlet filter, "" for all
};

enum class PutOutcome { kStored, kDuplicate };

// Stories (docs/clustering.md). Every clustered article has one assignment:
// its story (event), the thread of related stories, and the earlier article
// it copies, if any.
struct StoryAssignment {
  std::string article_id;
  std::string story_id;      // "e<N>"
  std::string thread_id;     // "t<N>"
  std::string duplicate_of;  // "" or the id of an earlier article this one copies
  double score = 0;          // similarity to the story it joined; 0 when it opened it
  // Set for articles that had no publication date: the date inferred from
  // their story ("YYYY-MM-DD", "" while the story has no dated member) and
  // its uncertainty in days (-1 when unknown).
  bool undated = false;
  std::string inferred_date;
  int date_uncertainty_days = -1;
};

// One story as listed: members aggregated over the article_story table.
struct StorySummary {
  std::string id;
  std::string thread_id;
  std::string title;       // headline of the earliest-published non-duplicate member
  std::string first_date;  // "YYYY-MM-DD" range of member publication dates ("" if none dated)
  std::string last_date;
  // Distinct outlets, sorted; an article without a known outlet counts as
  // its own "(unknown outlet <first 6 id digits>)", listed last, as the story
  // view counts it (two unattributed articles are not one outlet).
  std::vector<std::string> outlets;
  uint64_t articles = 0;             // members, copies included
  uint64_t duplicates = 0;           // members that copy another member
  // Changes (to a value never used before) whenever the story's members or
  // their stored layers change: a rendered view keyed on (id, version) is
  // current while the version is.
  int64_t version = 0;
};

struct StoryQuery {
  std::string since;   // "YYYY-MM-DD": stories whose date range overlaps [since, until]
  std::string until;   // (either bound may be ""; undated stories never match a bound)
  std::string entity;  // a member mentions this entity (chain name or mention text, case-insensitive)
  std::string outlet;  // a member comes from this outlet (exact)
  std::string thread;  // thread id (exact)
  size_t limit = 100;
  size_t offset = 0;
};

// The clusterer's state after the last clustered article: an opaque snapshot
// (cluster::StoryClusterer::Serialize) and the ingest sequence number of the
// last article it has seen. Empty snapshot and last_seq 0 before the first run.
struct ClusterCheckpoint {
  std::string snapshot;
  int64_t last_seq = 0;
};

// A story's view as a view builder made it (an opaque document; the API's
// JSON): current while `version` is the story's StorySummary::version and
// `format` the builder's (which names its code and data revision).
struct StoredStoryView {
  std::string story_id;
  int64_t version = 0;
  std::string format;
  std::string body;
};

// Stamps that move with the store's contents. `articles`: the ingest seq of
// the newest stored article (every stored article moves it). `stories`: the
// last story version drawn (StorySummary::version; every change of a story's
// members or summary, and every rewrite of a member's layers, moves it).
struct StoreVersion {
  int64_t articles = 0;
  int64_t stories = 0;
};

// A stored article with its ingest sequence number (ascending = ingest order).
struct SequencedArticle {
  int64_t seq = 0;
  Article article;
};

// A role an outlet gave a canonical entity, aggregated over articles.
struct EntityRole {
  std::string role;         // RoleMention::role ("climate envoy")
  std::string qualifier;    // "former", "then", ... or ""
  std::string affiliation;  // "United States", "Republican, Wisconsin", ... or ""
  std::string outlet;       // the article's outlet ("" when unknown)
  // When the outlet is unknown, the article the role comes from: articles
  // without an outlet are never pooled into one "unknown" outlet (each is its
  // own row, articles = 1). "" when the outlet is known.
  std::string article_id;
  uint64_t articles = 0;    // articles of that outlet giving this role
};

// A canonical (corpus-level) entity: every within-article chain that names
// it is linked to it (see LinkEntities).
struct EntitySummary {
  int64_t id = 0;
  std::string name;     // fullest name ("John Kerry", "United States")
  std::string type;     // PER, ORG, LOC, MISC
  std::string subtype;  // GPE, FACILITY, EVENT, NORP or ""
  std::vector<std::string> aliases;  // distinct surface names used, sorted ("John Kerry", "Kerry")
  uint64_t mentions = 0;             // mentions in the articles counted
  uint64_t articles = 0;             // articles that mention it
  std::vector<EntityRole> roles;     // by outlet, then role
};

struct EntityQuery {
  std::string story;        // only articles of this story ("" for all)
  std::string article;      // only this article ("" for all)
  std::string type;         // exact type ("" for all)
  std::string name_prefix;  // a word of the name or of an alias starts with this (case-insensitive ASCII)
  size_t limit = 100;
  size_t offset = 0;
};


// Full-text search over titles and bodies (SQLite FTS5, Porter stemming over
// Unicode words). `text` is what a person types: words (all must match;
// stemmed, case and accent insensitive), "quoted phrases", and a trailing *
// for a prefix; any other punctuation is ignored. Articles with every word
// come first, then articles with some of them (SearchResults::relaxed).
struct SearchQuery {
  std::string text;
  std::string outlet;   // exact outlet, "" for all
  std::string since;    // published on or after (ISO date prefix), "" for no bound
  std::string until;    // published on or before (ISO date prefix, inclusive), "" for no bound
  std::string entity;   // an entity the article mentions (name or words of it), "" for any
  std::vector<std::string> article_ids;  // restrict to these ids (e.g. one story), empty for all
  size_t limit = 20;
  size_t offset = 0;
  // A query word set matching more articles than this is ranked window by
  // window: its newest `rank_window` matches (by ingest order) by relevance,
  // then the next older `rank_window`, and so on; ranking cost per request
  // is bounded by it. 0 ranks every match at once (exact, cost grows with
  // the matches).
  size_t rank_window = 2000;
};

// Marks around matched words in SearchHit::snippet and ::title_marked.
inline constexpr char kHitOpen = '\x02';
inline constexpr char kHitClose = '\x03';

struct SearchHit {
  std::string id;
  std::string outlet;
  std::string title;
  std::string title_marked;  // title with matches between kHitOpen/kHitClose
  std::string published;
  std::string snippet;       // body excerpt with matches between kHitOpen/kHitClose
  double score = 0;          // higher is better (negated bm25, title weighted)
};

struct SearchResults {
  std::vector<SearchHit> hits;  // best first, from `offset`
  // Matching articles (all pages): those with every word, plus those with
  // only some of the words once a page reaches the end of the first group.
  uint64_t total = 0;
  // At least `total`: a filtered count stopped at its cap, or a tier ranked
  // window by window has older windows not read (their matches not counted).
  bool total_is_estimate = false;
  uint64_t all_words = 0;          // of total, articles with every word
  bool relaxed = false;            // the results include articles with only some of the words
  // Non-zero when a tier had more matches than SearchQuery::rank_window and
  // was ranked window by window (newest matches first): the window size.
  uint64_t rank_window = 0;
};

// The searchable text and filter columns of one stored article (no layers),
// for search engines outside SQLite and for snippets.
struct ArticleText {
  int64_t seq = 0;
  std::string id;
  std::string outlet;
  std::string title;
  std::string published;  // PublishedTime::value, "" when unknown
  std::string body;       // "" when not asked for
};

class Store {
 public:
  virtual ~Store() = default;

  // Opens or creates the database at `path` and migrates its schema.
  // Errors: kIOError (cannot open/create), kCorruption (not a Parallax
  // database or a newer schema than this binary knows).
  static Result<std::unique_ptr<Store>> Open(const std::string& path, const StoreOptions& options = {});

  // Stores each article atomically in one transaction; `outcomes` gets one
  // entry per article. On error nothing of the batch is committed.
  virtual Status PutBatch(const std::vector<const Article*>& articles, std::vector<PutOutcome>* outcomes) = 0;

  // Rewrites the derived parts of stored articles in one transaction: the
  // publication time (e.g. a date inferred from the story) and the annotation
  // layers (times, entities, chains, roles, quotes). Text, segmentation and
  // raw bytes never change. The canonical entity links of articles whose
  // entity layers (entities, chains, roles) changed are rewritten in the same
  // transaction (as LinkEntities), so the entity tables never describe layers
  // that are gone; unchanged layers keep their links, so that the entities
  // depend only on the order articles were first linked. kNotFound (nothing
  // written) when an id is unknown.
  virtual Status UpdateAnnotations(const std::vector<const Article*>& articles) = 0;

  // Records that an input could not be read (listed by `parallax articles --rejected`).
  virtual Status RecordRejection(const std::string& uri, const std::string& reason) = 0;

  // Rejected inputs as (uri, reason), oldest first.
  virtual Result<std::vector<std::pair<std::string, std::string>>> ListRejections(const ListOptions& options) = 0;

  // The full article with its layers and raw bytes. kNotFound for unknown ids;
  // an unambiguous id prefix of at least 6 hex digits is accepted.
  virtual Result<Article> Get(const std::string& id) = 0;
  // The same without the raw bytes (Article::raw empty; not decompressed):
  // what views of stored articles read.
  virtual Result<Article> GetWithoutRaw(const std::string& id) = 0;

  virtual Result<std::vector<ArticleSummary>> List(const ListOptions& options) = 0;
  virtual Result<uint64_t> CountArticles() = 0;

  // Stamps of the store's contents (one cheap read): results cached under
  // both (story list and search pages) are current while both are.
  virtual Result<StoreVersion> Version() = 0;

  // --- Stories (implemented in src/store/story_store.cc) ---

  // In one transaction: inserts or replaces `assignments`, rewrites the
  // derived parts of `redated` articles (as UpdateAnnotations), refreshes the
  // summaries of every story touched, and saves `checkpoint`. Either all of it
  // commits or nothing does, so the checkpoint always matches the assignments.
  // kNotFound (nothing written) when an article id is unknown.
  virtual Status PutStoryAssignments(const std::vector<StoryAssignment>& assignments,
                                     const std::vector<const Article*>& redated,
                                     const ClusterCheckpoint& checkpoint) = 0;

  // The saved checkpoint (empty when nothing has been clustered yet).
  virtual Result<ClusterCheckpoint> LoadClusterCheckpoint() = 0;

  // The saved checkpoint's last_seq without its snapshot (0 when nothing has
  // been clustered yet): one row, for a writer that keeps a clusterer in
  // memory to see whether another process moved the checkpoint.
  virtual Result<int64_t> ClusterCheckpointSeq() = 0;

  // Up to `limit` articles with seq > `after_seq`, in ingest order, with
  // their layers but without raw bytes.
  virtual Result<std::vector<SequencedArticle>> ArticlesAfter(int64_t after_seq, size_t limit) = 0;

  // Up to `limit` articles with seq > `after_seq`, in ingest order, as text
  // only (bodies only when `with_body`): much cheaper than ArticlesAfter.
  virtual Result<std::vector<ArticleText>> ArticleTextsAfter(int64_t after_seq, size_t limit, bool with_body) = 0;

  // The articles with these sequence numbers, in the order given; unknown
  // ones are skipped.
  virtual Result<std::vector<ArticleText>> ArticleTextsBySeq(const std::vector<int64_t>& seqs) = 0;

  // Stories matching `query`, newest (last_date, then id) first.
  virtual Result<std::vector<StorySummary>> ListStories(const StoryQuery& query) = 0;

  // One story's summary; kNotFound for an unknown story.
  virtual Result<StorySummary> GetStory(const std::string& story_id) = 0;

  // Member article ids of a story in ingest order; kNotFound for an unknown story.
  virtual Result<std::vector<std::string>> StoryArticleIds(const std::string& story_id) = 0;

  // The assignment of an article (id or unambiguous prefix); kNotFound when
  // the article is unknown or not clustered yet.
  virtual Result<StoryAssignment> StoryOf(const std::string& article_id) = 0;

  // Assignments of all members of a story, in ingest order.
  virtual Result<std::vector<StoryAssignment>> StoryAssignments(const std::string& story_id) = 0;

  // --- Materialized story views (implemented in src/store/story_view_store.cc) ---

  // The body of the view stored for `story_id` at exactly `version` in
  // `format`; kNotFound when none is (never built, built for an older
  // version or another format, or a database older than the views table).
  virtual Result<std::string> GetStoryView(const std::string& story_id, int64_t version,
                                           const std::string& format) = 0;

  // Stores views (compressed) in one transaction, each replacing its story's
  // previous one, and returns how many were stored: a view whose version is
  // no longer its story's (a writer changed the story after the view was
  // built from it) or whose story is gone is skipped, so a stored view never
  // describes a state its story has left. A builder must therefore read the
  // story's version before the members it renders. kInvalidArgument on a
  // read-only store.
  virtual Result<size_t> PutStoryViews(const std::vector<StoredStoryView>& views) = 0;

  // Ids of the stories whose version is above `after_version` and that have
  // no view of their current version in `format`, in version order (all
  // stories lacking one for after_version -1).
  virtual Result<std::vector<std::string>> StoriesWithoutView(int64_t after_version, const std::string& format) = 0;

  // --- Canonical entities (implemented in src/store/entity_store.cc) ---

  // Links the entity chains of stored articles to canonical entities, in one
  // transaction, creating entities as needed, and records each chain's
  // mention count, the surface names used (aliases) and the roles with the
  // article's outlet. Replaces what earlier links of the same articles
  // recorded (idempotent); deterministic for a given order of calls.
  // kNotFound (nothing written) when an article id is unknown.
  virtual Status LinkEntities(const std::vector<const Article*>& articles) = 0;

  // Ids of stored articles that have entity chains but no links, oldest
  // first: what an ingest interrupted between its article commit and its
  // link commit left behind (the ingester links them when it next runs).
  virtual Result<std::vector<std::string>> UnlinkedArticleIds() = 0;

  // Links every stored article's chains again from scratch, in one
  // transaction, in an order fixed by the corpus's content rather than the
  // ingest order (entity_store.cc): two stores holding the same articles end
  // with the same entities, aliases, links and roles whatever order the
  // articles came in. Entities are named by their most frequent multi-word
  // name and typed by the majority of their chains. Entity ids change.
  // kInvalidArgument on a read-only store.
  virtual Status RelinkEntities() = 0;

  // Entities with at least one mention in the articles selected by `query`,
  // most articles first (then most mentions, then id); counts and roles are
  // over the selected articles. kNotFound for an unknown story or article.
  virtual Result<std::vector<EntitySummary>> ListEntities(const EntityQuery& query) = 0;

  // One entity with all its aliases and roles; kNotFound for an unknown id.
  virtual Result<EntitySummary> GetEntity(int64_t id) = 0;

  // Ranked full-text search with filters. kInvalidArgument when the text
  // has no searchable word and no filter is given.
  virtual Result<SearchResults> Search(const SearchQuery& query) = 0;

  // Schema version of the open database.
  virtual int SchemaVersion() const = 0;
};

}  // namespace parallax

#endif  // PARALLAX_STORE_H_
