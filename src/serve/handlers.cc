// GET handlers: health, story and article lists, one article, entities,
// search, story views. Each validates its parameters (400 with the parameter
// named), borrows a read-only connection and renders JSON; shapes in
// docs/serve.md. Story views, story list pages and search pages are served
// from ViewCaches while the store's version stamps say they are current.
#include <nlohmann/json.hpp>

#include "render/article_view.h"
#include "render/entity_view.h"
#include "render/search_view.h"
#include "render/story_json.h"
#include "synth/synthesize.h"
#include "serve/api_internal.h"
#include "serve/json_views.h"

namespace parallax::serve {

using nlohmann::json;

namespace {

// GET /api/entities lists at most this many, most articles first.
constexpr size_t kMaxEntities = 200;

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// Checks the date parameters named in `names`; false with *error set.
bool DatesValid(const HttpRequest& r, std::initializer_list<const char*> names, HttpResponse* error) {
  for (const char* n : names) {
    if (!ValidDateParam(Param(r, n))) {
      *error = ErrorResponse(400, "bad_request", std::string("'") + n + "' must be YYYY, YYYY-MM or YYYY-MM-DD");
      return false;
    }
  }
  return true;
}

// The key of a cached list page: the route, the named parameters, the page
// and the store's story stamp; its version is the article stamp.
std::string PageKey(const char* route, const HttpRequest& r, std::initializer_list<const char*> names, size_t limit,
                    size_t offset, const StoreVersion& v) {
  std::string key = route;
  for (const char* n : names) key += '\x1f' + Param(r, n);
  return key + '\x1f' + std::to_string(limit) + '\x1f' + std::to_string(offset) + '\x1f' + std::to_string(v.stories);
}

// The stored articles `ids`, in order, without their raw bytes.
Result<std::vector<Article>> LoadArticles(Store* store, const std::vector<std::string>& ids) {
  std::vector<Article> articles;
  for (const auto& id : ids) {
    auto a = store->Get(id);
    if (!a.ok()) return a.status();
    a->raw.clear();
    articles.push_back(std::move(*a));
  }
  return articles;
}

}  // namespace

HttpResponse Api::Impl::CachedPage(const HttpRequest& r, const char* route, std::initializer_list<const char*> names,
                                   size_t limit, size_t offset,
                                   const std::function<Result<std::string>(Store*, const StoreVersion&)>& render) {
  auto store = Borrow();
  if (!store.ok()) return StatusResponse(store.status());
  auto version = (*store)->Version();
  if (!version.ok()) return StatusResponse(version.status());
  auto body = pages_.GetOrRender(PageKey(route, r, names, limit, offset, *version), version->articles,
                                 [&] { return render(store->get(), *version); });
  if (!body.ok()) return StatusResponse(body.status());
  return JsonResponse(**body);
}

HttpResponse Api::Impl::Health(const HttpRequest&, const std::vector<std::string>&) {
  auto store = Borrow();
  if (!store.ok()) return StatusResponse(store.status());
  auto n = (*store)->CountArticles();
  if (!n.ok()) return StatusResponse(n.status());
  bool building = false;
  auto stats = search_.Stats(&building);
  json search = {{"engine", search_.memory_on() ? "memory" : "fts5"}};
  if (search_.memory_on()) {
    search.update({{"indexed", stats.articles}, {"terms", stats.terms}, {"building", building},
                   {"file", search_.index_path()}, {"loaded_from_file", search_.loaded_from_file()}});
  }
  return JsonResponse(Dump({{"ok", true}, {"articles", *n}, {"schema", (*store)->SchemaVersion()},
                            {"ingest", options_.allow_ingest}, {"search", search}}));
}

HttpResponse Api::Impl::ListStories(const HttpRequest& r, const std::vector<std::string>&) {
  HttpResponse error;
  StoryQuery q;
  if (!PageParams(r, 50, options_.max_page, &q.limit, &q.offset, &error)) return error;
  if (!DatesValid(r, {"since", "until"}, &error)) return error;
  q.since = Param(r, "since");
  q.until = Param(r, "until");
  q.entity = Param(r, "entity");
  q.outlet = Param(r, "outlet");
  q.thread = Param(r, "thread");
  const size_t limit = q.limit;
  q.limit = limit + 1;  // one more tells whether a next page exists
  return CachedPage(r, "stories", {"since", "until", "entity", "outlet", "thread"}, limit, q.offset,
                    [&](Store* store, const StoreVersion&) -> Result<std::string> {
                      auto stories = store->ListStories(q);
                      if (!stories.ok()) return stories.status();
                      json list = json::array();
                      for (size_t i = 0; i < stories->size() && i < limit; ++i) {
                        list.push_back(StorySummaryJson((*stories)[i]));
                      }
                      return Dump({{"stories", list}, {"offset", q.offset}, {"limit", limit},
                                   {"has_more", stories->size() > limit}});
                    });
}

HttpResponse Api::Impl::ListArticles(const HttpRequest& r, const std::vector<std::string>&) {
  HttpResponse error;
  ListOptions o;
  if (!PageParams(r, 50, options_.max_page, &o.limit, &o.offset, &error)) return error;
  o.outlet = Param(r, "outlet");
  const size_t limit = o.limit;
  o.limit = limit + 1;
  auto store = Borrow();
  if (!store.ok()) return StatusResponse(store.status());
  auto list = (*store)->List(o);
  if (!list.ok()) return StatusResponse(list.status());
  json out = json::array();
  for (size_t i = 0; i < list->size() && i < limit; ++i) {
    const auto& a = (*list)[i];
    out.push_back({{"id", a.id}, {"outlet", a.outlet}, {"title", a.title}, {"published", a.published},
                   {"language", a.language}, {"bytes", a.body_bytes}, {"sentences", a.sentences}});
  }
  return JsonResponse(Dump({{"articles", out}, {"offset", o.offset}, {"limit", limit}, {"has_more", list->size() > limit}}));
}

HttpResponse Api::Impl::GetArticle(const HttpRequest&, const std::vector<std::string>& args) {
  auto store = Borrow();
  if (!store.ok()) return StatusResponse(store.status());
  auto a = (*store)->Get(args[0]);
  if (!a.ok()) return StatusResponse(a.status());
  a->raw.clear();
  render::ArticleJsonOptions o;
  json j = json::parse(render::ArticleToJson(*a, o, -1), nullptr, false);
  if (j.is_discarded()) return ErrorResponse(500, "internal", "article " + a->id + " does not render as JSON");
  auto story = (*store)->StoryOf(a->id);
  j["story"] = story.ok() ? json(AssignmentJson(*story)) : json(nullptr);
  j["loaded_terms"] = LoadedTermsJson(*a);
  return JsonResponse(Dump(j));
}

HttpResponse Api::Impl::ListEntities(const HttpRequest& r, const std::vector<std::string>&) {
  std::string story_id = Param(r, "story"), article_id = Param(r, "article");
  if (story_id.empty() == article_id.empty()) {
    return ErrorResponse(400, "bad_request", "give exactly one of 'story' or 'article'");
  }
  return CachedPage(r, "entities", {"story", "article"}, 0, 0,
                    [&](Store* store, const StoreVersion&) -> Result<std::string> {
    EntityQuery q;  // the canonical entities (entity_store) of the story's members or the article
    q.story = story_id;
    q.article = article_id;
    q.limit = kMaxEntities;
    auto entities = store->ListEntities(q);
    if (!entities.ok()) return entities.status();
    json out = json::array();
    for (const auto& e : *entities) out.push_back(render::EntitySummaryJson(e));
    return Dump({{"entities", out}});
  });
}

HttpResponse Api::Impl::Search(const HttpRequest& r, const std::vector<std::string>&) {
  HttpResponse error;
  SearchQuery q;
  if (!PageParams(r, 20, options_.max_page, &q.limit, &q.offset, &error)) return error;
  if (!DatesValid(r, {"since", "until"}, &error)) return error;
  q.text = Param(r, "q");
  q.outlet = Param(r, "outlet");
  q.since = Param(r, "since");
  q.until = Param(r, "until");
  q.entity = Param(r, "entity");
  q.rank_window = options_.search_rank_window;
  return CachedPage(r, "search", {"q", "outlet", "since", "until", "entity", "story"}, q.limit, q.offset,
                    [&](Store* store, const StoreVersion& version) -> Result<std::string> {
                      std::string story = Param(r, "story");
                      if (!story.empty()) {
                        auto members = store->StoryArticleIds(story);
                        if (!members.ok()) return members.status();
                        q.article_ids = std::move(*members);
                      }
                      auto results = search_.Search(store, q, version);
                      if (!results.ok()) return results.status();
                      return render::SearchResultsToJson(*results, q.offset, -1);
                    });
}

}  // namespace parallax::serve

