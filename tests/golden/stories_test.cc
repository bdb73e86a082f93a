// Stories on the seeds through the whole ingest job (read, annotate, store,
// cluster, date inference), in file order and in reverse order, and the
// catch-up path: clustering interrupted and resumed gives the same result
// as one run.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "annotate/annotator.h"
#include "pipeline/ingester.h"
#include "pipeline/story_assigner.h"
#include "test_util.h"

namespace parallax {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> SeedFiles() {
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(std::string(PARALLAX_SHARED_DIR) + "/seeds")) {
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

class StoriesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    scratch_ = std::make_unique<testing_util::ScratchDir>(
        std::string("stories_") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    auto annotators = annotate::MakeAnnotators({"time", "ner"});
    ASSERT_TRUE(annotators.ok()) << annotators.status().ToString();
    annotators_ = std::move(*annotators);
    auto copts = pipeline::DefaultStoryClusterOptions();
    ASSERT_TRUE(copts.ok()) << copts.status().ToString();
    cluster_options_ = *copts;
  }

  std::unique_ptr<Store> Open(const std::string& name) {
    auto s = Store::Open((scratch_->path() / name).string());
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(*s) : nullptr;
  }

  std::unique_ptr<pipeline::StoryAssigner> Assigner(Store* store, size_t chunk) {
    pipeline::StoryAssignerOptions o;
    o.cluster = cluster_options_;
    o.time_annotator = annotators_[0].get();  // "time"
    o.chunk_articles = chunk;
    auto a = pipeline::StoryAssigner::Create(store, o);
    EXPECT_TRUE(a.ok()) << a.status().ToString();
    return a.ok() ? std::move(*a) : nullptr;
  }

  // Ingests `files` one batch per file; clusters when `assigner` is set.
  // Returns seed number ("000") -> article id.
  std::map<std::string, std::string> Ingest(Store* store, const std::vector<std::string>& files,
                                            pipeline::StoryAssigner* assigner) {
    pipeline::IngestOptions options;
    for (auto& a : annotators_) options.annotators.push_back(a.get());
    options.batch_articles = 1;
    options.stories = assigner;
    pipeline::Ingester ingester(store, options);
    std::map<std::string, std::string> ids;
    pipeline::IngestEvents events;
    events.on_article = [&](const Article& a, PutOutcome) { ids[fs::path(a.uri).filename().string().substr(0, 3)] = a.id; };
    pipeline::IngestStats stats;
    EXPECT_TRUE(ingester.Run(files, events, &stats).ok());
    return ids;
  }

  // Every article's story assignment, publication time and time layer.
  static std::map<std::string, std::string> Snapshot(Store* store, const std::map<std::string, std::string>& ids) {
    std::map<std::string, std::string> out;
    for (const auto& [seed, id] : ids) {
      auto s = store->StoryOf(id);
      auto a = store->Get(id);
      if (!s.ok() || !a.ok()) {
        out[seed] = "missing";
        continue;
      }
      std::string times;
      for (const auto& t : a->times) times += t.value + (t.needs_dct ? "?" : "") + ",";
      out[seed] = s->story_id + " " + s->thread_id + " " + s->duplicate_of + " " + std::to_string(s->score) + " " +
                  s->inferred_date + " " + std::to_string(s->date_uncertainty_days) + " " + a->published.value + " " +
                  MetaSourceName(a->published.source) + " " + times;
    }
    return out;
  }

  void ExpectSeedStories(Store* store, const std::map<std::string, std::string>& ids) {
    ASSERT_EQ(ids.size(), 5u);
    std::map<std::string, StoryAssignment> as;
    for (const auto& [seed, id] : ids) {
      auto s = store->StoryOf(id);
      ASSERT_TRUE(s.ok()) << seed << ": " << s.status().ToString();
      as[seed] = *s;
    }
    for (const char* seed : {"002", "003", "004"}) EXPECT_EQ(as[seed].story_id, as["001"].story_id) << seed;
    EXPECT_NE(as["000"].story_id, as["001"].story_id);  // the COP28 follow-up: another story ...
    EXPECT_EQ(as["000"].thread_id, as["001"].thread_id);  // ... in the same thread
    // 004 has no date: it takes the date of the member it resembles most (003's report of the
    // Beijing meetings, 19 July), so "finished his trip ... on Wednesday" is 19 July and "this
    // week" the week of the visit (the story median, 12 July, put both a week early).
    EXPECT_TRUE(as["004"].undated);
    EXPECT_EQ(as["004"].inferred_date, "2023-07-19");
    EXPECT_GE(as["004"].date_uncertainty_days, 0);
    auto a = store->Get(ids.at("004"));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->published.source, MetaSource::kInferred);
    EXPECT_EQ(a->published.Date(), as["004"].inferred_date);
    size_t july = 0;
    for (const auto& t : a->times) {
      EXPECT_FALSE(t.needs_dct) << t.value;
      if (t.value.rfind("2023-07", 0) == 0 || t.value.rfind("2023-W2", 0) == 0) ++july;
    }
    EXPECT_GE(july, 1u);
    std::set<std::string> values;
    for (const auto& t : a->times) values.insert(std::string(t.span.Of(a->body)) + "=" + t.value);
    EXPECT_TRUE(values.count("Wednesday=2023-07-19")) << ::testing::PrintToString(values);
    EXPECT_TRUE(values.count("this week=2023-W29")) << ::testing::PrintToString(values);
    for (const char* seed : {"000", "001", "002", "003"}) EXPECT_FALSE(as[seed].undated) << seed;
    auto stories = store->ListStories({});
    ASSERT_TRUE(stories.ok());
    EXPECT_EQ(stories->size(), 2u);
  }

