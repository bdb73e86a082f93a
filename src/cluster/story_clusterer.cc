// Streaming story clustering (single pass, bounded work per article).
//
// Each arriving document goes through five steps.
//  1. Features: stemmed terms with names and numbers weighted up, and body
//     shingles (text_features.h), made a unit TF-IDF vector (doc_vector.cc).
//  2. Near duplicates: exact body hash, then MinHash/LSH (near_duplicate.h).
//     A copy joins its original's event and is linked to it, but leaves the
//     event's profile untouched.
//  3. Candidates: retrieved from an inverted index term -> events
//     (candidate_scoring.cc).
//  4. Scoring: text, time and entity evidence per candidate
//     (candidate_scoring.cc).
//  5. Decision (this file): the best candidate whose event score reaches
//     event_threshold (and whose event is still within event_window_days)
//     takes the document; ties go to the older event. Otherwise a new event
//     opens, and it joins the thread of the best candidate whose thread score
//     reaches thread_threshold, or opens a new thread. In a dated stream, an
//     undated document without mentioned dates cannot anchor an event in
//     time and joins its best thread-level match instead of opening an event.
//     The joined event's profile, member vectors and postings are then
//     updated, and events idle for longer than thread_window_days are closed
//     (event_upkeep.cc), which bounds memory in a stream.
#include "cluster/story_clusterer.h"

#include "cluster/clusterer_internal.h"
#include "core/civil_days.h"

namespace parallax::cluster {

using namespace internal;  // NOLINT: the implementation pieces of this class

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
  return static_cast<int32_t>(core::DaysFromCivil(y, m, d));
}

std::string FormatDay(int32_t z) { return core::IsoDay(z); }

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

namespace {

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

Assignment StoryClusterer::Add(const Document& doc) { return Add(doc, nullptr); }

Assignment StoryClusterer::Add(const Document& doc, std::vector<TermCount>* terms) {
  thread_local PreparedDocument p;  // buffers reused across documents
  Prepare(doc, &p);
  return Add(doc, p, terms);
}

void StoryClusterer::Prepare(const Document& doc, PreparedDocument* out) const {
  ExtractFeatures(doc.title, doc.text, options_.features, &out->features);
  out->signature = ComputeMinHash(out->features.shingles);
  PrepareVector(doc, options_, out);
}

Assignment StoryClusterer::Add(const Document& doc, const PreparedDocument& p,
                               std::vector<TermCount>* terms) {
  State* s = state_.get();
  const ClusterOptions& o = options_;
  const TextFeatures& f = p.features;
  const MinHashSignature& sig = p.signature;
  thread_local DocVector v;
  if (terms != nullptr) terms->assign(f.terms.begin(), f.terms.end());
  Vectorize(p, s, o, &v);
  if (v.day != kNoDay) s->clock = s->clock == kNoDay ? v.day : std::max(s->clock, v.day);
  const int32_t effective_day = v.day != kNoDay ? v.day : s->clock;
  const uint64_t seq = s->next_seq++;

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