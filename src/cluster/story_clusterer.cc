// Streaming story clustering (single pass, bounded work per article).
//
// Each arriving document goes through five steps.
//  1. Features: stemmed terms with names and numbers weighted up, and body
//     shingles (text_features.h). Document frequencies are updated first and
//     the document becomes a unit TF-IDF vector, w = (1 + ln tf) * idf with
//     idf = ln((N + P) / (df + 1)); the prior P keeps the first documents of a
//     stream from having all-zero weights. With a background IdfPrior
//     (idf_prior.h, counted once over 37k news articles) N and df also get
//     background_docs pseudo-documents distributed as in that corpus, so the
//     first documents of a stream do not over-weight common news words
//     ("china", "climate") and the result depends far less on input order.
//     Weights are frozen when a document is added (no re-weighting of the
//     past), which keeps the cost constant.
//  2. Near duplicates: exact body hash, then MinHash/LSH (near_duplicate.h).
//     A copy joins its original's event and is linked to it, but leaves the
//     event's profile untouched.
//  3. Candidates: the document's strongest terms are looked up in an inverted
//     index term -> events. Every time an event grows, its strongest profile
//     terms are re-posted at the back of their lists, and only the newest
//     postings_scan postings of a list are read, so retrieval favours live
//     events and costs O(query_terms * postings_scan) whatever the corpus
//     size. The top `candidates` events by accumulated query weight are
//     scored exactly.
//  4. Scoring: text = cosine(document, event profile); when both sides carry
//     entities, text is blended with the share of the document's entities
//     that the event already has. The event score multiplies this by a time
//     factor: 1 while the publication date lies within the event's span
//     widened by event_gap_days, then exp(-excess/event_decay_days); dates a
//     document mentions after its publication (a preview's announced day,
//     ISO weeks as their Thursday) count as its time too. Undated
//     documents use the dates they mention; with no date evidence the factor
//     is 1 (text alone decides, as on ECB+). A date inside the widened span
//     adds a bonus damped by how many events are active at that time (time is
//     strong evidence in a sparse feed, weak in a firehose); a mentioned date
//     shared with the event adds a small bonus. The thread score is the same without the time
//     factor.
//  5. Decision: the best candidate whose event score reaches event_threshold
//     (and whose event is still within event_window_days) takes the document;
//     ties go to the older event. Otherwise a new event opens, and it joins
//     the thread of the best candidate whose thread score reaches
//     thread_threshold, or opens a new thread. In a dated stream, an undated
//     document without mentioned dates cannot anchor an event in time and
//     joins its best thread-level match instead of opening an event.
// Events older than thread_window_days (relative to the newest date seen)
// are closed and their profiles released, which bounds memory in a stream.
#include "cluster/story_clusterer.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>

#include "cluster/cluster_state.h"
#include "cluster/text_features.h"