  std::unique_ptr<testing_util::ScratchDir> scratch_;
  std::vector<std::unique_ptr<annotate::Annotator>> annotators_;
  cluster::ClusterOptions cluster_options_;
};

TEST_F(StoriesTest, SeedsInFileOrder) {
  auto store = Open("f.db");
  auto assigner = Assigner(store.get(), 512);
  auto ids = Ingest(store.get(), SeedFiles(), assigner.get());
  ExpectSeedStories(store.get(), ids);
}

// Disabled until the clusterer joins a preview published 13 days before its
// event (seed 002) when the event arrives first; see docs/clustering.md.
TEST_F(StoriesTest, SeedsInReverseOrder) {
  auto files = SeedFiles();
  std::reverse(files.begin(), files.end());
  auto store = Open("r.db");
  auto assigner = Assigner(store.get(), 512);
  auto ids = Ingest(store.get(), files, assigner.get());
  ExpectSeedStories(store.get(), ids);
}

TEST_F(StoriesTest, InterruptedClusteringCatchesUpToTheSameStories) {
  auto files = SeedFiles();
  auto clean = Open("clean.db");
  auto clean_assigner = Assigner(clean.get(), 512);
  auto ids = Ingest(clean.get(), files, clean_assigner.get());
  // Interrupted: three seeds clustered, two stored without clustering (as if
  // the process died between PutBatch and the story commit), then a fresh
  // assigner with a small chunk size catches up.
  auto broken = Open("broken.db");
  {
    auto first = Assigner(broken.get(), 512);
    Ingest(broken.get(), {files[0], files[1], files[2]}, first.get());
  }
  Ingest(broken.get(), {files[3], files[4]}, nullptr);
  EXPECT_NE(Snapshot(broken.get(), ids), Snapshot(clean.get(), ids));
  auto resumed = Assigner(broken.get(), 1);
  pipeline::StoryAssignerStats stats;
  ASSERT_TRUE(resumed->CatchUp(&stats).ok());
  EXPECT_EQ(stats.clustered, 2u);
  EXPECT_EQ(Snapshot(broken.get(), ids), Snapshot(clean.get(), ids));
  EXPECT_EQ(broken->LoadClusterCheckpoint()->snapshot, clean->LoadClusterCheckpoint()->snapshot);
  // Nothing left to do: another catch-up (or re-ingest) changes nothing.
  pipeline::StoryAssignerStats again;
  ASSERT_TRUE(resumed->CatchUp(&again).ok());
  EXPECT_EQ(again.clustered, 0u);
  Ingest(broken.get(), files, resumed.get());
  EXPECT_EQ(Snapshot(broken.get(), ids), Snapshot(clean.get(), ids));
}

TEST_F(StoriesTest, LongLivedAssignerContinuesFromAnotherWritersCheckpoint) {
  // The server keeps one assigner for its lifetime; another process (here a
  // second connection and assigner) clusters the same file in between. The
  // kept one must continue from the store's checkpoint, not its own: the
  // stories equal one uninterrupted run's.
  auto files = SeedFiles();
  auto clean = Open("clean.db");
  auto clean_assigner = Assigner(clean.get(), 512);
  auto ids = Ingest(clean.get(), files, clean_assigner.get());
  auto server = Open("shared.db");
  auto kept = Assigner(server.get(), 512);
  Ingest(server.get(), {files[0], files[1]}, kept.get());
  {
    auto other = Open("shared.db");
    auto other_assigner = Assigner(other.get(), 512);
    Ingest(other.get(), {files[2], files[3]}, other_assigner.get());
  }
  Ingest(server.get(), {files[4]}, nullptr);
  pipeline::StoryAssignerStats stats;
  ASSERT_TRUE(kept->CatchUp(&stats).ok());
  EXPECT_EQ(stats.clustered, 1u);  // only seed 004: 002 and 003 were clustered by the other writer
  EXPECT_EQ(Snapshot(server.get(), ids), Snapshot(clean.get(), ids));
  EXPECT_EQ(server->LoadClusterCheckpoint()->snapshot, clean->LoadClusterCheckpoint()->snapshot);
}

}  // namespace
}  // namespace parallax
