#include "cli/story_source.h"

#include <algorithm>
#include <map>

#include "cluster/story_clusterer.h"

namespace parallax::cli {

namespace {

cluster::Document ToClusterDocument(const Article& a) {
  cluster::Document d;
  d.id = a.id;
  d.title = a.title;
  d.text = a.body;
  d.outlet = a.outlet;
  d.date = a.published.Date();
  for (const auto& e : a.entities) {
    if (e.type == "MISC") continue;
    std::string name(e.span.Of(a.body));
    if (std::find(d.entities.begin(), d.entities.end(), name) == d.entities.end()) d.entities.push_back(name);
  }
  for (const auto& t : a.times) {
    if (t.type == "DATE" && !t.needs_dct) d.mentioned_dates.push_back(t.value);
  }
  return d;
}

cluster::ClusterOptions ClusterOptionsWithPrior() {
  cluster::ClusterOptions o;
  auto path = cluster::DefaultIdfPriorPath();
  if (!path.ok()) return o;
  auto prior = cluster::IdfPrior::Load(*path);
  if (prior.ok()) o.idf_prior = *prior;
  return o;
}

}  // namespace

Result<std::vector<LoadedStory>> LoadStories(Store* store) {
  auto clusterer = cluster::StoryClusterer::Create(ClusterOptionsWithPrior());
  if (!clusterer.ok()) return clusterer.status();
  std::vector<LoadedStory> stories;
  std::map<std::string, size_t> index;  // story id -> position in `stories`
  uint64_t position = 0;
  ListOptions lo;
  lo.limit = 1000;
  for (lo.offset = 0;; lo.offset += lo.limit) {
    auto page = store->List(lo);
    if (!page.ok()) return page.status();
    for (const ArticleSummary& s : *page) {
      auto a = store->Get(s.id);
      if (!a.ok()) return a.status();
      cluster::Assignment as = (*clusterer)->Add(ToClusterDocument(*a));
      if (!a->published.known() && !as.inferred_date.empty()) {
        a->published.value = as.inferred_date;
        a->published.precision = PublishedTime::Precision::kDay;
        a->published.source = MetaSource::kInferred;
      }
      auto [it, fresh] = index.emplace(as.story_id, stories.size());
      if (fresh) stories.push_back({as.story_id, as.thread_id, {}, {}, {}});
      LoadedStory& story = stories[it->second];
      a->raw.clear();  // not needed for synthesis
      story.articles.push_back(std::move(*a));
      story.duplicate_of.push_back(as.duplicate_of);
      story.position.push_back(position++);
    }
    if (page->size() < lo.limit) break;
  }
  return stories;
}

std::optional<LoadedStory> MergeThread(std::vector<LoadedStory> stories, const std::string& thread_id) {
  std::vector<std::pair<uint64_t, std::pair<LoadedStory*, size_t>>> members;
  for (auto& s : stories) {
    if (s.thread_id != thread_id) continue;
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
