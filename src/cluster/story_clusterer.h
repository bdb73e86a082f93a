// Streaming story clustering: which story (event) and thread an article
// belongs to, and whether it is a copy of an earlier article.
//
// Usage:
//   auto c = StoryClusterer::Create(ClusterOptions{});
//   if (!c.ok()) ...;
//   for (const Document& d : stream) Assignment a = (*c)->Add(d);
//
// Levels. An *event* (also called a story: story_id == event_id) is one
// real-world happening reported by several outlets within days (Kerry's trip
// to Beijing, 6-19 July 2023). A *thread* groups events that continue one
// another (the same Kerry/Xie climate thread in September). Every document
// gets exactly one event and one thread. A near-duplicate (syndicated copy,
// re-headlined copy) is linked to the earlier document (duplicate_of) and
// joins its event, but does not change the event's text profile: a story
// counts outlets, not copies.
//
// Determinism: the result of a sequence of Add() calls depends only on the
// options and the documents in that order (no clocks, no randomness, no
// pointer-dependent iteration). Serialize() + Restore() continue a stream
// exactly as if it had not been interrupted.
//
// Thread safety: not thread-safe; callers serialize Add/Serialize/Restore.
// Const accessors may run concurrently with each other. Prepare() reads only
// the options and may run on any number of threads concurrently with
// anything, Add included (prepare_pool.h uses that to compute the features
// of the next documents while the stream assigns the current one).
#ifndef PARALLAX_CLUSTER_STORY_CLUSTERER_H_
#define PARALLAX_CLUSTER_STORY_CLUSTERER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cluster/idf_prior.h"
#include "cluster/near_duplicate.h"
#include "cluster/text_features.h"
#include "parallax/status.h"

namespace parallax::cluster {

struct Document {
  std::string id;       // unique within the stream (caller's responsibility)
  std::string title;
  std::string text;     // clean body text (UTF-8)
  std::string outlet;   // publisher name or domain; "" if unknown
  std::string date;     // publication date "YYYY-MM-DD" (longer ISO strings are cut); "" if unknown
  std::vector<std::string> entities;         // canonical entity names, optional
  std::vector<std::string> mentioned_dates;  // TIMEX values the text talks about, optional
};

struct Assignment {
  std::string story_id;       // == event_id
  std::string event_id;       // "e<N>"
  std::string thread_id;      // "t<N>"
  std::string duplicate_of;   // "" or the id of an earlier document this one copies
  double score = 0;           // similarity to the joined event; 0 when it opened a new one
  bool new_event = false;
  bool new_thread = false;
  // For undated documents: the event's median publication date and the
  // distance (days) to its farthest dated member, or "" / -1 when the event
  // has no dated member yet. For dated documents: the document's own date, 0.
  std::string inferred_date;
  int date_uncertainty_days = -1;
};

struct ClusterOptions {
  FeatureOptions features;  // tokenization and term weighting
  // Time: events and threads whose newest member is older than these windows
  // (relative to the newest publication date seen) are closed: they are no
  // longer candidates and their text profile is released.
  int event_window_days = 30;
  int thread_window_days = 180;
  // An event accepts a document whose date lies within the event's date span
  // widened by event_gap_days; beyond that the score decays with e-folding
  // time event_decay_days.
  int event_gap_days = 7;
  double event_decay_days = 5.0;

  // Decision thresholds on the combined score in [0, 1].
  double event_threshold = 0.24;
  double thread_threshold = 0.18;
  // Weight of entity overlap (when both sides have entities; else 0).
  double entity_weight = 0.25;
  // Bonus when the document's date lies within the event's widened span
  // (temporal proximity is evidence for the same event; never applies
  // without dates).
  double same_time_bonus = 0.10;
  // ... scaled by 1 / (1 + n / same_time_reference), n = events active
  // within event_gap_days of the document: time says little in a dense feed.
  double same_time_reference = 20;
  // In a stream with dates, an undated document without mentioned dates
  // joins its best thread-level match rather than opening an event.
  bool attach_undated = true;
  // Bonus when a mentioned date is within a day of one the event mentions.
  double mentioned_date_bonus = 0.05;

  // Near duplicates.
  double duplicate_jaccard = 0.5;   // estimated shingle Jaccard
  size_t duplicate_min_tokens = 30; // shorter bodies are never called copies
  size_t max_dup_docs = 1000000;    // cap on remembered documents

