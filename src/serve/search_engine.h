// GET /api/search's engine choice: the in-memory index (src/search) when
// it can answer the query and is current with the store, else the store's
// FTS5 search. Private to the serve module.
#ifndef PARALLAX_SERVE_SEARCH_ENGINE_H_
#define PARALLAX_SERVE_SEARCH_ENGINE_H_

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>

#include "parallax/store.h"
#include "search/memory_index.h"

namespace parallax::serve {

// Runs `fn` with a borrowed read connection.
using WithStore = std::function<Status(const std::function<Status(Store*)>& fn)>;

// Thread-safe. The memory index is built by a background thread (started by
// Start(), joined by the destructor); until it has caught up, and for the
// queries it cannot answer (phrases, prefixes, entity filter, filters
// alone), searches go to FTS5. Once built, a search first reads the store's
// version: a few new articles (fewer than kInlineCatchUp) are indexed
// inline, more wake the background thread and this search uses FTS5; a
// date filter after the story stamp moved (re-annotation can change dates)
// re-reads the dates first. So no answer misses a stored article.
class SearchEngine {
 public:
  static constexpr int64_t kInlineCatchUp = 64;

  SearchEngine(bool use_memory, WithStore with_store) : use_memory_(use_memory), with_store_(std::move(with_store)) {}
  ~SearchEngine();

  void Start();  // no-op unless the memory index is on
  Result<SearchResults> Search(Store* store, const SearchQuery& query);
  // {engine, indexed, terms, postings, building}
  search::MemoryIndexStats Stats(bool* building) const;
  bool memory_on() const { return use_memory_; }

 private:
  bool MemoryCurrent(Store* store, const SearchQuery& query);
  void Build();

  const bool use_memory_;
  WithStore with_store_;
  search::MemoryIndex index_;
  std::mutex thread_mu_;
  std::thread builder_;
  std::atomic<bool> building_{false};
  std::atomic<bool> stopping_{false};
  std::atomic<int64_t> dates_stamp_{-1};
};

}  // namespace parallax::serve

#endif  // PARALLAX_SERVE_SEARCH_ENGINE_H_
