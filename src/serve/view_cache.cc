// ViewCache: a mutex-guarded LRU map from key to (version, body).
// Bodies are shared_ptr so a response can be copied out after the lock is
// released and an entry evicted meanwhile stays valid for its reader.
// GetOrRender keeps one shared_future per render under way; the renderer
// runs without the lock, so other keys are served meanwhile.
#include "serve/view_cache.h"

namespace parallax::serve {

Result<ViewCache::Body> ViewCache::GetOrRender(const std::string& key, int64_t version,
                                               const std::function<Result<std::string>()>& render) {
  std::promise<Result<Body>> promise;
  {
    std::unique_lock<std::mutex> lock(mu_);
    if (Body hit = FindLocked(key, version)) return hit;
    auto running = rendering_.find({key, version});
    if (running != rendering_.end()) {
      std::shared_future<Result<Body>> wait = running->second;
      lock.unlock();
      return wait.get();
    }
    rendering_.emplace(std::make_pair(key, version), promise.get_future().share());
  }
  Result<std::string> rendered = render();
  Result<Body> out = rendered.ok() ? Result<Body>(std::make_shared<const std::string>(std::move(*rendered)))
                                   : Result<Body>(rendered.status());
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (out.ok()) PutLocked(key, version, *out);
    rendering_.erase({key, version});
  }
  promise.set_value(out);
  return out;
}

std::shared_ptr<const std::string> ViewCache::Find(const std::string& key, int64_t version) {
  std::lock_guard<std::mutex> lock(mu_);
  return FindLocked(key, version);
}

std::shared_ptr<const std::string> ViewCache::FindLocked(const std::string& key, int64_t version) {
  auto it = entries_.find(key);
  if (it == entries_.end()) return nullptr;
  if (it->second.version != version) {  // the story changed: the view is stale
    Drop(it);
    return nullptr;
  }
  recent_.splice(recent_.begin(), recent_, it->second.recent);
  return it->second.body;
}

void ViewCache::Put(const std::string& key, int64_t version, std::shared_ptr<const std::string> body) {
  std::lock_guard<std::mutex> lock(mu_);
  PutLocked(key, version, std::move(body));
}

void ViewCache::PutLocked(const std::string& key, int64_t version, std::shared_ptr<const std::string> body) {
  if (!body || body->size() > max_bytes_) return;
  auto it = entries_.find(key);
  if (it != entries_.end()) Drop(it);
  while (!recent_.empty() && bytes_ + body->size() > max_bytes_) Drop(entries_.find(recent_.back()));
  recent_.push_front(key);
  bytes_ += body->size();
  entries_[key] = Entry{version, std::move(body), recent_.begin()};
}

void ViewCache::Drop(std::unordered_map<std::string, Entry>::iterator it) {
  bytes_ -= it->second.body->size();
  recent_.erase(it->second.recent);
  entries_.erase(it);
}

size_t ViewCache::bytes() const {
  std::lock_guard<std::mutex> lock(mu_);
  return bytes_;
}

size_t ViewCache::size() const {
  std::lock_guard<std::mutex> lock(mu_);
  return entries_.size();
}

}  // namespace parallax::serve