  // Retrieval (bounded work per document).
  int query_terms = 12;        // strongest document terms used for retrieval
  int postings_scan = 200;     // newest postings scanned per query term
  int candidates = 3;          // events scored exactly per document (best by posting weight)
  int profile_terms = 150;     // terms kept in an event profile
  int indexed_terms = 25;      // strongest profile terms posted to the index
  double idf_prior_docs = 50;  // pseudo-documents smoothing early IDF
  // Background document frequencies (idf_prior.h; nullptr = none). When set,
  // IDF uses N + background_docs documents and df + background_docs *
  // prior->Fraction(term), so common news words are weak from the first
  // document of a stream on; the stream's own counts take over as it grows.
  std::shared_ptr<const IdfPrior> idf_prior;
  double background_docs = 2000;
  // Nearest-member similarity: each event keeps its newest member_vectors
  // document vectors (member_terms strongest terms each); the text score is
  // (1 - member_weight) * cosine(profile) + member_weight * max cosine(member).
  int member_vectors = 8;
  int member_terms = 50;
  double member_weight = 0.3;
};

// The part of Add() that depends only on the document and the options, never
// on the stream: features, MinHash signature, per-term weights that do not
// involve the stream's document frequencies, entities, dates. Filled by
// StoryClusterer::Prepare; reuse one object across documents to keep its
// buffers. The fields are an implementation detail for Add().
struct PreparedDocument {
  TextFeatures features;
  MinHashSignature signature{};
  std::vector<double> tf_weight;      // per features.terms: 1 + ln(count)
  std::vector<double> background_df;  // per features.terms: background_docs x prior fraction
  std::vector<uint64_t> entities;     // normalized entity hashes, sorted, unique
  std::vector<int32_t> mentioned;     // mentioned days, sorted, unique
  int32_t day = kNoDay;               // publication day
};

// Read-only view of an event for listing and date inference.
struct EventInfo {
  std::string event_id;
  std::string thread_id;
  std::string first_date;  // "" when no member is dated
  std::string last_date;
  size_t documents = 0;    // including duplicates
  size_t duplicates = 0;
  std::vector<std::string> outlets;  // distinct, in order of first appearance
  bool open = true;        // still a candidate for new documents
  // Median publication date of the dated members and the distance (days) to
  // the farthest one: the date inferred for undated members ("" / -1 when no
  // member is dated).
  std::string median_date;
  int date_uncertainty_days = -1;
};

class StoryClusterer {
 public:
  static Result<std::unique_ptr<StoryClusterer>> Create(const ClusterOptions& options);
  ~StoryClusterer();
  StoryClusterer(const StoryClusterer&) = delete;
  StoryClusterer& operator=(const StoryClusterer&) = delete;

  // Assigns `doc` to an event and thread, creating them when nothing matches.
  Assignment Add(const Document& doc);
  // The same, and *terms (not null) receives the document's bag of terms,
  // ExtractFeatures(doc.title, doc.text, options.features).terms, as the
  // clusterer computed it: callers that keep the bags for a later revision
  // (event_revision.h) do not extract the features a second time.
  Assignment Add(const Document& doc, std::vector<TermCount>* terms);
  // The same with the document's features computed beforehand: `prepared`
  // must come from Prepare(doc) of a clusterer with the same options (this
  // one, or one created from the same ClusterOptions). Gives exactly what
  // Add(doc, terms) gives.
  Assignment Add(const Document& doc, const PreparedDocument& prepared, std::vector<TermCount>* terms = nullptr);
  // Computes the stream-independent part of Add(doc) into *out. Thread-safe
  // (see the class comment); does not change the clusterer.
  void Prepare(const Document& doc, PreparedDocument* out) const;

  // Event details by id; nullopt for unknown ids.
  std::optional<EventInfo> Event(std::string_view event_id) const;
  size_t num_events() const;
  size_t num_documents() const;
  // Inverse document frequency of a term (TermCount::term) now, as a new
  // document would be weighted: ln((N + P + B) / (df + B * prior + 1)).
  double Idf(uint64_t term) const;

  // Binary snapshot of the whole state (format: docs/formats/cluster_state.md).
  std::string Serialize() const;
  // Replaces the state with a snapshot. On error the clusterer is unchanged.
  // Options are not part of the snapshot: the caller supplies them to Create.
  Status Restore(std::string_view snapshot);

  struct State;  // implementation detail

 private:
  explicit StoryClusterer(const ClusterOptions& options);
  ClusterOptions options_;
  std::unique_ptr<State> state_;
};

// "YYYY-MM-DD..." -> days since 1970-01-01; nullopt when malformed.
std::optional<int32_t> ParseDay(std::string_view date);
// Inverse of ParseDay.
std::string FormatDay(int32_t day);

}  // namespace parallax::cluster

#endif  // PARALLAX_CLUSTER_STORY_CLUSTERER_H_
