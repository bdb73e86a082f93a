// bench_ner: NER model load time and single-thread tagging throughput.
//   build/bench/bench_ner [MODEL] [CONLL] [PASSES] [BEAM_MARGIN]   (defaults:
//   models/ner-en.bin, <shared>/data/conll2003/valid.txt, 0, TaggerOptions')
// PASSES > 0 runs exactly that many passes per measurement instead of >= 2 s,
// so that `perf stat -e cycles:u,instructions:u` totals compare across builds
// on a loaded machine.
// Load time is the median of 5 loads; throughput tags every document of the
// CoNLL file (tokens only) for at least 2 s and reports tokens per second on
// one core (thread CPU time, so other load on the machine does not count;
// wall-clock throughput is printed too). Then the same documents as
// Articles (tokens joined by spaces) go through the "coref" annotator alone
// (name coreference + roles, on mentions tagged once beforehand) and through
// "ner" + "coref" together, as at ingest. No peer NER is installed on the machine, so no ratio is printed.
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "annotate/annotator.h"
#include "annotate/ner/conll.h"
#include "annotate/ner/tagger.h"

namespace {

size_t g_passes = 0;  // fixed pass count (0 = run for >= 2 s)

using Clock = std::chrono::steady_clock;
double Seconds(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

// CPU time of this thread: on a shared machine wall time over-states the cost.
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

using Doc = std::vector<std::vector<std::string_view>>;

parallax::Article ToArticle(const Doc& d) {
  parallax::Article a;
  for (const auto& s : d) {
    if (!a.body.empty()) a.body += "\n";
    a.sentences.push_back(parallax::Sentence{{}, 0, static_cast<uint32_t>(a.tokens.size()),
                                             static_cast<uint32_t>(s.size())});
    for (size_t i = 0; i < s.size(); ++i) {
      if (i) a.body += " ";
      uint32_t b = static_cast<uint32_t>(a.body.size());
      a.body += s[i];
      a.tokens.push_back(parallax::Token{{b, static_cast<uint32_t>(a.body.size())}});
    }
  }
  return a;
}

// Runs `annotators` over copies of `articles` for >= 2 s; tokens/s/core.
double Throughput(const std::vector<const parallax::annotate::Annotator*>& annotators,
                  const std::vector<parallax::Article>& articles, size_t tokens, size_t* chains) {
  size_t passes = 0;
  auto t0 = Clock::now();
  double cpu0 = ThreadCpuSeconds();
  do {
    for (const auto& src : articles) {
      parallax::Article a = src;
      for (const auto* an : annotators) (void)an->Annotate(&a);
      *chains += a.entity_chains.size();
    }
    ++passes;
  } while (g_passes ? passes < g_passes : Seconds(t0, Clock::now()) < 2.0);
  *chains /= passes;
  return tokens * passes / (ThreadCpuSeconds() - cpu0);
}

int BenchCoref(const std::vector<Doc>& docs, size_t tokens) {
  auto ner = parallax::annotate::MakeEntityAnnotator();
  auto coref = parallax::annotate::MakeCorefAnnotator();
  if (!ner.ok() || !coref.ok()) {
    fmt::print(stderr, "error: {}\n", ner.ok() ? coref.status().ToString() : ner.status().ToString());
    return 1;
  }
  std::vector<parallax::Article> raw, tagged;
  size_t roles = 0;
  for (const auto& d : docs) {
    raw.push_back(ToArticle(d));
    tagged.push_back(raw.back());
    (void)(*ner)->Annotate(&tagged.back());
    parallax::Article probe = tagged.back();
    (void)(*coref)->Annotate(&probe);
    roles += probe.roles.size();
  }
  size_t chains = 0, chains2 = 0;
  double coref_only = Throughput({coref->get()}, tagged, tokens, &chains);
  double both = Throughput({ner->get(), coref->get()}, raw, tokens, &chains2);
  fmt::print("coref+roles alone: {:.0f} tokens/s/core ({} chains, {} roles per pass)\n", coref_only, chains, roles);
  fmt::print("ner+coref+roles: {:.0f} tokens/s/core\n", both);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  namespace ner = parallax::ner;
  std::string model = argc > 1 ? argv[1] : std::string(PARALLAX_SOURCE_DIR) + "/models/ner-en.bin";
  std::string conll = argc > 2 ? argv[2] : std::string(PARALLAX_SHARED_DIR) + "/data/conll2003/valid.txt";
  if (argc > 3) g_passes = std::strtoul(argv[3], nullptr, 10);
  ner::TaggerOptions options;
  if (argc > 4) options.beam_margin = std::strtod(argv[4], nullptr);
  std::vector<double> loads;
  std::unique_ptr<ner::Tagger> tagger;
  for (int i = 0; i < 5; ++i) {
    auto t0 = Clock::now();
    auto t = ner::Tagger::Load(model, options);
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
  } while (g_passes ? passes < g_passes : Seconds(t0, Clock::now()) < 2.0);
  double secs = Seconds(t0, Clock::now());
  double cpu = ThreadCpuSeconds() - cpu0;
  fmt::print("model: {} ({} features)\n", model, tagger->num_features());
  fmt::print("load: median {:.1f} ms (min {:.1f}, max {:.1f})\n", loads[2], loads[0], loads[4]);
  fmt::print("tag: {} tokens x {} passes, {:.2f} s wall, {:.2f} s thread CPU = {:.0f} tokens/s/core "
             "(wall: {:.0f} tokens/s; {} mentions/pass)\n",
             tokens, passes, secs, cpu, tokens * passes / cpu, tokens * passes / secs, mentions / passes);
  const ner::Tagger::Stats st = tagger->stats();
  if (st.tokens > 0)
    fmt::print("pruned: {} of {} tokens labelled O unscored ({:.1f} %), {} prunable tokens scored after all\n",
               st.pruned, st.tokens, 100.0 * st.pruned / st.tokens, st.scored_late);
  return BenchCoref(docs, tokens);
}
