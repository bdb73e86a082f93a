// `parallax time`: the temporal tagger from the command line.
//
//   parallax time [--dct YYYY-MM-DD] [--json] [--raw] FILE...
//       reads each file as articles (the ingest readers + clean stage), takes
//       the DCT from the article's publication date unless --dct is given,
//       and prints every time expression of the title and body: source,
//       field, byte span (into Article::title / Article::body), type, value,
//       mod, text. --raw tags the file bytes as they are (spans into the file).
//   parallax time --timeml IN_DIR OUT_DIR
//       tags every TempEval-3 .tml file of IN_DIR (text in <TEXT>, DCT in
//       <DCT>) and writes it to OUT_DIR with TIMEX3 tags, ready for the
//       TempEval-3 scorer (or parallax-eval-time --score).
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "core/file_util.h"
#include "annotate/time/time_tagger.h"
#include "annotate/time/timeml.h"
#include "cli/commands.h"
#include "ingest/reader.h"
#include "text/article_builder.h"

namespace parallax::cli {
namespace {

namespace fs = std::filesystem;

struct TimeArgs {
  std::vector<std::string> files;
  std::string dct;
  bool json = false;
  bool raw = false;
  std::vector<std::string> timeml;  // IN_DIR OUT_DIR
};

bool ReadAll(const fs::path& path, std::string* out) {
  auto bytes = parallax::core::ReadFileToString(path.string());
  if (!bytes.ok()) return false;
  *out = std::move(*bytes);
  return true;
}

void PrintTimexes(const std::string& source, const char* field, const std::string& text,
                  const std::vector<time::Timex>& timexes, bool json) {
  for (const time::Timex& t : timexes) {
    if (json) {
      nlohmann::json j = {{"source", source}, {"field", field}, {"begin", t.span.begin},
                          {"end", t.span.end}, {"type", t.type}, {"value", t.value},
                          {"mod", t.mod}, {"needs_dct", t.needs_dct},
                          {"text", std::string(t.span.Of(text))}};
      fmt::print("{}\n", j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    } else {
      fmt::print("{}\t{}\t{}-{}\t{}\t{}\t{}\t{}\n", source, field, t.span.begin, t.span.end, t.type,
                 t.value, t.mod.empty() ? "-" : t.mod, t.span.Of(text));
    }
  }
}

int TagRawFile(const time::TimeTagger& tagger, const TimeArgs& args, const std::string& file) {
  std::string text;
  if (!ReadAll(file, &text)) {
    fmt::print(stderr, "parallax time: cannot read {}\n", file);
    return 1;
  }
  PrintTimexes(file, "file", text, tagger.Tag(text, args.dct), args.json);
  return 0;
}

// Reads `file` through the ingest readers and the clean stage; the DCT is the
// article's publication date unless --dct overrides it.
int TagArticles(const time::TimeTagger& tagger, const TimeArgs& args, const std::string& file) {
  int rc = 0;
  ingest::ReadFile(file, ingest::ReadOptions{}, [&](Result<ingest::RawDocument> doc) {
    if (!doc.ok()) {
      fmt::print(stderr, "parallax time: {}\n", doc.status().ToString());
      rc = 1;
      return true;
    }
    auto article = text::BuildArticle(std::move(doc).value());
    if (!article.ok()) {
      fmt::print(stderr, "parallax time: {}: {}\n", file, article.status().ToString());
      rc = 1;
      return true;
    }
    const std::string dct = args.dct.empty() ? article->published.Date() : args.dct;
    if (!article->title.empty()) {
      PrintTimexes(article->uri, "title", article->title, tagger.Tag(article->title, dct), args.json);
    }
    PrintTimexes(article->uri, "body", article->body, tagger.Tag(article->body, dct), args.json);
    return true;
  });
  return rc;
}

int TagFiles(const time::TimeTagger& tagger, const TimeArgs& args) {
  int rc = 0;
  for (const std::string& file : args.files) {
    const int r = args.raw ? TagRawFile(tagger, args, file) : TagArticles(tagger, args, file);
    if (r != 0) rc = r;
  }
  return rc;
}

int TagTimemlDir(const time::TimeTagger& tagger, const std::string& in_dir, const std::string& out_dir) {
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) {
    fmt::print(stderr, "parallax time: cannot create {}: {}\n", out_dir, ec.message());
    return 1;
  }
  int rc = 0, written = 0;
  for (auto it = fs::directory_iterator(in_dir, ec); !ec && it != fs::directory_iterator(); ++it) {
    if (!it->is_regular_file() || it->path().extension() != ".tml") continue;
    std::string raw;
    if (!ReadAll(it->path(), &raw)) { rc = 1; continue; }
    auto doc = time::ParseTimeml(std::move(raw));
    if (!doc.ok()) {
      fmt::print(stderr, "parallax time: {}: {}\n", it->path().string(), doc.status().ToString());
      rc = 1;
      continue;
    }
    const std::string out = time::WriteTimeml(*doc, tagger.Tag(doc->plain, doc->dct));
    std::ofstream os(fs::path(out_dir) / it->path().filename(), std::ios::binary);
    os << out;
    if (!os) { rc = 1; continue; }
    ++written;
  }
  if (ec) {
    fmt::print(stderr, "parallax time: cannot list {}: {}\n", in_dir, ec.message());
    return 1;
  }
  fmt::print(stderr, "parallax time: wrote {} TimeML files to {}\n", written, out_dir);
  return rc;
}

}  // namespace

void RegisterTimeCommand(CLI::App& app) {
  auto args = std::make_shared<TimeArgs>();
  CLI::App* cmd = app.add_subcommand("time", "Find and normalise time expressions (TIMEX3)");
  cmd->add_option("files", args->files, "Plain-text files to tag");
  cmd->add_option("--dct", args->dct,
                  "Document creation time YYYY-MM-DD (default: the article's publication date)");
  cmd->add_flag("--json", args->json, "One JSON object per expression");
  cmd->add_flag("--raw", args->raw, "Tag the file bytes as plain text (no article reading)");
  cmd->add_option("--timeml", args->timeml, "IN_DIR OUT_DIR: tag TempEval-3 TimeML files")->expected(2);
  cmd->callback([args] {
    auto tagger = time::TimeTagger::Create({});
    if (!tagger.ok()) {
      fmt::print(stderr, "parallax time: {}\n", tagger.status().ToString());
      SetExitCode(1);
      return;
    }
    if (!args->timeml.empty()) {
      SetExitCode(TagTimemlDir(**tagger, args->timeml[0], args->timeml[1]));
    } else if (args->files.empty()) {
      fmt::print(stderr, "parallax time: give FILE... or --timeml IN_DIR OUT_DIR\n");
      SetExitCode(2);
    } else {
      SetExitCode(TagFiles(**tagger, *args));
    }
  });
}

}  // namespace parallax::cli
