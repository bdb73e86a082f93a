#include "cli/commands.h"

#include <CLI/CLI.hpp>

namespace parallax::cli {

namespace {
int g_exit_code = 0;
}  // namespace

void SetExitCode(int code) { g_exit_code = code; }
int ExitCode() { return g_exit_code; }

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
