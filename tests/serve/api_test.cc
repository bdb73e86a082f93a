// The HTTP API without a socket (Api::Handle) on the seed articles, the
// OpenAPI description against the route table, and a few requests over a
// real socket on an ephemeral port.
#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "annotate/annotator.h"
#include "parallax/store.h"
#include "pipeline/ingester.h"
#include "serve/api.h"
#include "serve/server.h"
#include "test_util.h"

namespace parallax::serve {
namespace {

using nlohmann::json;

class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new testing_util::ScratchDir("api_test");
    db_ = (scratch_->path() / "seeds.db").string();
    auto store = Store::Open(db_);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    auto annotators = annotate::MakeAnnotators({"time", "ner", "coref"});
    ASSERT_TRUE(annotators.ok()) << annotators.status().ToString();
    pipeline::IngestOptions o;
    for (const auto& a : *annotators) o.annotators.push_back(a.get());
    pipeline::Ingester ingester(store->get(), o);
    pipeline::IngestStats stats;
    ASSERT_TRUE(ingester.Run({PARALLAX_SHARED_DIR "/seeds"}, {}, &stats).ok());
    ASSERT_EQ(stats.stored, 5u);
    // One story holding every seed (the API reads assignments; it does not cluster).
    ListOptions lo;
    auto list = (*store)->List(lo);
    ASSERT_TRUE(list.ok());
    std::vector<StoryAssignment> as;
    for (const auto& s : *list) {
      StoryAssignment a;
      a.article_id = s.id;
      a.story_id = "e1";
      a.thread_id = "t1";
      as.push_back(a);
      ids_.push_back(s.id);
    }
    ClusterCheckpoint cp;
    cp.snapshot = "test";
    cp.last_seq = 5;
    ASSERT_TRUE((*store)->PutStoryAssignments(as, {}, cp).ok());
  }
  static void TearDownTestSuite() { delete scratch_; }

  void SetUp() override {
    ApiOptions o;
    o.db_path = db_;
    auto api = Api::Create(o);
    ASSERT_TRUE(api.ok()) << api.status().ToString();
    api_ = std::move(*api);
  }

  HttpResponse Get(const std::string& path, std::map<std::string, std::string> params = {}) {
    HttpRequest r;
    r.method = "GET";
    r.path = path;
    r.params = std::move(params);
    return api_->Handle(r);
  }

  static json Json(const HttpResponse& r) { return json::parse(r.body); }

  static testing_util::ScratchDir* scratch_;
  static std::string db_;
  static std::vector<std::string> ids_;
  std::unique_ptr<Api> api_;
};

testing_util::ScratchDir* ApiTest::scratch_ = nullptr;
std::string ApiTest::db_;
std::vector<std::string> ApiTest::ids_;

TEST_F(ApiTest, OpenApiDescribesExactlyTheRoutes) {
  json doc = json::parse(Api::OpenApiJson());
  EXPECT_EQ(doc["openapi"].get<std::string>().substr(0, 2), "3.");
  std::set<std::pair<std::string, std::string>> documented, served;
  for (const auto& [path, ops] : doc["paths"].items()) {
    for (const auto& [method, op] : ops.items()) {
      std::string m = method;
      for (char& c : m) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      documented.insert({m, path});
    }
  }
  for (const auto& r : Api::Routes()) served.insert({r.method, r.path});
  EXPECT_EQ(documented, served);
  HttpResponse r = Get("/api/openapi.json");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(Json(r)["info"]["title"], "Parallax API");
}

TEST_F(ApiTest, HealthAndStoryList) {
  json h = Json(Get("/api/health"));
  EXPECT_EQ(h["articles"], 5);
  EXPECT_FALSE(h["ingest"].get<bool>());
  HttpResponse r = Get("/api/stories", {{"limit", "10"}});
  ASSERT_EQ(r.status, 200) << r.body;
  json j = Json(r);
  ASSERT_EQ(j["stories"].size(), 1u);
  EXPECT_EQ(j["stories"][0]["id"], "e1");
  EXPECT_EQ(j["stories"][0]["articles"], 5);
  EXPECT_GE(j["stories"][0]["outlets"].size(), 2u);
  EXPECT_FALSE(j["has_more"].get<bool>());
  EXPECT_EQ(Json(Get("/api/stories", {{"outlet", "No Such Outlet"}}))["stories"].size(), 0u);
}

