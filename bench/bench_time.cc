// bench_time: throughput of the temporal tagger on real text.
//
//   bench_time DCT FILE...
//
// Reads the files (not timed), then tags all of them with one tagger on one
// thread, repeating the whole pass until at least two seconds have elapsed,
// and prints one line: files, bytes, expressions (one pass), wall seconds
// per pass, MB/s (wall), CPU seconds per pass and MB/s of process CPU time
// (single thread, so per core), and setup_cpu: the CPU time spent before the
// first pass (process start, reading the files, building the tagger).
// bench/time_vs_chrono.sh runs it next to chrono-node on the same files and
// prints the ratios.
#include <chrono>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "annotate/time/time_tagger.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    fmt::print(stderr, "usage: bench_time DCT FILE...\n");
    return 2;
  }
  const std::string dct = argv[1];
  std::vector<std::string> texts;
  size_t bytes = 0;
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      fmt::print(stderr, "bench_time: cannot read {}\n", argv[i]);
      return 1;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    texts.push_back(ss.str());
    bytes += texts.back().size();
  }
  auto tagger = parallax::time::TimeTagger::Create({});
  if (!tagger.ok()) {
    fmt::print(stderr, "bench_time: {}\n", tagger.status().ToString());
    return 1;
  }
  using Clock = std::chrono::steady_clock;
  size_t expressions = 0;
  int passes = 0;
  const auto start = Clock::now();
  const std::clock_t cpu_start = std::clock();
  double seconds = 0;
  do {
    size_t found = 0;
    for (const std::string& text : texts) found += (*tagger)->Tag(text, dct).size();
    expressions = found;
    ++passes;
    seconds = std::chrono::duration<double>(Clock::now() - start).count();
  } while (seconds < 2.0);
  const double per_pass = seconds / passes;
  const double cpu_per_pass = double(std::clock() - cpu_start) / CLOCKS_PER_SEC / passes;
  // seconds: wall clock per pass (what the peer reports); cpu_MB/s: per core of CPU time,
  // which stays meaningful on a loaded machine.
  fmt::print("parallax-time files={} bytes={} expressions={} seconds={:.4f} passes={} MB/s={:.1f} "
             "cpu_seconds={:.4f} cpu_MB/s={:.1f} setup_cpu={:.4f}\n",
             texts.size(), bytes, expressions, per_pass, passes, bytes / per_pass / 1e6, cpu_per_pass,
             bytes / cpu_per_pass / 1e6, double(cpu_start) / CLOCKS_PER_SEC);
  return 0;
}
