// Internal: the mutable state of a StoryClusterer, shared by the clustering
// code (story_clusterer.cc) and the snapshot code (state_io.cc). Not a public
// header; nothing outside src/cluster includes it.
#ifndef PARALLAX_CLUSTER_CLUSTER_STATE_H_
#define PARALLAX_CLUSTER_CLUSTER_STATE_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "cluster/near_duplicate.h"
#include "cluster/story_clusterer.h"
#include "cluster/term_table.h"

namespace parallax::cluster {

struct WeightedTerm {
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

struct StoryClusterer::State {
  uint64_t num_docs = 0;          // documents seen (IDF denominator)
  uint64_t next_seq = 0;          // sequence number of the next document
  int32_t clock = kNoDay;         // newest publication day seen
  uint32_t first_open = 0;        // events below this index are all closed
  TermTable<uint32_t> df;         // term -> document frequency
  std::vector<EventData> events;
  std::vector<int32_t> thread_active_day;     // per thread
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings;  // term -> events, oldest first
  NearDuplicateIndex dups;

  // Scratch buffers for retrieval (not serialized).
  std::vector<float> acc;
  std::vector<uint32_t> stamp;
  std::vector<uint32_t> touched;
  uint32_t stamp_value = 0;
};

// Snapshot helpers (state_io.cc).
std::string SerializeState(const StoryClusterer::State& state);
Status DeserializeState(std::string_view bytes, StoryClusterer::State* state);

}  // namespace parallax::cluster

#endif  // PARALLAX_CLUSTER_CLUSTER_STATE_H_
