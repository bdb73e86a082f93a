// POST /api/ingest: one input document in the request body, stored through
// the same ingest pipeline as `parallax ingest` (readers, cleaning,
// annotators). Off unless the server was started with --allow-ingest, and
// then only with the bearer token (compared in constant time). The body is
// written to a private temporary file named after its Content-Type so the
// reader picks the format, ingested, and removed. The writable connection,
// the annotators and the story stage are created by the first request and
// kept (the story stage reloads the store's checkpoint only when another
// process moved it).
#include <nlohmann/json.hpp>
#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "annotate/annotator.h"
#include "pipeline/ingester.h"
#include "pipeline/story_assigner.h"
#include "serve/api_internal.h"

namespace parallax::serve {

namespace {

bool SameToken(const std::string& a, const std::string& b) {
  unsigned char diff = a.size() != b.size();
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i % (b.size() ? b.size() : 1)]);
  return diff == 0;
}

std::string ExtensionFor(const std::string& content_type) {
  std::string t = content_type.substr(0, content_type.find(';'));
  if (t == "text/html" || t == "application/xhtml+xml") return ".html";
  if (t == "application/json") return ".json";
  if (t == "application/x-ndjson" || t == "application/jsonl") return ".jsonl";
  if (t == "application/warc") return ".warc";
  return ".txt";
}

std::string Header(const HttpRequest& r, const std::string& name) {
  auto it = r.headers.find(name);
  return it == r.headers.end() ? "" : it->second;
}

}  // namespace

HttpResponse Api::Impl::Ingest(const HttpRequest& r, const std::vector<std::string>&) {
  if (!options_.allow_ingest) {
    return ErrorResponse(403, "ingest_disabled", "ingest over HTTP is off (start the server with --allow-ingest)");
  }
  std::string auth = Header(r, "authorization");
  if (auth.rfind("Bearer ", 0) != 0) return ErrorResponse(401, "unauthorized", "send 'Authorization: Bearer <token>'");
  if (!SameToken(auth.substr(7), options_.token)) return ErrorResponse(403, "forbidden", "wrong token");
  if (r.body.empty()) return ErrorResponse(400, "bad_request", "empty body: send one article");
  if (r.body.size() > options_.max_ingest_bytes) return ErrorResponse(413, "too_large", "body over the ingest limit");

  std::lock_guard<std::mutex> lock(ingest_mu_);
  if (!ingest_store_) {
    auto annotators = annotate::MakeAnnotators(options_.annotate);
    if (!annotators.ok()) return StatusResponse(annotators.status());
    auto store = Store::Open(options_.db_path);
    if (!store.ok()) return StatusResponse(store.status());
    std::vector<const annotate::Annotator*> borrowed;
    for (const auto& a : *annotators) borrowed.push_back(a.get());
    auto stories = pipeline::MakeDefaultStoryAssigner(store->get(), borrowed);
    if (!stories.ok()) return StatusResponse(stories.status());
    ingest_annotators_ = std::move(*annotators);
    ingest_store_ = std::move(*store);
    ingest_stories_ = std::move(*stories);
  }

  std::string dir_template = (std::filesystem::temp_directory_path() / "parallax-ingest-XXXXXX").string();
  if (!mkdtemp(dir_template.data())) return ErrorResponse(500, "internal", "cannot create a temporary directory");
  std::filesystem::path dir = dir_template;
  std::filesystem::path file = dir / ("upload" + ExtensionFor(Header(r, "content-type")));
  std::ofstream(file, std::ios::binary) << r.body;

  pipeline::IngestOptions options;
  for (const auto& a : ingest_annotators_) options.annotators.push_back(a.get());
  options.stories = ingest_stories_.get();
  pipeline::Ingester ingester(ingest_store_.get(), options);
  nlohmann::json stored = nlohmann::json::array(), rejected = nlohmann::json::array();
  pipeline::IngestEvents events;
  events.on_article = [&](const Article& a, PutOutcome o) {
    stored.push_back({{"id", a.id}, {"title", a.title}, {"outcome", o == PutOutcome::kStored ? "stored" : "duplicate"}});
  };
  events.on_reject = [&](const Status& s) {
    std::string msg = s.message();
    size_t at = msg.find(file.string());  // do not echo the server's temporary path
    if (at != std::string::npos) msg.replace(at, file.string().size(), "body");
    rejected.push_back(msg);
  };
  pipeline::IngestStats stats;
  Status st = ingester.Run({file.string()}, events, &stats);
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
  if (!st.ok()) return StatusResponse(st);
  HttpResponse resp = JsonResponse(nlohmann::json({{"stored", stats.stored}, {"duplicate", stats.duplicate},
                                                   {"rejected", rejected}, {"articles", stored}}).dump());
  resp.status = stats.stored > 0 ? 201 : (stats.duplicate > 0 ? 200 : 422);
  return resp;
}

}  // namespace parallax::serve
