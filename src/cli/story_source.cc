#include "cli/story_source.h"

#include <algorithm>
#include <map>
#include <memory>

#include "cluster/story_clusterer.h"
#include "pipeline/story_assigner.h"

namespace parallax::cli {

// Adds `a` (ingest position `seq`) to its story, creating the story on first sight.
void AddToStory(Article a, int64_t seq, const std::string& story, const std::string& thread, const std::string& dup,
                std::map<std::string, size_t>* index, std::vector<LoadedStory>* stories) {
  auto [it, fresh] = index->emplace(story, stories->size());
  if (fresh) stories->push_back({story, thread, {}, {}, {}});
  LoadedStory& s = (*stories)[it->second];
  a.raw.clear();  // not needed for synthesis
  s.articles.push_back(std::move(a));
  s.duplicate_of.push_back(dup);
  s.position.push_back(static_cast<uint64_t>(seq));
}

Result<std::vector<LoadedStory>> LoadStories(Store* store) {
  StoryQuery any;
  any.limit = 1;
  auto listed = store->ListStories(any);
  if (!listed.ok()) return listed.status();
  const bool stored_stories = !listed->empty();
  std::unique_ptr<cluster::StoryClusterer> clusterer;
  if (!stored_stories) {  // a database ingested before stories were recorded: cluster here
    auto options = pipeline::DefaultStoryClusterOptions();  // without a prior when it cannot load
    auto c = cluster::StoryClusterer::Create(options.ok() ? *options : cluster::ClusterOptions{});
    if (!c.ok()) return c.status();
    clusterer = std::move(*c);
  }
  std::vector<LoadedStory> stories;
  std::map<std::string, size_t> index;  // story id -> position in `stories`
  for (int64_t after = 0;;) {
    auto page = store->ArticlesAfter(after, 500);
    if (!page.ok()) return page.status();
    if (page->empty()) break;
    for (SequencedArticle& sa : *page) {
      after = sa.seq;
      if (stored_stories) {
        auto as = store->StoryOf(sa.article.id);
        if (!as.ok()) continue;  // not clustered yet
        AddToStory(std::move(sa.article), sa.seq, as->story_id, as->thread_id, as->duplicate_of, &index, &stories);
        continue;
      }
      cluster::Assignment as = clusterer->Add(pipeline::ToClusterDocument(sa.article));
      Article& a = sa.article;
      if (!a.published.known() && !as.inferred_date.empty()) {
        a.published.value = as.inferred_date;
        a.published.precision = PublishedTime::Precision::kDay;
        a.published.source = MetaSource::kInferred;
      }
      AddToStory(std::move(a), sa.seq, as.story_id, as.thread_id, as.duplicate_of, &index, &stories);
    }
  }
  return stories;
}

std::optional<LoadedStory> MergeThread(std::vector<LoadedStory>* stories, const std::string& thread_id) {
  std::vector<std::pair<uint64_t, std::pair<LoadedStory*, size_t>>> members;
  for (auto& s : *stories) {
    if (thread_id != "all" && s.thread_id != thread_id) continue;
    for (size_t i = 0; i < s.articles.size(); ++i) members.push_back({s.position[i], {&s, i}});
  }
  if (members.empty()) return std::nullopt;
  std::sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  LoadedStory out{thread_id, thread_id, {}, {}, {}};
  for (auto& [pos, where] : members) {
    out.articles.push_back(std::move(where.first->articles[where.second]));
    out.duplicate_of.push_back(where.first->duplicate_of[where.second]);
    out.position.push_back(pos);
  }
  return out;
}

}  // namespace parallax::cli
