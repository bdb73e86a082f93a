// parallax ner: named-entity recognition from the command line.
//  --conll FILE: tags a CoNLL-2003 column file and prints every input line
//    with the predicted IOB2 tag appended as the last column (conlleval-
//    compatible: gold stays in the column before it). -DOCSTART- lines get
//    " O"; blank lines stay blank. FILE "-" reads stdin.
//  PATHS...: reads articles like `parallax ingest` (any supported format),
//    cleans and segments them, and prints one JSON object per article with
//    its mentions (text, type, subtype, confidence, byte span in the body).
#include <cmath>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "annotate/ner/conll.h"
#include "annotate/ner/labels.h"
#include "annotate/ner/tagger.h"
#include "ingest/reader.h"
#include "text/article_builder.h"
#include "cli/commands.h"
#include "core/file_util.h"

namespace parallax::cli {

namespace {

struct NerArgs {
  std::string conll;
  std::vector<std::string> paths;
  std::string model;
  size_t beam = ner::TaggerOptions::kDefaultBeam;
  double beam_margin = ner::TaggerOptions::kDefaultBeamMargin;
  bool no_prune = false;
  bool stats = false;
};

void PrintStats(const ner::Tagger& tagger) {
  const ner::Tagger::Stats st = tagger.stats();
  fmt::print(stderr, "tokens {}, labelled O unscored {} ({:.1f} %), prunable but scored {}\n", st.tokens, st.pruned,
             st.tokens ? 100.0 * st.pruned / st.tokens : 0.0, st.scored_late);
}

Status ReadInput(const std::string& path, std::string* out) {
  auto bytes = core::ReadFileToString(path);
  if (!bytes.ok()) return bytes.status();
  *out = std::move(*bytes);
  return Status::OK();
}

// Predicted tag per line index ("" for lines that are not tokens).
std::vector<std::string> TagFile(const ner::Tagger& tagger, const ner::ConllFile& file) {
  std::vector<std::string> tags(file.lines.size());
  for (const auto& doc : file.documents) {
    std::vector<std::vector<std::string_view>> sentences;
    for (const auto& sent : doc.sentences) {
      sentences.emplace_back();
      for (size_t li : sent) sentences.back().push_back(ner::ConllColumn(file.lines[li], 0));
    }
    auto mentions = tagger.TagDocument(sentences);
    for (size_t s = 0; s < doc.sentences.size(); ++s) {
      std::vector<ner::LabelSpan> spans;
      for (const auto& m : mentions[s]) spans.push_back({m.first_token, m.last_token, ner::TypeIndex(m.type)});
      auto iob = ner::IobFromSpans(spans, doc.sentences[s].size());
      for (size_t i = 0; i < iob.size(); ++i) tags[doc.sentences[s][i]] = std::move(iob[i]);
    }
  }
  return tags;
}

nlohmann::json ArticleMentions(const ner::Tagger& tagger, const Article& a) {
  nlohmann::json mentions = nlohmann::json::array();
  auto tagged = tagger.TagArticle(a);
  for (size_t s = 0; s < tagged.size(); ++s) {
    const Sentence& sent = a.sentences[s];
    for (const auto& m : tagged[s]) {
      Span first = a.tokens[sent.first_token + m.first_token].span;
      Span last = a.tokens[sent.first_token + m.last_token].span;
      mentions.push_back({{"text", a.body.substr(first.begin, last.end - first.begin)},
                          {"type", m.type},
                          {"subtype", m.subtype},
                          {"confidence", std::round(static_cast<double>(m.confidence) * 1000.0) / 1000.0},
                          {"begin", first.begin},
                          {"end", last.end}});
    }
  }
  return {{"uri", a.uri}, {"title", a.title}, {"mentions", mentions}};
}

void RunArticles(const ner::Tagger& tagger, const std::vector<std::string>& paths) {
  ingest::ReadPaths(paths, {}, [&](Result<ingest::RawDocument> doc) {
    Result<Article> a = doc.ok() ? text::BuildArticle(std::move(*doc)) : Result<Article>(doc.status());
    if (!a.ok()) {
      fmt::print(stderr, "rejected {}\n", a.status().message());
      SetExitCode(1);
      return true;
    }
    fmt::print("{}\n", ArticleMentions(tagger, *a).dump());
    return true;
  });
}

Status RunNer(const NerArgs& args) {
  if (args.conll.empty() == args.paths.empty())
    return Status::InvalidArgument("give either --conll FILE or article paths");
  std::string model_path = args.model;
  if (model_path.empty()) {
    auto found = ner::DefaultModelPath();
    if (!found.ok()) return found.status();
    model_path = *found;
  }
  ner::TaggerOptions options;
  options.beam = args.beam;
  options.beam_margin = args.beam_margin;
  options.prune = !args.no_prune;
  auto tagger = ner::Tagger::Load(model_path, options);
  if (!tagger.ok()) return tagger.status();
  if (!args.paths.empty()) {
    RunArticles(**tagger, args.paths);
    if (args.stats) PrintStats(**tagger);
    return Status::OK();
  }
  std::string text;
  PARALLAX_RETURN_IF_ERROR(ReadInput(args.conll, &text));
  auto file = ner::ParseConll(text);
  if (!file.ok()) return file.status().WithContext(args.conll);
  std::vector<std::string> tags = TagFile(**tagger, *file);
  std::string out;
  for (size_t i = 0; i < file->lines.size(); ++i) {
    const std::string& line = file->lines[i];
    if (!tags[i].empty()) out += line + " " + tags[i];
    else if (ner::ConllColumn(line, 0) == "-DOCSTART-") out += line + " O";
    else out += line;
    out += '\n';
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (args.stats) PrintStats(**tagger);
  return Status::OK();
}

}  // namespace

void RegisterNerCommand(CLI::App& app) {
  auto args = std::make_shared<NerArgs>();
  auto* cmd = app.add_subcommand("ner", "named-entity recognition (PER, ORG, LOC, MISC)");
  cmd->add_option("--conll", args->conll, "CoNLL-2003 column file ('-' = stdin); prints it with a predicted tag column");
  cmd->add_option("paths", args->paths, "articles (files, directories, - for stdin): one JSON line of mentions each");
  cmd->add_option("--beam", args->beam, "beam size (1 = greedy)");
  cmd->add_option("--beam-margin", args->beam_margin,
                  "drop hypotheses this many nats behind the best (0 = full beam; default 4)");
  cmd->add_flag("--no-prune", args->no_prune,
               "score every token (default: label O unscored the outside words after O or a mention's end)");
  cmd->add_flag("--stats", args->stats, "print token and pruning counts to stderr (beam decoding)");
  cmd->add_option("--model", args->model, "model file (default: models/ner-en.bin, or $PARALLAX_MODELS)");
  cmd->callback([args] {
    Status s = RunNer(*args);
    if (!s.ok()) {
      fmt::print(stderr, "parallax ner: {}\n", s.ToString());
      SetExitCode(1);
    }
  });
}

}  // namespace parallax::cli
