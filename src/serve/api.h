// Api: the HTTP JSON API of `parallax serve`, independent of any socket.
//
// A request (method, path, query parameters, headers, body) goes in, a
// response (status, content type, body) comes out, so every handler is
// testable without a network. src/serve/server.h binds it to cpp-httplib.
// The routes are listed by Routes() and described in
// src/serve/assets/openapi.json (served at /api/openapi.json; a test checks
// that both name the same routes). docs/serve.md documents the JSON shapes.
//
// Storage: GETs read through a pool of read-only store connections (one per
// concurrent request, created on demand), so a GET can never write. POST
// /api/ingest exists only when ApiOptions::allow_ingest is set and requires
// `Authorization: Bearer <token>`; it writes through one writable connection
// guarded by a mutex.
//
// Errors: every failure is a JSON body {"error": {"status", "code",
// "message"}} with a matching HTTP status (400 bad parameter, 401/403
// token, 404 unknown route or id, 405 method, 413 body too large, 500 store
// failure).
//
// Thread safety: Handle() may be called from many threads at once.
#ifndef PARALLAX_SERVE_API_H_
#define PARALLAX_SERVE_API_H_

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "parallax/status.h"
#include "parallax/store.h"

namespace parallax::serve {

struct HttpRequest {
  std::string method;                         // "GET", "POST", ...
  std::string path;                           // decoded path, no query string
  std::map<std::string, std::string> params;  // decoded query parameters
  std::map<std::string, std::string> headers; // names lower-cased
  std::string body;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

struct ApiOptions {
  std::string db_path = "parallax.db";
  bool allow_ingest = false;       // enables POST /api/ingest
  std::string token;               // required bearer token for POST /api/ingest (non-empty when allowed)
  size_t max_page = 200;           // largest accepted `limit`
  size_t max_ingest_bytes = 8 << 20;
  size_t story_cache_bytes = 64 << 20;   // rendered story views kept in memory (0: none)
  size_t page_cache_bytes = 16 << 20;    // story list and search pages kept in memory (0: none)
  size_t search_rank_window = SearchQuery{}.rank_window;  // SearchQuery::rank_window of GET /api/search
  // "memory": GET /api/search answers word queries from an in-memory index
  // (src/search, built in the background at start); "fts5": always the
  // store's FTS5 search. See docs/serve.md.
  std::string search_engine = "memory";
  // Where the memory index is saved and loaded from (a cache of the store's
  // text; docs/formats/search_index.md); empty: never saved.
  std::string search_index_file;
  std::vector<std::string> annotate = {"time", "ner", "coref"};  // annotators run on ingested articles
};

// One route as documented: method and OpenAPI path template ("/api/stories/{id}").
struct Route {
  std::string method;
  std::string path;
};

class Api {
 public:
  // Opens (and migrates, if needed and writable) the database. kNotFound when
  // the file does not exist; kInvalidArgument when ingest is allowed without a token.
  static Result<std::unique_ptr<Api>> Create(const ApiOptions& options);
  ~Api();

  HttpResponse Handle(const HttpRequest& request);

  // Every route Handle() serves under /api.
  static const std::vector<Route>& Routes();

  // The OpenAPI 3 document served at /api/openapi.json.
  static const char* OpenApiJson();

  class Impl;

 private:
  explicit Api(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// {"error": {"status": status, "code": code, "message": message}}.
HttpResponse ErrorResponse(int status, const std::string& code, const std::string& message);

}  // namespace parallax::serve

#endif  // PARALLAX_SERVE_API_H_
