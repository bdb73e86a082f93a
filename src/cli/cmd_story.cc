// `parallax story ID [--db FILE] [--format text|md|json|html]`: the story
// view of one story (summary, facts and coverage, conflicts, articles).
// `parallax report PATH... -o report.html [--db FILE]`: ingests PATH into a
// temporary database (or FILE) and writes one self-contained HTML report of
// every thread (a story with its follow-ups).
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

#include "annotate/annotator.h"
#include "cli/commands.h"
#include "cli/story_source.h"
#include "pipeline/ingester.h"
#include "pipeline/story_assigner.h"
#include "render/story_json.h"
#include "render/story_text.h"
#include "synth/synthesize.h"

namespace parallax::cli {

namespace {

struct StoryArgs {
  std::string id;
  std::string db = "parallax.db";
  std::string format = "text";
  std::string outlets;
  std::string timeline = "key";
};

struct ReportArgs {
  std::vector<std::string> paths;
  std::string db;   // "" = temporary
  std::string out = "report.html";
  std::string outlets;
  std::vector<std::string> annotate = {"time", "ner", "coref", "quotes"};
  size_t min_articles = 1;
  std::string timeline = "key";
};

void Fail(const std::string& what, int code = 1) {
  std::fprintf(stderr, "parallax: %s\n", what.c_str());
  SetExitCode(code);
}

// nullptr (reported) when --outlets names an unreadable registry.
std::shared_ptr<const OutletRegistry> Registry(const std::string& path) {
  if (path.empty()) return std::shared_ptr<const OutletRegistry>(&OutletRegistry::Default(), [](const OutletRegistry*) {});
  auto r = OutletRegistry::Load(path);
  if (!r.ok()) { Fail(path + ": " + r.status().ToString(), 2); return nullptr; }
  return std::shared_ptr<const OutletRegistry>(std::move(*r));
}

// `timeline`: "key" (the readers' limits, synth::ForReaders) or "all".
Result<synth::StoryView> Synthesize(const LoadedStory& s, const OutletRegistry* registry, const std::string& timeline) {
  synth::StoryInput in{s.id, s.thread_id, {}, s.duplicate_of};
  for (const auto& a : s.articles) in.articles.push_back(&a);
  synth::SynthOptions o = timeline == "all" ? synth::SynthOptions{} : synth::ForReaders();
  o.registry = registry;
  return synth::BuildStoryView(in, o);
}

void RunStory(const StoryArgs& args) {
  auto registry = Registry(args.outlets);
  if (!registry) return;
  auto store = OpenStoreForReading(args.db);
  if (!store) return;
  auto stories = LoadStories(store.get());
  if (!stories.ok()) return Fail(args.db + ": " + stories.status().ToString());
  if (args.id.starts_with("t") || args.id == "all") {
    if (auto thread = MergeThread(&*stories, args.id)) stories = std::vector<LoadedStory>{std::move(*thread)};
    else return Fail(args.db + ": no thread " + args.id);
  }
  for (const auto& s : *stories) {
    // A story is named by its id, or by the id (or 6+ digit prefix) of any of its articles.
    bool match = s.id == args.id;
    for (const auto& a : s.articles) match |= args.id.size() >= 6 && a.id.starts_with(args.id);
    if (!match) continue;
    auto view = Synthesize(s, registry.get(), args.timeline);
    if (!view.ok()) return Fail("story " + s.id + ": " + view.status().ToString());
    std::string out = args.format == "json" ? render::StoryToJson(*view) + "\n"
                      : args.format == "md" ? render::StoryToMarkdown(*view)
                      : args.format == "html" ? render::StoryToHtml(*view)
                                              : render::StoryToText(*view);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return;
  }
  Fail(args.db + ": no story " + args.id);
}

// Ingests the paths into `db`; false (reported) when the store fails.
bool IngestInto(const ReportArgs& args, const std::string& db, const OutletRegistry* registry) {
  auto annotators = annotate::MakeAnnotators(args.annotate);
  if (!annotators.ok()) { Fail(annotators.status().ToString(), 2); return false; }
  auto store = OpenStoreOrReport(db);
  if (!store) return false;
  pipeline::IngestOptions options;
  options.build.registry = registry;
  for (const auto& a : *annotators) options.annotators.push_back(a.get());
  // Stories are assigned and stored as by `parallax ingest`, so the database
  // a report leaves behind (--db) answers `parallax stories` the same way.
  auto stories = pipeline::MakeDefaultStoryAssigner(store.get(), options.annotators);
  if (!stories.ok()) { Fail(db + ": story clustering: " + stories.status().ToString()); return false; }
  options.stories = stories->get();
  pipeline::Ingester ingester(store.get(), options);
  pipeline::IngestEvents events;
  events.on_reject = [](const Status& s) { std::fprintf(stderr, "rejected %s\n", s.message().c_str()); SetExitCode(1); };
  pipeline::IngestStats stats;
  Status st = ingester.Run(args.paths, events, &stats);
  if (!st.ok()) { Fail(db + ": " + st.ToString()); return false; }
  std::fprintf(stderr, "stored %llu, duplicate %llu, rejected %llu\n", static_cast<unsigned long long>(stats.stored),
               static_cast<unsigned long long>(stats.duplicate), static_cast<unsigned long long>(stats.rejected));
  return true;
}

void RunReport(const ReportArgs& args) {
  auto registry = Registry(args.outlets);
  if (!registry) return;
  std::string db = args.db;
  std::filesystem::path tmp_dir;
  if (db.empty()) {
    std::string tmpl = (std::filesystem::temp_directory_path() / "parallax-report-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) return Fail("cannot create a temporary directory");
    tmp_dir = tmpl;
    db = (tmp_dir / "report.db").string();
  }
  auto cleanup = [&] { if (!tmp_dir.empty()) { std::error_code ec; std::filesystem::remove_all(tmp_dir, ec); } };
  if (!IngestInto(args, db, registry.get())) return cleanup();
  std::vector<synth::StoryView> views;
  {
    auto store = OpenStoreOrReport(db);
    if (!store) return cleanup();
    auto loaded = LoadStories(store.get());
    if (!loaded.ok()) { cleanup(); return Fail(db + ": " + loaded.status().ToString()); }
    // One section per thread: a story and its follow-ups read as one (the seeds: the July trip and
    // the September COP28 follow-up).
    std::vector<std::string> threads;
    for (const auto& s : *loaded) {
      if (std::find(threads.begin(), threads.end(), s.thread_id) == threads.end()) threads.push_back(s.thread_id);
    }
    std::vector<LoadedStory> stories;
    for (const auto& t : threads) {
      if (auto merged = MergeThread(&*loaded, t)) stories.push_back(std::move(*merged));
    }
    for (const auto& s : stories) {
      if (s.articles.size() < args.min_articles) continue;
      auto view = Synthesize(s, registry.get(), args.timeline);
      if (!view.ok()) { cleanup(); return Fail("story " + s.id + ": " + view.status().ToString()); }
      views.push_back(std::move(*view));
    }
  }
  cleanup();
  std::stable_sort(views.begin(), views.end(), [](const synth::StoryView& a, const synth::StoryView& b) {
    return a.outlets.size() != b.outlets.size() ? a.outlets.size() > b.outlets.size() : a.articles.size() > b.articles.size();
  });
  std::ofstream out(args.out, std::ios::binary);
  std::string html = render::ReportToHtml(views, "Parallax report");
  out.write(html.data(), static_cast<std::streamsize>(html.size()));
  if (!out.good()) return Fail(args.out + ": cannot write the report");
  std::fprintf(stderr, "%zu story threads -> %s\n", views.size(), args.out.c_str());
}

}  // namespace

void RegisterStoryCommands(CLI::App& app) {
  auto s = std::make_shared<StoryArgs>();
  CLI::App* story = app.add_subcommand("story", "Show one story: summary, facts and coverage, conflicts, articles");
  story->add_option("id", s->id, "Story id (e1), thread id (t1: the whole thread), the id of one of its articles, or 'all' (every article as one story)")->required();
  story->add_option("--db", s->db, "Database file")->capture_default_str();
  story->add_option("--format", s->format, "text, md, json or html")->check(CLI::IsMember({"text", "md", "json", "html"}))
      ->capture_default_str();
  story->add_option("--outlets", s->outlets, "Outlet registry file replacing the built-in one");
  story->add_option("--timeline", s->timeline, "key: the 40 most salient entries, at most 3 per date; all: every entry")
      ->check(CLI::IsMember({"key", "all"}))->capture_default_str();
  story->callback([s] { RunStory(*s); });

  auto r = std::make_shared<ReportArgs>();
  CLI::App* report = app.add_subcommand("report", "Ingest PATH... and write a self-contained HTML report of every story");
  report->add_option("paths", r->paths, "Files or directories")->required();
  report->add_option("-o,--output", r->out, "HTML file to write")->capture_default_str();
  report->add_option("--db", r->db, "Database to ingest into and keep (default: a temporary one)");
  report->add_option("--outlets", r->outlets, "Outlet registry file replacing the built-in one");
  report->add_option("--annotate", r->annotate, "Annotators: time, ner, coref, quotes, or none")->delimiter(',')->capture_default_str();
  report->add_option("--min-articles", r->min_articles, "Only stories with at least this many articles")->capture_default_str();
  report->add_option("--timeline", r->timeline, "key: the 40 most salient entries, at most 3 per date; all: every entry")
      ->check(CLI::IsMember({"key", "all"}))->capture_default_str();
  report->callback([r] { RunReport(*r); });
}

}  // namespace parallax::cli
