#include "parallax/article.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

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
  // Longer than a block, paragraph breaks, every kind of whitespace run, at
  // both ends (values of the session-13 implementation, which hashed the
  // collapsed copy it built).
  EXPECT_EQ(ComputeArticleId("Kerry went to Beijing on Monday, officials said.\n\nThe talks  lasted\ttwo days.\n\n "
                             "\"We agreed,\" he said. ",
                             "Reuters"),
            "fc31135ebe4cfe2c");
  EXPECT_EQ(ComputeArticleId("  Leading space and a paragraph that is long enough to cross several sixteen-byte blocks "
                             "of text.\r\n\r\nSecond\x0b one\x0c here.\n",
                             "Reuters"),
            "fcbbb89c6815acb1");
}

// Long texts go sixteen bytes at a time: whatever the whitespace runs (kind,
// length, place against the block edges, leading or trailing), the id is the
// id of the words joined by single spaces.
TEST(ArticleIdTest, AnyWhitespaceLayoutOfLongTextsGivesTheJoinedWordsId) {
  uint32_t seed = 12345;
  auto next = [&seed](uint32_t n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % n;
  };
  const std::string kSpaces[] = {" ", "  ", "\n", "\t", " \n ", "\r\n", "\f", "\v "};
  const std::string kWords[] = {"Kerry", "a", "went", "to", "Beijing.", "caf\u00E9", "\u201Cno\u201D", "1,000"};
  for (int round = 0; round < 300; ++round) {
    std::string text, joined;
    if (next(3) == 0) text += kSpaces[next(8)];
    int words = 1 + static_cast<int>(next(60));
    for (int w = 0; w < words; ++w) {
      std::string word = kWords[next(8)];
      text += word;
      joined += (w ? " " : "") + word;
      if (w + 1 < words) text += next(4) == 0 ? kSpaces[next(8)] : " ";
    }
    if (next(3) == 0) text += kSpaces[next(8)];
    EXPECT_EQ(ComputeArticleId(text, "CNN"), ComputeArticleId(joined, "CNN")) << text;
  }
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
