// Materialized story views on the seeds: the ingest stores every story's
// view, the stored view (and what the API serves) equals a fresh build, a
// change to a member makes it stale, the server then serves a fresh build
// and stores it, and a view built before a change is never stored.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "pipeline/story_views.h"
#include "render/story_api_view.h"
#include "seed_ingest.h"
#include "serve/api.h"

namespace parallax::pipeline {
namespace {

class StoryViewsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    scratch_ = std::make_unique<testing_util::ScratchDir>("story_views_test");
    db_ = (scratch_->path() / "seeds.db").string();
    uint64_t stored = 0;
    auto store = testing_util::IngestSeeds(db_, {"time", "ner", "coref", "quotes"}, &ids_, &stored, true);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    ASSERT_EQ(stored, 5u);
    store_ = std::move(*store);
    auto stories = store_->ListStories(StoryQuery{});
    ASSERT_TRUE(stories.ok());
    ASSERT_FALSE(stories->empty());
    stories_ = *stories;
  }

  // The view built now from the members as stored, at the story's version.
  std::string Fresh(const std::string& story_id) {
    auto summary = store_->GetStory(story_id);
    EXPECT_TRUE(summary.ok());
    auto view = BuildStoryView(store_.get(), story_id, summary->version);
    EXPECT_TRUE(view.ok()) << view.status().ToString();
    return view.ok() ? view->body : std::string();
  }

  Result<std::string> Stored(const std::string& story_id) {
    auto summary = store_->GetStory(story_id);
    if (!summary.ok()) return summary.status();
    return store_->GetStoryView(story_id, summary->version, render::StoryApiViewFormat());
  }

  std::string Served(serve::Api* api, const std::string& story_id) {
    serve::HttpRequest r;
    r.method = "GET";
    r.path = "/api/stories/" + story_id;
    serve::HttpResponse response = api->Handle(r);
    EXPECT_EQ(response.status, 200) << response.body;
    return response.body;
  }

  std::unique_ptr<serve::Api> OpenApi() {
    serve::ApiOptions o;
    o.db_path = db_;
    o.search_engine = "fts5";
    auto api = serve::Api::Create(o);
    EXPECT_TRUE(api.ok()) << api.status().ToString();
    return api.ok() ? std::move(*api) : nullptr;
  }

  // The story holding seed `seed`.
  std::string StoryOf(const std::string& seed) {
    auto as = store_->StoryOf(ids_[seed]);
    EXPECT_TRUE(as.ok());
    return as.ok() ? as->story_id : std::string();
  }

  std::unique_ptr<testing_util::ScratchDir> scratch_;
  std::string db_;
  std::map<std::string, std::string> ids_;
  std::unique_ptr<Store> store_;
  std::vector<StorySummary> stories_;
};

TEST_F(StoryViewsTest, IngestStoresEveryViewAndItEqualsAFreshBuild) {
  auto api = OpenApi();
  ASSERT_TRUE(api);
  for (const auto& s : stories_) {
    auto stored = Stored(s.id);
    ASSERT_TRUE(stored.ok()) << s.id << ": " << stored.status().ToString();
    const std::string fresh = Fresh(s.id);
    EXPECT_EQ(*stored, fresh) << s.id;
    EXPECT_EQ(Served(api.get(), s.id), fresh) << s.id;
    EXPECT_NE(fresh.find("\"timeline\""), std::string::npos);
  }
  auto missing = store_->StoriesWithoutView(-1, render::StoryApiViewFormat());
  ASSERT_TRUE(missing.ok());
  EXPECT_TRUE(missing->empty());
  // Another builder format sees every story as lacking a view.
  auto other = store_->StoriesWithoutView(-1, "another format");
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(other->size(), stories_.size());
}

