#include "cli/commands.h"

#include <cstdio>

#include <CLI/CLI.hpp>

namespace parallax::cli {

namespace {
int g_exit_code = 0;
}  // namespace

void SetExitCode(int code) { g_exit_code = code; }
int ExitCode() { return g_exit_code; }

std::unique_ptr<Store> OpenStoreOrReport(const std::string& db, const StoreOptions& options) {
  auto store = Store::Open(db, options);
  if (!store.ok()) {
    std::fprintf(stderr, "parallax: %s\n", store.status().ToString().c_str());
    SetExitCode(1);
    return nullptr;
  }
  return std::move(*store);
}

std::unique_ptr<Store> OpenStoreForReading(const std::string& db) {
  StoreOptions options;
  options.read_only = true;
  return OpenStoreOrReport(db, options);
}

void RegisterAll(CLI::App& app) {
  // Subcommands register here, one line each.
  RegisterArticleCommands(app);
  RegisterClusterCommand(app);
  RegisterTimeCommand(app);
  RegisterNerCommand(app);
  RegisterTrainCommand(app);
  RegisterStoriesCommand(app);
  RegisterEntitiesCommand(app);

  RegisterQuotesCommand(app);
  RegisterStoryCommands(app);
  RegisterSearchCommand(app);
  RegisterServeCommand(app);
}

}  // namespace parallax::cli
