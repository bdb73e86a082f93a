// StoryWords: every token's story-wide type, and each type's features equal
// to what DeriveWordFeatures computes without the thread's cache (which grows
// and rehashes as stories bring new words).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "synth/story_words.h"
#include "synth/token_table.h"

namespace parallax::synth {
namespace {

Article ArticleOf(const std::vector<std::string>& words) {
  Article a;
  for (const std::string& w : words) {
    if (!a.body.empty()) a.body += ' ';
    const uint32_t begin = static_cast<uint32_t>(a.body.size());
    a.body += w;
    a.tokens.push_back({Span{begin, static_cast<uint32_t>(a.body.size())}});
  }
  return a;
}

void ExpectSameFeatures(const WordFeatures& got, const WordFeatures& want, const std::string& word) {
  EXPECT_EQ(got.content, want.content) << word;
  EXPECT_EQ(got.stem, want.stem) << word;
  EXPECT_EQ(got.number, want.number) << word;
  EXPECT_EQ(got.timeline_term, want.timeline_term) << word;
  EXPECT_EQ(got.framing_word, want.framing_word) << word;
  EXPECT_EQ(got.lower, want.lower) << word;
}

// Texts of up to 16 bytes are keyed by their size and two words of their
// bytes: texts that differ in any one byte, or only in size, are different
// types, at every size around the 3/4/8/9/16/17-byte boundaries, and a text
// seen again (from another buffer) is the same type, after the table grows.
TEST(TokenTableTest, EveryByteOfEverySizeTellsTextsApart) {
  std::vector<std::string> texts;
  for (size_t n = 0; n <= 20; ++n) {
    const std::string base(n, 'a');
    texts.push_back(base);
    for (size_t at = 0; at < n; ++at) {
      for (char c : {'b', '\0', '\xE2'}) {
        std::string t = base;
        t[at] = c;
        texts.push_back(t);
      }
    }
  }
  TokenTable table;
  for (size_t i = 0; i < texts.size(); ++i) {
    bool fresh = false;
    EXPECT_EQ(table.Intern(texts[i], &fresh), i) << i;
    EXPECT_TRUE(fresh) << i;
  }
  const std::vector<std::string> again(texts.begin(), texts.end());  // other buffers
  for (size_t i = 0; i < again.size(); ++i) {
    bool fresh = true;
    EXPECT_EQ(table.Intern(again[i], &fresh), i) << i;
    EXPECT_FALSE(fresh) << i;
    EXPECT_EQ(table.text(static_cast<uint32_t>(i)), texts[i]);
  }
  EXPECT_EQ(table.size(), texts.size());
}

TEST(StoryWordsTest, FeaturesMatchUncachedDerivationAcrossStoriesAndGrowth) {
  // Two stories sharing half their words, with enough distinct words that
  // the thread's cache rehashes several times while they are typed.
  std::vector<std::string> first, second;
  for (int i = 0; i < 12000; ++i) {
    const std::string w = (i % 3 == 0 ? "Visited" : i % 3 == 1 ? "$52." : "climate") + std::to_string(i);
    first.push_back(w);
    if (i % 2 == 0) second.push_back(w);
    else second.push_back("talks" + std::to_string(i + 100000));
  }
  first.push_back("the");
  first.push_back(first[0]);  // a repeated word is one type
  const Article a = ArticleOf(first), b = ArticleOf(second);
  for (const Article* art : {&a, &b}) {
    const Article* one[] = {art};
    StoryWords words(one);
    ASSERT_EQ(words.Types(0).size(), art->tokens.size());
    for (size_t t = 0; t < art->tokens.size(); ++t) {
      const uint32_t type = words.Type(0, static_cast<uint32_t>(t));
      const std::string text(art->tokens[t].span.Of(art->body));
      ASSERT_EQ(words.Text(type), text);
      ExpectSameFeatures(words.Features(type), DeriveWordFeatures(text), text);
    }
  }
  const Article* one[] = {&a};
  StoryWords words(one);
  EXPECT_EQ(words.TypeCount(), 12001u);  // 12,000 words and "the"; the repeat adds no type
  EXPECT_EQ(words.Type(0, 12001), words.Type(0, 0));
  EXPECT_EQ(words.Features(words.Type(0, 1)).number, "52.1");
  EXPECT_FALSE(words.Features(words.Type(0, 12000)).content);  // a stop word
  EXPECT_EQ(words.Features(words.Type(0, 0)).lower, "visited0");
}

}  // namespace
}  // namespace parallax::synth
