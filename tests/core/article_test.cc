#include "parallax/article.h"

#include <gtest/gtest.h>

namespace parallax {
namespace {

TEST(ArticleIdTest, IgnoresWhitespaceLayoutAndOutletCase) {
  EXPECT_EQ(ComputeArticleId("Kerry  went\n\nto Beijing.", "CNN"),
            ComputeArticleId("Kerry went to Beijing.", "cnn"));
  EXPECT_EQ(ComputeArticleId("x", "").size(), 16u);
}

// Ids are stored keys: a change here would make re-ingest store everything twice.
TEST(ArticleIdTest, IsStableAcrossVersions) {
  EXPECT_EQ(ComputeArticleId("Kerry  went\nto Beijing.", "CNN"), "1cba9c6b40f2025c");
}

TEST(ArticleIdTest, DiffersByOutletAndText) {
  EXPECT_NE(ComputeArticleId("Kerry went to Beijing.", "CNN"),
            ComputeArticleId("Kerry went to Beijing.", "Bloomberg"));
  EXPECT_NE(ComputeArticleId("Kerry went to Beijing.", "CNN"),
            ComputeArticleId("Kerry went to Shanghai.", "CNN"));
}

TEST(PublishedTimeTest, DateNeedsDayPrecision) {
  PublishedTime t{"2023-07-12T03:58", PublishedTime::Precision::kMinute, MetaSource::kHeader};
  EXPECT_EQ(t.Date(), "2023-07-12");
  PublishedTime m{"2023-07", PublishedTime::Precision::kMonth, MetaSource::kText};
  EXPECT_EQ(m.Date(), "");
}

}  // namespace
}  // namespace parallax
