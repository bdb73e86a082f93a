// Stories of a database for `parallax story` and `parallax report`: the
// stored articles grouped into stories, each with its articles in ingest
// order, near-duplicate links and inferred dates of undated articles.
//
// The grouping is the one the store records (Store::StoryOf, written by the
// ingest job). A database without any recorded story (ingested before
// stories existed) is clustered here instead, feeding the stored articles in
// ingest order to the streaming clusterer, the same assignment `parallax
// cluster` prints for the same inputs; unclustered articles of a database
// that has stories are left out until they are clustered.
#ifndef PARALLAX_CLI_STORY_SOURCE_H_
#define PARALLAX_CLI_STORY_SOURCE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "parallax/article.h"
#include "parallax/status.h"
#include "parallax/store.h"

namespace parallax::cli {

struct LoadedStory {
  std::string id;
  std::string thread_id;
  std::vector<Article> articles;          // ingest order
  std::vector<std::string> duplicate_of;  // parallel to articles
  std::vector<uint64_t> position;         // parallel: ingest position in the database
};

// Every story of the database, in order of its first article. An undated
// article gets the story's inferred date (source: inferred).
Result<std::vector<LoadedStory>> LoadStories(Store* store);

// The stories of thread `thread_id` as one story (id = the thread id), their
// articles in ingest order; nullopt when no story has that thread. The
// thread id "all" merges every story (a database holding one event).
// The matching stories' articles are moved out of `stories`.
std::optional<LoadedStory> MergeThread(std::vector<LoadedStory>* stories, const std::string& thread_id);

}  // namespace parallax::cli

#endif  // PARALLAX_CLI_STORY_SOURCE_H_
