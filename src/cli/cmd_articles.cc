// `parallax ingest`, `parallax articles`, `parallax article`, `parallax extract`.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>

#include "annotate/annotator.h"
#include "cli/commands.h"
#include "ingest/reader.h"
#include "pipeline/ingester.h"
#include "render/article_view.h"
#include "text/article_builder.h"

namespace parallax::cli {

namespace {

struct IngestArgs {
  std::vector<std::string> paths;
  std::string db = "parallax.db";
  bool quiet = false;
  bool no_raw = false;
  bool verbose = false;
  bool stats = false;
  size_t max_file_mb = 64;
  std::string outlets;  // registry file replacing the built-in one
  std::vector<std::string> annotate = {"time", "ner", "coref", "quotes"};
  bool no_cluster = false;
  bool relink = false;
  bool no_story_views = false;
};

// Builds the annotators named on the command line; empty on error (reported).
bool LoadAnnotators(const std::vector<std::string>& names, std::vector<std::unique_ptr<annotate::Annotator>>* out) {
  auto r = annotate::MakeAnnotators(names);
  if (!r.ok()) {
    std::fprintf(stderr, "parallax: %s\n", r.status().ToString().c_str());
    SetExitCode(2);
    return false;
  }
  *out = std::move(*r);
  return true;
}

// Loads --outlets FILE, or returns the built-in registry. nullptr on error (reported).
std::shared_ptr<const OutletRegistry> LoadRegistry(const std::string& path) {
  if (path.empty()) return std::shared_ptr<const OutletRegistry>(&OutletRegistry::Default(), [](const OutletRegistry*) {});
  auto r = OutletRegistry::Load(path);
  if (!r.ok()) {
    std::fprintf(stderr, "parallax: %s\n", r.status().ToString().c_str());
    SetExitCode(2);
    return nullptr;
  }
  return std::shared_ptr<const OutletRegistry>(std::move(*r));
}

void PrintProgress(const pipeline::IngestStats& s, double secs) {
  uint64_t done = s.stored + s.duplicate;
  std::fprintf(stderr, "\r\033[Kingest: %llu stored, %llu duplicate, %llu rejected  (%.0f articles/s)",
               static_cast<unsigned long long>(s.stored), static_cast<unsigned long long>(s.duplicate),
               static_cast<unsigned long long>(s.rejected), secs > 0 ? done / secs : 0.0);
  std::fflush(stderr);
}

// Machine-readable throughput figures for benchmarks: wall and CPU time,
// articles and input megabytes per second, peak resident memory.
void PrintStats(const pipeline::IngestStats& s, double wall) {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  double cpu = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
  double n = static_cast<double>(s.stored + s.duplicate);
  double mb = s.bytes / 1e6;
  std::printf("stats: articles=%.0f input_mb=%.1f wall_s=%.2f cpu_s=%.2f articles_per_s=%.0f mb_per_s=%.2f "
              "articles_per_cpu_s=%.0f peak_rss_mb=%.0f\n",
              n, mb, wall, cpu, wall > 0 ? n / wall : 0, wall > 0 ? mb / wall : 0, cpu > 0 ? n / cpu : 0,
              ru.ru_maxrss / 1024.0);
}

// The story stage for `ingest` (pipeline::MakeDefaultStoryAssigner); nullptr
// on error (reported).
std::unique_ptr<pipeline::StoryAssigner> MakeStoryAssigner(
    Store* store, const std::vector<std::unique_ptr<annotate::Annotator>>& annotators, bool story_views) {
  std::vector<const annotate::Annotator*> views;
  for (const auto& a : annotators) views.push_back(a.get());
  auto r = pipeline::MakeDefaultStoryAssigner(store, views, story_views);
  if (!r.ok()) {
    std::fprintf(stderr, "parallax: story clustering: %s (--no-cluster skips it)\n", r.status().ToString().c_str());
    SetExitCode(2);
    return nullptr;
  }
  return std::move(*r);
}

void RunIngest(const IngestArgs& args) {
  auto registry = LoadRegistry(args.outlets);
  std::vector<std::unique_ptr<annotate::Annotator>> annotators;
  if (!registry || !LoadAnnotators(args.annotate, &annotators)) return;
  StoreOptions so;
  so.keep_raw = !args.no_raw;
  auto store = OpenStoreOrReport(args.db, so);
  if (!store) return;
  pipeline::IngestOptions options;
  options.read.keep_raw = !args.no_raw;
  options.build.registry = registry.get();
  for (const auto& a : annotators) options.annotators.push_back(a.get());
  options.read.max_file_bytes = args.max_file_mb << 20;
  options.read.max_record_bytes = args.max_file_mb << 20;
  std::unique_ptr<pipeline::StoryAssigner> assigner;
  if (!args.no_cluster) {
    assigner = MakeStoryAssigner(store.get(), annotators, !args.no_story_views);
    if (!assigner) return;
    options.stories = assigner.get();
  }
  pipeline::Ingester ingester(store.get(), options);
  const bool tty = !args.quiet && isatty(STDERR_FILENO);
  auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
  pipeline::IngestEvents events;
  events.on_reject = [&](const Status& s) {
    if (tty) std::fprintf(stderr, "\r\033[K");
    std::fprintf(stderr, "rejected %s\n", s.message().c_str());
  };
  if (args.verbose) {
    // One line per committed article, flushed at each commit: what is printed is in the database.
    events.on_article = [&](const Article& a, PutOutcome o) {
      if (tty) std::fprintf(stderr, "\r\033[K");
      std::printf("%s %s %s\n", o == PutOutcome::kStored ? "stored" : "duplicate", a.id.c_str(), a.uri.c_str());
    };
  }
  events.on_progress = [&](const pipeline::IngestStats& s) {
    if (args.verbose) std::fflush(stdout);
    if (tty) PrintProgress(s, elapsed());
  };
  pipeline::IngestStats stats;
  Status st = ingester.Run(args.paths, events, &stats);
  if (tty) std::fprintf(stderr, "\r\033[K");
  if (st.ok() && args.relink) {
    const double before = elapsed();
    st = store->RelinkEntities();
    if (st.ok()) std::printf("entities re-linked in %.2f s\n", elapsed() - before);
  }
  std::printf("stored %llu, duplicate %llu, rejected %llu in %.2f s -> %s\n",
              static_cast<unsigned long long>(stats.stored), static_cast<unsigned long long>(stats.duplicate),
              static_cast<unsigned long long>(stats.rejected), elapsed(), args.db.c_str());
  if (assigner) {
    std::printf("stories: %llu articles clustered, %llu re-dated from their story\n",
                static_cast<unsigned long long>(stats.stories.clustered),
                static_cast<unsigned long long>(stats.stories.redated));
  }
  if (args.stats) PrintStats(stats, elapsed());
  if (!st.ok()) {
    std::fprintf(stderr, "parallax: %s\n", st.ToString().c_str());
    SetExitCode(2);
  } else if (stats.rejected > 0) {
    SetExitCode(1);
  }
}

void RunListRejections(Store* store, const ListOptions& options) {
  auto list = store->ListRejections(options);
  if (!list.ok()) {
    std::fprintf(stderr, "parallax: %s\n", list.status().ToString().c_str());
    SetExitCode(1);
    return;
  }
  for (const auto& [uri, reason] : *list) std::printf("%s\t%s\n", uri.c_str(), reason.c_str());
}

void RunList(const std::string& db, const ListOptions& options, const std::string& format, bool rejected) {
  auto store = OpenStoreForReading(db);
  if (!store) return;
  if (rejected) return RunListRejections(store.get(), options);
  auto list = store->List(options);
  if (!list.ok()) {
    std::fprintf(stderr, "parallax: %s\n", list.status().ToString().c_str());
    SetExitCode(1);
    return;
  }
  for (const auto& a : *list) {
    if (format == "json") {
      nlohmann::json j = {{"id", a.id},         {"outlet", a.outlet},     {"title", a.title},
                          {"published", a.published}, {"language", a.language}, {"sentences", a.sentences},
                          {"uri", a.uri}};
      std::printf("%s\n", j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    } else {
      std::printf("%s  %-16.16s  %-24.24s  %s\n", a.id.c_str(), a.published.empty() ? "(undated)" : a.published.c_str(),
                  a.outlet.empty() ? "(unknown outlet)" : a.outlet.c_str(),
                  a.title.empty() ? ("[" + a.uri + "]").c_str() : a.title.c_str());
    }
  }
}

// Story of a stored article, when it has one; adds it to the printed view.
void PrintArticle(const Article& a, const std::string& format, bool layers, const StoryAssignment* story = nullptr) {
  if (format == "json") {
    render::ArticleJsonOptions o;
    o.layers = layers;
    std::string out = render::ArticleToJson(a, o);
    if (story != nullptr) {
      auto j = nlohmann::json::parse(out);
      j["story"] = {{"story_id", story->story_id}, {"thread_id", story->thread_id},
                    {"duplicate_of", story->duplicate_of}, {"score", story->score}};
      if (story->undated) {
        j["story"]["inferred_date"] = story->inferred_date;
        j["story"]["date_uncertainty_days"] = story->date_uncertainty_days;
      }
      out = j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    std::printf("%s\n", out.c_str());
    return;
  }
  std::string out = render::ArticleToText(a);
  if (story != nullptr) {
    std::string line = "Story: " + story->story_id + " (thread " + story->thread_id + ")";
    if (!story->duplicate_of.empty()) line += ", copy of " + story->duplicate_of;
    line += "\n";
    size_t id_line = out.find("\nId: ");
    size_t at = id_line == std::string::npos ? std::string::npos : out.find('\n', id_line + 1);
    out.insert(at == std::string::npos ? 0 : at + 1, line);
    if (story->undated && !story->inferred_date.empty()) {
      std::string from = " (" + std::string(MetaSourceName(MetaSource::kInferred)) + ")\n";
      size_t p = out.find(from);
      if (p != std::string::npos) {
        out.replace(p, from.size(), " (inferred from story " + story->story_id + ", +-" +
                                         std::to_string(story->date_uncertainty_days) + " days)\n");
      }
    }
  }
  std::fputs(out.c_str(), stdout);
}

void RunExtract(const std::string& path, const std::string& format, bool layers, const std::string& outlets,
                const std::vector<std::string>& annotate_names) {
  auto registry = LoadRegistry(outlets);
  std::vector<std::unique_ptr<annotate::Annotator>> annotators;
  if (!registry || !LoadAnnotators(format == "json" ? annotate_names : std::vector<std::string>{}, &annotators)) {
    return;
  }
  text::BuildOptions build;
  build.registry = registry.get();
  bool any = false;
  ingest::ReadOptions ro;
  ingest::ReadFile(path, ro, [&](Result<ingest::RawDocument> doc) {
    if (!doc.ok()) {
      std::fprintf(stderr, "rejected %s\n", doc.status().message().c_str());
      SetExitCode(1);
      return true;
    }
    auto a = text::BuildArticle(std::move(*doc), build);
    if (!a.ok()) {
      std::fprintf(stderr, "rejected %s\n", a.status().message().c_str());
      SetExitCode(1);
      return true;
    }
    for (const auto& an : annotators) {
      Status st = an->Annotate(&*a);
      if (!st.ok()) std::fprintf(stderr, "parallax: %s: %s\n", an->name(), st.ToString().c_str());
    }
    if (format == "json") {
      PrintArticle(*a, format, layers);
    } else {
      if (any) std::printf("\n");
      for (const auto& p : a->paragraphs) std::printf("%s\n\n", std::string(p.span.Of(a->body)).c_str());
    }
    any = true;
    return true;
  });
}

}  // namespace

void RegisterArticleCommands(CLI::App& app) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* ingest = app.add_subcommand("ingest", "Read articles (files, directories, - for stdin) into the store");
  ingest->add_option("paths", args->paths, "Files or directories (text, HTML, JSON, JSONL, WARC; gzip ok)")->required();
  ingest->add_option("--db", args->db, "Database file")->capture_default_str();
  ingest->add_flag("-q,--quiet", args->quiet, "No progress display");
  ingest->add_flag("--no-raw", args->no_raw, "Do not keep the raw input bytes");
  ingest->add_option("--outlets", args->outlets, "Outlet registry file replacing the built-in one (docs/outlets.md)");
  ingest->add_option("--annotate", args->annotate, "Annotators to run: time, ner, coref, quotes, or none")
      ->delimiter(',')->capture_default_str();
  ingest->add_flag("--no-cluster", args->no_cluster, "Do not assign stories (a later ingest catches up)");
  ingest->add_flag("--no-story-views", args->no_story_views,
                   "Do not store the stories' API views (the server builds them on request; "
                   "`parallax stories --materialize-views` later)");
  ingest->add_flag("--relink", args->relink,
                   "At the end, link every stored article's entities again in an order fixed by their content, "
                   "so the entities do not depend on the ingest order (costs about one link of the whole store)");
  ingest->add_flag("--stats", args->stats, "Print throughput, CPU time and peak memory at the end");
  ingest->add_flag("-v,--verbose", args->verbose, "Print each committed article: stored|duplicate ID URI");
  ingest->add_option("--max-file-mb", args->max_file_mb, "Reject whole-file inputs and records larger than this")
      ->capture_default_str();
  ingest->callback([args] { RunIngest(*args); });

  auto db = std::make_shared<std::string>("parallax.db");
  auto list = std::make_shared<ListOptions>();
  auto format = std::make_shared<std::string>("text");
  CLI::App* articles = app.add_subcommand("articles", "List stored articles");
  articles->add_option("--db", *db, "Database file")->capture_default_str();
  articles->add_option("--limit", list->limit, "At most this many")->capture_default_str();
  articles->add_option("--offset", list->offset, "Skip this many");
  articles->add_option("--outlet", list->outlet, "Only this outlet");
  articles->add_option("--format", *format, "text or json")->check(CLI::IsMember({"text", "json"}));
  auto rejected = std::make_shared<bool>(false);
  articles->add_flag("--rejected", *rejected, "List the inputs that could not be read, with the reason");
  articles->callback([db, list, format, rejected] { RunList(*db, *list, *format, *rejected); });

  auto id = std::make_shared<std::string>();
  auto layers = std::make_shared<bool>(false);
  CLI::App* article = app.add_subcommand("article", "Show one stored article");
  article->add_option("id", *id, "Article id (or a unique prefix of at least 6 digits)")->required();
  article->add_option("--db", *db, "Database file")->capture_default_str();
  article->add_option("--format", *format, "text or json")->check(CLI::IsMember({"text", "json"}));
  article->add_flag("--layers", *layers, "With --format json: include sentence and token spans");
  article->callback([db, id, format, layers] {
    auto store = OpenStoreForReading(*db);
    if (!store) return;
    auto a = store->Get(*id);
    if (!a.ok()) {
      std::fprintf(stderr, "parallax: %s\n", a.status().ToString().c_str());
      SetExitCode(1);
      return;
    }
    auto story = store->StoryOf(a->id);
    PrintArticle(*a, *format, *layers, story.ok() ? &*story : nullptr);
  });

  auto file = std::make_shared<std::string>();
  CLI::App* extract = app.add_subcommand("extract", "Print the clean main text of one input (no store)");
  extract->add_option("file", *file, "Input file (- for stdin)")->required();
  extract->add_option("--format", *format, "text or json")->check(CLI::IsMember({"text", "json"}));
  extract->add_flag("--layers", *layers, "With --format json: include sentence and token spans");
  auto outlets = std::make_shared<std::string>();
  extract->add_option("--outlets", *outlets, "Outlet registry file replacing the built-in one");
  auto names = std::make_shared<std::vector<std::string>>(std::vector<std::string>{"time", "ner", "coref", "quotes"});
  extract->add_option("--annotate", *names, "With --format json: annotators to run (time, ner, coref, quotes, none)")
      ->delimiter(',')->capture_default_str();
  extract->callback([file, format, layers, outlets, names] { RunExtract(*file, *format, *layers, *outlets, *names); });
}

}  // namespace parallax::cli
