// StoryAssigner: the pipeline stage that puts stored articles into stories.
//
// It runs the streaming story clusterer (cluster/story_clusterer.h) over the
// articles of a Store in ingest order, picking up where the store's cluster
// checkpoint left off, and commits, per chunk, the assignments, the
// clusterer snapshot and the checkpoint seq in one transaction
// (Store::PutStoryAssignments). An interrupted run therefore leaves the
// store consistent, and the next CatchUp clusters exactly the articles not
// clustered yet: the stories equal those of one uninterrupted run with the
// same options (the clusterer is deterministic and its snapshot continues a
// stream exactly).
//
// Undated articles: when an article without a publication date of its own
// sits in a story with dated members, its publication time becomes the
// story's median member date (MetaSource::kInferred, day precision), the
// distance to the farthest dated member is recorded as its uncertainty, and
// the time annotator (when given) re-resolves its relative expressions
// against that date. This is redone whenever later members move the median
// or the spread. The clusterer always sees an article's own date (none for
// these), so inferred dates never feed back into clustering.
//
// Ownership: borrows the Store and the annotator; both must outlive it.
// Thread safety: not thread-safe; one CatchUp at a time, and one assigner per
// database (two processes clustering the same file would each continue from
// the checkpoint they read; the IMMEDIATE transaction serializes them, but
// the later commit would replace the earlier one's snapshot).
#ifndef PARALLAX_PIPELINE_STORY_ASSIGNER_H_
#define PARALLAX_PIPELINE_STORY_ASSIGNER_H_

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "annotate/annotator.h"
#include "cluster/prepare_pool.h"
#include "cluster/story_clusterer.h"
#include "parallax/store.h"

namespace parallax::pipeline {

struct StoryAssignerOptions {
  // Must be the same on every run over a database (the snapshot does not
  // hold options); DefaultStoryClusterOptions() is what `parallax ingest` uses.
  cluster::ClusterOptions cluster;
  const annotate::Annotator* time_annotator = nullptr;  // re-run on re-dated articles; not owned; may be null
  size_t chunk_articles = 512;  // articles clustered per committed transaction
  // Threads assigning a chunk: features are computed on threads - 1 workers
  // while this thread decides in ingest order (cluster/prepare_pool.h; the
  // stories do not depend on it). 0 = one per hardware thread.
  int cluster_threads = 0;
  // After a CatchUp, build and store the views of the stories whose version
  // moved since the views were last built (pipeline/story_views.h), so that
  // a server reads them instead of synthesizing; MakeDefaultStoryAssigner
  // sets it.
  bool materialize_views = false;
};

struct StoryAssignerStats {
  uint64_t clustered = 0;  // articles assigned to a story
  uint64_t redated = 0;    // article rewrites with a (new) inferred date
  uint64_t views = 0;      // story views built and stored (materialize_views)
};

// Default clustering options with the installed IDF prior
// (models/idf-news-en.bin or $PARALLAX_MODELS). kNotFound/kCorruption when
// the prior cannot be loaded.
Result<cluster::ClusterOptions> DefaultStoryClusterOptions();

// What the clusterer sees of an article: title, body, outlet, own date,
// entity names (chain names where linked, else mention text; MISC skipped)
// and the resolved DATE values of its time layer.
cluster::Document ToClusterDocument(const Article& a);

class StoryAssigner {
 public:
  // Restores the clusterer from the store's checkpoint. kCorruption when the
  // snapshot does not load.
  static Result<std::unique_ptr<StoryAssigner>> Create(Store* store, StoryAssignerOptions options);

  // Clusters every stored article after the checkpoint, committing per chunk.
  // On error the last chunk is not committed (and the clusterer is rolled
  // back to the store's checkpoint), so CatchUp may simply be called again.
  // When the store's checkpoint is not where this assigner left it (another
  // process clustered the same file since), the clusterer is first restored
  // from it, so a long-lived assigner (the server's) continues the stream
  // the store holds rather than its own.
  // With materialize_views, the views of the stories it changed are built at
  // the end; `build_views` false defers them to the next call that builds
  // (an ingest run builds each changed story's view once, at its end, not
  // once per committed batch).
  Status CatchUp(StoryAssignerStats* stats, bool build_views = true);

 private:
  StoryAssigner(Store* store, StoryAssignerOptions options) : store_(store), options_(std::move(options)) {}
  Status Reload();
  Status ClusterChunk(std::vector<SequencedArticle>* chunk, StoryAssignerStats* stats);
  // Builds and stores the views of the stories whose stamp is above `after_stamp`.
  Status MaterializeViews(int64_t after_stamp, StoryAssignerStats* stats);
  // Re-dates the undated members of `stories`; `chunk_assignments` are this
  // chunk's (not yet committed) assignments, parallel to `chunk`.
  Status Redate(const std::set<std::string>& stories, std::vector<SequencedArticle>* chunk,
                std::vector<StoryAssignment>* chunk_assignments, std::vector<StoryAssignment>* updates,
                std::vector<Article>* redated);

  Store* store_;
  StoryAssignerOptions options_;
  std::unique_ptr<cluster::StoryClusterer> clusterer_;
  std::unique_ptr<cluster::PreparePool> pool_;  // created on first use
  int64_t last_seq_ = 0;
  int64_t views_after_ = -1;  // stories above this stamp wait for their views; -1 = none waits
};

// The story stage every ingest path uses: DefaultStoryClusterOptions() and,
// when `annotators` holds the "time" annotator, re-tagging of re-dated
// articles with it, and materialized story views unless `views` is false
// (annotators are not owned and must outlive the result).
// Errors as DefaultStoryClusterOptions() and StoryAssigner::Create.
Result<std::unique_ptr<StoryAssigner>> MakeDefaultStoryAssigner(
    Store* store, const std::vector<const annotate::Annotator*>& annotators, bool views = true);

}  // namespace parallax::pipeline

#endif  // PARALLAX_PIPELINE_STORY_ASSIGNER_H_
