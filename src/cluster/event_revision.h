// Revising the events of one thread offline, after the stream placed them.
//
// The streaming clusterer decides each article once, against events that
// hold only what arrived before it; when the first report of a second,
// look-alike happening joins the first one's event, the blended profile
// then attracts both and nothing later can undo it. ReviseThreadEvents
// re-clusters the members of one thread from scratch, seeing all of them
// at once, with the final document frequencies: average-link agglomeration
// over the members' TF-IDF vectors (cosine times a time factor when both
// are dated) stops when no two groups are on average at least
// `link_threshold` alike. A thread is the right unit: gold events almost
// never straddle threads (ECB+ thread recall 0.99), and threads are small.
//
// The result is a partition of the members, mapped onto the streaming
// event labels so that ids stay stable: groups take over, greedily by
// overlap (ties: the group with the earlier first member, then the smaller
// label), the streaming label that most of their members carry; a group
// left without one is reported as new (label -1), and the caller names it.
// Duplicates stay with their originals.
//
// Pure, deterministic (no clocks, randomness or pointer-order iteration)
// and thread-safe.
#ifndef PARALLAX_CLUSTER_EVENT_REVISION_H_
#define PARALLAX_CLUSTER_EVENT_REVISION_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "cluster/story_clusterer.h"
#include "cluster/text_features.h"

namespace parallax::cluster {

struct RevisionMember {
  std::vector<TermCount> terms;  // ExtractFeatures(title, text).terms
  int32_t day = INT32_MIN;       // publication day (ParseDay) or kNoDay
  int64_t event = 0;             // the streaming event label (e.g. its index)
  int64_t duplicate_of = -1;     // index of the copied member in the same vector, or -1
};

struct RevisionOptions {
  // Average-link stopping point: groups merge while their mean pairwise
  // similarity reaches this.
  double link_threshold = 0.25;
  // Threads with more members are left as the stream placed them (the
  // agglomeration costs O(n^2) memory and O(n^3) time in the worst case).
  size_t max_members = 400;
  // Time factor of a dated pair: 1 within gap_days, then
  // exp(-(gap - gap_days) / decay_days) (as the stream's event score).
  int gap_days = 7;
  double decay_days = 5.0;
  // Share of a term's weight that depends on how few of the thread's
  // members carry it: weight x ((1 - s) + s * ln((n + 1) / (df + 1)) / ln(n + 1)),
  // so that the vocabulary the whole thread shares counts less than what
  // tells its events apart (0 = corpus IDF alone).
  double local_idf_share = 0.15;
  // 0: the agglomeration's groups replace the thread's events. n > 0: they
  // only split streaming events, and only into parts of at least n members
  // (smaller parts stay with the event's largest part); no events merge.
  size_t min_split_size = 3;
  // With min_split_size > 0: parts of at least min_split_size members that
  // the agglomeration puts in one group also merge across events.
  bool merge_parts = true;
};

// Inverse document frequency of a term (e.g. StoryClusterer::Idf); values
// <= 0 drop the term.
using IdfFunction = std::function<double(uint64_t term)>;

// Revised event label per member (same order as `members`): a streaming
// label, or -1 for a group that none was left for (new groups are numbered
// by the caller in order of their first member; members with -1 that
// belong together are told apart by `group`, if given: the group index per
// member, groups numbered by first member).
std::vector<int64_t> ReviseThreadEvents(const std::vector<RevisionMember>& members, const IdfFunction& idf,
                                        const RevisionOptions& options, std::vector<uint32_t>* group = nullptr);

// A finished stream revised: the documents are grouped by their thread
// (`assigned[i].thread_id`), each thread's events revised as above, and the
// event id of every document returned in order: a streaming "e<N>", or
// "r<thread>-<group>" for a group no streaming id was left for.
// `members[i]` carries document i's terms and day; its `event` and
// `duplicate_of` are filled here from `assigned` (a copy's original is
// found by id in `ids`). `members`, `ids` and `assigned` have one entry
// per document, in arrival order.
std::vector<std::string> ReviseStreamEvents(std::vector<RevisionMember> members, const std::vector<std::string>& ids,
                                            const std::vector<Assignment>& assigned, const IdfFunction& idf,
                                            const RevisionOptions& options);

}  // namespace parallax::cluster

#endif  // PARALLAX_CLUSTER_EVENT_REVISION_H_
