// Internal: the pieces of StoryClusterer::Add shared by its source files
// (doc_vector.cc: a document's weighted vector; candidate_scoring.cc:
// retrieval and scores; event_upkeep.cc: event profiles, the posting index,
// closing and dates; story_clusterer.cc: the decision and the API). Not a
// public header; nothing outside src/cluster includes it.
#ifndef PARALLAX_CLUSTER_CLUSTERER_INTERNAL_H_
#define PARALLAX_CLUSTER_CLUSTERER_INTERNAL_H_

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cluster/cluster_state.h"
#include "cluster/story_clusterer.h"
#include "cluster/term_table.h"
#include "cluster/text_features.h"

namespace parallax::cluster::internal {

constexpr size_t kMaxEntitiesPerEvent = 200;
constexpr size_t kMaxMentionedDays = 64;
constexpr size_t kMaxOutletsPerEvent = 256;
constexpr uint64_t kSweepEvery = 1024;

struct DocVector {
  std::vector<WeightedTerm> terms;  // sorted by term, unit length
  // The member_terms strongest of `terms` (sorted by term), selected once
  // per document for both the retrieval query and the member vector.
  mutable std::vector<WeightedTerm> strongest;
  mutable bool has_strongest = false;
  std::vector<uint64_t> entities;   // sorted, unique
  std::vector<int32_t> mentioned;   // sorted, unique
  int32_t day = kNoDay;             // publication day
};

struct Scored {
  uint32_t event = 0;
  double text = 0;
  double event_score = 0;
  double thread_score = 0;
};

// The current document's vector for dot products: a hash table of its
// weights behind an 8192-bit filter. Most terms of a candidate's profile are
// not in the document; the filter answers those with one bit test in L1
// instead of a probe.
struct DocTerms {
  static constexpr int kFilterWords = 128;
  TermTable<float> weights;
  uint64_t filter[kFilterWords] = {};

  static uint32_t Bit(uint64_t term) { return static_cast<uint32_t>(term >> 51); }  // 13 bits

  void Assign(const std::vector<WeightedTerm>& terms) {
    weights.Reset(terms.size());
    std::fill(std::begin(filter), std::end(filter), 0);
    for (const WeightedTerm& t : terms) {
      weights[t.term] = t.weight;
      filter[Bit(t.term) >> 6] |= 1ULL << (Bit(t.term) & 63);
    }
  }

  double Dot(const std::vector<WeightedTerm>& v) const {
    double dot = 0;
    for (const WeightedTerm& t : v) {
      const uint32_t bit = Bit(t.term);
      if ((filter[bit >> 6] >> (bit & 63) & 1) == 0) continue;
      if (const float* w = weights.Find(t.term)) dot += static_cast<double>(*w) * t.weight;
    }
    return dot;
  }
};

// Best event (score >= event threshold) and best thread match among the
// retrieved candidates.
struct Choice {
  Scored event, thread;
  bool has_event = false, has_thread = false;
};

// doc_vector.cc ------------------------------------------------------------

// Fills p's per-term factors, entities, mentioned days and day from
// p->features and the document (pure: no stream state).
void PrepareVector(const Document& doc, const ClusterOptions& o, PreparedDocument* p);
// The document's unit TF-IDF vector, entities, mentioned days and day;
// updates the document frequencies. Fills `out` (its buffers are reused).
void Vectorize(const PreparedDocument& p, StoryClusterer::State* s, const ClusterOptions& o,
               DocVector* out);
// Keeps the k strongest terms of a term-sorted vector (ties: lower term
// first), still sorted by term.
void KeepStrongest(std::vector<WeightedTerm>* v, size_t k);
// The member_terms strongest terms of the document, sorted by term (cached).
const std::vector<WeightedTerm>& StrongestTerms(const DocVector& v, const ClusterOptions& o);

// candidate_scoring.cc -----------------------------------------------------

// Retrieves the candidates and scores them: the best event and thread.
Choice ScoreCandidates(const DocVector& v, int32_t effective_day, StoryClusterer::State* s,
                       const ClusterOptions& o);

// event_upkeep.cc ----------------------------------------------------------

// Adds the document's vector to the event profile (strongest profile_terms kept).
void MergeProfile(const DocVector& v, EventData* e, const ClusterOptions& o);
// Keeps the document's strongest terms as one of the event's member vectors.
void AddMemberVector(const DocVector& v, EventData* e, const ClusterOptions& o);
// Re-posts the event's strongest profile terms at the back of their lists.
void PostEvent(uint32_t index, StoryClusterer::State* s, const ClusterOptions& o);
void AddEntities(const std::vector<uint64_t>& doc, EventData* e);
void AddMentionedDays(const std::vector<int32_t>& days, EventData* e);
// Bookkeeping shared by content members and duplicates.
void CountMember(const Document& doc, const DocVector& v, int32_t effective_day, bool duplicate,
                 StoryClusterer::State* s, EventData* e);
// Closes events that fell out of the thread window and frees their profiles.
void Sweep(StoryClusterer::State* s, const ClusterOptions& o);
std::string EventId(uint32_t index);
std::string ThreadId(uint32_t index);
// The event's median member date and the distance to its farthest dated
// member; leaves the outputs alone when no member is dated.
void EventDate(const EventData& e, std::string* date, int* uncertainty_days);
void InferDate(const EventData& e, const DocVector& v, Assignment* a);

}  // namespace parallax::cluster::internal

#endif  // PARALLAX_CLUSTER_CLUSTERER_INTERNAL_H_
