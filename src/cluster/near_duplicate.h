// Near-duplicate detection with MinHash signatures and LSH banding.
//
// A signature holds kMinHashSize minima of the document's shingle hashes (one
// minimum per hash bin, one-permutation hashing); the fraction of equal positions
// between two signatures estimates the Jaccard similarity of their shingle
// sets. The index splits each signature into kBands bands of kRows rows and
// buckets documents by band; two documents become candidates when they share
// any band (probability 1-(1-J^rows)^bands: 0.64 at J=0.5, 0.99 at J=0.7),
// and a candidate is confirmed when its estimated Jaccard reaches the
// threshold. Exact copies are caught first by the body hash.
//
// Not thread-safe: one writer at a time. Memory is bounded by Evict(), which
// forgets documents in insertion order.
#ifndef PARALLAX_CLUSTER_NEAR_DUPLICATE_H_
#define PARALLAX_CLUSTER_NEAR_DUPLICATE_H_

#include <array>
#include <climits>
#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

namespace parallax::cluster {

inline constexpr int32_t kNoDay = INT32_MIN;  // unknown date
inline constexpr int kMinHashSize = 64;
inline constexpr int kBands = 16;
inline constexpr int kRows = kMinHashSize / kBands;

using MinHashSignature = std::array<uint32_t, kMinHashSize>;

// Signature of a set of shingle hashes (order and repeats do not matter).
// An empty set gives all 0xFFFFFFFF.
MinHashSignature ComputeMinHash(const std::vector<uint64_t>& shingles);

// Fraction of equal positions, in [0, 1].
double EstimateJaccard(const MinHashSignature& a, const MinHashSignature& b);

struct DupEntry {
  uint64_t seq = 0;        // stream sequence number of the document
  std::string doc_id;
  uint32_t event = 0;      // event index the document was assigned to
  int32_t day = 0;         // publication day (days since 1970-01-01), or kNoDay
  uint64_t body_hash = 0;
  MinHashSignature sig{};
};

class NearDuplicateIndex {
 public:
  struct Match {
    const DupEntry* entry = nullptr;  // valid until the next Add/Evict
    double jaccard = 0;
  };

  // Best match with estimated Jaccard >= threshold among indexed documents;
  // an exact body-hash match wins with jaccard 1. Ties go to the earliest.
  Match FindBest(uint64_t body_hash, const MinHashSignature& sig, double threshold) const;

  void Add(DupEntry entry);

  // Removes the oldest entries while size() > max_docs or their day is
  // (known and) < min_day.
  void Evict(size_t max_docs, int32_t min_day);

  size_t size() const { return entries_.size(); }
  const std::deque<DupEntry>& entries() const { return entries_; }

 private:
  static uint64_t BandKey(const MinHashSignature& sig, int band);
  const DupEntry* Lookup(uint64_t seq) const;

  std::deque<DupEntry> entries_;  // increasing seq
  std::unordered_map<uint64_t, std::vector<uint64_t>> buckets_;  // band key -> seqs
  std::unordered_map<uint64_t, uint64_t> by_body_;               // body hash -> seq
};

}  // namespace parallax::cluster

#endif  // PARALLAX_CLUSTER_NEAR_DUPLICATE_H_
