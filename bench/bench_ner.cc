// bench_ner: NER model load time and single-thread tagging throughput.
//   build/bench/bench_ner [MODEL] [CONLL]   (defaults: models/ner-en.bin,
//   <shared>/data/conll2003/valid.txt)
// Load time is the median of 5 loads; throughput tags every document of the
// CoNLL file (tokens only) for at least 2 s and reports tokens per second on
// one core (thread CPU time, so other load on the machine does not count;
// wall-clock throughput is printed too). No peer NER is installed on the machine, so no ratio is printed.
#include <time.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "annotate/ner/conll.h"
#include "annotate/ner/tagger.h"

namespace {

using Clock = std::chrono::steady_clock;
double Seconds(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

// CPU time of this thread: on a shared machine wall time over-states the cost.
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  namespace ner = parallax::ner;
  std::string model = argc > 1 ? argv[1] : std::string(PARALLAX_SOURCE_DIR) + "/models/ner-en.bin";
  std::string conll = argc > 2 ? argv[2] : std::string(PARALLAX_SHARED_DIR) + "/data/conll2003/valid.txt";
  std::vector<double> loads;
  std::unique_ptr<ner::Tagger> tagger;
  for (int i = 0; i < 5; ++i) {
    auto t0 = Clock::now();
    auto t = ner::Tagger::Load(model);
    auto t1 = Clock::now();
    if (!t.ok()) {
      fmt::print(stderr, "error: {}\n", t.status().ToString());
      return 1;
    }
    loads.push_back(Seconds(t0, t1) * 1000);
    tagger = std::move(t).value();
  }
  std::sort(loads.begin(), loads.end());
  std::ifstream in(conll, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  auto file = ner::ParseConll(ss.str());
  if (!in || !file.ok()) {
    fmt::print(stderr, "error: cannot read {}\n", conll);
    return 1;
  }
  std::vector<std::vector<std::vector<std::string_view>>> docs;
  size_t tokens = 0;
  for (const auto& d : file->documents) {
    docs.emplace_back();
    for (const auto& s : d.sentences) {
      docs.back().emplace_back();
      for (size_t li : s) docs.back().back().push_back(ner::ConllColumn(file->lines[li], 0));
      tokens += s.size();
    }
  }
  size_t mentions = 0, passes = 0;
  auto t0 = Clock::now();
  double cpu0 = ThreadCpuSeconds();
  do {
    for (const auto& d : docs)
      for (const auto& s : tagger->TagDocument(d)) mentions += s.size();
    ++passes;
  } while (Seconds(t0, Clock::now()) < 2.0);
  double secs = Seconds(t0, Clock::now());
  double cpu = ThreadCpuSeconds() - cpu0;
  fmt::print("model: {} ({} features)\n", model, tagger->num_features());
  fmt::print("load: median {:.1f} ms (min {:.1f}, max {:.1f})\n", loads[2], loads[0], loads[4]);
  fmt::print("tag: {} tokens x {} passes, {:.2f} s wall, {:.2f} s thread CPU = {:.0f} tokens/s/core "
             "(wall: {:.0f} tokens/s; {} mentions/pass)\n",
             tokens, passes, secs, cpu, tokens * passes / cpu, tokens * passes / secs, mentions / passes);
  return 0;
}
