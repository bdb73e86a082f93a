// `parallax stories`: lists the stories of a database, newest first, as a
// readable table or one JSON object per line, with the Store::ListStories
// filters (date range overlap, entity, outlet, thread) and pagination; with
// --materialize-views, builds and stores the API view of every story that
// lacks a current one (pipeline/story_views.h: a store made before views
// were stored, or changed by a writer that does not build them).
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "parallax/store.h"
#include "pipeline/story_views.h"

namespace parallax::cli {

namespace {

struct StoriesArgs {
  std::string db = "parallax.db";
  std::string format = "text";
  bool materialize_views = false;
  StoryQuery query;
};

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

// A YYYY-MM-DD bound or "" (usage error otherwise).
bool ValidDay(const std::string& d) {
  if (d.empty()) return true;
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  return true;
}

void PrintText(const std::vector<StorySummary>& stories) {
  std::printf("%-8s %-8s %-10s %-10s %5s %7s  %-32s %s\n", "story", "thread", "first", "last", "arts", "outlets",
              "outlet names", "title");
  for (const auto& s : stories) {
    std::string outlets = Join(s.outlets, ", ");
    std::printf("%-8s %-8s %-10s %-10s %5llu %7zu  %-32.32s %s\n", s.id.c_str(), s.thread_id.c_str(),
                s.first_date.empty() ? "-" : s.first_date.c_str(), s.last_date.empty() ? "-" : s.last_date.c_str(),
                static_cast<unsigned long long>(s.articles), s.outlets.size(), outlets.empty() ? "-" : outlets.c_str(),
                s.title.empty() ? "(untitled)" : s.title.c_str());
  }
}

void PrintJson(const std::vector<StorySummary>& stories) {
  for (const auto& s : stories) {
    nlohmann::json j = {{"id", s.id},
                        {"thread_id", s.thread_id},
                        {"title", s.title},
                        {"first_date", s.first_date},
                        {"last_date", s.last_date},
                        {"outlets", s.outlets},
                        {"articles", s.articles},
                        {"duplicates", s.duplicates}};
    std::printf("%s\n", j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
  }
}

void MaterializeViews(const StoriesArgs& args) {
  auto store = OpenStoreOrReport(args.db);
  if (!store) return;
  pipeline::StoryViewStats stats;
  Status s = pipeline::MaterializeStoryViews(store.get(), -1, &stats);
  std::fprintf(stderr, "story views: built %llu, stored %llu\n", static_cast<unsigned long long>(stats.built),
               static_cast<unsigned long long>(stats.stored));
  if (!s.ok()) {
    std::fprintf(stderr, "parallax: %s: %s\n", args.db.c_str(), s.ToString().c_str());
    SetExitCode(1);
  }
}

void RunStories(const StoriesArgs& args) {
  if (args.materialize_views) {
    MaterializeViews(args);
    return;
  }
  if (!ValidDay(args.query.since) || !ValidDay(args.query.until)) {
    std::fprintf(stderr, "parallax: --since/--until take a date YYYY-MM-DD\n");
    SetExitCode(2);
    return;
  }
  auto store = OpenStoreForReading(args.db);
  if (!store) return;
  auto stories = store->ListStories(args.query);
  if (!stories.ok()) {
    std::fprintf(stderr, "parallax: %s: %s\n", args.db.c_str(), stories.status().ToString().c_str());
    SetExitCode(1);
    return;
  }
  if (args.format == "json") PrintJson(*stories);
  else PrintText(*stories);
}

}  // namespace

void RegisterStoriesCommand(CLI::App& app) {
  auto args = std::make_shared<StoriesArgs>();
  CLI::App* cmd = app.add_subcommand("stories", "List stories (newest first) with their dates, outlets and title");
  cmd->add_option("--db", args->db, "Database file")->capture_default_str();
  cmd->add_option("--since", args->query.since, "Only stories with a date on or after YYYY-MM-DD");
  cmd->add_option("--until", args->query.until, "Only stories with a date on or before YYYY-MM-DD");
  cmd->add_option("--entity", args->query.entity, "Only stories mentioning this entity (name, case-insensitive)");
  cmd->add_option("--outlet", args->query.outlet, "Only stories covered by this outlet");
  cmd->add_option("--thread", args->query.thread, "Only stories of this thread (t<N>)");
  cmd->add_option("--limit", args->query.limit, "At most this many")->capture_default_str();
  cmd->add_option("--offset", args->query.offset, "Skip this many");
  cmd->add_option("--format", args->format, "text or json (one object per line)")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->add_flag("--materialize-views", args->materialize_views,
                "Build and store the view of every story lacking a current one (what the server serves), list nothing");
  cmd->callback([args] { RunStories(*args); });
}

}  // namespace parallax::cli
