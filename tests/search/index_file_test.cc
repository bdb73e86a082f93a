// The memory index's file (docs/formats/search_index.md): a saved and
// loaded index answers exactly as the one it was saved from; damage of any
// kind is rejected as Corruption (leaving an empty index); an index of
// other articles fails Verify; a loaded index catches up by seq.
#include <gtest/gtest.h>

#include "search/memory_index.h"
#include "seed_ingest.h"
#include "test_util.h"

namespace parallax {
namespace {

class IndexFileTest : public testing_util::SeedStoreSuite {
 protected:
  static void SetUpTestSuite() { IngestOnce("index_file_test", {}); }

  static std::vector<std::string> Ids(const SearchResults& r) {
    std::vector<std::string> out;
    for (const auto& h : r.hits) out.push_back(h.id + "|" + h.snippet + "|" + h.title_marked);
    return out;
  }
};

TEST_F(IndexFileTest, RoundTripAnswersTheSame) {
  search::MemoryIndex built;
  ASSERT_TRUE(built.CatchUp(store_.get(), 1000).ok());
  const std::string path = (scratch_->path() / "seeds.db.search").string();
  ASSERT_TRUE(built.Save(path).ok());
  search::MemoryIndex loaded;
  Status s = loaded.Load(path);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_TRUE(loaded.Verify(store_.get()).ok());
  EXPECT_EQ(loaded.Stats().articles, 5u);
  EXPECT_EQ(loaded.Stats().terms, built.Stats().terms);
  EXPECT_EQ(loaded.Stats().postings, built.Stats().postings);
  EXPECT_EQ(loaded.last_seq(), built.last_seq());
  EXPECT_EQ(loaded.Encode(), built.Encode());  // the same bytes again
  for (const char* text : {"kerry", "climate envoy talks", "kerry cop28", "methane coal china"}) {
    SearchQuery q;
    q.text = text;
    auto a = built.Search(q, store_.get());
    auto b = loaded.Search(q, store_.get());
    ASSERT_TRUE(a.ok() && b.ok()) << text;
    EXPECT_EQ(Ids(*a), Ids(*b)) << text;
    EXPECT_EQ(a->total, b->total) << text;
    ASSERT_FALSE(a->hits.empty());
    EXPECT_DOUBLE_EQ(a->hits[0].score, b->hits[0].score) << text;
  }
  SearchQuery filtered;  // the outlet table survives too
  filtered.text = "kerry";
  filtered.outlet = Get("001").outlet;
  auto a = built.Search(filtered, store_.get());
  auto b = loaded.Search(filtered, store_.get());
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(Ids(*a), Ids(*b));
  EXPECT_GE(b->hits.size(), 1u);
}

TEST_F(IndexFileTest, DamageIsCorruption) {
  search::MemoryIndex built;
  ASSERT_TRUE(built.CatchUp(store_.get(), 1000).ok());
  const std::string bytes = built.Encode();
  search::MemoryIndex loaded;
  ASSERT_TRUE(loaded.Decode(bytes).ok());
  // Every truncation, and a flipped byte anywhere, is rejected.
  for (size_t n : {size_t{0}, size_t{3}, size_t{12}, bytes.size() / 2, bytes.size() - 1}) {
    Status s = loaded.Decode(std::string_view(bytes).substr(0, n));
    EXPECT_EQ(s.code(), Status::Code::kCorruption) << n;
    EXPECT_EQ(loaded.Stats().articles, 0u) << n;
  }
  for (size_t at : {size_t{0}, size_t{5}, bytes.size() / 3, bytes.size() - 3}) {
    std::string damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x5A);
    EXPECT_EQ(loaded.Decode(damaged).code(), Status::Code::kCorruption) << at;
  }
  EXPECT_EQ(loaded.Load((scratch_->path() / "missing.search").string()).code(), Status::Code::kNotFound);
}

TEST_F(IndexFileTest, OtherStoreFailsVerifyAndLoadedIndexCatchesUp) {
  // An index of the first three seeds, checked against a store that holds
  // the five under the same seqs (it verifies, then catches up), and against
  // a store whose articles are others (it does not).
  search::MemoryIndex part;
  auto texts = store_->ArticleTextsAfter(0, 3, true);
  ASSERT_TRUE(texts.ok());
  ASSERT_TRUE(part.Add(*texts).ok());
  search::MemoryIndex loaded;
  ASSERT_TRUE(loaded.Decode(part.Encode()).ok());
  EXPECT_TRUE(loaded.Verify(store_.get()).ok());
  auto added = loaded.CatchUp(store_.get(), 1000);
  ASSERT_TRUE(added.ok());
  EXPECT_EQ(*added, 2u);
  EXPECT_EQ(loaded.Stats().articles, 5u);

  testing_util::ScratchDir other("index_file_test_other");
  auto other_store = Store::Open((other.path() / "other.db").string());
  ASSERT_TRUE(other_store.ok());
  Article a;
  a.id = "other-article";
  a.body = "A different article about something else entirely.";
  a.title = "Something else";
  std::vector<PutOutcome> outcomes;
  ASSERT_TRUE((*other_store)->PutBatch({&a}, &outcomes).ok());
  EXPECT_EQ(loaded.Verify(other_store->get()).code(), Status::Code::kCorruption);
}

}  // namespace
}  // namespace parallax
