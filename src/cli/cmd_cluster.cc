// `parallax cluster PATH... [--format tsv|text] [--no-revise]`: reads, cleans
// and annotates articles, assigns each to a story in input order with the
// streaming clusterer, then revises each thread's events with everything
// seen (cluster/event_revision.h; ids stay the stream's where they can), and
// prints one line per article (for scoring and for a quick look). The
// revision keeps every article's terms until the input ends (a few KB per
// article); with --no-revise nothing is kept and each line is printed as the
// stream decides it. Nothing is stored.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>

#include "annotate/annotator.h"
#include "cli/commands.h"
#include "cluster/date_inference.h"
#include "cluster/event_revision.h"
#include "cluster/near_duplicate.h"
#include "cluster/prepare_pool.h"
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
  bool revise = true;       // revise each thread's events once the stream has ended
  int threads = 0;          // PreparePool threads (0 = hardware)
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

// One printed line: the input, its stream assignment (index into the
// assignments, or that of the earlier identical article) and the notes.
struct Line {
  std::string uri, outlet, title, note;
  size_t assignment = 0;
};

void PrintLine(const ClusterArgs& args, const Line& l, const std::string& story, const std::string& thread) {
  if (args.format == "tsv") {
    std::printf("%s\t%s\n", l.uri.c_str(), story.c_str());
  } else {
    std::printf("%-6s %-6s %-24.24s %s%s\n", story.c_str(), thread.c_str(),
                l.outlet.empty() ? "(unknown outlet)" : l.outlet.c_str(), l.title.empty() ? l.uri.c_str() : l.title.c_str(),
                l.note.empty() ? "" : ("  [" + l.note + "]").c_str());
  }
}

// The stream's state while reading: articles wait in `pending` (a batch of
// up to kBatch) so that PreparePool can compute the features of several at
// once; a batch is assigned in input order and its lines are then completed.
class ClusterRun {
 public:
  ClusterRun(const ClusterArgs& args, cluster::StoryClusterer* clusterer)
      : args_(args), clusterer_(clusterer), pool_(args.threads) {}

  // Queues one built article (or a repeat of an earlier one).
  void Take(Article a) {
    Line line{a.uri, a.outlet, a.title, "", assigned_.size() + pending_.size()};
    if (auto it = assignment_of_.find(a.id); it != assignment_of_.end()) {
      line.assignment = it->second;
      line.note = "same article again";
    } else {
      assignment_of_[a.id] = line.assignment;
      pending_lines_.push_back(lines_.size());
      pending_docs_.push_back(pipeline::ToClusterDocument(a));
      pending_.push_back(std::move(a));
    }
    lines_.push_back(std::move(line));
    if (pending_.size() >= kBatch) Flush();
  }

  // Assigns the pending batch; without revision prints every finished line.
  void Flush() {
    std::vector<cluster::Assignment> out;
    std::vector<std::vector<cluster::TermCount>> bags;
    if (Status st = pool_.AddBatch(clusterer_, pending_docs_, &out, args_.revise ? &bags : nullptr); !st.ok()) {
      std::fprintf(stderr, "parallax: %s\n", st.ToString().c_str());
      SetExitCode(2);
    }
    for (size_t k = 0; k < out.size(); ++k) {
      Complete(pending_[k], pending_docs_[k], std::move(out[k]), args_.revise ? &bags[k] : nullptr,
             &lines_[pending_lines_[k]]);
    }
    pending_.clear();
    pending_docs_.clear();
    pending_lines_.clear();
    if (args_.revise) return;
    for (const Line& l : lines_) PrintLine(args_, l, assigned_[l.assignment].story_id, assigned_[l.assignment].thread_id);
    lines_.clear();
  }

  // After the input: revises each thread's events and prints every line.
  void Finish() {
    Flush();
    if (!args_.revise) return;
    auto idf = [&](uint64_t term) { return clusterer_->Idf(term); };
    const std::vector<std::string> story = cluster::ReviseStreamEvents(std::move(members_), ids_, assigned_, idf, {});
    for (const Line& l : lines_) PrintLine(args_, l, story[l.assignment], assigned_[l.assignment].thread_id);
  }

 private:
  static constexpr size_t kBatch = 64;

  // One assigned article in input order: its date note, the dated peers,
  // the bag kept for the revision.
  void Complete(const Article& a, const cluster::Document& cd, cluster::Assignment as,
              std::vector<cluster::TermCount>* bag, Line* line) {
    if (!as.duplicate_of.empty()) line->note = "near-duplicate of " + as.duplicate_of;
    std::string date = as.inferred_date;
    int uncertainty = as.date_uncertainty_days;
    auto day = cluster::ParseDay(a.published.Date());
    if (day) {
      peers_.Add(as.story_id, a.title, a.body, *day);
    } else if (auto nearest = cluster::InferDayFromPeers(
                   cluster::MakeDateSignature(a.title, a.body, cluster::kNoDay), peers_.Of(as.story_id))) {
      date = cluster::FormatDay(nearest->day);  // the nearest dated peers' day, else the event's median
      uncertainty = nearest->uncertainty_days;
    }
    if (!day && !date.empty()) {
      line->note += (line->note.empty() ? "" : "; ") + std::string("date ~") + date + " +-" +
                    std::to_string(uncertainty) + "d";
    }
    if (bag != nullptr) {
      cluster::RevisionMember m;  // the bag the clusterer extracted, kept for the revision
      m.terms = std::move(*bag);
      const auto stream_day = cluster::ParseDay(cd.date);
      m.day = stream_day ? *stream_day : cluster::kNoDay;
      members_.push_back(std::move(m));
      ids_.push_back(cd.id);
    }
    assigned_.push_back(std::move(as));
  }

  const ClusterArgs& args_;
  cluster::StoryClusterer* clusterer_;
  cluster::PreparePool pool_;
  std::map<std::string, size_t> assignment_of_;  // article id -> its assignment, for repeated inputs
  std::vector<cluster::Assignment> assigned_;
  std::vector<cluster::RevisionMember> members_;  // kept for the revision at the end
  std::vector<std::string> ids_;
  std::vector<Line> lines_;  // printed at the end (revision) or after each batch
  std::vector<Article> pending_;
  std::vector<cluster::Document> pending_docs_;
  std::vector<size_t> pending_lines_;  // index into lines_ of each pending article
  cluster::RecentDatedPeers peers_{/*stories=*/2000, /*per_story=*/64};  // dates undated arrivals
};

void RunCluster(const ClusterArgs& args) {
  auto annotators = annotate::MakeAnnotators(args.annotate);
  const cluster::ClusterOptions options = MakeClusterOptions(args);
  auto clusterer = cluster::StoryClusterer::Create(options);
  if (!annotators.ok() || !clusterer.ok()) {
    std::fprintf(stderr, "parallax: %s\n",
                 (!annotators.ok() ? annotators.status() : clusterer.status()).ToString().c_str());
    SetExitCode(2);
    return;
  }
  ClusterRun run(args, clusterer->get());
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
    run.Take(std::move(*a));
    return true;
  });
  run.Finish();
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
  cmd->add_flag("!--no-revise", args->revise,
                "Print each article as the stream places it, without revising each thread's events at the end");
  cmd->add_option("--threads", args->threads,
                  "Threads computing clustering features ahead of the stream (0 = hardware; output does not depend on it)")
      ->capture_default_str();
  cmd->callback([args] { RunCluster(*args); });
}

}  // namespace parallax::cli
