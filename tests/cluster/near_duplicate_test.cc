// NearDuplicateIndex: matches survive many insertions and evictions (the
// flat bucket table rebuilds itself as tombstones accumulate), evicted
// documents are never returned, and exact copies resolve to the earliest.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "cluster/near_duplicate.h"

namespace parallax::cluster {
namespace {

// Shingle set of synthetic document `n`: 200 values unique to it.
std::vector<uint64_t> Shingles(uint64_t n) {
  std::vector<uint64_t> s;
  for (uint64_t i = 0; i < 200; ++i) s.push_back(n * 1000003ULL + i * 7919ULL + 1);
  return s;
}

DupEntry Entry(uint64_t seq, uint64_t doc, uint64_t body_hash) {
  DupEntry e;
  e.seq = seq;
  e.doc_id = "d" + std::to_string(seq);
  e.event = static_cast<uint32_t>(doc);
  e.day = kNoDay;
  e.body_hash = body_hash;
  e.sig = ComputeMinHash(Shingles(doc));
  return e;
}

TEST(NearDuplicateIndexTest, FindsOnlyLiveDocumentsAcrossManyEvictions) {
  NearDuplicateIndex index;
  constexpr uint64_t kDocs = 20000, kKeep = 500;
  for (uint64_t seq = 0; seq < kDocs; ++seq) {
    index.Add(Entry(seq, seq, 0x1000 + seq));
    index.Evict(kKeep, kNoDay);
  }
  EXPECT_EQ(index.size(), kKeep);
  // A live document is found through LSH (no body hash given)...
  NearDuplicateIndex::Match live = index.FindBest(1, ComputeMinHash(Shingles(kDocs - 1)), 0.5);
  ASSERT_NE(live.entry, nullptr);
  EXPECT_EQ(live.entry->seq, kDocs - 1);
  EXPECT_DOUBLE_EQ(live.jaccard, 1.0);
  // ... and by its body hash; evicted ones are found by neither.
  NearDuplicateIndex::Match exact = index.FindBest(0x1000 + kDocs - kKeep, {}, 0.5);
  ASSERT_NE(exact.entry, nullptr);
  EXPECT_EQ(exact.entry->seq, kDocs - kKeep);
  EXPECT_EQ(index.FindBest(1, ComputeMinHash(Shingles(kDocs - kKeep - 1)), 0.5).entry, nullptr);
  EXPECT_EQ(index.FindBest(0x1000 + 3, {}, 0.5).entry, nullptr);
}

TEST(NearDuplicateIndexTest, CopiesResolveToTheEarliestLiveOne) {
  NearDuplicateIndex index;
  index.Add(Entry(0, 7, 0xABC));
  index.Add(Entry(1, 7, 0xABC));
  index.Add(Entry(2, 7, 0xABC));
  NearDuplicateIndex::Match m = index.FindBest(0xABC, ComputeMinHash(Shingles(7)), 0.5);
  ASSERT_NE(m.entry, nullptr);
  EXPECT_EQ(m.entry->seq, 0u);
  index.Evict(2, kNoDay);  // drops seq 0
  m = index.FindBest(0xABC, ComputeMinHash(Shingles(7)), 0.5);
  ASSERT_NE(m.entry, nullptr);
  EXPECT_EQ(m.entry->seq, 1u);  // through LSH: ties go to the smallest seq
  EXPECT_DOUBLE_EQ(m.jaccard, 1.0);
}

}  // namespace
}  // namespace parallax::cluster