TEST_F(ApiTest, StoryViewHasMembersTimelineEntitiesAndSynthesis) {
  HttpResponse r = Get("/api/stories/e1");
  ASSERT_EQ(r.status, 200) << r.body;
  json j = Json(r);
  EXPECT_EQ(j["members"].size(), 5u);
  // Seeds without a headline are named by their opening sentence.
  size_t leads = 0;
  for (const auto& m : j["members"]) {
    std::string lead = m.value("lead", "");
    EXPECT_NE(m["title"].get<std::string>().empty(), lead.empty()) << m.dump();
    leads += !lead.empty();
  }
  EXPECT_GE(leads, 1u);
  EXPECT_FALSE(j["story"]["title"].get<std::string>().empty());
  EXPECT_FALSE(j["timeline"].empty());
  bool kerry = false;
  for (const auto& e : j["entities"]) kerry |= e["name"].get<std::string>().find("Kerry") != std::string::npos;
  EXPECT_TRUE(kerry);
  EXPECT_TRUE(j.contains("coverage")) << j.value("synthesis_error", "");
  EXPECT_TRUE(j.contains("conflicts"));
  EXPECT_EQ(Get("/api/stories/e999").status, 404);
}

TEST_F(ApiTest, StoryViewIsServedUntilTheStoryChanges) {
  HttpResponse first = Get("/api/stories/e1");
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(Get("/api/stories/e1").body, first.body);
  auto mentions = [](const json& view) {
    uint64_t n = 0;
    for (const auto& e : view["entities"]) n += e["mentions"].get<uint64_t>();
    return n;
  };
  const uint64_t before = mentions(Json(first));
  ASSERT_GT(before, 0u);
  const uint64_t listed = mentions(Json(Get("/api/entities", {{"story", "e1"}})));  // now cached too
  ASSERT_GT(listed, 0u);
  // Another connection rewrites a member's layers: the next view is rendered anew.
  auto store = Store::Open(db_);
  ASSERT_TRUE(store.ok());
  Article original = *(*store)->Get(ids_[0]);
  ASSERT_FALSE(original.entities.empty());
  Article changed = original;
  changed.entities.clear();
  changed.entity_chains.clear();
  changed.roles.clear();
  for (auto& q : changed.quotes) q.speaker_chain = -1;
  ASSERT_TRUE((*store)->UpdateAnnotations({&changed}).ok());
  EXPECT_LT(mentions(Json(Get("/api/stories/e1"))), before);
  EXPECT_LT(mentions(Json(Get("/api/entities", {{"story", "e1"}}))), listed);
  ASSERT_TRUE((*store)->UpdateAnnotations({&original}).ok());  // entity links follow the layers
  EXPECT_EQ(mentions(Json(Get("/api/stories/e1"))), before);
}

TEST_F(ApiTest, ArticleWithLayersAndStory) {
  HttpResponse r = Get("/api/articles/" + ids_[1]);
  ASSERT_EQ(r.status, 200) << r.body;
  json j = Json(r);
  EXPECT_EQ(j["id"], ids_[1]);
  EXPECT_FALSE(j["text"].get<std::string>().empty());
  EXPECT_FALSE(j["entities"].empty());
  EXPECT_FALSE(j["times"].empty());
  EXPECT_EQ(j["story"]["story_id"], "e1");
  EXPECT_TRUE(j["loaded_terms"].is_array());
  EXPECT_EQ(Get("/api/articles/" + ids_[1].substr(0, 8)).status, 200);  // unique prefix
  EXPECT_EQ(Get("/api/articles/ffffffffffffffff").status, 404);
  EXPECT_EQ(Get("/api/articles/..%2f..%2fetc").status, 400);
}

TEST_F(ApiTest, EntitiesAndSearch) {
  // Canonical entities: the story's, most articles first, with aliases and
  // roles by outlet; one article's; unknown ids are 404.
  json e = Json(Get("/api/entities", {{"story", "e1"}}));
  ASSERT_FALSE(e["entities"].empty());
  EXPECT_GE(e["entities"][0]["articles"].get<int>(), e["entities"].back()["articles"].get<int>());
  bool kerry = false;
  for (const auto& x : e["entities"]) {
    if (x["name"] != "John Kerry") continue;
    kerry = true;
    EXPECT_GE(x["articles"].get<int>(), 4);
    EXPECT_FALSE(x["roles"].empty());
    EXPECT_GT(x["id"].get<int64_t>(), 0);
  }
  EXPECT_TRUE(kerry);
  json one = Json(Get("/api/entities", {{"article", ids_[1]}}));
  ASSERT_FALSE(one["entities"].empty());
  for (const auto& x : one["entities"]) EXPECT_EQ(x["articles"].get<int>(), 1);
  EXPECT_EQ(Get("/api/entities").status, 400);
  EXPECT_EQ(Get("/api/entities", {{"story", "e404"}}).status, 404);
  EXPECT_EQ(Get("/api/entities", {{"article", "ffffffffffffffff"}}).status, 404);
  HttpResponse r = Get("/api/search", {{"q", "Xie Zhenhua"}, {"story", "e1"}});
  ASSERT_EQ(r.status, 200) << r.body;
  json s = Json(r);
  EXPECT_GE(s["total"].get<int>(), 2);
  EXPECT_NE(s["hits"][0]["snippet_html"].get<std::string>().find("<mark>"), std::string::npos);
  EXPECT_EQ(Get("/api/search", {{"q", "Kerry"}, {"story", "e404"}}).status, 404);
}

