// Internal: the mutable state of a StoryClusterer, shared by the clustering
// code (story_clusterer.cc) and the snapshot code (state_io.cc). Not a public
// header; nothing outside src/cluster includes it.
#ifndef PARALLAX_CLUSTER_CLUSTER_STATE_H_
#define PARALLAX_CLUSTER_CLUSTER_STATE_H_

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "cluster/near_duplicate.h"
#include "cluster/story_clusterer.h"
#include "cluster/term_table.h"

namespace parallax::cluster {

struct __attribute__((packed)) WeightedTerm {  // 12 bytes: profiles and member vectors are read from cold memory
  uint64_t term = 0;
  float weight = 0;
};

struct EventData {
  uint32_t thread = 0;
  int32_t first_day = kNoDay;  // span of member publication dates
  int32_t last_day = kNoDay;
  int32_t active_day = kNoDay;  // stream clock when the last member arrived
  std::vector<int32_t> member_days;              // dated members, arrival order
  std::vector<WeightedTerm> profile;             // sorted by term; sum of unit doc vectors
  double norm = 0;                               // Euclidean norm of profile
  std::vector<std::vector<WeightedTerm>> members;  // newest member vectors (truncated), ring
  uint32_t next_member = 0;                      // ring position of the next replacement
  std::vector<std::pair<uint64_t, uint32_t>> entities;  // sorted by hash -> count
  std::vector<int32_t> mentioned_days;           // sorted, unique, capped
  std::vector<std::string> outlets;              // distinct, first-seen order
  uint32_t documents = 0;
  uint32_t duplicates = 0;
  bool open = true;
};

// Inverted index term -> events (oldest first). A TermTable maps the term
// to its list (one probe, where a node-based map chased two or three
// pointers per lookup); lists live in one vector. Key 0 is not a term.
class PostingIndex {
 public:
  const std::vector<uint32_t>* Find(uint64_t term) const {
    const uint32_t* slot = slots_.Find(term);
    return slot == nullptr ? nullptr : &lists_[*slot - 1];
  }
  std::vector<uint32_t>& operator[](uint64_t term) {
    uint32_t& slot = slots_[term];
    if (slot == 0) {
      lists_.emplace_back();
      slot = static_cast<uint32_t>(lists_.size());
    }
    return lists_[slot - 1];
  }
  size_t size() const { return lists_.size(); }
  // Hints that Find(term) will be called soon (no effect on contents).
  void PrefetchSlot(uint64_t term) const { slots_.Prefetch(term); }
  // fn(term, list) in increasing term order.
  template <typename Fn>
  void ForEachSorted(Fn&& fn) const {
    std::vector<std::pair<uint64_t, uint32_t>> keys;
    keys.reserve(lists_.size());
    slots_.ForEach([&](uint64_t term, uint32_t slot) { keys.emplace_back(term, slot); });
    std::sort(keys.begin(), keys.end());
    for (const auto& [term, slot] : keys) fn(term, lists_[slot - 1]);
  }

 private:
  TermTable<uint32_t> slots_;  // term -> index in lists_ + 1
  std::vector<std::vector<uint32_t>> lists_;
};

struct StoryClusterer::State {
  uint64_t num_docs = 0;          // documents seen (IDF denominator)
  uint64_t next_seq = 0;          // sequence number of the next document
  int32_t clock = kNoDay;         // newest publication day seen
  uint32_t first_open = 0;        // events below this index are all closed
  TermTable<uint32_t> df;         // term -> document frequency
  std::vector<EventData> events;
  std::vector<int32_t> thread_active_day;     // per thread
  PostingIndex postings;                      // term -> events, oldest first
  NearDuplicateIndex dups;

  // Publication-date span (first_day, last_day) of every event, a compact
  // copy of EventData's fields for the density scan of SameTimeWeight
  // (derived: not serialized, rebuilt on restore by SyncSpans()).
  std::vector<std::pair<int32_t, int32_t>> spans;
  void SyncSpan(size_t index) {
    if (spans.size() < events.size()) spans.resize(events.size(), {kNoDay, kNoDay});
    spans[index] = {events[index].first_day, events[index].last_day};
  }
  void SyncSpans() {
    spans.clear();
    for (size_t i = 0; i < events.size(); ++i) SyncSpan(i);
  }

  // Scratch buffers for retrieval (not serialized).
  struct Accumulator {
    float acc = 0;       // query weight gathered by the event for this document
    uint32_t stamp = 0;  // query term that last counted the event
  };
  std::vector<Accumulator> acc;  // per event; one cache line per posting read
  std::vector<uint32_t> touched;
  uint32_t stamp_value = 0;
};

// Snapshot helpers (state_io.cc).
std::string SerializeState(const StoryClusterer::State& state);
Status DeserializeState(std::string_view bytes, StoryClusterer::State* state);

}  // namespace parallax::cluster

#endif  // PARALLAX_CLUSTER_CLUSTER_STATE_H_
