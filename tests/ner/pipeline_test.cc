// The tagger on the seed articles as the lead's pipeline delivers them:
// read by ingest, cleaned and segmented by src/text, tagged with TagArticle.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "annotate/ner/tagger.h"
#include "ingest/reader.h"
#include "text/article_builder.h"

namespace parallax::ner {
namespace {

// "TYPE:surface" for every mention of every seed article.
std::set<std::string> SeedMentions() {
  std::set<std::string> out;
  auto tagger = Tagger::Load(std::string(PARALLAX_SOURCE_DIR) + "/models/ner-en.bin");
  if (!tagger.ok()) return out;
  std::string dir = std::string(PARALLAX_SHARED_DIR) + "/seeds";
  ingest::ReadPaths({dir}, {}, [&](Result<ingest::RawDocument> d) {
    if (!d.ok()) return true;
    auto a = text::BuildArticle(std::move(*d));
    if (!a.ok()) return true;
    auto mentions = (*tagger)->TagArticle(*a);
    EXPECT_EQ(mentions.size(), a->sentences.size());
    for (size_t s = 0; s < mentions.size(); ++s) {
      const Sentence& sent = a->sentences[s];
      for (const Mention& m : mentions[s]) {
        EXPECT_LE(m.last_token, sent.token_count);
        Span first = a->tokens[sent.first_token + m.first_token].span;
        Span last = a->tokens[sent.first_token + m.last_token].span;
        out.insert(m.type + ":" + a->body.substr(first.begin, last.end - first.begin));
      }
    }
    return true;
  });
  return out;
}

TEST(NerPipelineTest, SeedsThroughTheSegmenter) {
  if (!std::filesystem::exists(std::string(PARALLAX_SHARED_DIR) + "/seeds")) GTEST_SKIP() << "no seeds";
  std::set<std::string> m = SeedMentions();
  ASSERT_FALSE(m.empty());
  EXPECT_TRUE(m.count("PER:Xie Zhenhua")) << ::testing::PrintToString(m);
  EXPECT_TRUE(m.count("ORG:Bloomberg Philanthropies"));
  EXPECT_TRUE(m.count("LOC:Beijing"));
  EXPECT_TRUE(m.count("PER:John Kerry"));
  EXPECT_TRUE(m.count("LOC:China"));
  EXPECT_FALSE(m.count("PER:Beijing"));
  EXPECT_FALSE(m.count("LOC:Kerry"));
}

}  // namespace
}  // namespace parallax::ner
