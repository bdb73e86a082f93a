// The whole ingest job on the seeds: read, clean, annotate (time + NER),
// store, read back. Checks that the layers survive the trip and land where
// the text says they should.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <map>

#include "annotate/annotator.h"
#include "pipeline/ingester.h"

namespace parallax {
namespace {

namespace fs = std::filesystem;

class PipelineTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("parallax_pipeline_test_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    auto store = Store::Open((dir_ / "p.db").string());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    auto annotators = annotate::MakeAnnotators({"time", "ner"});
    ASSERT_TRUE(annotators.ok()) << annotators.status().ToString();
    pipeline::IngestOptions options;
    for (auto& a : *annotators) options.annotators.push_back(a.get());
    pipeline::Ingester ingester(store->get(), options);
    pipeline::IngestEvents events;
    events.on_article = [](const Article& a, PutOutcome) { ids_[fs::path(a.uri).filename().string().substr(0, 3)] = a.id; };
    pipeline::IngestStats stats;
    ASSERT_TRUE(ingester.Run({std::string(PARALLAX_SHARED_DIR) + "/seeds"}, events, &stats).ok());
    ASSERT_EQ(stats.stored, 5u);
    store_ = std::move(*store);
  }
  static void TearDownTestSuite() {
    store_.reset();
    fs::remove_all(dir_);
  }

  static Article Get(const std::string& seed) {
    auto a = store_->Get(ids_[seed]);
    EXPECT_TRUE(a.ok()) << seed;
    return a.ok() ? *a : Article{};
  }

  static std::string ValueOf(const Article& a, const std::string& text) {
    for (const auto& t : a.times) {
      if (t.span.Of(a.body) == text) return t.value;
    }
    return "(not found)";
  }

  static std::string TypeOf(const Article& a, const std::string& text) {
    for (const auto& e : a.entities) {
      if (e.span.Of(a.body) == text) return e.type;
    }
    return "(not found)";
  }

  static inline fs::path dir_;
  static inline std::unique_ptr<Store> store_;
  static inline std::map<std::string, std::string> ids_;
};

TEST_F(PipelineTest, RelativeDatesResolveAgainstEachArticlesDate) {
  EXPECT_EQ(ValueOf(Get("001"), "this weekend"), "2023-W28-WE");
  EXPECT_EQ(ValueOf(Get("002"), "later this month"), "2023-07");
  EXPECT_EQ(ValueOf(Get("002"), "last November"), "2022-11");
  EXPECT_EQ(ValueOf(Get("002"), "the week of July 16"), "2023-W29");
}

TEST_F(PipelineTest, UndatedArticleKeepsRelativeValues) {
  Article a = Get("004");
  ASSERT_FALSE(a.times.empty());
  bool relative = false;
  for (const auto& t : a.times) relative |= t.needs_dct;
  EXPECT_TRUE(relative);  // "on Wednesday", "this week" wait for the story's date
}

TEST_F(PipelineTest, EntitiesAreTaggedAndSpansPointIntoTheBody) {
  Article a = Get("002");
  EXPECT_EQ(TypeOf(a, "Xie Zhenhua"), "PER");
  EXPECT_EQ(TypeOf(a, "Nancy Pelosi"), "PER");
  EXPECT_EQ(TypeOf(a, "Beijing"), "LOC");
  Article b = Get("000");
  EXPECT_EQ(TypeOf(b, "Bloomberg Philanthropies"), "ORG");
  for (const auto& e : b.entities) ASSERT_LE(e.span.end, b.body.size());
}

}  // namespace
}  // namespace parallax
