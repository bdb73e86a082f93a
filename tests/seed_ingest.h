// Test helper (header-only; link parallax_pipeline): the seed articles
// ingested into a fresh store through the real pipeline, and a GoogleTest
// suite base that reads one such store.
#ifndef PARALLAX_TESTS_SEED_INGEST_H_
#define PARALLAX_TESTS_SEED_INGEST_H_

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "annotate/annotator.h"
#include "parallax/store.h"
#include "pipeline/ingester.h"
#include "pipeline/story_assigner.h"
#include "test_util.h"

namespace parallax::testing_util {

// Opens a store at `db_path`, ingests PARALLAX_SHARED_DIR/seeds with the
// annotators named in `annotators`, and maps each seed's prefix ("000" ..
// "004") to its article id in *ids; *stored gets the number stored. With
// `stories`, the story stage of `parallax ingest` runs too
// (pipeline::MakeDefaultStoryAssigner: stories and their stored views).
// `tune`, when given, adjusts the ingest options (batch sizes ...); `stats`,
// when given, receives the run's statistics.
inline Result<std::unique_ptr<Store>> IngestSeeds(const std::string& db_path,
                                                  const std::vector<std::string>& annotators,
                                                  std::map<std::string, std::string>* ids, uint64_t* stored,
                                                  bool stories = false,
                                                  const std::function<void(pipeline::IngestOptions*)>& tune = nullptr,
                                                  pipeline::IngestStats* stats_out = nullptr) {
  auto store = Store::Open(db_path);
  if (!store.ok()) return store.status();
  auto made = annotate::MakeAnnotators(annotators);
  if (!made.ok()) return made.status();
  pipeline::IngestOptions options;
  for (auto& a : *made) options.annotators.push_back(a.get());
  std::unique_ptr<pipeline::StoryAssigner> assigner;
  if (stories) {
    auto made_assigner = pipeline::MakeDefaultStoryAssigner(store->get(), options.annotators);
    if (!made_assigner.ok()) return made_assigner.status();
    assigner = std::move(*made_assigner);
    options.stories = assigner.get();
  }
  if (tune) tune(&options);
  pipeline::Ingester ingester(store->get(), options);
  pipeline::IngestEvents events;
  events.on_article = [ids](const Article& a, PutOutcome) {
    (*ids)[std::filesystem::path(a.uri).filename().string().substr(0, 3)] = a.id;
  };
  pipeline::IngestStats stats;
  Status s = ingester.Run({std::string(PARALLAX_SHARED_DIR) + "/seeds"}, events, &stats);
  if (!s.ok()) return s;
  *stored = stats.stored;
  if (stats_out != nullptr) *stats_out = stats;
  return std::move(*store);
}

// Base of a test suite over one store of the five seeds, ingested once per
// suite: the derived suite's SetUpTestSuite calls IngestOnce.
class SeedStoreSuite : public ::testing::Test {
 protected:
  static void IngestOnce(const std::string& name, const std::vector<std::string>& annotators) {
    scratch_ = std::make_unique<ScratchDir>(name);
    uint64_t stored = 0;
    auto store = IngestSeeds((scratch_->path() / "seeds.db").string(), annotators, &ids_, &stored);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    ASSERT_EQ(stored, 5u);
    store_ = std::move(*store);
  }
  static void TearDownTestSuite() {
    store_.reset();
    scratch_.reset();
    ids_.clear();
  }
  // The stored article of seed `seed` ("000" .. "004").
  static Article Get(const std::string& seed) {
    auto a = store_->Get(ids_[seed]);
    EXPECT_TRUE(a.ok()) << seed;
    return a.ok() ? *a : Article{};
  }

  static inline std::unique_ptr<ScratchDir> scratch_;
  static inline std::unique_ptr<Store> store_;
  static inline std::map<std::string, std::string> ids_;
};

}  // namespace parallax::testing_util

#endif  // PARALLAX_TESTS_SEED_INGEST_H_
