// The whole ingest job on the seeds: read, clean, annotate (time + NER),
// store, read back. Checks that the layers survive the trip and land where
// the text says they should.
#include <gtest/gtest.h>
#include <unistd.h>

#include <map>

#include "seed_ingest.h"
#include "test_util.h"

namespace parallax {
namespace {

class PipelineTest : public testing_util::SeedStoreSuite {
 protected:
  static void SetUpTestSuite() { IngestOnce("pipeline_test", {"time", "ner"}); }

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
