// `parallax search QUERY`: ranked full-text search over the store.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "render/search_view.h"
#include "search/memory_index.h"
#include "serve/open_store.h"

namespace parallax::cli {

namespace {

struct SearchArgs {
  SearchQuery query;
  std::string db = "parallax.db";
  std::string format = "text";
  std::string story;
  std::string engine = "fts5";
};

// The memory engine for one command: index the whole store, then search
// (word queries only; anything else goes to FTS5, as in `parallax serve`).
Result<SearchResults> MemorySearch(Store* store, const SearchQuery& query) {
  if (search::MemoryQueryTerms(query).empty()) return store->Search(query);
  search::MemoryIndex index;
  auto added = index.CatchUp(store, SIZE_MAX);
  if (!added.ok()) return added.status();
  return index.Search(query, store);
}

void RunSearch(const SearchArgs& args) {
  auto store = serve::OpenReadOnly(args.db);
  if (!store.ok()) {
    std::fprintf(stderr, "parallax: %s\n", store.status().ToString().c_str());
    SetExitCode(1);
    return;
  }
  SearchQuery query = args.query;
  if (!args.story.empty()) {
    auto members = (*store)->StoryArticleIds(args.story);
    if (!members.ok()) {
      std::fprintf(stderr, "parallax: search in %s: %s\n", args.db.c_str(), members.status().ToString().c_str());
      SetExitCode(1);
      return;
    }
    query.article_ids = std::move(*members);
  }
  auto results = args.engine == "memory" ? MemorySearch(store->get(), query) : (*store)->Search(query);
  if (!results.ok()) {
    std::fprintf(stderr, "parallax: search in %s: %s\n", args.db.c_str(), results.status().ToString().c_str());
    SetExitCode(results.status().code() == Status::Code::kInvalidArgument ? 2 : 1);
    return;
  }
  std::string out = args.format == "json" ? render::SearchResultsToJson(*results, args.query.offset) + "\n"
                                          : render::SearchResultsToText(*results, args.query.offset, isatty(1));
  std::fwrite(out.data(), 1, out.size(), stdout);
}

}  // namespace

void RegisterSearchCommand(CLI::App& app) {
  auto args = std::make_shared<SearchArgs>();
  CLI::App* cmd = app.add_subcommand("search", "Full-text search over stored articles (ranked, with snippets)");
  cmd->add_option("query", args->query.text, "Words (all must match), \"quoted phrases\", prefix*");
  cmd->add_option("--db", args->db, "Database file")->capture_default_str();
  cmd->add_option("--outlet", args->query.outlet, "Only this outlet");
  cmd->add_option("--since", args->query.since, "Published on or after (YYYY[-MM[-DD]])");
  cmd->add_option("--until", args->query.until, "Published on or before (YYYY[-MM[-DD]])");
  cmd->add_option("--entity", args->query.entity, "Only articles mentioning this entity");
  cmd->add_option("--story", args->story, "Only articles of this story");
  cmd->add_option("--limit", args->query.limit, "At most this many results")->capture_default_str();
  cmd->add_option("--offset", args->query.offset, "Skip this many results");
  cmd->add_option("--rank-window", args->query.rank_window,
                  "Past this many matches, rank by relevance within windows of this many, newest first (0: rank all)")
      ->capture_default_str();
  cmd->add_option("--engine", args->engine,
                  "fts5 (the store's index) or memory (index the store in memory first, as `serve` does; "
                  "word queries only)")
      ->capture_default_str()
      ->check(CLI::IsMember({"fts5", "memory"}));
  cmd->add_option("--format", args->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  cmd->callback([args] { RunSearch(*args); });
}

}  // namespace parallax::cli
