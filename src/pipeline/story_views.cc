// Building and materializing story views. The view itself is render's
// (render::StoryApiViewJson); this file reads what it needs from the store
// in the order that keeps a stored view honest: the story's version first,
// then the assignments and the members' layers (without their raw bytes,
// which no view shows), so a writer that changes the story after the
// version was read makes PutStoryViews refuse the view rather than store a
// mix of two states under one stamp.
#include "pipeline/story_views.h"

#include "render/story_api_view.h"

namespace parallax::pipeline {

Result<std::vector<Article>> LoadArticles(Store* store, const std::vector<std::string>& ids) {
  std::vector<Article> articles;
  articles.reserve(ids.size());
  for (const auto& id : ids) {
    auto a = store->GetWithoutRaw(id);
    if (!a.ok()) return a.status();
    articles.push_back(std::move(*a));
  }
  return articles;
}

Result<StoredStoryView> BuildStoryView(Store* store, const std::string& story_id, int64_t version) {
  auto assignments = store->StoryAssignments(story_id);
  if (!assignments.ok()) return assignments.status();
  if (assignments->empty()) return Status::NotFound("no story with id " + story_id);
  const size_t total = assignments->size();
  if (assignments->size() > render::kStoryApiMaxMembers) assignments->resize(render::kStoryApiMaxMembers);
  std::vector<std::string> ids;
  ids.reserve(assignments->size());
  for (const auto& as : *assignments) ids.push_back(as.article_id);
  auto articles = LoadArticles(store, ids);
  if (!articles.ok()) return articles.status().WithContext("story " + story_id);
  StoredStoryView view;
  view.story_id = story_id;
  view.version = version;
  view.format = render::StoryApiViewFormat();
  view.body = render::StoryApiViewJson(story_id, *assignments, total, *articles);
  return view;
}

Status MaterializeStoryViews(Store* store, int64_t after_version, StoryViewStats* stats, size_t batch) {
  auto ids = store->StoriesWithoutView(after_version, render::StoryApiViewFormat());
  if (!ids.ok()) return ids.status();
  std::vector<StoredStoryView> pending;
  auto flush = [&]() -> Status {
    auto stored = store->PutStoryViews(pending);
    if (!stored.ok()) return stored.status();
    stats->stored += *stored;
    pending.clear();
    return Status::OK();
  };
  for (const std::string& id : *ids) {
    auto summary = store->GetStory(id);  // the version first (see BuildStoryView)
    if (!summary.ok() && summary.status().code() == Status::Code::kNotFound) continue;  // gone meanwhile
    if (!summary.ok()) return summary.status();
    auto view = BuildStoryView(store, id, summary->version);
    if (!view.ok() && view.status().code() == Status::Code::kNotFound) continue;
    if (!view.ok()) return view.status();
    ++stats->built;
    pending.push_back(std::move(*view));
    if (pending.size() >= batch) PARALLAX_RETURN_IF_ERROR(flush());
  }
  return flush();
}

}  // namespace parallax::pipeline
