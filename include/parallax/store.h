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

// Full-text search over titles and bodies (SQLite FTS5, Porter stemming over
// Unicode words). `text` is what a person types: words (all must match;
// stemmed, case and accent insensitive), "quoted phrases", and a trailing *
// for a prefix; any other punctuation is ignored. When no article matches all
// words the search is retried with any word (SearchResults::relaxed).
struct SearchQuery {
  std::string text;
  std::string outlet;   // exact outlet, "" for all
  std::string since;    // published on or after (ISO date prefix), "" for no bound
  std::string until;    // published on or before (ISO date prefix, inclusive), "" for no bound
  std::string entity;   // an entity the article mentions (name or words of it), "" for any
  std::vector<std::string> article_ids;  // restrict to these ids (e.g. one story), empty for all
  size_t limit = 20;
  size_t offset = 0;
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
  uint64_t total = 0;           // matching articles (all pages)
  bool relaxed = false;         // no article matched every word; any word was used
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
  // raw bytes never change. kNotFound (nothing written) when an id is unknown.
  virtual Status UpdateAnnotations(const std::vector<const Article*>& articles) = 0;

  // Records that an input could not be read (listed by `parallax articles --rejected`).
  virtual Status RecordRejection(const std::string& uri, const std::string& reason) = 0;

  // Rejected inputs as (uri, reason), oldest first.
  virtual Result<std::vector<std::pair<std::string, std::string>>> ListRejections(const ListOptions& options) = 0;

  // The full article with its layers and raw bytes. kNotFound for unknown ids;
  // an unambiguous id prefix of at least 6 hex digits is accepted.
  virtual Result<Article> Get(const std::string& id) = 0;

  virtual Result<std::vector<ArticleSummary>> List(const ListOptions& options) = 0;
  virtual Result<uint64_t> CountArticles() = 0;

  // Ranked full-text search with filters. kInvalidArgument when the text
  // has no searchable word and no filter is given.
  virtual Result<SearchResults> Search(const SearchQuery& query) = 0;

  // Schema version of the open database.
  virtual int SchemaVersion() const = 0;
};

}  // namespace parallax

#endif  // PARALLAX_STORE_H_