TEST_F(ApiTest, ErrorsAreJsonWithStatus) {
  HttpResponse r = Get("/api/nothing");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(Json(r)["error"]["code"], "not_found");
  HttpRequest post;
  post.method = "POST";
  post.path = "/api/stories";
  r = api_->Handle(post);
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(Json(r)["error"]["status"], 405);
  EXPECT_EQ(Get("/api/stories", {{"limit", "0"}}).status, 400);
  EXPECT_EQ(Get("/api/stories", {{"limit", "abc"}}).status, 400);
  EXPECT_EQ(Get("/api/stories", {{"since", "July"}}).status, 400);
  EXPECT_EQ(Get("/api/search", {{"q", "()"}}).status, 400);
}

TEST_F(ApiTest, IngestNeedsTheFlagAndTheToken) {
  HttpRequest post;
  post.method = "POST";
  post.path = "/api/ingest";
  post.body = "A headline about a harbour bridge\n\nThe harbour bridge in Exampleton reopened on Monday.\n";
  EXPECT_EQ(api_->Handle(post).status, 403);  // not enabled

  ApiOptions o;
  o.db_path = (scratch_->path() / "ingest.db").string();
  o.allow_ingest = true;
  EXPECT_EQ(Api::Create(o).status().code(), Status::Code::kInvalidArgument);  // no token
  { auto created = Store::Open(o.db_path); ASSERT_TRUE(created.ok()); }
  o.token = "s3cret-token";
  auto api = Api::Create(o);
  ASSERT_TRUE(api.ok()) << api.status().ToString();
  EXPECT_EQ((*api)->Handle(post).status, 401);
  post.headers["authorization"] = "Bearer wrong";
  EXPECT_EQ((*api)->Handle(post).status, 403);
  post.headers["authorization"] = "Bearer s3cret-token";
  post.headers["content-type"] = "text/plain";
  HttpResponse r = (*api)->Handle(post);
  ASSERT_EQ(r.status, 201) << r.body;
  std::string id = json::parse(r.body)["articles"][0]["id"];
  {  // the posted article joined a story, as with `parallax ingest`
    auto check = Store::Open(o.db_path);
    ASSERT_TRUE(check.ok());
    auto story = (*check)->StoryOf(id);
    ASSERT_TRUE(story.ok()) << story.status().ToString();
    EXPECT_FALSE(story->story_id.empty());
  }
  EXPECT_EQ((*api)->Handle(post).status, 200);  // duplicate
  HttpRequest get;
  get.method = "GET";
  get.path = "/api/articles/" + id;
  EXPECT_EQ((*api)->Handle(get).status, 200);
}

// The memory search index answers word queries and sees every article
// stored after the server started (indexed inline before the next search).
TEST_F(ApiTest, MemorySearchSeesArticlesPostedAfterStart) {
  ApiOptions o;
  o.db_path = (scratch_->path() / "memsync.db").string();
  o.allow_ingest = true;
  o.token = "t0ken";
  { auto created = Store::Open(o.db_path); ASSERT_TRUE(created.ok()); }
  auto api = Api::Create(o);
  ASSERT_TRUE(api.ok()) << api.status().ToString();
  auto post = [&](const std::string& body) {
    HttpRequest r;
    r.method = "POST";
    r.path = "/api/ingest";
    r.headers["authorization"] = "Bearer t0ken";
    r.headers["content-type"] = "text/plain";
    r.body = body;
    return (*api)->Handle(r).status;
  };
  auto search = [&](const std::string& q) {
    HttpRequest r;
    r.method = "GET";
    r.path = "/api/search";
    r.params = {{"q", q}};
    HttpResponse resp = (*api)->Handle(r);
    EXPECT_EQ(resp.status, 200) << resp.body;
    return json::parse(resp.body);
  };
  ASSERT_EQ(post("Harbour bridge reopens\n\nThe harbour bridge in Exampleton reopened on Monday after repairs.\n"), 201);
  json r = search("bridges reopening");
  ASSERT_EQ(r["hits"].size(), 1u);
  EXPECT_NE(r["hits"][0]["snippet_html"].get<std::string>().find("<mark>bridge</mark>"), std::string::npos);
  EXPECT_NE(r["hits"][0]["title_html"].get<std::string>().find("<mark>reopens</mark>"), std::string::npos);
  EXPECT_EQ(r["rank_window"], 0);
  ASSERT_EQ(post("Ferry strike ends\n\nFerries to Exampleton run again after the strike ended on Tuesday.\n"), 201);
  r = search("exampleton ferry");
  ASSERT_EQ(r["total"], 2);  // both mention the town; the ferry report has both words
  EXPECT_EQ(r["all_words"], 1);
  EXPECT_TRUE(r["relaxed"].get<bool>());
  EXPECT_NE(r["hits"][0]["title"].get<std::string>().find("Ferry"), std::string::npos);
  HttpRequest health;
  health.method = "GET";
  health.path = "/api/health";
  json h = json::parse((*api)->Handle(health).body);
  EXPECT_EQ(h["search"]["engine"], "memory");
  EXPECT_EQ(h["search"]["indexed"], 2);
  o.search_engine = "fts5";
  o.allow_ingest = false;
  auto fts = Api::Create(o);
  ASSERT_TRUE(fts.ok());
  EXPECT_EQ(json::parse((*fts)->Handle(health).body)["search"]["engine"], "fts5");
}

