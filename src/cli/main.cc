// parallax: the command-line front end. Each subcommand is a thin wrapper over
// the library; see commands.h for the registry.
#include <CLI/CLI.hpp>

#include <cstdio>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"Parallax: news articles from many outlets in, stories out."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "parallax 0.1.0");
  parallax::cli::RegisterAll(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return parallax::cli::ExitCode();
}
