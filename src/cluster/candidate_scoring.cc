// Candidate retrieval and scoring (steps 3-4 of StoryClusterer::Add).
//
// Retrieval: the document's strongest terms are looked up in an inverted
// index term -> events. Every time an event grows, its strongest profile
// terms are re-posted at the back of their lists, and only the newest
// postings_scan postings of a list are read, so retrieval favours live
// events and costs O(query_terms * postings_scan) whatever the corpus size.
// The top `candidates` events by accumulated query weight are scored
// exactly.
//
// Scoring: text = cosine(document, event profile) blended with the best
// cosine with the event's newest member vectors; when both sides carry
// entities, text is blended with the share of the document's entities that
// the event already has. The event score multiplies this by a time factor:
// 1 while the publication date lies within the event's span widened by
// event_gap_days, then exp(-excess/event_decay_days); dates a document
// mentions after its publication (a preview's announced day, ISO weeks as
// their Thursday) count as its time too. Undated documents use the dates
// they mention; with no date evidence the factor is 1 (text alone decides,
// as on ECB+). A date inside the widened span adds a bonus damped by how
// many events are active at that time (time is strong evidence in a sparse
// feed, weak in a firehose); a mentioned date shared with the event adds a
// small bonus. The thread score is the same without the time factor.
#include <cmath>

#include "cluster/clusterer_internal.h"

