// Choosing and feeding the search engine of GET /api/search (see the header
// and docs/serve.md "Search engines").
#include "serve/search_engine.h"

namespace parallax::serve {

SearchEngine::~SearchEngine() {
  stopping_ = true;
  std::lock_guard<std::mutex> lock(thread_mu_);
  if (builder_.joinable()) builder_.join();
}

void SearchEngine::Start() {
  if (!use_memory_ || stopping_) return;
  std::lock_guard<std::mutex> lock(thread_mu_);
  if (building_.exchange(true)) return;
  if (builder_.joinable()) builder_.join();  // a finished earlier run
  builder_ = std::thread([this] { Build(); });
}

// Catches up in batches until no article is left (or the engine stops).
// A failure (e.g. the file went away) ends this run; the next search that
// finds the index behind starts another.
void SearchEngine::Build() {
  Status s = with_store_([this](Store* store) -> Status {
    if (dates_stamp_ < 0) {  // dates read from here on are at least this current
      auto version = store->Version();
      if (!version.ok()) return version.status();
      dates_stamp_ = version->stories;
    }
    if (!ready_) {
      LoadFile(store);
      ready_ = true;
    }
    size_t added_total = 0;
    while (!stopping_) {
      auto added = index_.CatchUp(store, 1000);
      if (!added.ok()) return added.status();
      if (*added == 0) break;
      added_total += *added;
    }
    if (added_total > 0 && !stopping_ && !index_path_.empty()) (void)index_.Save(index_path_);
    return Status::OK();
  });
  (void)s;
  building_ = false;
}

// Any failure (no file, damaged, another store's) leaves an empty index to
// be built from the store.
void SearchEngine::LoadFile(Store* store) {
  if (index_path_.empty()) return;
  Status s = index_.Load(index_path_);
  if (s.ok()) s = index_.Verify(store);
  if (s.ok()) s = index_.RefreshDates(store);
  if (!s.ok()) {
    index_.Clear();
    return;
  }
  loaded_ = true;
}

// A few new articles are indexed here, even while the builder runs (the
// index serializes its writers; the builder is then on its last batch).
bool SearchEngine::MemoryCurrent(Store* store, const SearchQuery& query, const StoreVersion& version) {
  if (!ready_) return false;
  int64_t behind_from = index_.last_seq();
  if (version.articles > behind_from) {
    if (version.articles - behind_from > kInlineCatchUp) {
      Start();
      return false;
    }
    if (!index_.CatchUp(store, static_cast<size_t>(kInlineCatchUp)).ok()) return false;
  }
  if ((!query.since.empty() || !query.until.empty()) && dates_stamp_ != version.stories) {
    if (!index_.RefreshDates(store).ok()) return false;
    dates_stamp_ = version.stories;
  }
  return true;
}

Result<SearchResults> SearchEngine::Search(Store* store, const SearchQuery& query, const StoreVersion& version) {
  if (!use_memory_) return store->Search(query);
  std::vector<std::string> terms = search::MemoryQueryTerms(query);
  if (!terms.empty() && MemoryCurrent(store, query, version)) return index_.Search(query, terms, store);
  return store->Search(query);
}

search::MemoryIndexStats SearchEngine::Stats(bool* building) const {
  *building = building_;
  return index_.Stats();
}

}  // namespace parallax::serve
