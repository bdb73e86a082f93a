// Registry of CLI subcommands. Each Register* adds one subcommand (or a few
// closely related ones) to the app; its callback runs the command and records
// the process exit code with SetExitCode.
#ifndef PARALLAX_CLI_COMMANDS_H_
#define PARALLAX_CLI_COMMANDS_H_

#include <memory>
#include <string>

#include "parallax/store.h"

namespace CLI {
class App;
}

namespace parallax::cli {

void RegisterAll(CLI::App& app);

// ingest, articles, article, extract (cmd_articles.cc).
void RegisterArticleCommands(CLI::App& app);

// cluster (cmd_cluster.cc).
void RegisterClusterCommand(CLI::App& app);
void RegisterTimeCommand(CLI::App& app);  // cmd_time.cc
void RegisterNerCommand(CLI::App& app);    // cmd_ner.cc
void RegisterTrainCommand(CLI::App& app);  // cmd_train.cc
void RegisterStoriesCommand(CLI::App& app);  // cmd_stories.cc
void RegisterEntitiesCommand(CLI::App& app);  // cmd_entities.cc

void RegisterQuotesCommand(CLI::App& app);  // cmd_quotes.cc
void RegisterStoryCommands(CLI::App& app);  // story, report (cmd_story.cc)
void RegisterSearchCommand(CLI::App& app);  // cmd_search.cc
void RegisterServeCommand(CLI::App& app);   // cmd_serve.cc

// Exit codes: 0 success, 1 some inputs rejected / command failed, 2 usage.
void SetExitCode(int code);
int ExitCode();

// Opens the store at `db`. On failure prints "parallax: <reason>" to stderr
// (the reason names the file), sets exit code 1 and returns null.
std::unique_ptr<Store> OpenStoreOrReport(const std::string& db, const StoreOptions& options = {});
// The same, read-only: for commands that only query.
std::unique_ptr<Store> OpenStoreForReading(const std::string& db);

}  // namespace parallax::cli

#endif  // PARALLAX_CLI_COMMANDS_H_
