// Event upkeep (step 5 of StoryClusterer::Add, after the decision).
//
// A joined event adds the document's unit vector to its profile (the sum of
// member vectors, cut to the profile_terms strongest terms), keeps the
// document's strongest terms as one of its newest member vectors (a ring),
// and re-posts its strongest profile terms at the back of their posting
// lists (lists are capped at twice the scanned length). Members also update
// the event's date span, outlets, entity and mentioned-date sets. Events
// idle for longer than thread_window_days (relative to the newest date
// seen) are closed and their profiles released, which bounds memory in a
// stream. Dates: an undated member gets the median date of the event's
// dated members and the distance to the farthest one.
#include <cmath>

#include "cluster/clusterer_internal.h"

namespace parallax::cluster::internal {

void MergeProfile(const DocVector& v, EventData* e, const ClusterOptions& o) {
  thread_local std::vector<WeightedTerm> merged;
  merged.clear();
  size_t i = 0, j = 0;
  while (i < e->profile.size() || j < v.terms.size()) {
    if (j == v.terms.size() || (i < e->profile.size() && e->profile[i].term < v.terms[j].term)) {
      merged.push_back(e->profile[i++]);
    } else if (i == e->profile.size() || v.terms[j].term < e->profile[i].term) {
      merged.push_back(v.terms[j++]);
    } else {
      merged.push_back({e->profile[i].term, e->profile[i].weight + v.terms[j].weight});
      ++i;
      ++j;
    }
  }
  KeepStrongest(&merged, static_cast<size_t>(o.profile_terms));
  double n2 = 0;
  for (const WeightedTerm& t : merged) n2 += static_cast<double>(t.weight) * t.weight;
  e->norm = std::sqrt(n2);
  e->profile.assign(merged.begin(), merged.end());
}

// Keeps the document's strongest terms as one of the event's member vectors.
void AddMemberVector(const DocVector& v, EventData* e, const ClusterOptions& o) {
  if (o.member_vectors <= 0) return;
  const std::vector<WeightedTerm>& m = StrongestTerms(v, o);
  if (e->members.size() < static_cast<size_t>(o.member_vectors)) {
    e->members.emplace_back(m.begin(), m.end());
  } else {
    e->members[e->next_member % e->members.size()].assign(m.begin(), m.end());
  }
  e->next_member = (e->next_member + 1) % static_cast<uint32_t>(o.member_vectors);
}

void PostEvent(uint32_t index, StoryClusterer::State* s, const ClusterOptions& o) {
  const EventData& e = s->events[index];
  thread_local std::vector<WeightedTerm> top;
  top.assign(e.profile.begin(), e.profile.end());
  KeepStrongest(&top, static_cast<size_t>(o.indexed_terms));  // posting order is irrelevant
  const size_t cap = 2 * static_cast<size_t>(o.postings_scan);
  for (size_t i = 0; i < top.size(); ++i) {
    std::vector<uint32_t>& list = s->postings[top[i].term];
    list.push_back(index);
    if (list.size() > cap) list.erase(list.begin(), list.end() - o.postings_scan);
  }
}

void AddEntities(const std::vector<uint64_t>& doc, EventData* e) {
  for (uint64_t h : doc) {
    auto it = std::lower_bound(e->entities.begin(), e->entities.end(), std::make_pair(h, 0u));
    if (it != e->entities.end() && it->first == h) {
      it->second++;
    } else if (e->entities.size() < kMaxEntitiesPerEvent) {
      e->entities.insert(it, {h, 1u});
    }
  }
}

void AddMentionedDays(const std::vector<int32_t>& days, EventData* e) {
  for (int32_t d : days) {
    auto it = std::lower_bound(e->mentioned_days.begin(), e->mentioned_days.end(), d);
    if ((it == e->mentioned_days.end() || *it != d) && e->mentioned_days.size() < kMaxMentionedDays) {
      e->mentioned_days.insert(it, d);
    }
  }
}

// Bookkeeping shared by content members and duplicates.
void CountMember(const Document& doc, const DocVector& v, int32_t effective_day, bool duplicate,
                 StoryClusterer::State* s, EventData* e) {
  e->documents++;
  if (duplicate) e->duplicates++;
  if (v.day != kNoDay) {
    e->member_days.push_back(v.day);
    e->first_day = e->first_day == kNoDay ? v.day : std::min(e->first_day, v.day);
    e->last_day = e->last_day == kNoDay ? v.day : std::max(e->last_day, v.day);
  }
  if (effective_day != kNoDay) e->active_day = std::max(e->active_day, effective_day);
  if (!doc.outlet.empty() && e->outlets.size() < kMaxOutletsPerEvent &&
      std::find(e->outlets.begin(), e->outlets.end(), doc.outlet) == e->outlets.end()) {
    e->outlets.push_back(doc.outlet);
  }
  int32_t& thread_day = s->thread_active_day[e->thread];
  if (effective_day != kNoDay) thread_day = std::max(thread_day, effective_day);
}

// Closes events that fell out of the thread window and frees their profiles.
void Sweep(StoryClusterer::State* s, const ClusterOptions& o) {
  if (s->clock == kNoDay) return;
  const int32_t horizon = s->clock - o.thread_window_days;
  for (size_t i = s->first_open; i < s->events.size(); ++i) {
    EventData& e = s->events[i];
    if (e.open && e.active_day != kNoDay && e.active_day < horizon) {
      e.open = false;
      std::vector<WeightedTerm>().swap(e.profile);
      std::vector<std::vector<WeightedTerm>>().swap(e.members);
      std::vector<std::pair<uint64_t, uint32_t>>().swap(e.entities);
      std::vector<int32_t>().swap(e.mentioned_days);
      e.norm = 0;
    }
  }
  while (s->first_open < s->events.size() && !s->events[s->first_open].open) s->first_open++;
}

std::string EventId(uint32_t index) { return "e" + std::to_string(index + 1); }
std::string ThreadId(uint32_t index) { return "t" + std::to_string(index + 1); }

// The event's median member date and the distance to its farthest dated
// member; leaves the outputs alone when no member is dated.
void EventDate(const EventData& e, std::string* date, int* uncertainty_days) {
  if (e.member_days.empty()) return;
  std::vector<int32_t> days = e.member_days;
  std::nth_element(days.begin(), days.begin() + days.size() / 2, days.end());
  int32_t median = days[days.size() / 2];
  *date = FormatDay(median);
  *uncertainty_days = std::max(median - e.first_day, e.last_day - median);
}

void InferDate(const EventData& e, const DocVector& v, Assignment* a) {
  if (v.day != kNoDay) {
    a->inferred_date = FormatDay(v.day);
    a->date_uncertainty_days = 0;
    return;
  }
  EventDate(e, &a->inferred_date, &a->date_uncertainty_days);
}

// Best event (score >= event threshold) and best thread match among the

}  // namespace parallax::cluster::internal
