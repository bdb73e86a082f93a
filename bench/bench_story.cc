// bench_story: end-to-end throughput of read -> clean -> annotate -> cluster
// -> synthesize on one core, with the share of time per stage and peak RSS.
//
//   bench_story PATH... [--annotate time,ner,coref,quotes] [--chunk 10000]
//               [--dump-json FILE] [--synth-repeat K]
//
// Input: any corpus `parallax ingest` reads; bench/bench_story.sh generates
// 100k resampled real articles with story structure (bench_cluster
// --write-jsonl: long-tailed story sizes, 5% syndicated copies, dates over
// weeks). Times are this thread's CPU time (articles/s/core, unaffected by
// other load on the machine). Articles stream through the stages one at a time; every `chunk`
// articles, the stories touched in the chunk are synthesized (BuildStoryView
// on the chunk's members of each story, copies included) and the chunk is
// released, so memory stays bounded. The store is not part of this figure
// (bench_ingest.sh measures it). --dump-json writes every synthesized story
// as one JSON line (render/story_json.h), outside the timed regions, so that
// a behaviour-neutral change can be checked by diffing two runs' dumps.
// --synth-repeat K synthesizes every chunk K times and reports the mean, a
// steadier synthesis figure on a shared machine.
#include <sys/resource.h>
#include <time.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <algorithm>
#include <chrono>
#include <fmt/core.h>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "annotate/annotator.h"
#include "cluster/story_clusterer.h"
#include "ingest/reader.h"
#include "pipeline/story_assigner.h"
#include "render/story_json.h"
#include "synth/synthesize.h"
#include "text/article_builder.h"

namespace {

using parallax::Article;

// CPU time of this thread: the figure is per core, whatever else the machine runs.
struct Clock {
  using time_point = double;
  static double now() {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
  }
};
double Since(double t) { return Clock::now() - t; }


struct Chunk {
  std::vector<Article> articles;
  std::vector<std::string> story, duplicate_of;
};

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"End-to-end story pipeline throughput"};
  std::vector<std::string> paths, names = {"time", "ner", "coref", "quotes"};
  size_t chunk_size = 10000;
  std::string dump_path;
  int synth_repeat = 1;
  app.add_option("paths", paths)->required();
  app.add_option("--annotate", names)->delimiter(',');
  app.add_option("--chunk", chunk_size);
  app.add_option("--dump-json", dump_path, "write each synthesized story as a JSON line (untimed)");
  app.add_option("--synth-repeat", synth_repeat, "synthesize each chunk this many times (mean reported)")
      ->check(CLI::PositiveNumber);
  CLI11_PARSE(app, argc, argv);
  auto annotators = parallax::annotate::MakeAnnotators(names);
  auto clusterer = parallax::cluster::StoryClusterer::Create({});
  if (!annotators.ok() || !clusterer.ok()) { fmt::print(stderr, "setup failed\n"); return 1; }
  FILE* dump = dump_path.empty() ? nullptr : std::fopen(dump_path.c_str(), "w");
  if (!dump_path.empty() && !dump) { fmt::print(stderr, "{}: cannot open for writing\n", dump_path); return 1; }
  std::vector<double> annotate_s(annotators->size(), 0);
  double read_s = 0, cluster_s = 0, synth_s = 0;
  size_t n = 0, stories_built = 0, conflicts = 0, facts = 0;
  Chunk chunk;
  auto flush = [&] {
    auto t = Clock::now();
    std::map<std::string, parallax::synth::StoryInput> by_story;
    for (size_t i = 0; i < chunk.articles.size(); ++i) {
      auto& in = by_story[chunk.story[i]];
      in.story_id = chunk.story[i];
      in.articles.push_back(&chunk.articles[i]);
      in.duplicate_of.push_back(chunk.duplicate_of[i]);
    }
    for (int r = 1; r < synth_repeat; ++r) {
      for (auto& [id, in] : by_story) (void)parallax::synth::BuildStoryView(in);
    }
    for (auto& [id, in] : by_story) {
      auto v = parallax::synth::BuildStoryView(in);
      if (!v.ok()) continue;
      ++stories_built;
      conflicts += v->conflicts.size();
      facts += v->facts.size();
      if (dump) {
        double td = Clock::now();
        fmt::print(dump, "{}\n", parallax::render::StoryToJson(*v, -1));
        t += Clock::now() - td;  // not synthesis time
      }
    }
    synth_s += Since(t) / synth_repeat;
    chunk = Chunk{};
    // Progress, so that a run stopped early still reports its figures.
    double sofar = read_s + cluster_s + synth_s;
    for (double s : annotate_s) sofar += s;
    fmt::print(stderr, "progress: {} articles, {:.1f} s CPU, {:.0f} articles/s/core (read {:.1f}, cluster {:.1f}, synth {:.1f}",
               n, sofar, n / std::max(1e-9, sofar), read_s, cluster_s, synth_s);
    for (size_t k = 0; k < annotators->size(); ++k) fmt::print(stderr, ", {} {:.1f}", (*annotators)[k]->name(), annotate_s[k]);
    fmt::print(stderr, ")\n");
    fflush(stderr);
  };
  auto start = Clock::now();
  auto t = Clock::now();
  parallax::ingest::ReadPaths(paths, {}, [&](parallax::Result<parallax::ingest::RawDocument> doc) {
    if (!doc.ok()) return true;
    auto a = parallax::text::BuildArticle(std::move(*doc));
    if (!a.ok()) return true;
    a->raw.clear();
    read_s += Since(t);
    for (size_t k = 0; k < annotators->size(); ++k) {
      auto ta = Clock::now();
      (void)(*annotators)[k]->Annotate(&*a);
      annotate_s[k] += Since(ta);
    }
    auto tc = Clock::now();
    auto as = (*clusterer)->Add(parallax::pipeline::ToClusterDocument(*a));
    cluster_s += Since(tc);
    chunk.articles.push_back(std::move(*a));
    chunk.story.push_back(as.story_id);
    chunk.duplicate_of.push_back(as.duplicate_of);
    if (++n % chunk_size == 0) flush();
    t = Clock::now();
    return true;
  });
  flush();
  if (dump) std::fclose(dump);
  double total = Since(start);
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  fmt::print("articles {}  stories synthesized {}  facts {}  conflicts {}\n", n, stories_built, facts, conflicts);
  fmt::print("total {:.1f} s CPU  {:.0f} articles/s/core  peak RSS {:.0f} MB\n", total, n / total, ru.ru_maxrss / 1024.0);
  auto share = [&](const std::string& name, double s) {
    fmt::print("  {:<22} {:7.1f} s {:5.1f}%  {:9.0f} articles/s\n", name, s, 100 * s / total, s > 0 ? n / s : 0);
  };
  share("read+clean+segment", read_s);
  for (size_t k = 0; k < annotators->size(); ++k) share(std::string("annotate ") + (*annotators)[k]->name(), annotate_s[k]);
  share("cluster", cluster_s);
  share("synthesize", synth_s);
  return 0;
}
