// Ingester: the ingest job. Reads paths, builds clean Articles, and stores
// them in batches, reporting each input's outcome.
//
// An article is reported stored (or duplicate) only after the transaction
// holding it has committed, so an interrupted run never claims more than the
// database holds. A bad input is reported and recorded in the store's
// rejection log; the batch goes on.
//
// Not thread-safe; one Run at a time per Ingester.
#ifndef PARALLAX_PIPELINE_INGESTER_H_
#define PARALLAX_PIPELINE_INGESTER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "annotate/annotator.h"
#include "ingest/reader.h"
#include "parallax/store.h"
#include "pipeline/story_assigner.h"
#include "text/article_builder.h"

namespace parallax::pipeline {

struct IngestOptions {
  ingest::ReadOptions read;
  text::BuildOptions build;
  std::vector<const annotate::Annotator*> annotators;  // run in order on each article; not owned
  // After each committed batch, link its articles' entity chains to the
  // store's canonical entities (Store::LinkEntities, a second transaction);
  // Run first links what an interrupted run stored but left unlinked.
  bool link_entities = true;
  size_t batch_articles = 256;  // commit after this many articles ...
  double batch_seconds = 0.25;  // ... or this long, whichever comes first
  // When set, assigns stories once before reading (catching up on articles an
  // interrupted run stored but did not cluster), after a commit once at least
  // max(stories_every, clustered / 8) newly stored articles wait, and at the
  // end. Each story commit rewrites the clusterer snapshot, whose size grows
  // with the stream, so commits are spaced geometrically to keep the total
  // snapshot writing linear in the stream length. Story views (when the
  // assigner stores them) are built at the start and the end of a run only.
  // Not owned.
  StoryAssigner* stories = nullptr;
  uint64_t stories_every = 256;
};

struct IngestStats {
  uint64_t stored = 0;
  uint64_t duplicate = 0;
  uint64_t rejected = 0;
  uint64_t bytes = 0;  // raw input bytes of the articles read
  StoryAssignerStats stories;  // when IngestOptions::stories is set
};

// Called once per committed article (stored or duplicate) and per rejection.
struct IngestEvents {
  std::function<void(const Article&, PutOutcome)> on_article;
  std::function<void(const Status&)> on_reject;
  std::function<void(const IngestStats&)> on_progress;  // after each commit
};

class Ingester {
 public:
  Ingester(Store* store, IngestOptions options) : store_(store), options_(std::move(options)) {}

  // Ingests every path. Returns a non-OK status only when the store fails
  // (then the current batch is not committed and is not reported).
  Status Run(const std::vector<std::string>& paths, const IngestEvents& events, IngestStats* stats);

 private:
  Status Flush(const IngestEvents& events, IngestStats* stats);
  Status LinkLeftovers();

  Store* store_;
  IngestOptions options_;
  std::vector<Article> pending_;
  uint64_t unclustered_ = 0;  // articles stored since the last story catch-up
};

}  // namespace parallax::pipeline

#endif  // PARALLAX_PIPELINE_INGESTER_H_
