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
  // The kBands band keys of `sig`, their bucket slots prefetched: the table
  // is far larger than the caches, and its misses overlap when issued
  // together.
  std::array<uint64_t, kBands> BandKeys(const MinHashSignature& sig) const;
  const DupEntry* Lookup(uint64_t seq) const;

  // Open-addressing multimap from a 64-bit key to sequence numbers (linear
  // probing, tombstones; rebuilt when live + dead slots pass 2/3): no
  // allocation per document, one cache line per probe in the common case.
  class SeqMultiMap {
   public:
    void Insert(uint64_t key, uint64_t seq);
    void Erase(uint64_t key, uint64_t seq);  // one (key, seq) pair, if present
    template <typename Fn>
    void ForEach(uint64_t key, Fn&& fn) const {  // fn(seq) for each pair with key
      if (slots_.empty()) return;
      key = Normalize(key);
      for (size_t i = Home(key);; i = (i + 1) & (slots_.size() - 1)) {
        if (slots_[i].key == kEmpty) return;
        if (slots_[i].key == key) fn(slots_[i].seq);
      }
    }
    // Hints that `key` will be probed soon (no effect on contents).
    void Prefetch(uint64_t key) const {
      if (!slots_.empty()) __builtin_prefetch(&slots_[Home(Normalize(key))]);
    }
    bool Contains(uint64_t key) const {
      bool found = false;
      ForEach(key, [&](uint64_t) { found = true; });
      return found;
    }

   private:
    static constexpr uint64_t kEmpty = 0, kDead = 1;
    struct Slot {
      uint64_t key = kEmpty;
      uint64_t seq = 0;
    };
    static uint64_t Normalize(uint64_t key) { return key < 2 ? key + 2 : key; }
    size_t Home(uint64_t key) const {
      return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift_);
    }
    void Rebuild(size_t capacity);

    std::vector<Slot> slots_;
    int shift_ = 64;
    size_t live_ = 0, dead_ = 0;
  };

  std::deque<DupEntry> entries_;  // increasing seq
  SeqMultiMap buckets_;           // band key -> seqs
  SeqMultiMap by_body_;           // body hash -> seq of its earliest indexed copy
};

}  // namespace parallax::cluster

#endif  // PARALLAX_CLUSTER_NEAR_DUPLICATE_H_
