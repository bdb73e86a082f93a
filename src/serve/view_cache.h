// ViewCache: rendered API responses kept in memory between requests.
//
// A body is keyed by a string and a version that tells whether it is still
// current: a story view by the story id and the story's
// StorySummary::version (the store changes it whenever the story's members
// or their layers change); a story list or search page by its parameters
// plus StoreVersion::stories and the version StoreVersion::articles (any
// stored article, any story change). A request reads the version (one
// indexed row) and either finds the body or renders and stores
// it; a different version drops the stale body. Least recently used bodies
// are dropped once they exceed the byte budget.
//
// Thread safety: all methods may be called from many threads at once.
#ifndef PARALLAX_SERVE_VIEW_CACHE_H_
#define PARALLAX_SERVE_VIEW_CACHE_H_

#include <cstdint>
#include <functional>
#include <future>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>

#include "parallax/status.h"

namespace parallax::serve {

class ViewCache {
 public:
  // `max_bytes` bounds the total size of the cached bodies (0 caches nothing).
  explicit ViewCache(size_t max_bytes) : max_bytes_(max_bytes) {}

  // The body for (key, version): the cached one, or else what `render`
  // returns, which is then cached. Concurrent callers missing the same
  // (key, version) wait for one render instead of each running it (many
  // clients asking for a new story or a popular query at once). A failed
  // render is returned to its waiters and not cached.
  using Body = std::shared_ptr<const std::string>;
  Result<Body> GetOrRender(const std::string& key, int64_t version, const std::function<Result<std::string>()>& render);

  // The body cached for exactly (key, version), or null.
  std::shared_ptr<const std::string> Find(const std::string& key, int64_t version);

  // Caches `body` as the view of (key, version), replacing another
  // version's; a body larger than the whole budget is not kept.
  void Put(const std::string& key, int64_t version, std::shared_ptr<const std::string> body);

  size_t bytes() const;
  size_t size() const;

 private:
  struct Entry {
    int64_t version = 0;
    std::shared_ptr<const std::string> body;
    std::list<std::string>::iterator recent;  // position in recent_
  };
  void Drop(std::unordered_map<std::string, Entry>::iterator it);
  std::shared_ptr<const std::string> FindLocked(const std::string& key, int64_t version);
  void PutLocked(const std::string& key, int64_t version, std::shared_ptr<const std::string> body);

  const size_t max_bytes_;
  mutable std::mutex mu_;
  size_t bytes_ = 0;
  std::list<std::string> recent_;  // keys, most recently used first
  std::unordered_map<std::string, Entry> entries_;
  // Renders under way, by key and version.
  std::map<std::pair<std::string, int64_t>, std::shared_future<Result<Body>>> rendering_;
};

}  // namespace parallax::serve

#endif  // PARALLAX_SERVE_VIEW_CACHE_H_