namespace parallax::cluster::internal {
namespace {

double EntityOverlap(const std::vector<uint64_t>& doc, const EventData& e) {
  if (doc.empty() || e.entities.empty()) return -1;
  size_t hits = 0;
  for (uint64_t h : doc) {
    auto it = std::lower_bound(e.entities.begin(), e.entities.end(), std::make_pair(h, 0u));
    if (it != e.entities.end() && it->first == h) ++hits;
  }
  return static_cast<double>(hits) / doc.size();
}

// Distance in days from `day` to the interval [lo, hi].
int32_t GapDays(int32_t day, int32_t lo, int32_t hi) {
  if (day < lo) return lo - day;
  if (day > hi) return day - hi;
  return 0;
}

bool SharesMentionedDay(const std::vector<int32_t>& a, const std::vector<int32_t>& b) {
  for (int32_t d : a) {
    auto it = std::lower_bound(b.begin(), b.end(), d - 1);
    if (it != b.end() && *it <= d + 1) return true;
  }
  return false;
}



// True when the event is open and its newest member is at most `window`
// days older than `day` (the document's effective day); late-arriving old
// documents are compared with their own time, not the stream clock.
bool WithinDays(const EventData& e, int32_t day, int window) {
  if (!e.open) return false;
  if (day == kNoDay || e.active_day == kNoDay) return true;
  return e.active_day >= day - window;
}

// Top events by accumulated query weight over the newest postings.
std::vector<uint32_t> Retrieve(const DocVector& v, StoryClusterer::State* s,
                               const ClusterOptions& o) {
  thread_local std::vector<WeightedTerm> query;
  // The strongest query_terms lie among the strongest member_terms (the
  // same total order), so the smaller set is selected from when it is one.
  if (o.query_terms <= o.member_terms) {
    const std::vector<WeightedTerm>& top = StrongestTerms(v, o);
    query.assign(top.begin(), top.end());
  } else {
    query.assign(v.terms.begin(), v.terms.end());
  }
  size_t q = std::min<size_t>(query.size(), static_cast<size_t>(o.query_terms));
  auto stronger = [](const WeightedTerm& a, const WeightedTerm& b) {
    return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
  };
  KeepStrongest(&query, q);  // the q strongest, then strongest first
  std::sort(query.begin(), query.end(), stronger);
  s->acc.resize(s->events.size());
  s->touched.clear();
  // The posting table slots, the list headers and the lists' newest
  // postings are cold: each stage's loads are issued for all query terms
  // before the next stage needs them, so their misses overlap instead of
  // coming one term at a time.
  thread_local std::vector<const std::vector<uint32_t>*> lists;
  lists.assign(q, nullptr);
  for (size_t i = 0; i < q; ++i) s->postings.PrefetchSlot(query[i].term);
  for (size_t i = 0; i < q; ++i) {
    lists[i] = s->postings.Find(query[i].term);
    if (lists[i] != nullptr) __builtin_prefetch(lists[i]);
  }
  const size_t scan = static_cast<size_t>(o.postings_scan);
  for (size_t i = 0; i < q; ++i) {
    if (lists[i] == nullptr) continue;
    const std::vector<uint32_t>& list = *lists[i];
    const size_t from = list.size() > scan ? list.size() - scan : 0;
    const char* first = reinterpret_cast<const char*>(list.data() + from);
    const char* end = reinterpret_cast<const char*>(list.data() + list.size());
    for (const char* p = first; p < end; p += 64) __builtin_prefetch(p);
  }
  for (size_t i = 0; i < q; ++i) {
    if (lists[i] == nullptr) continue;
    const std::vector<uint32_t>& list = *lists[i];
    ++s->stamp_value;  // one stamp per term: an event counts once per term
    size_t from = list.size() > scan ? list.size() - scan : 0;
    for (size_t p = from; p < list.size(); ++p) {
      uint32_t e = list[p];
      StoryClusterer::State::Accumulator& a = s->acc[e];
      if (a.stamp == s->stamp_value) continue;
      a.stamp = s->stamp_value;
      if (a.acc == 0.0f) s->touched.push_back(e);
      a.acc += query[i].weight;
    }
  }
  std::vector<uint32_t>& touched = s->touched;
  size_t c = std::min<size_t>(touched.size(), static_cast<size_t>(o.candidates));
  auto better = [s](uint32_t a, uint32_t b) {
    return s->acc[a].acc != s->acc[b].acc ? s->acc[a].acc > s->acc[b].acc : a < b;
  };
  std::partial_sort(touched.begin(), touched.begin() + c, touched.end(), better);
  std::vector<uint32_t> top(touched.begin(), touched.begin() + c);
  for (uint32_t e : touched) s->acc[e].acc = 0.0f;
  return top;
}

// How informative "published at the same time" is: 1 in a sparse stream,
// falling as 1 / (1 + n / same_time_reference) with the number n of events
// active within event_gap_days of `day` (among the newest kDensityScan
// events), because in a dense feed many unrelated stories share a date.
double SameTimeWeight(const StoryClusterer::State& s, int32_t day, const ClusterOptions& o) {
  if (day == kNoDay) return 0;
  constexpr size_t kDensityScan = 400;
  size_t n = 0;
  size_t stop = s.events.size() > kDensityScan ? s.events.size() - kDensityScan : 0;
  for (size_t i = s.events.size(); i > stop; --i) {
    const auto [first, last] = s.spans[i - 1];
    if (first != kNoDay && GapDays(day, first, last) <= o.event_gap_days) ++n;
  }
  return 1.0 / (1.0 + static_cast<double>(n) / o.same_time_reference);
}

Scored ScoreEvent(const DocVector& v, const DocTerms& doc, uint32_t index,
                  const EventData& e, double same_time_weight, const ClusterOptions& o) {
  Scored r;
  r.event = index;
  double cos = e.norm > 0 ? doc.Dot(e.profile) / e.norm : 0.0;
  if (!e.members.empty() && o.member_weight > 0) {
    double best = 0;
    for (const std::vector<WeightedTerm>& m : e.members) best = std::max(best, doc.Dot(m));
    cos = (1.0 - o.member_weight) * cos + o.member_weight * best;
  }
  double ent = EntityOverlap(v.entities, e);
  r.text = ent < 0 ? cos : (1.0 - o.entity_weight) * cos + o.entity_weight * ent;
  double bonus = 0;
  if (!v.mentioned.empty() && SharesMentionedDay(v.mentioned, e.mentioned_days)) {
    bonus = o.mentioned_date_bonus;
  }
  double factor = 1.0;
  if (e.first_day != kNoDay) {
    int32_t gap = -1;
    if (v.day != kNoDay) {
      // A preview is about the later date it announces: dates mentioned
      // after publication count as the document's time too.
      gap = GapDays(v.day, e.first_day, e.last_day);
      for (auto it = std::upper_bound(v.mentioned.begin(), v.mentioned.end(), v.day); it != v.mentioned.end(); ++it) {
        gap = std::min(gap, GapDays(*it, e.first_day, e.last_day));
      }
    } else {
      for (int32_t d : v.mentioned) {
        int32_t g = GapDays(d, e.first_day, e.last_day);
        if (gap < 0 || g < gap) gap = g;
      }
    }
    if (gap > o.event_gap_days) {
      factor = std::exp(-(gap - o.event_gap_days) / o.event_decay_days);
    } else if (gap >= 0) {
      bonus += o.same_time_bonus * same_time_weight;
    }
  }
  r.event_score = r.text * factor + bonus;
  r.thread_score = r.text + bonus;
  return r;
}

void PrefetchLines(const void* data, size_t bytes) {
  const char* p = static_cast<const char*>(data);
  for (size_t off = 0; off < bytes; off += 64) __builtin_prefetch(p + off);
}

// The event's header, then (once the header has arrived) its profile and the
// array of member-vector headers, then the member vectors themselves.
void PrefetchHeader(const EventData& e) { PrefetchLines(&e, sizeof(EventData)); }

void PrefetchProfile(const EventData& e, const ClusterOptions& o) {
  PrefetchLines(e.profile.data(), e.profile.size() * sizeof(WeightedTerm));
  if (o.member_weight > 0) PrefetchLines(e.members.data(), e.members.size() * sizeof(e.members[0]));
}

void PrefetchMembers(const EventData& e, const ClusterOptions& o) {
  if (o.member_weight <= 0) return;
  for (const std::vector<WeightedTerm>& m : e.members) PrefetchLines(m.data(), m.size() * sizeof(WeightedTerm));
}

}  // namespace

Choice ScoreCandidates(const DocVector& v, int32_t effective_day, StoryClusterer::State* s,
                       const ClusterOptions& o) {
  std::vector<uint32_t> candidates = Retrieve(v, s, o);
  // The candidates' headers, profiles and member vectors are cold heap
  // blocks, each reached through the one before: the loads of each stage are
  // issued for all candidates at once (their misses overlap), the headers
  // and profiles before the document's table is built, the member vectors
  // after it.
  for (uint32_t c : candidates) PrefetchHeader(s->events[c]);
  for (uint32_t c : candidates) PrefetchProfile(s->events[c], o);
  thread_local DocTerms doc;
  doc.Assign(v.terms);
  for (uint32_t c : candidates) PrefetchMembers(s->events[c], o);
  const double time_weight = SameTimeWeight(*s, v.day, o);
  Choice ch;
  for (size_t i = 0; i < candidates.size(); ++i) {
    const uint32_t c = candidates[i];
    const EventData& e = s->events[c];
    if (!WithinDays(e, effective_day, o.thread_window_days)) continue;
    Scored sc = ScoreEvent(v, doc, c, e, time_weight, o);
    if (WithinDays(e, effective_day, o.event_window_days) && sc.event_score >= o.event_threshold &&
        (!ch.has_event || sc.event_score > ch.event.event_score ||
         (sc.event_score == ch.event.event_score && c < ch.event.event))) {
      ch.event = sc;
      ch.has_event = true;
    }
    if (sc.thread_score >= o.thread_threshold &&
        (!ch.has_thread || sc.thread_score > ch.thread.thread_score ||
         (sc.thread_score == ch.thread.thread_score && c < ch.thread.event))) {
      ch.thread = sc;
      ch.has_thread = true;
    }
  }
  return ch;
}


}  // namespace parallax::cluster::internal
