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
// entry's (band key, seq) pair from each of its kBands bands. The buckets are
// one flat open-addressing multimap (no allocation per document, where a
// map of vectors made 32); the best match does not depend on the order in
// which a bucket is visited (ties go to the smallest seq).
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

std::array<uint64_t, kBands> NearDuplicateIndex::BandKeys(const MinHashSignature& sig) const {
  std::array<uint64_t, kBands> keys;
  for (int band = 0; band < kBands; ++band) {
    keys[band] = BandKey(sig, band);
    buckets_.Prefetch(keys[band]);
  }
  return keys;
}

const DupEntry* NearDuplicateIndex::Lookup(uint64_t seq) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), seq,
                             [](const DupEntry& e, uint64_t s) { return e.seq < s; });
  if (it == entries_.end() || it->seq != seq) return nullptr;
  return &*it;
}

void NearDuplicateIndex::SeqMultiMap::Rebuild(size_t capacity) {
  std::vector<Slot> old;
  old.swap(slots_);
  slots_.assign(capacity, Slot{});
  shift_ = 64;
  for (size_t c = capacity; c > 1; c >>= 1) --shift_;
  live_ = dead_ = 0;
  for (const Slot& s : old) {
    if (s.key != kEmpty && s.key != kDead) Insert(s.key, s.seq);
  }
}

void NearDuplicateIndex::SeqMultiMap::Insert(uint64_t key, uint64_t seq) {
  if (3 * (live_ + dead_ + 1) > 2 * slots_.size()) {  // keep probe runs short
    size_t capacity = 64;
    while (capacity < 3 * (live_ + 1)) capacity <<= 1;
    Rebuild(capacity);
  }
  key = Normalize(key);
  size_t i = Home(key);
  while (slots_[i].key != kEmpty && slots_[i].key != kDead) i = (i + 1) & (slots_.size() - 1);
  if (slots_[i].key == kDead) --dead_;
  slots_[i] = {key, seq};
  ++live_;
}

void NearDuplicateIndex::SeqMultiMap::Erase(uint64_t key, uint64_t seq) {
  if (slots_.empty()) return;
  key = Normalize(key);
  for (size_t i = Home(key); slots_[i].key != kEmpty; i = (i + 1) & (slots_.size() - 1)) {
    if (slots_[i].key == key && slots_[i].seq == seq) {
      slots_[i].key = kDead;
      --live_;
      ++dead_;
      return;
    }
  }
}

NearDuplicateIndex::Match NearDuplicateIndex::FindBest(uint64_t body_hash,
                                                       const MinHashSignature& sig,
                                                       double threshold) const {
  by_body_.Prefetch(body_hash);
  const std::array<uint64_t, kBands> keys = BandKeys(sig);
  const DupEntry* exact = nullptr;
  by_body_.ForEach(body_hash, [&](uint64_t seq) {
    if (exact == nullptr) exact = Lookup(seq);
  });
  if (exact != nullptr) return {exact, 1.0};
  Match best;
  for (int band = 0; band < kBands; ++band) {
    buckets_.ForEach(keys[band], [&](uint64_t seq) {
      const DupEntry* e = Lookup(seq);
      if (e == nullptr) return;
      double j = EstimateJaccard(sig, e->sig);
      if (j < threshold) return;
      if (best.entry == nullptr || j > best.jaccard ||
          (j == best.jaccard && e->seq < best.entry->seq)) {
        best = {e, j};
      }
    });
  }
  return best;
}

void NearDuplicateIndex::Add(DupEntry entry) {
  by_body_.Prefetch(entry.body_hash);
  const std::array<uint64_t, kBands> keys = BandKeys(entry.sig);
  for (int band = 0; band < kBands; ++band) buckets_.Insert(keys[band], entry.seq);
  if (!by_body_.Contains(entry.body_hash)) by_body_.Insert(entry.body_hash, entry.seq);
  entries_.push_back(std::move(entry));
}

void NearDuplicateIndex::Evict(size_t max_docs, int32_t min_day) {
  while (!entries_.empty()) {
    const DupEntry& e = entries_.front();
    bool too_many = entries_.size() > max_docs;
    bool too_old = e.day != kNoDay && min_day != kNoDay && e.day < min_day;
    if (!too_many && !too_old) break;
    by_body_.Prefetch(e.body_hash);
    const std::array<uint64_t, kBands> keys = BandKeys(e.sig);
    for (int band = 0; band < kBands; ++band) buckets_.Erase(keys[band], e.seq);
    by_body_.Erase(e.body_hash, e.seq);
    entries_.pop_front();
  }
}

}  // namespace parallax::cluster
