// Private parts of the API shared by api.cc (routing, connections, errors)
// and the handler files.
#ifndef PARALLAX_SERVE_API_INTERNAL_H_
#define PARALLAX_SERVE_API_INTERNAL_H_

#include <functional>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "annotate/annotator.h"
#include "parallax/store.h"
#include "pipeline/story_assigner.h"
#include "serve/api.h"
#include "serve/search_engine.h"
#include "serve/view_cache.h"

namespace parallax::serve {

// A read-only connection borrowed from the pool; returned on destruction.
class StoreLease {
 public:
  StoreLease(Api::Impl* owner, std::unique_ptr<Store> store) : owner_(owner), store_(std::move(store)) {}
  ~StoreLease();
  StoreLease(StoreLease&&) = default;
  Store* operator->() { return store_.get(); }
  Store* get() { return store_.get(); }

 private:
  Api::Impl* owner_;
  std::unique_ptr<Store> store_;
};

class Api::Impl {
 public:
  explicit Impl(const ApiOptions& options)
      : options_(options),
        story_views_(options.story_cache_bytes),
        pages_(options.page_cache_bytes),
        search_(options.search_engine == "memory", options.search_index_file, [this](const std::function<Status(Store*)>& fn) {
          auto store = Borrow();
          return store.ok() ? fn(store->get()) : store.status();
        }) {}

  HttpResponse Handle(const HttpRequest& request);
  Result<StoreLease> Borrow();
  void Return(std::unique_ptr<Store> store);

  // Handlers (handlers.cc, story_view.cc, ingest_handler.cc); `args` holds
  // the values of the route's {placeholders} in order.
  HttpResponse Health(const HttpRequest& r, const std::vector<std::string>& args);
  HttpResponse OpenApi(const HttpRequest& r, const std::vector<std::string>& args);
  HttpResponse ListStories(const HttpRequest& r, const std::vector<std::string>& args);
  HttpResponse GetStory(const HttpRequest& r, const std::vector<std::string>& args);
  HttpResponse ListArticles(const HttpRequest& r, const std::vector<std::string>& args);
  HttpResponse GetArticle(const HttpRequest& r, const std::vector<std::string>& args);
  HttpResponse ListEntities(const HttpRequest& r, const std::vector<std::string>& args);
  HttpResponse Search(const HttpRequest& r, const std::vector<std::string>& args);
  HttpResponse Ingest(const HttpRequest& r, const std::vector<std::string>& args);

  const ApiOptions& options() const { return options_; }
  SearchEngine& search_engine() { return search_; }

 private:
  // The view of GET /api/stories/{id} at the story's `version`: the one
  // stored in the database when it is current, else built from the members
  // (and stored, when the file is writable) (handlers.cc).
  Result<std::string> StoryView(Store* store, const std::string& story_id, int64_t version);
  // Stores a view built on request, best effort: skipped when the file is
  // read-only or another writer holds it (the view is served either way).
  void PersistStoryView(StoredStoryView view);
  // A list page served from pages_ (handlers.cc): keyed by `route`, the
  // request's parameters `names`, the page and the store's story stamp,
  // versioned by its article stamp; `render` runs on a miss with the borrowed
  // store and the version just read (so the render need not read it again).
  HttpResponse CachedPage(const HttpRequest& r, const char* route, std::initializer_list<const char*> names,
                          size_t limit, size_t offset,
                          const std::function<Result<std::string>(Store*, const StoreVersion&)>& render);

  ApiOptions options_;
  ViewCache story_views_;   // keyed by story id, versioned by StorySummary::version
  ViewCache pages_;         // story list and search pages: keyed by parameters and StoreVersion::stories,
                            // versioned by StoreVersion::articles
  std::mutex pool_mu_;
  std::vector<std::unique_ptr<Store>> pool_;
  std::mutex ingest_mu_;
  // Created by the first POST /api/ingest and kept (guarded by ingest_mu_):
  // the writable connection, the annotators, whose models load once, and the
  // story stage, restored from the store's checkpoint once (and again only
  // when another process moved it: StoryAssigner::CatchUp).
  std::unique_ptr<Store> ingest_store_;
  std::vector<std::unique_ptr<annotate::Annotator>> ingest_annotators_;
  std::unique_ptr<pipeline::StoryAssigner> ingest_stories_;
  // A writable connection for views built on request (PersistStoryView),
  // opened on first use; guarded by views_mu_. views_unwritable_: the file
  // cannot be written (never tried again).
  std::mutex views_mu_;
  std::unique_ptr<Store> views_store_;
  bool views_unwritable_ = false;
  // Last: destroyed first, so its builder thread stops while the pool exists.
  SearchEngine search_;
};

// Query parameter helpers: "" when absent.
std::string Param(const HttpRequest& r, const std::string& name);

// Parses limit/offset (defaults `def_limit`, 0); false with *error set when
// not a number or limit is 0 or above `max_limit`.
bool PageParams(const HttpRequest& r, size_t def_limit, size_t max_limit, size_t* limit, size_t* offset,
                HttpResponse* error);

// A date bound "YYYY", "YYYY-MM" or "YYYY-MM-DD"; "" is valid (no bound).
bool ValidDateParam(const std::string& value);

// The error response for a store Status (404 for kNotFound, 400 for
// kInvalidArgument, 500 otherwise).
HttpResponse StatusResponse(const Status& status);

HttpResponse JsonResponse(std::string body);

}  // namespace parallax::serve

#endif  // PARALLAX_SERVE_API_INTERNAL_H_
