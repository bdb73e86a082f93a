// `parallax entities`: canonical entities of the store with their aliases,
// types, mention/article counts and the roles each outlet gives them.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <map>
#include <memory>

#include "cli/commands.h"
#include "parallax/store.h"
#include "render/entity_view.h"

namespace parallax::cli {

namespace {

struct EntitiesArgs {
  std::string db = "parallax.db";
  EntityQuery query;
  int64_t id = 0;
  std::string format = "text";
  bool relink = false;
};

// "former climate envoy (United States)", "then-house speaker".
std::string RoleText(const EntityRole& r) {
  std::string s;
  if (!r.qualifier.empty()) s = r.qualifier + (r.qualifier == "then" ? "-" : " ");
  s += r.role;
  if (!r.affiliation.empty()) s += " (" + r.affiliation + ")";
  return s;
}

void PrintText(const EntitySummary& e) {
  std::string type = e.type + (e.subtype.empty() ? "" : "/" + e.subtype);
  std::printf("#%lld  %s  %s  articles %llu, mentions %llu\n", static_cast<long long>(e.id), e.name.c_str(),
              type.c_str(), static_cast<unsigned long long>(e.articles), static_cast<unsigned long long>(e.mentions));
  std::string aliases;
  for (const auto& a : e.aliases) aliases += (aliases.empty() ? "" : "; ") + a;
  if (e.aliases.size() > 1) std::printf("    aliases: %s\n", aliases.c_str());
  std::map<std::string, std::string> by_outlet;
  for (const auto& r : e.roles) {
    // Unattributed articles stay apart, named as in story views.
    std::string& line = by_outlet[r.outlet.empty() ? "(unknown outlet " + r.article_id.substr(0, 6) + ")" : r.outlet];
    line += (line.empty() ? "" : "; ") + RoleText(r);
  }
  for (const auto& [outlet, line] : by_outlet) std::printf("    %s: %s\n", outlet.c_str(), line.c_str());
}

void RunEntities(const EntitiesArgs& args) {
  std::unique_ptr<Store> store;
  if (args.relink) {
    store = OpenStoreOrReport(args.db);
    if (!store) return;
    Status s = store->RelinkEntities();
    if (!s.ok()) {
      std::fprintf(stderr, "parallax: %s: %s\n", args.db.c_str(), s.ToString().c_str());
      return SetExitCode(1);
    }
  } else {
    store = OpenStoreForReading(args.db);
    if (!store) return;
  }
  Result<std::vector<EntitySummary>> list = std::vector<EntitySummary>{};
  if (args.id > 0) {
    auto one = store->GetEntity(args.id);
    if (one.ok()) list->push_back(std::move(*one));
    else list = one.status();
  } else {
    list = store->ListEntities(args.query);
  }
  if (!list.ok()) {
    std::fprintf(stderr, "parallax: %s: %s\n", args.db.c_str(), list.status().ToString().c_str());
    return SetExitCode(1);
  }
  for (const auto& e : *list) {
    if (args.format == "json") {
      std::printf("%s\n", render::EntitySummaryJson(e).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    } else {
      PrintText(e);
    }
  }
}

}  // namespace

void RegisterEntitiesCommand(CLI::App& app) {
  auto args = std::make_shared<EntitiesArgs>();
  args->query.limit = 50;
  CLI::App* cmd = app.add_subcommand("entities", "List canonical entities: aliases, types, roles by outlet");
  cmd->add_option("--db", args->db, "Database file")->capture_default_str();
  cmd->add_option("--story", args->query.story, "Only the articles of this story (e.g. e3)");
  cmd->add_option("--type", args->query.type, "Only this type")->check(CLI::IsMember({"PER", "ORG", "LOC", "MISC"}));
  cmd->add_option("--name", args->query.name_prefix, "A word of the name or an alias starts with this (case-insensitive)");
  cmd->add_option("--id", args->id, "Show one entity (all articles)");
  cmd->add_option("--limit", args->query.limit, "At most this many entities")->capture_default_str();
  cmd->add_option("--offset", args->query.offset, "Skip this many entities");
  cmd->add_flag("--relink", args->relink,
                 "First link every stored article's entities again in an order fixed by their content, not by "
                 "ingest order (entity ids change)");
  cmd->add_option("--format", args->format, "text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
  cmd->callback([args] { RunEntities(*args); });
}

}  // namespace parallax::cli
