// `parallax serve`: the HTTP JSON API and web UI over one store.
#include <CLI/CLI.hpp>
#include <signal.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "cli/commands.h"
#include "serve/api.h"
#include "serve/server.h"

namespace parallax::cli {

namespace {

serve::Server* g_server = nullptr;

void StopOnSignal(int) {
  if (g_server) g_server->Stop();
}

void RunServe(serve::ApiOptions api_options, const serve::ServerOptions& server_options) {
  if (api_options.token.empty()) {
    const char* env = std::getenv("PARALLAX_TOKEN");
    if (env) api_options.token = env;
  }
  if (api_options.search_index_file.empty()) {
    api_options.search_index_file = api_options.db_path + ".search";
  } else if (api_options.search_index_file == "none") {
    api_options.search_index_file.clear();
  }
  auto api = serve::Api::Create(api_options);
  if (!api.ok()) {
    std::fprintf(stderr, "parallax: serve %s: %s\n", api_options.db_path.c_str(), api.status().ToString().c_str());
    SetExitCode(api.status().code() == Status::Code::kInvalidArgument ? 2 : 1);
    return;
  }
  serve::Server server(api->get(), server_options);
  Status st = server.Bind();
  if (!st.ok()) {
    std::fprintf(stderr, "parallax: serve: %s\n", st.ToString().c_str());
    SetExitCode(1);
    return;
  }
  g_server = &server;
  signal(SIGINT, StopOnSignal);
  signal(SIGTERM, StopOnSignal);
  std::printf("serving %s on http://%s:%d/%s\n", api_options.db_path.c_str(), server_options.bind.c_str(), server.port(),
              api_options.allow_ingest ? " (POST /api/ingest enabled)" : "");
  std::fflush(stdout);
  st = server.Listen();
  g_server = nullptr;
  if (!st.ok()) {
    std::fprintf(stderr, "parallax: serve: %s\n", st.ToString().c_str());
    SetExitCode(1);
  }
}

}  // namespace

void RegisterServeCommand(CLI::App& app) {
  auto api = std::make_shared<serve::ApiOptions>();
  auto server = std::make_shared<serve::ServerOptions>();
  CLI::App* cmd = app.add_subcommand("serve", "HTTP JSON API and web UI over the store");
  cmd->add_option("--db", api->db_path, "Database file")->capture_default_str();
  cmd->add_option("--port", server->port, "TCP port (0: any free port, printed at start)")->capture_default_str();
  cmd->add_option("--bind", server->bind, "Address to listen on")->capture_default_str();
  cmd->add_option("--threads", server->threads, "Connection threads (clients served at once; a kept-alive connection holds one)")->capture_default_str()->check(CLI::Range(1, 256));
  cmd->add_option("--search-window", api->search_rank_window,
                  "Search ranks by relevance within windows of this many newest matches (0: all at once)")
      ->capture_default_str();
  cmd->add_option("--search-engine", api->search_engine,
                  "memory: word queries from an in-memory index built at start; fts5: the store's index only")
      ->capture_default_str()
      ->check(CLI::IsMember({"memory", "fts5"}));
  cmd->add_option("--search-index", api->search_index_file,
                  "File the memory index is saved to and loaded from at start (default: DB.search; 'none': not saved)");
  cmd->add_flag("--allow-ingest", api->allow_ingest, "Accept POST /api/ingest (needs a token)");
  cmd->add_option("--token", api->token, "Bearer token for POST /api/ingest (default: $PARALLAX_TOKEN)");
  cmd->callback([api, server] { RunServe(*api, *server); });
}

}  // namespace parallax::cli