namespace parallax::cluster {
namespace {

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

// "YYYY-Www" (an ISO week, optionally with a suffix such as "-WE") -> the
// Thursday of that week, which lies within a day or three of any of its days.
std::optional<int32_t> ParseIsoWeek(std::string_view s) {
  if (s.size() < 8 || s[4] != '-' || s[5] != 'W' || (s.size() > 8 && s[8] != '-')) return std::nullopt;
  auto jan4 = ParseDay(std::string(s.substr(0, 4)) + "-01-04");
  if (!jan4 || s[6] < '0' || s[6] > '9' || s[7] < '0' || s[7] > '9') return std::nullopt;
  int week = (s[6] - '0') * 10 + (s[7] - '0');
  if (week < 1 || week > 53) return std::nullopt;
  int32_t weekday = ((*jan4 + 3) % 7 + 7) % 7;  // 1970-01-01 was a Thursday; Monday = 0
  return *jan4 - weekday + 7 * (week - 1) + 3;
}

bool SharesMentionedDay(const std::vector<int32_t>& a, const std::vector<int32_t>& b) {
  for (int32_t d : a) {
    auto it = std::lower_bound(b.begin(), b.end(), d - 1);
    if (it != b.end() && *it <= d + 1) return true;
  }
  return false;
}

std::string NormalizeEntity(std::string_view name) {
  std::string out;
  bool space = false;
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '_') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------
// Dates

std::optional<int32_t> ParseDay(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const int start[3] = {0, 5, 8}, len[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f) {
    for (int i = 0; i < len[f]; ++i) {
      char c = s[start[f] + i];
      if (c < '0' || c > '9') return std::nullopt;
      v[f] = v[f] * 10 + (c - '0');
    }
  }
  int y = v[0], m = v[1], d = v[2];
  static const int kDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return std::nullopt;
  // Days from civil (proleptic Gregorian), after H. Hinnant's algorithm.
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int32_t>(doe) - 719468;
}

std::string FormatDay(int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  char buf[32];
  snprintf(buf, sizeof(buf), "%04d-%02u-%02u", y, m, d);
  return buf;
}

// ---------------------------------------------------------------------------
// Construction

StoryClusterer::StoryClusterer(const ClusterOptions& options)
    : options_(options), state_(std::make_unique<State>()) {}

StoryClusterer::~StoryClusterer() = default;

Result<std::unique_ptr<StoryClusterer>> StoryClusterer::Create(const ClusterOptions& o) {
  if (o.event_window_days < 0 || o.thread_window_days < o.event_window_days) {
    return Status::InvalidArgument("cluster: need 0 <= event_window_days <= thread_window_days");
  }
  if (o.event_threshold < 0 || o.event_threshold > 1 || o.thread_threshold < 0 ||
      o.thread_threshold > 1) {
    return Status::InvalidArgument("cluster: thresholds must lie in [0, 1]");
  }
  if (o.entity_weight < 0 || o.entity_weight > 1 || o.duplicate_jaccard <= 0 ||
      o.duplicate_jaccard > 1 || o.event_decay_days <= 0 || o.event_gap_days < 0) {
    return Status::InvalidArgument("cluster: weights, Jaccard or decay out of range");
  }
  if (o.query_terms < 1 || o.postings_scan < 1 || o.candidates < 1 || o.profile_terms < 1 ||
      o.indexed_terms < 1 || o.idf_prior_docs < 0 || o.background_docs < 0 ||
      o.same_time_reference <= 0) {
    return Status::InvalidArgument("cluster: retrieval limits must be positive");
  }
  return std::unique_ptr<StoryClusterer>(new StoryClusterer(o));
}

// ---------------------------------------------------------------------------
// Implementation helpers (members of an anonymous-namespace class would need
// access to State; free functions taking it keep the header small).

namespace {

// Fills `out` (whose buffers are reused from the previous document).
void Vectorize(const Document& doc, const TextFeatures& f, StoryClusterer::State* s,
               const ClusterOptions& o, DocVector* out) {
  DocVector& v = *out;
  v.terms.clear();
  v.has_strongest = false;
  v.entities.clear();
  v.mentioned.clear();
  v.day = kNoDay;
  s->num_docs++;
  const IdfPrior* prior = o.idf_prior.get();
  const double background = prior != nullptr ? o.background_docs : 0.0;
  const double n = static_cast<double>(s->num_docs) + o.idf_prior_docs + background;
  v.terms.reserve(f.terms.size());
  // The frequency tables are large and the terms scattered: issue all the
  // loads first so that their cache misses overlap.
  for (const TermCount& t : f.terms) {
    s->df.Prefetch(t.term);
    if (prior != nullptr) prior->Prefetch(t.term);
  }
  double norm2 = 0;
  for (const TermCount& t : f.terms) {
    double df = ++s->df[t.term];
    if (prior != nullptr) df += background * prior->Fraction(t.term);
    double idf = std::log(n / (df + 1.0));
    if (idf <= 0) continue;
    double w = (1.0 + std::log(std::max(1.0f, t.count))) * idf;
    v.terms.push_back({t.term, static_cast<float>(w)});
    norm2 += w * w;
  }
  if (norm2 > 0) {
    float inv = static_cast<float>(1.0 / std::sqrt(norm2));
    for (WeightedTerm& t : v.terms) t.weight *= inv;
  }
  for (const std::string& e : doc.entities) {
    std::string norm = NormalizeEntity(e);
    if (!norm.empty()) v.entities.push_back(HashTerm(norm));
  }
  std::sort(v.entities.begin(), v.entities.end());
  v.entities.erase(std::unique(v.entities.begin(), v.entities.end()), v.entities.end());
  for (const std::string& m : doc.mentioned_dates) {
    if (auto d = ParseDay(m)) v.mentioned.push_back(*d);
    else if (auto w = ParseIsoWeek(m)) v.mentioned.push_back(*w);
  }
  std::sort(v.mentioned.begin(), v.mentioned.end());
  v.mentioned.erase(std::unique(v.mentioned.begin(), v.mentioned.end()), v.mentioned.end());
  if (auto d = ParseDay(doc.date)) v.day = *d;
}

// The k-th largest weight (1 <= k <= n) of terms[0, n), all weights > 0.
// Radix select: a positive float's bit pattern orders like its value, so a
// histogram of the top 11 bits (exponent and two mantissa bits) finds the
// bucket holding the k-th largest in one pass, and only that bucket's few
// weights are selected exactly. Returns the same value as nth_element.
float KthLargestWeight(const WeightedTerm* terms, size_t n, size_t k) {
  constexpr int kShift = 20;
  thread_local std::vector<uint32_t> hist(1u << (32 - kShift));
  thread_local std::vector<float> bucket;
  auto bits = [](float w) {
    uint32_t u;
    std::memcpy(&u, &w, 4);
    return u;
  };
  uint32_t lo = ~0u, hi = 0;
  for (size_t i = 0; i < n; ++i) {
    const uint32_t b = bits(terms[i].weight) >> kShift;
    lo = std::min(lo, b);
    hi = std::max(hi, b);
    hist[b]++;
  }
  size_t above = 0;
  uint32_t b = hi;
  for (; above + hist[b] < k; --b) above += hist[b];
  const size_t rank = k - above;  // 1-based rank of the answer within bucket b
  std::fill(hist.begin() + lo, hist.begin() + hi + 1, 0u);
  bucket.clear();
  for (size_t i = 0; i < n; ++i) {
    if ((bits(terms[i].weight) >> kShift) == b) bucket.push_back(terms[i].weight);
  }
  std::nth_element(bucket.begin(), bucket.begin() + (rank - 1), bucket.end(), std::greater<float>());
  return bucket[rank - 1];
}

// Keeps the k strongest terms of a term-sorted vector (ties: lower term
// first), still sorted by term: the k-th largest weight is found by radix
// select, then one pass keeps everything above it and the first ties in
// term order (the same set as nth_element with the (weight desc, term asc)
// order, without sorting the survivors back).
void KeepStrongest(std::vector<WeightedTerm>* v, size_t k) {
  if (v->size() <= k) return;
  if (k == 0) {
    v->clear();
    return;
  }
  const float kth = KthLargestWeight(v->data(), v->size(), k);
  size_t above = 0;
  for (const WeightedTerm& t : *v) above += t.weight > kth;
  size_t ties = k - above, out = 0;
  WeightedTerm* a = v->data();
  for (size_t i = 0; i < v->size(); ++i) {  // branch-free: which terms survive is data-dependent
    const WeightedTerm t = a[i];
    const bool tie = t.weight == kth;
    const bool keep = (t.weight > kth) | (tie & (ties > 0));
    ties -= tie & keep;
    a[out] = t;  // out <= i: in place
    out += keep;
  }
  v->resize(out);
}

// The member_terms strongest terms of the document, sorted by term.
const std::vector<WeightedTerm>& StrongestTerms(const DocVector& v, const ClusterOptions& o) {
  if (!v.has_strongest) {
    v.strongest.assign(v.terms.begin(), v.terms.end());
    KeepStrongest(&v.strongest, static_cast<size_t>(o.member_terms));
    v.has_strongest = true;
  }
  return v.strongest;
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
  for (size_t i = 0; i < q; ++i) {
    const std::vector<uint32_t>* found = s->postings.Find(query[i].term);
    if (found == nullptr) continue;
    const std::vector<uint32_t>& list = *found;
    ++s->stamp_value;  // one stamp per term: an event counts once per term
    size_t from = list.size() > static_cast<size_t>(o.postings_scan) ? list.size() - o.postings_scan : 0;
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

}  // namespace

// ---------------------------------------------------------------------------
// Updating events

namespace {

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
// retrieved candidates.
struct Choice {
  Scored event, thread;
  bool has_event = false, has_thread = false;
};

void PrefetchLines(const void* data, size_t bytes) {
  const char* p = static_cast<const char*>(data);
  for (size_t off = 0; off < bytes; off += 64) __builtin_prefetch(p + off);
}

void PrefetchEvent(const EventData& e, const ClusterOptions& o) {
  PrefetchLines(e.profile.data(), e.profile.size() * sizeof(WeightedTerm));
  if (o.member_weight <= 0) return;
  for (const std::vector<WeightedTerm>& m : e.members) PrefetchLines(m.data(), m.size() * sizeof(WeightedTerm));
}

Choice ScoreCandidates(const DocVector& v, int32_t effective_day, StoryClusterer::State* s,
                       const ClusterOptions& o) {
  std::vector<uint32_t> candidates = Retrieve(v, s, o);
  // The candidates' profiles and member vectors are cold heap blocks: ask
  // for the first one's lines now (they arrive while the document's table is
  // built) and for each next one while the current one is scored.
  if (!candidates.empty()) PrefetchEvent(s->events[candidates[0]], o);
  thread_local DocTerms doc;
  doc.Assign(v.terms);
  const double time_weight = SameTimeWeight(*s, v.day, o);
  Choice ch;
  for (size_t i = 0; i < candidates.size(); ++i) {
    const uint32_t c = candidates[i];
    if (i + 1 < candidates.size()) PrefetchEvent(s->events[candidates[i + 1]], o);
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

// Index of the event the (non-duplicate) document joins, creating the event
// (and possibly its thread) when nothing matches.
int64_t ChooseEvent(const DocVector& v, int32_t effective_day, StoryClusterer::State* s,
                    const ClusterOptions& o, Assignment* a) {
  Choice ch = ScoreCandidates(v, effective_day, s, o);
  // In a dated stream an undated document (missing metadata, no mentioned
  // dates) cannot anchor a new event in time: it joins its best thread-level
  // match instead of opening one.
  const bool anchorless = v.day == kNoDay && v.mentioned.empty() && s->clock != kNoDay;
  if (!ch.has_event && anchorless && ch.has_thread && o.attach_undated) {
    ch.event = ch.thread;
    ch.event.event_score = ch.thread.thread_score;
    ch.has_event = true;
  }
  if (ch.has_event) {
    a->score = ch.event.event_score;
    return ch.event.event;
  }
  EventData e;
  if (ch.has_thread) {
    e.thread = s->events[ch.thread.event].thread;
  } else {
    e.thread = static_cast<uint32_t>(s->thread_active_day.size());
    s->thread_active_day.push_back(kNoDay);
    a->new_thread = true;
  }
  s->events.push_back(std::move(e));
  a->new_event = true;
  return static_cast<int64_t>(s->events.size()) - 1;
}

}  // namespace

// ---------------------------------------------------------------------------
// The streaming step

Assignment StoryClusterer::Add(const Document& doc) {
  State* s = state_.get();
  const ClusterOptions& o = options_;
  thread_local TextFeatures f;  // buffers reused across documents
  thread_local DocVector v;
  ExtractFeatures(doc.title, doc.text, o.features, &f);
  Vectorize(doc, f, s, o, &v);
  if (v.day != kNoDay) s->clock = s->clock == kNoDay ? v.day : std::max(s->clock, v.day);
  const int32_t effective_day = v.day != kNoDay ? v.day : s->clock;
  const uint64_t seq = s->next_seq++;
  MinHashSignature sig = ComputeMinHash(f.shingles);

  Assignment a;
  int64_t chosen = -1;
  if (f.body_tokens >= o.duplicate_min_tokens) {
    NearDuplicateIndex::Match m = s->dups.FindBest(f.body_hash, sig, o.duplicate_jaccard);
    if (m.entry != nullptr) {
      chosen = m.entry->event;
      a.duplicate_of = m.entry->doc_id;
      a.score = m.jaccard;
      CountMember(doc, v, effective_day, /*duplicate=*/true, s, &s->events[chosen]);
    }
  }
  if (chosen < 0) {
    chosen = ChooseEvent(v, effective_day, s, o, &a);
    EventData& e = s->events[chosen];
    CountMember(doc, v, effective_day, /*duplicate=*/false, s, &e);
    MergeProfile(v, &e, o);
    AddMemberVector(v, &e, o);
    AddEntities(v.entities, &e);
    AddMentionedDays(v.mentioned, &e);
    PostEvent(static_cast<uint32_t>(chosen), s, o);
  }
  s->SyncSpan(static_cast<size_t>(chosen));
  const EventData& e = s->events[chosen];
  a.event_id = EventId(static_cast<uint32_t>(chosen));
  a.story_id = a.event_id;
  a.thread_id = ThreadId(e.thread);
  InferDate(e, v, &a);

  DupEntry entry;
  entry.seq = seq;
  entry.doc_id = doc.id;
  entry.event = static_cast<uint32_t>(chosen);
  entry.day = effective_day;
  entry.body_hash = f.body_hash;
  entry.sig = sig;
  if (f.body_tokens >= o.duplicate_min_tokens) s->dups.Add(std::move(entry));
  s->dups.Evict(o.max_dup_docs, s->clock == kNoDay ? kNoDay : s->clock - o.event_window_days);
  if (seq % kSweepEvery == kSweepEvery - 1) Sweep(s, o);
  return a;
}

// ---------------------------------------------------------------------------
// Accessors and snapshots

std::optional<EventInfo> StoryClusterer::Event(std::string_view event_id) const {
  if (event_id.size() < 2 || event_id[0] != 'e') return std::nullopt;
  uint64_t n = 0;
  for (char c : event_id.substr(1)) {
    if (c < '0' || c > '9' || n > (1ULL << 40)) return std::nullopt;
    n = n * 10 + static_cast<uint64_t>(c - '0');
  }
  if (n == 0 || n > state_->events.size()) return std::nullopt;
  const EventData& e = state_->events[n - 1];
  EventInfo info;
  info.event_id = EventId(static_cast<uint32_t>(n - 1));
  info.thread_id = ThreadId(e.thread);
  if (e.first_day != kNoDay) {
    info.first_date = FormatDay(e.first_day);
    info.last_date = FormatDay(e.last_day);
  }
  info.documents = e.documents;
  info.duplicates = e.duplicates;
  info.outlets = e.outlets;
  info.open = e.open;
  EventDate(e, &info.median_date, &info.date_uncertainty_days);
  return info;
}

size_t StoryClusterer::num_events() const { return state_->events.size(); }
size_t StoryClusterer::num_documents() const { return state_->next_seq; }

std::string StoryClusterer::Serialize() const { return SerializeState(*state_); }

Status StoryClusterer::Restore(std::string_view snapshot) {
  auto fresh = std::make_unique<State>();
  PARALLAX_RETURN_IF_ERROR(DeserializeState(snapshot, fresh.get()));
  state_ = std::move(fresh);
  return Status::OK();
}

}  // namespace parallax::cluster
