// GET /api/search's engine choice: the in-memory index (src/search) when
// it can answer the query and is current with the store, else the store's
// FTS5 search. Private to the serve module.
#ifndef PARALLAX_SERVE_SEARCH_ENGINE_H_
#define PARALLAX_SERVE_SEARCH_ENGINE_H_

#include <atomic>
#include <functional>
#include <mutex>
#include <string>
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
// With an index file (`index_path` non-empty), the builder's first run loads
// it instead of indexing from scratch when it describes this store (checked
// by the ids of its first and newest articles), re-reads the dates and
// catches up the rest by seq; every run that added articles saves the file
// again (failures to write are ignored: the file is only a cache).
class SearchEngine {
 public:
  static constexpr int64_t kInlineCatchUp = 64;

  SearchEngine(bool use_memory, std::string index_path, WithStore with_store)
      : use_memory_(use_memory), index_path_(std::move(index_path)), with_store_(std::move(with_store)) {}
  ~SearchEngine();

  void Start();  // no-op unless the memory index is on
  // `version`: the store's version, read by the caller for this request.
  Result<SearchResults> Search(Store* store, const SearchQuery& query, const StoreVersion& version);
  // {engine, indexed, terms, postings, building}
  search::MemoryIndexStats Stats(bool* building) const;
  bool memory_on() const { return use_memory_; }
  const std::string& index_path() const { return index_path_; }
  bool loaded_from_file() const { return loaded_; }

 private:
  bool MemoryCurrent(Store* store, const SearchQuery& query, const StoreVersion& version);
  void Build();
  void LoadFile(Store* store);

  const bool use_memory_;
  const std::string index_path_;
  WithStore with_store_;
  search::MemoryIndex index_;
  std::mutex thread_mu_;
  std::thread builder_;
  std::atomic<bool> building_{false};
  std::atomic<bool> stopping_{false};
  std::atomic<int64_t> dates_stamp_{-1};
  std::atomic<bool> ready_{false};   // the first run has loaded (or given up on) the file
  std::atomic<bool> loaded_{false};  // the index came from the file
};

}  // namespace parallax::serve

#endif  // PARALLAX_SERVE_SEARCH_ENGINE_H_