// The memory index is saved next to the store once built and loaded at the
// next start; a damaged file is rebuilt (and rewritten).
TEST_F(ApiTest, MemoryIndexFileMakesRestartsLoadInsteadOfBuild) {
  ApiOptions o;
  o.db_path = db_;
  o.search_index_file = (scratch_->path() / "seeds.db.search").string();
  auto start = [&](bool* loaded) {
    auto api = Api::Create(o);
    EXPECT_TRUE(api.ok());
    HttpRequest health;
    health.method = "GET";
    health.path = "/api/health";
    json h;
    for (int i = 0; i < 500; ++i) {  // up to 10 s for the background build
      h = json::parse((*api)->Handle(health).body);
      if (!h["search"]["building"].get<bool>() && h["search"]["indexed"] == 5) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    EXPECT_EQ(h["search"]["indexed"], 5);
    *loaded = h["search"]["loaded_from_file"].get<bool>();
    HttpRequest r;
    r.method = "GET";
    r.path = "/api/search";
    r.params = {{"q", "kerry climate"}};
    return json::parse((*api)->Handle(r).body);
  };
  std::filesystem::remove(o.search_index_file);
  bool loaded = true;
  json first = start(&loaded);
  EXPECT_FALSE(loaded);
  ASSERT_TRUE(std::filesystem::exists(o.search_index_file));
  json again = start(&loaded);
  EXPECT_TRUE(loaded);
  EXPECT_EQ(first["hits"], again["hits"]);
  EXPECT_EQ(first["total"], again["total"]);
  { std::ofstream(o.search_index_file, std::ios::binary | std::ios::trunc) << "PXSI damaged"; }
  json rebuilt = start(&loaded);
  EXPECT_FALSE(loaded);
  EXPECT_EQ(first["hits"], rebuilt["hits"]);
  start(&loaded);
  EXPECT_TRUE(loaded);  // rewritten after the rebuild
}

TEST_F(ApiTest, RealSocketServesApiAndPages) {
  ServerOptions so;
  so.port = 0;
  so.max_body_bytes = 1024;
  Server server(api_.get(), so);
  ASSERT_TRUE(server.Bind().ok());
  ASSERT_GT(server.port(), 0);
  std::thread t([&] { server.Listen(); });
  httplib::Client c("127.0.0.1", server.port());
  auto health = c.Get("/api/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(health->get_header_value("X-Content-Type-Options"), "nosniff");
  auto page = c.Get("/");
  ASSERT_TRUE(page);
  EXPECT_NE(page->body.find("<main"), std::string::npos);
  EXPECT_NE(page->get_header_value("Content-Type").find("text/html"), std::string::npos);
  auto js = c.Get("/app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  auto traversal = c.Get("/../../etc/passwd");
  ASSERT_TRUE(traversal);
  EXPECT_EQ(traversal->status, 404);
  EXPECT_EQ(traversal->body.find("root:"), std::string::npos);
  auto big = c.Post("/api/ingest", std::string(4096, 'x'), "text/plain");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  auto search = c.Get("/api/search?q=Beijing&limit=2");
  ASSERT_TRUE(search);
  EXPECT_EQ(search->status, 200);
  EXPECT_LE(json::parse(search->body)["hits"].size(), 2u);
  server.Stop();
  t.join();
}

}  // namespace
}  // namespace parallax::serve
