// `parallax cluster PATH... [--format tsv|text]`: reads, cleans and annotates
// articles, assigns each to a story in input order with the streaming
// clusterer, and prints one line per article (for scoring and for a quick
// look). Nothing is stored.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>

#include "annotate/annotator.h"
#include "cli/commands.h"
#include "cluster/date_inference.h"
#include "cluster/near_duplicate.h"
#include "cluster/story_clusterer.h"
#include "ingest/reader.h"
#include "pipeline/story_assigner.h"
#include "text/article_builder.h"

namespace parallax::cli {

namespace {

struct ClusterArgs {
  std::vector<std::string> paths;
  std::string format = "tsv";
  std::vector<std::string> annotate = {"time", "ner", "coref"};
  std::string background;  // IDF prior file; "" = default model, "none" = no prior
};


// Default options plus the background IDF prior: --background PATH, else
// the installed models/idf-news-en.bin when present (warns when missing).
cluster::ClusterOptions MakeClusterOptions(const ClusterArgs& args) {
  cluster::ClusterOptions o;
  if (args.background == "none") return o;
  auto path = args.background.empty() ? cluster::DefaultIdfPriorPath() : Result<std::string>(args.background);
  auto prior = path.ok() ? cluster::IdfPrior::Load(*path)
                         : Result<std::shared_ptr<const cluster::IdfPrior>>(path.status());
  if (prior.ok()) {
    o.idf_prior = *prior;
  } else {
    std::fprintf(stderr, "warning: clustering without an IDF prior: %s\n", prior.status().ToString().c_str());
  }
  return o;
}

void RunCluster(const ClusterArgs& args) {
  auto annotators = annotate::MakeAnnotators(args.annotate);
  auto clusterer = cluster::StoryClusterer::Create(MakeClusterOptions(args));
  if (!annotators.ok() || !clusterer.ok()) {
    std::fprintf(stderr, "parallax: %s\n",
                 (!annotators.ok() ? annotators.status() : clusterer.status()).ToString().c_str());
    SetExitCode(2);
    return;
  }
  std::map<std::string, std::string> story_of;  // article id -> story, for repeated inputs
  cluster::RecentDatedPeers peers(/*stories=*/2000, /*per_story=*/64);  // dates undated arrivals
  ingest::ReadPaths(args.paths, {}, [&](Result<ingest::RawDocument> doc) {
    if (!doc.ok()) {
      std::fprintf(stderr, "rejected %s\n", doc.status().message().c_str());
      SetExitCode(1);
      return true;
    }
    auto a = text::BuildArticle(std::move(*doc));
    if (!a.ok()) {
      std::fprintf(stderr, "rejected %s\n", a.status().message().c_str());
      SetExitCode(1);
      return true;
    }
    for (const auto& an : *annotators) (void)an->Annotate(&*a);
    auto it = story_of.find(a->id);
    std::string story, thread, note;
    if (it != story_of.end()) {
      story = it->second;
      note = "same article again";
    } else {
      cluster::Assignment as = (*clusterer)->Add(pipeline::ToClusterDocument(*a));
      story = as.story_id;
      thread = as.thread_id;
      if (!as.duplicate_of.empty()) note = "near-duplicate of " + as.duplicate_of;
      std::string date = as.inferred_date;
      int uncertainty = as.date_uncertainty_days;
      auto day = cluster::ParseDay(a->published.Date());
      if (day) {
        peers.Add(story, a->title, a->body, *day);
      } else if (auto nearest = cluster::InferDayFromPeers(
                     cluster::MakeDateSignature(a->title, a->body, cluster::kNoDay), peers.Of(story))) {
        date = cluster::FormatDay(nearest->day);  // the nearest dated peers' day, else the event's median
        uncertainty = nearest->uncertainty_days;
      }
      if (!day && !date.empty()) {
        note += (note.empty() ? "" : "; ") + std::string("date ~") + date + " +-" + std::to_string(uncertainty) + "d";
      }
      story_of[a->id] = story;
    }
    if (args.format == "tsv") {
      std::printf("%s\t%s\n", a->uri.c_str(), story.c_str());
    } else {
      std::printf("%-6s %-6s %-24.24s %s%s\n", story.c_str(), thread.c_str(),
                  a->outlet.empty() ? "(unknown outlet)" : a->outlet.c_str(),
                  a->title.empty() ? a->uri.c_str() : a->title.c_str(), note.empty() ? "" : ("  [" + note + "]").c_str());
    }
    return true;
  });
}

}  // namespace

void RegisterClusterCommand(CLI::App& app) {
  auto args = std::make_shared<ClusterArgs>();
  CLI::App* cmd = app.add_subcommand("cluster", "Assign articles to stories in input order (prints, stores nothing)");
  cmd->add_option("paths", args->paths, "Files or directories")->required();
  cmd->add_option("--format", args->format, "tsv (input<TAB>story) or text")->check(CLI::IsMember({"tsv", "text"}))
      ->capture_default_str();
  cmd->add_option("--annotate", args->annotate, "Annotators feeding the clusterer: time, ner, coref, or none")
      ->delimiter(',')->capture_default_str();
  cmd->add_option("--background", args->background,
                  "IDF prior file (default: models/idf-news-en.bin or $PARALLAX_MODELS; 'none' disables)");
  cmd->callback([args] { RunCluster(*args); });
}

}  // namespace parallax::cli
