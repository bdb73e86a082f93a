// MinHash + LSH near-duplicate index.
//
// Signatures use one-permutation hashing (Li, Owen & Zhang 2012): each
// shingle hash is mixed once, its top 6 bits pick one of the 64 bins and its
// low 32 bits compete for that bin's minimum; empty bins are densified from
// their right neighbour (Shrivastava & Li 2014). One multiply per shingle
// instead of 64, the same Jaccard estimator, identical on every platform so
// that signatures can be persisted.
// Buckets hold stream sequence numbers rather than pointers so that entries
// can live in a deque and be evicted oldest-first; eviction removes the
// sequence number from each of the entry's kBands buckets (they are appended
// in order, so the oldest is at the front of each bucket).
#include "cluster/near_duplicate.h"

#include <algorithm>

namespace parallax::cluster {
namespace {

uint64_t SplitMix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

}  // namespace

MinHashSignature ComputeMinHash(const std::vector<uint64_t>& shingles) {
  constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  MinHashSignature sig;
  sig.fill(kEmpty);
  for (uint64_t x : shingles) {
    uint64_t y = (x ^ (x >> 31)) * 0xd6e8feb86659fd93ULL;
    uint32_t bin = static_cast<uint32_t>(y >> 58);  // kMinHashSize == 64 bins
    uint32_t value = std::min<uint32_t>(static_cast<uint32_t>(y), kEmpty - 1);
    sig[bin] = std::min(sig[bin], value);
  }
  // Densification: an empty bin borrows the value of the next non-empty bin
  // to its right, re-hashed with the distance, so that two documents with
  // the same shingle set still get equal signatures.
  MinHashSignature filled = sig;
  for (int i = 0; i < kMinHashSize; ++i) {
    if (sig[i] != kEmpty) continue;
    for (int d = 1; d < kMinHashSize; ++d) {
      uint32_t v = sig[(i + d) % kMinHashSize];
      if (v == kEmpty) continue;
      filled[i] = static_cast<uint32_t>(SplitMix(v + (static_cast<uint64_t>(d) << 32)) >> 33);
      break;
    }
  }
  return filled;
}

double EstimateJaccard(const MinHashSignature& a, const MinHashSignature& b) {
  int same = 0;
  for (int i = 0; i < kMinHashSize; ++i) same += a[i] == b[i];
  return static_cast<double>(same) / kMinHashSize;
}

uint64_t NearDuplicateIndex::BandKey(const MinHashSignature& sig, int band) {
  uint64_t h = SplitMix(static_cast<uint64_t>(band) + 1);
  for (int r = 0; r < kRows; ++r) h = SplitMix(h ^ sig[band * kRows + r]);
  return h;
}

const DupEntry* NearDuplicateIndex::Lookup(uint64_t seq) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), seq,
                             [](const DupEntry& e, uint64_t s) { return e.seq < s; });
  if (it == entries_.end() || it->seq != seq) return nullptr;
  return &*it;
}

NearDuplicateIndex::Match NearDuplicateIndex::FindBest(uint64_t body_hash,
                                                       const MinHashSignature& sig,
                                                       double threshold) const {
  Match best;
  auto exact = by_body_.find(body_hash);
  if (exact != by_body_.end()) {
    if (const DupEntry* e = Lookup(exact->second)) return {e, 1.0};
  }
  for (int band = 0; band < kBands; ++band) {
    auto it = buckets_.find(BandKey(sig, band));
    if (it == buckets_.end()) continue;
    for (uint64_t seq : it->second) {
      const DupEntry* e = Lookup(seq);
      if (e == nullptr) continue;
      double j = EstimateJaccard(sig, e->sig);
      if (j < threshold) continue;
      if (best.entry == nullptr || j > best.jaccard ||
          (j == best.jaccard && e->seq < best.entry->seq)) {
        best = {e, j};
      }
    }
  }
  return best;
}

void NearDuplicateIndex::Add(DupEntry entry) {
  for (int band = 0; band < kBands; ++band) {
    std::vector<uint64_t>& bucket = buckets_[BandKey(entry.sig, band)];
    if (bucket.empty() || bucket.back() != entry.seq) bucket.push_back(entry.seq);
  }
  by_body_.emplace(entry.body_hash, entry.seq);  // keeps the earliest copy
  entries_.push_back(std::move(entry));
}

void NearDuplicateIndex::Evict(size_t max_docs, int32_t min_day) {
  while (!entries_.empty()) {
    const DupEntry& e = entries_.front();
    bool too_many = entries_.size() > max_docs;
    bool too_old = e.day != kNoDay && min_day != kNoDay && e.day < min_day;
    if (!too_many && !too_old) break;
    for (int band = 0; band < kBands; ++band) {
      auto it = buckets_.find(BandKey(e.sig, band));
      if (it == buckets_.end()) continue;
      auto& v = it->second;
      auto pos = std::find(v.begin(), v.end(), e.seq);
      if (pos != v.end()) v.erase(pos);
      if (v.empty()) buckets_.erase(it);
    }
    auto body = by_body_.find(e.body_hash);
    if (body != by_body_.end() && body->second == e.seq) by_body_.erase(body);
    entries_.pop_front();
  }
}

}  // namespace parallax::cluster
