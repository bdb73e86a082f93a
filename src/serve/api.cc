// Routing, connections and errors for the HTTP API.
//
// Routes are a fixed table of (method, path template, handler). A request
// path is split on '/', and a template segment "{name}" matches any one
// non-empty segment; ids are validated by the store, never used as file
// paths. A path that matches a template under another method gets 405 with
// the allowed method named; anything else is 404.
//
// Read connections: a mutex-guarded stack of read-only Stores. A request
// borrows one (opening a new connection when the stack is empty) and gives it
// back afterwards, so the pool grows to the server's thread count and no
// connection is ever shared between threads.
#include "serve/api.h"

#include <nlohmann/json.hpp>

#include "serve/api_internal.h"
#include "serve/open_store.h"

namespace parallax::serve {

extern const char kOpenApiJson[];  // generated from assets/openapi.json

namespace {

using Handler = HttpResponse (Api::Impl::*)(const HttpRequest&, const std::vector<std::string>&);

struct RouteEntry {
  Route route;
  Handler handler;
};

const std::vector<RouteEntry>& Table() {
  static const std::vector<RouteEntry> table = {
      {{"GET", "/api/health"}, &Api::Impl::Health},
      {{"GET", "/api/openapi.json"}, &Api::Impl::OpenApi},
      {{"GET", "/api/stories"}, &Api::Impl::ListStories},
      {{"GET", "/api/stories/{id}"}, &Api::Impl::GetStory},
      {{"GET", "/api/articles"}, &Api::Impl::ListArticles},
      {{"GET", "/api/articles/{id}"}, &Api::Impl::GetArticle},
      {{"GET", "/api/entities"}, &Api::Impl::ListEntities},
      {{"GET", "/api/search"}, &Api::Impl::Search},
      {{"POST", "/api/ingest"}, &Api::Impl::Ingest},
  };
  return table;
}

std::vector<std::string> Segments(const std::string& path) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < path.size()) {
    size_t j = path.find('/', i);
    if (j == std::string::npos) j = path.size();
    if (j > i) out.push_back(path.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

bool Match(const std::string& templ, const std::vector<std::string>& segs, std::vector<std::string>* args) {
  auto t = Segments(templ);
  if (t.size() != segs.size()) return false;
  args->clear();
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].front() == '{') args->push_back(segs[i]);
    else if (t[i] != segs[i]) return false;
  }
  return true;
}

}  // namespace

HttpResponse ErrorResponse(int status, const std::string& code, const std::string& message) {
  nlohmann::json j = {{"error", {{"status", status}, {"code", code}, {"message", message}}}};
  HttpResponse r;
  r.status = status;
  r.body = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

HttpResponse JsonResponse(std::string body) {
  HttpResponse r;
  r.body = std::move(body);
  return r;
}

HttpResponse StatusResponse(const Status& status) {
  switch (status.code()) {
    case Status::Code::kNotFound: return ErrorResponse(404, "not_found", status.message());
    case Status::Code::kInvalidArgument: return ErrorResponse(400, "bad_request", status.message());
    default: return ErrorResponse(500, "internal", status.ToString());
  }
}

std::string Param(const HttpRequest& r, const std::string& name) {
  auto it = r.params.find(name);
  return it == r.params.end() ? "" : it->second;
}

bool PageParams(const HttpRequest& r, size_t def_limit, size_t max_limit, size_t* limit, size_t* offset,
                HttpResponse* error) {
  *limit = def_limit;
  *offset = 0;
  for (auto [name, out] : {std::pair<const char*, size_t*>{"limit", limit}, {"offset", offset}}) {
    std::string v = Param(r, name);
    if (v.empty()) continue;
    if (v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos) {
      *error = ErrorResponse(400, "bad_request", std::string("'") + name + "' must be a non-negative integer");
      return false;
    }
    *out = std::stoul(v);
  }
  if (*limit == 0 || *limit > max_limit) {
    *error = ErrorResponse(400, "bad_request", "'limit' must be between 1 and " + std::to_string(max_limit));
    return false;
  }
  return true;
}

bool ValidDateParam(const std::string& v) {
  static const std::string kShape = "0000-00-00";
  if (v.empty()) return true;
  if (v.size() != 4 && v.size() != 7 && v.size() != 10) return false;
  for (size_t i = 0; i < v.size(); ++i) {
    if (kShape[i] == '-' ? v[i] != '-' : (v[i] < '0' || v[i] > '9')) return false;
  }
  return true;
}

StoreLease::~StoreLease() {
  if (store_) owner_->Return(std::move(store_));
}

Result<StoreLease> Api::Impl::Borrow() {
  {
    std::lock_guard<std::mutex> lock(pool_mu_);
    if (!pool_.empty()) {
      auto s = std::move(pool_.back());
      pool_.pop_back();
      return StoreLease(this, std::move(s));
    }
  }
  StoreOptions so;
  so.read_only = true;
  auto s = Store::Open(options_.db_path, so);
  if (!s.ok()) return s.status();
  return StoreLease(this, std::move(*s));
}

void Api::Impl::Return(std::unique_ptr<Store> store) {
  std::lock_guard<std::mutex> lock(pool_mu_);
  pool_.push_back(std::move(store));
}

HttpResponse Api::Impl::Handle(const HttpRequest& request) {
  auto segs = Segments(request.path);
  std::vector<std::string> args;
  std::string allowed;
  for (const auto& e : Table()) {
    if (!Match(e.route.path, segs, &args)) continue;
    if (e.route.method == request.method || (request.method == "HEAD" && e.route.method == "GET")) {
      return (this->*e.handler)(request, args);
    }
    allowed = e.route.method;
  }
  if (!allowed.empty()) return ErrorResponse(405, "method_not_allowed", request.method + " " + request.path + ": use " + allowed);
  return ErrorResponse(404, "not_found", "no route " + request.path);
}

HttpResponse Api::Impl::OpenApi(const HttpRequest&, const std::vector<std::string>&) { return JsonResponse(kOpenApiJson); }

Api::Api(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Api::~Api() = default;

Result<std::unique_ptr<Api>> Api::Create(const ApiOptions& options) {
  if (options.allow_ingest && options.token.empty()) {
    return Status::InvalidArgument("ingest over HTTP needs a bearer token (--token or PARALLAX_TOKEN)");
  }
  auto impl = std::make_unique<Impl>(options);
  auto first = OpenReadOnly(options.db_path);  // migrates once, and checks the file
  if (!first.ok()) return first.status();
  impl->Return(std::move(*first));
  impl->search_engine().Start();
  return std::unique_ptr<Api>(new Api(std::move(impl)));
}

HttpResponse Api::Handle(const HttpRequest& request) { return impl_->Handle(request); }

const std::vector<Route>& Api::Routes() {
  static const std::vector<Route> routes = [] {
    std::vector<Route> out;
    for (const auto& e : Table()) out.push_back(e.route);
    return out;
  }();
  return routes;
}

const char* Api::OpenApiJson() { return kOpenApiJson; }

}  // namespace parallax::serve