namespace parallax::serve {

HttpResponse Api::Impl::GetStory(const HttpRequest&, const std::vector<std::string>& args) {
  auto store = Borrow();
  if (!store.ok()) return StatusResponse(store.status());
  auto summary = (*store)->GetStory(args[0]);
  if (!summary.ok()) return StatusResponse(summary.status());
  auto body = story_views_.GetOrRender(args[0], summary->version,
                                       [&] { return RenderStoryView(store->get(), args[0]); });
  if (!body.ok()) return StatusResponse(body.status());
  return JsonResponse(**body);
}

Result<std::string> Api::Impl::RenderStoryView(Store* store, const std::string& story_id) {
  constexpr size_t kMaxMembers = 400;  // a bigger story is shown by its first members
  auto assignments = store->StoryAssignments(story_id);
  if (!assignments.ok()) return assignments.status();
  const size_t total = assignments->size();
  if (assignments->size() > kMaxMembers) assignments->resize(kMaxMembers);
  std::vector<std::string> ids;
  for (const auto& as : *assignments) ids.push_back(as.article_id);
  auto loaded = LoadArticles(store, ids);
  if (!loaded.ok()) return loaded.status().WithContext("story " + story_id);
  std::vector<Article>& articles = *loaded;
  nlohmann::json j = StoryViewJson(story_id, *assignments, articles);
  j["truncated"] = total > assignments->size();
  // The synthesis (facts, coverage matrix, conflicts, summary; docs/formats/story.md).
  synth::StoryInput in;
  in.story_id = story_id;
  in.thread_id = assignments->front().thread_id;
  for (size_t i = 0; i < articles.size(); ++i) {
    in.articles.push_back(&articles[i]);
    in.duplicate_of.push_back((*assignments)[i].duplicate_of);
  }
  // One synthesis feeds the API's timeline and labels too, with the limits
  // of every view people read.
  auto view = synth::BuildStoryView(in, synth::ForReaders());
  if (view.ok()) {
    nlohmann::json synth_json = render::StoryJsonValue(*view);
    for (const char* key : {"articles", "outlets", "summary", "facts", "coverage", "conflicts"}) {
      j[key] = std::move(synth_json[key]);
    }
    j["timeline"] = TimelineViewJson(*view);
    j["timeline_omitted"] = view->timeline_omitted;
    j["labels"] = LabelsViewJson(*view);
  } else {
    j["synthesis_error"] = view.status().ToString();
    j["timeline"] = nlohmann::json::array();
    j["labels"] = nlohmann::json::array();
  }
  return Dump(j);
}

}  // namespace parallax::serve
