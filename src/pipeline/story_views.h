// Story views: the API's view of a story (render::StoryApiViewJson), built
// from the store and kept materialized in it (Store::PutStoryViews), so that
// serving a story is a read, not a synthesis.
//
// Who builds: the ingest paths, right after their story stage commits
// (StoryAssigner with materialize_views: every story whose version moved
// during the catch-up), `parallax stories --materialize-views` for a store
// made before views were stored, and the server for a story it finds without
// a current view (built on request, then stored when the file is writable).
// A view is current while the story's version is the one it was built from;
// nothing needs invalidating (docs/serve.md).
//
// Thread safety: functions on one Store at a time, like the Store.
#ifndef PARALLAX_PIPELINE_STORY_VIEWS_H_
#define PARALLAX_PIPELINE_STORY_VIEWS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "parallax/article.h"
#include "parallax/store.h"

namespace parallax::pipeline {

// The stored articles `ids`, in order, without their raw bytes.
Result<std::vector<Article>> LoadArticles(Store* store, const std::vector<std::string>& ids);

// The view of story `story_id` from its members as stored now, labelled with
// `version`: the story's version, which the caller must have read *before*
// calling (so that a view stored under it never describes a later state;
// Store::PutStoryViews). kNotFound for an unknown story or member.
Result<StoredStoryView> BuildStoryView(Store* store, const std::string& story_id, int64_t version);

struct StoryViewStats {
  uint64_t built = 0;   // views rendered
  uint64_t stored = 0;  // of those, stored (the rest saw their story change meanwhile)
};

// Builds and stores the view of every story whose version is above
// `after_version` (-1: every story) and that has no current view, committing
// every `batch` views. A story that changes meanwhile keeps its old view
// (skipped by PutStoryViews) until the next run. Errors: the store's.
Status MaterializeStoryViews(Store* store, int64_t after_version, StoryViewStats* stats, size_t batch = 64);

}  // namespace parallax::pipeline

#endif  // PARALLAX_PIPELINE_STORY_VIEWS_H_
