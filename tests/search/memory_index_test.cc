// The memory index (src/search) against the store's FTS5 search on the
// seeds: same articles in the same order, same counts and tiers, same
// filters; and its snippets and title highlights.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "search/memory_index.h"
#include "search/snippet.h"
#include "seed_ingest.h"

namespace parallax {
namespace {

class MemoryIndexTest : public testing_util::SeedStoreSuite {
 protected:
  static void SetUpTestSuite() {
    IngestOnce("memory_index_test", {});
    index_ = std::make_unique<search::MemoryIndex>();
    auto added = index_->CatchUp(store_.get(), 1000);
    ASSERT_TRUE(added.ok()) << added.status().ToString();
    ASSERT_EQ(*added, 5u);
  }
  static void TearDownTestSuite() {
    index_.reset();
    SeedStoreSuite::TearDownTestSuite();
  }

  // Both engines on `q` (FTS5 ranking exactly): same ids, order, counts.
  static SearchResults ExpectSameAsFts(SearchQuery q) {
    q.rank_window = 0;
    auto fts = store_->Search(q);
    auto mem = index_->Search(q, store_.get());
    EXPECT_TRUE(fts.ok() && mem.ok()) << q.text;
    if (!fts.ok() || !mem.ok()) return {};
    std::vector<std::string> a, b;
    for (const auto& h : fts->hits) a.push_back(h.id);
    for (const auto& h : mem->hits) b.push_back(h.id);
    EXPECT_EQ(a, b) << q.text;
    EXPECT_EQ(fts->total, mem->total) << q.text;
    EXPECT_EQ(fts->all_words, mem->all_words) << q.text;
    EXPECT_EQ(fts->relaxed, mem->relaxed) << q.text;
    for (size_t i = 0; i < std::min(fts->hits.size(), mem->all_words); ++i) {
      EXPECT_NEAR(fts->hits[i].score, mem->hits[i].score, 1e-6 * std::fabs(fts->hits[i].score)) << q.text;
    }
    return *mem;
  }

  static inline std::unique_ptr<search::MemoryIndex> index_;
};

TEST_F(MemoryIndexTest, RanksLikeFts5) {
  for (const char* text : {"kerry", "Kerry Beijing", "climate envoy talks", "methane coal china", "xie zhenhua",
                           "cop28 kerry dubai", "negotiating", "kerry zzzunknownzzz", "the"}) {
    SearchQuery q;
    q.text = text;
    ExpectSameAsFts(q);
  }
  SearchQuery q;
  q.text = "climate kerry";
  q.limit = 2;
  q.offset = 1;
  SearchResults page = ExpectSameAsFts(q);
  EXPECT_EQ(page.hits.size(), 2u);
}

TEST_F(MemoryIndexTest, SecondTierFollowsTheFirst) {
  SearchQuery q;
  q.text = "kerry cop28";  // only the follow-up has both
  SearchResults r = ExpectSameAsFts(q);
  ASSERT_GE(r.hits.size(), 2u);
  EXPECT_GE(r.all_words, 1u);
  EXPECT_TRUE(r.relaxed);
  EXPECT_EQ(r.total, 5u);
}

TEST_F(MemoryIndexTest, FiltersLikeFts5) {
  SearchQuery q;
  q.text = "climate";
  auto all = index_->Search(q, store_.get());
  ASSERT_TRUE(all.ok());
  ASSERT_FALSE(all->hits.empty());
  q.outlet = all->hits.back().outlet;
  SearchResults by_outlet = ExpectSameAsFts(q);
  ASSERT_FALSE(by_outlet.hits.empty());
  for (const auto& h : by_outlet.hits) EXPECT_EQ(h.outlet, q.outlet);
  q.outlet.clear();
  q.since = "2023-08";
  ExpectSameAsFts(q);
  q.since.clear();
  q.until = "2023-07-31";
  ExpectSameAsFts(q);
  q.until.clear();
  q.article_ids = {ids_["001"], ids_["003"]};
  SearchResults story = ExpectSameAsFts(q);
  EXPECT_LE(story.hits.size(), 2u);
}

TEST_F(MemoryIndexTest, HitsCarrySnippetsAndHighlights) {
  SearchQuery q;
  q.text = "Kerry climate";
  auto r = index_->Search(q, store_.get());
  ASSERT_TRUE(r.ok());
  ASSERT_FALSE(r->hits.empty());
  for (const auto& h : r->hits) {
    EXPECT_NE(h.snippet.find(kHitOpen), std::string::npos) << h.id;
  }
  EXPECT_TRUE(std::any_of(r->hits.begin(), r->hits.end(),
                          [](const SearchHit& h) { return h.title_marked.find(kHitOpen) != std::string::npos; }));
}

TEST_F(MemoryIndexTest, AddSkipsArticlesAlreadyIndexed) {
  auto before = index_->Stats();
  auto texts = store_->ArticleTextsAfter(0, 10, true);
  ASSERT_TRUE(texts.ok());
  ASSERT_TRUE(index_->Add(*texts).ok());
  EXPECT_EQ(index_->Stats().articles, before.articles);
  EXPECT_EQ(index_->Stats().postings, before.postings);
  EXPECT_EQ(before.articles, 5u);
}

TEST(MemoryQueryTermsTest, WordsOnlyElseFts5) {
  SearchQuery q;
  q.text = "Negotiations, Beijing!";
  EXPECT_EQ(search::MemoryQueryTerms(q), (std::vector<std::string>{"negoti", "beij"}));
  for (const char* text : {"\"climate envoy\"", "talk*", "", "--"}) {
    q.text = text;
    EXPECT_TRUE(search::MemoryQueryTerms(q).empty()) << text;
  }
  q.text = "kerry";
  q.entity = "Kerry";
  EXPECT_TRUE(search::MemoryQueryTerms(q).empty());
}

std::string Unmark(std::string s) {
  s.erase(std::remove_if(s.begin(), s.end(), [](char c) { return c == kHitOpen || c == kHitClose; }), s.end());
  return s;
}

TEST(SnippetTest, WindowWithTheMostDistinctTermsStemmedAndMarked) {
  std::string body;
  for (int i = 0; i < 40; ++i) body += "filler" + std::to_string(i) + " ";
  body += "The envoys were negotiating in Beijing. ";
  for (int i = 0; i < 40; ++i) body += "more" + std::to_string(i) + " ";
  body += "Beijing again.";
  std::string s = search::CutSnippet(body, {"negoti", "beij"}, 10);
  EXPECT_EQ(s.rfind("\xE2\x80\xA6", 0), 0u) << s;  // starts with an ellipsis
  EXPECT_NE(s.find("\x02negotiating\x03"), std::string::npos) << s;
  EXPECT_NE(s.find("\x02" "Beijing\x03"), std::string::npos) << s;
  EXPECT_NE(body.find(Unmark(s).substr(3, 20)), std::string::npos);
  EXPECT_EQ(search::CutSnippet("No match here at all", {"beij"}, 3), "No match here\xE2\x80\xA6");
  EXPECT_EQ(search::CutSnippet("", {"beij"}), "");
}

TEST(SnippetTest, NonAsciiWordsAndTitles) {
  EXPECT_EQ(search::HighlightTitle("Kerry in Zürich, “Beijing’s” talks", {"zurich", "beij", "talk"}),
            "Kerry in \x02Zürich\x03, “\x02" "Beijing\x03’s” \x02talks\x03");
  EXPECT_EQ(search::CutSnippet("Happy, happiness!", {"happi"}, 5), "\x02Happy\x03, \x02happiness\x03");
}

}  // namespace
}  // namespace parallax
