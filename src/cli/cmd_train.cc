// parallax train ...: runs the offline trainers. Trainers live in a separate
// binary, parallax-train, next to parallax (so they are never linked into the
// main binary or the server); this command execs it with all its arguments.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "cli/commands.h"

namespace parallax::cli {

void RegisterTrainCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("train", "train models (runs parallax-train; see `parallax train --help`)");
  cmd->prefix_command();
  cmd->set_help_flag();
  cmd->callback([cmd] {
    std::error_code ec;
    std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
    std::filesystem::path trainer = ec ? std::filesystem::path("parallax-train") : self.parent_path() / "parallax-train";
    std::vector<std::string> args = {trainer.string()};
    for (const std::string& a : cmd->remaining()) args.push_back(a);
    if (args.size() == 1) args.push_back("--help");
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    std::fflush(stdout);
    execv(argv[0], argv.data());
    fmt::print(stderr, "parallax train: cannot run {}: {}\n", argv[0], std::strerror(errno));
    SetExitCode(1);
  });
}

}  // namespace parallax::cli