TEST(StoryViewsIngestTest, AStoryChangedInEveryBatchIsRenderedOnceAtTheEnd) {
  // One article per commit and a story catch-up after each: the Beijing trip
  // story changes four times, its view is built once.
  testing_util::ScratchDir scratch("story_views_batches");
  std::map<std::string, std::string> ids;
  uint64_t stored = 0;
  IngestStats stats;
  auto store = testing_util::IngestSeeds(
      (scratch.path() / "seeds.db").string(), {"time"}, &ids, &stored, /*stories=*/true,
      [](IngestOptions* o) {
        o->batch_articles = 1;
        o->stories_every = 1;
      },
      &stats);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  ASSERT_EQ(stored, 5u);
  auto stories = (*store)->ListStories(StoryQuery{});
  ASSERT_TRUE(stories.ok());
  ASSERT_LT(stories->size(), 5u);  // some story has several members
  EXPECT_EQ(stats.stories.views, stories->size());
  auto missing = (*store)->StoriesWithoutView(-1, render::StoryApiViewFormat());
  ASSERT_TRUE(missing.ok());
  EXPECT_TRUE(missing->empty());
}

TEST_F(StoryViewsTest, AChangedMemberIsServedFreshAndTheNewViewStored) {
  const std::string story = StoryOf("001");
  auto api = OpenApi();
  ASSERT_TRUE(api);
  const std::string before = Served(api.get(), story);
  // Another connection rewrites a member's layers (its quotes and entities go).
  auto writer = Store::Open(db_);
  ASSERT_TRUE(writer.ok());
  auto original = (*writer)->Get(ids_["001"]);
  ASSERT_TRUE(original.ok());
  ASSERT_FALSE(original->entities.empty());
  Article changed = *original;
  changed.entities.clear();
  changed.entity_chains.clear();
  changed.roles.clear();
  changed.quotes.clear();
  changed.title_entities.clear();
  ASSERT_TRUE((*writer)->UpdateAnnotations({&changed}).ok());
  EXPECT_EQ(Stored(story).status().code(), Status::Code::kNotFound);  // stale: built for the old version
  const std::string after = Served(api.get(), story);
  EXPECT_NE(after, before);
  EXPECT_EQ(after, Fresh(story));
  auto stored = Stored(story);  // the server stored what it built
  ASSERT_TRUE(stored.ok()) << stored.status().ToString();
  EXPECT_EQ(*stored, after);
  // A fresh server serves the stored view, equal to a fresh build.
  auto api2 = OpenApi();
  ASSERT_TRUE(api2);
  EXPECT_EQ(Served(api2.get(), story), Fresh(story));
}

TEST_F(StoryViewsTest, AViewBuiltBeforeAChangeIsNeverStored) {
  const std::string story = StoryOf("002");
  auto summary = store_->GetStory(story);
  ASSERT_TRUE(summary.ok());
  auto early = BuildStoryView(store_.get(), story, summary->version);
  ASSERT_TRUE(early.ok());
  auto a = store_->Get(ids_["002"]);
  ASSERT_TRUE(a.ok());
  a->quotes.clear();
  ASSERT_TRUE(store_->UpdateAnnotations({&*a}).ok());  // the story moves on
  auto stored = store_->PutStoryViews({*early});
  ASSERT_TRUE(stored.ok()) << stored.status().ToString();
  EXPECT_EQ(*stored, 0u);
  EXPECT_EQ(Stored(story).status().code(), Status::Code::kNotFound);  // nothing for the story's new version
  // Materializing catches up exactly the story that moved.
  StoryViewStats stats;
  ASSERT_TRUE(MaterializeStoryViews(store_.get(), -1, &stats).ok());
  EXPECT_EQ(stats.built, 1u);
  EXPECT_EQ(stats.stored, 1u);
  auto now = Stored(story);
  ASSERT_TRUE(now.ok());
  EXPECT_EQ(*now, Fresh(story));
  EXPECT_NE(*now, early->body);
}

TEST_F(StoryViewsTest, ReadOnlyStoreRefusesToStore) {
  StoreOptions ro;
  ro.read_only = true;
  auto reader = Store::Open(db_, ro);
  ASSERT_TRUE(reader.ok());
  auto put = (*reader)->PutStoryViews({StoredStoryView{stories_[0].id, stories_[0].version, "f", "{}"}});
  EXPECT_EQ(put.status().code(), Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace parallax::pipeline
