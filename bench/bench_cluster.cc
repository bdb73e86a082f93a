// bench_cluster: streaming story clustering throughput on a resampled corpus.
//
//   bench_cluster [--docs 1000000] [--source PATH.jsonl.gz] [--articles 20000]
//                 [--write-jsonl OUT --write-count 100000] [--generate-only]
//                 [--write-assignments OUT.tsv] [--features-only] [--background PRIOR]
//                 [--threads N]
//
// The corpus is generated from real news text (allsides-news): each synthetic
// story starts from one real article (its "seed", drawn without replacement);
// every document of the story
// takes a random ~60% of the seed's sentences in order plus two sentences from
// unrelated articles, and a title that is the seed title with some words
// dropped. 5% of documents are syndicated copies (an earlier document of the
// story under a new headline). Stories open at a steady rate, live for a few
// days and have long-tailed sizes; publication dates advance so that the
// stream covers ~1 year for 1M documents (~2,700 documents a day). Documents
// are generated one at a time from a fixed-seed generator (the corpus is never
// held in memory but generated in blocks of 2,000); only the clustering of each
// block is timed: wall time, and CPU time of the whole process (all threads:
// with --threads N > 1, features are prepared on N - 1 workers while the
// calling thread assigns in order, prepare_pool.h; the assignments do not
// depend on N). Prints articles/s per 100k-document segment (how time grows
// with stream length), total, CPU time per document, peak RSS, and BCubed
// against the generator's story labels.
#include <sys/resource.h>
#include <time.h>
#include <zlib.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <fmt/core.h>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cluster/bcubed.h"
#include "cluster/near_duplicate.h"
#include "cluster/prepare_pool.h"
#include "cluster/text_features.h"
#include "cluster/story_clusterer.h"

using parallax::cluster::ClusterOptions;
using parallax::cluster::Document;
using parallax::cluster::StoryClusterer;
using parallax::Status;

namespace {

struct Rng {
  uint64_t s;
  uint64_t Next() {
    uint64_t z = (s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return n == 0 ? 0 : Next() % n; }
  double Unit() { return (Next() >> 11) * (1.0 / 9007199254740992.0); }
};

struct Article {
  std::string title;
  std::vector<std::string> sentences;
};

std::vector<std::string> SplitSentences(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    bool end = (text[i] == '.' || text[i] == '?' || text[i] == '!') && text[i + 1] == ' ';
    if (end || text[i] == '\n') {
      if (i + 1 - start > 20) out.push_back(text.substr(start, i + 1 - start));
      start = i + 2;
    }
  }
  return out;
}

std::vector<Article> LoadArticles(const std::string& path, size_t max_articles) {
  std::vector<Article> out;
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return out;
  std::string line;
  char buf[1 << 16];
  while (out.size() < max_articles && gzgets(f, buf, sizeof(buf)) != nullptr) {
    line += buf;
    if (line.empty() || line.back() != '\n') continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    line.clear();
    if (!j.is_object() || !j["text"].is_string()) continue;
    Article a;
    a.title = j.value("title", "");
    a.sentences = SplitSentences(j["text"].get<std::string>());
    if (a.sentences.size() >= 8) out.push_back(std::move(a));
  }
  gzclose(f);
  return out;
}

struct Story {
  size_t seed = 0;
  size_t id = 0;
  int32_t last_day = 0;
  size_t remaining = 0;
  std::string last_text;
};

class Generator {
 public:
  explicit Generator(const std::vector<Article>& articles) : articles_(articles) {
    // Story seeds are drawn without replacement (a fixed shuffle, cycled),
    // so two stories share a seed article only ~20,000 stories apart, far
    // outside any clustering window.
    order_.resize(articles.size());
    for (size_t i = 0; i < order_.size(); ++i) order_[i] = i;
    for (size_t i = order_.size(); i > 1; --i) std::swap(order_[i - 1], order_[rng_.Below(i)]);
  }

  // Produces the next document and its gold story label.
  Document Next(size_t index, size_t* gold) {
    const int32_t day = 15000 + static_cast<int32_t>(index / 2740);
    while (!live_.empty() && (live_.front().remaining == 0 || live_.front().last_day < day - 4)) {
      live_.erase(live_.begin());
    }
    if (live_.empty() || rng_.Unit() < 0.12) OpenStory(day);
    Story& st = live_[live_.size() - 1 - std::min(live_.size() - 1, Skewed(live_.size()))];
    st.remaining--;
    st.last_day = day;
    *gold = st.id;
    Document d;
    d.id = fmt::format("d{}", index);
    d.date = parallax::cluster::FormatDay(day);
    d.outlet = fmt::format("outlet{}", rng_.Below(400));
    const Article& seed = articles_[st.seed];
    d.title = Retitle(seed.title);
    if (!st.last_text.empty() && rng_.Unit() < 0.05) {
      d.text = st.last_text;  // syndicated copy under a new headline
      return d;
    }
    for (const std::string& s : seed.sentences) {
      if (rng_.Unit() < 0.6) d.text += s + " ";
    }
    for (int k = 0; k < 2; ++k) {
      const Article& other = articles_[rng_.Below(articles_.size())];
      d.text += other.sentences[rng_.Below(other.sentences.size())] + " ";
    }
    st.last_text = d.text;
    return d;
  }

 private:
  void OpenStory(int32_t day) {
    Story st;
    st.seed = order_[next_story_ % order_.size()];
    st.id = next_story_++;
    st.last_day = day;
    double u = rng_.Unit();
    st.remaining = 1 + static_cast<size_t>(40.0 * u * u * u);  // long tail, mean ~11
    live_.push_back(std::move(st));
    if (live_.size() > 400) live_.erase(live_.begin());
  }
  // Index from the newest story, favouring recent ones.
  size_t Skewed(size_t n) { return static_cast<size_t>(n * rng_.Unit() * rng_.Unit()); }
  std::string Retitle(const std::string& title) {
    std::string out;
    size_t start = 0;
    while (start <= title.size()) {
      size_t sp = title.find(' ', start);
      if (sp == std::string::npos) sp = title.size();
      if (rng_.Unit() < 0.8) out += title.substr(start, sp - start) + " ";
      start = sp + 1;
    }
    return out;
  }

  const std::vector<Article>& articles_;
  std::vector<size_t> order_;
  std::vector<Story> live_;
  size_t next_story_ = 0;
  Rng rng_{42};
};

// CPU time of the whole process (the clustering threads only run while a
// block is timed): the machine is shared, so wall time also measures the
// neighbours.
double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

// CPU time of the calling thread: the stream's critical path (decisions plus
// its share of the feature work).
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

double WallSeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double PeakRssMb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Streaming story clustering benchmark"};
  size_t docs = 1000000, max_articles = 20000, write_count = 100000;
  std::string source = std::string(PARALLAX_SHARED_DIR) + "/data/allsides-news/allsides-news.jsonl.gz";
  std::string write_jsonl, write_assignments;
  bool generate_only = false, features_only = false;
  app.add_option("--docs", docs);
  app.add_option("--source", source);
  app.add_option("--articles", max_articles, "real articles used as story seeds and noise");
  app.add_option("--write-jsonl", write_jsonl, "write the first --write-count documents as JSONL");
  app.add_option("--write-count", write_count);
  app.add_option("--write-assignments", write_assignments,
                 "write id, event, thread, duplicate_of per document (TSV) to compare runs");
  app.add_flag("--generate-only", generate_only, "only write the JSONL");
  app.add_flag("--features-only", features_only, "time feature extraction + MinHash alone");
  ClusterOptions options;
  app.add_option("--event-threshold", options.event_threshold);
  app.add_option("--same-time-bonus", options.same_time_bonus);
  app.add_option("--event-gap-days", options.event_gap_days);
  app.add_option("--max-text-bytes", options.features.max_text_bytes);
  app.add_option("--candidates", options.candidates);
  app.add_option("--query-terms", options.query_terms);
  app.add_option("--postings-scan", options.postings_scan);
  app.add_option("--member-vectors", options.member_vectors);
  app.add_option("--profile-terms", options.profile_terms);
  int threads = 0;
  app.add_option("--threads", threads, "threads clustering (caller + feature workers); 0 = hardware");
  std::string background;
  app.add_option("--background", background, "IDF prior file (models/idf-news-en.bin); default none");
  CLI11_PARSE(app, argc, argv);
  if (!background.empty()) {
    auto prior = parallax::cluster::IdfPrior::Load(background);
    if (!prior.ok()) {
      fmt::print(stderr, "{}\n", prior.status().ToString());
      return 1;
    }
    options.idf_prior = *prior;
  }

  std::vector<Article> articles = LoadArticles(source, max_articles);
  if (articles.empty()) {
    fmt::print(stderr, "no articles read from {}\n", source);
    return 1;
  }
  double base_rss = PeakRssMb();
  fmt::print("source articles={} rss_after_load={:.0f}MB\n", articles.size(), base_rss);
  auto clusterer = StoryClusterer::Create(options);
  if (!clusterer.ok()) return 1;
  Generator gen(articles);
  std::ofstream jsonl;
  if (!write_jsonl.empty()) jsonl.open(write_jsonl);
  std::ofstream assignments;
  if (!write_assignments.empty()) assignments.open(write_assignments);
  std::map<std::string, std::string> gold, pred;
  parallax::cluster::PreparePool pool(threads);
  fmt::print("threads={}\n", pool.threads());
  double total = 0, segment = 0, wall_total = 0, wall_segment = 0, caller_total = 0;
  size_t bytes = 0;
  constexpr size_t kBlock = 2000;  // divides the 100k segments
  std::vector<Document> block;
  std::vector<parallax::cluster::Assignment> assigned;
  for (size_t first = 0; first < docs; first += kBlock) {
    const size_t count = std::min(kBlock, docs - first);
    block.resize(count);
    std::vector<size_t> stories(count);
    for (size_t k = 0; k < count; ++k) {
      const size_t i = first + k;
      block[k] = gen.Next(i, &stories[k]);
      bytes += block[k].text.size();
      if (jsonl.is_open() && i < write_count) {
        const Document& d = block[k];
        nlohmann::json j = {{"id", d.id}, {"title", d.title}, {"text", d.text}, {"date", d.date},
                            {"story", stories[k]}};
        jsonl << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
      }
    }
    if (generate_only) {
      if (first + count >= write_count) break;
      continue;
    }
    const double t0 = CpuSeconds(), w0 = WallSeconds(), c0 = ThreadCpuSeconds();
    assigned.resize(count);
    if (features_only) {
      for (size_t k = 0; k < count; ++k) {
        auto f = parallax::cluster::ExtractFeatures(block[k].title, block[k].text, parallax::cluster::FeatureOptions{});
        assigned[k].event_id = std::to_string(parallax::cluster::ComputeMinHash(f.shingles)[0] % 7);
      }
    } else if (Status st = pool.AddBatch(clusterer->get(), block, &assigned); !st.ok()) {
      fmt::print(stderr, "{}\n", st.ToString());
      return 1;
    }
    const double dt = CpuSeconds() - t0, dw = WallSeconds() - w0;
    caller_total += ThreadCpuSeconds() - c0;
    total += dt;
    segment += dt;
    wall_total += dw;
    wall_segment += dw;
    for (size_t k = 0; k < count; ++k) {
      const size_t i = first + k;
      const parallax::cluster::Assignment& a = assigned[k];
      if (assignments.is_open()) {
        assignments << block[k].id << '\t' << a.event_id << '\t' << a.thread_id << '\t' << a.duplicate_of << '\n';
      }
      if (i < 100000) {
        gold[block[k].id] = std::to_string(stories[k]);
        pred[block[k].id] = a.event_id;
      }
    }
    const size_t done = first + count;
    if (done % 100000 == 0 || done == docs) {
      const size_t in_segment = done % 100000 == 0 ? 100000 : done % 100000;
      fmt::print("docs={} segment_articles_per_s={:.0f} cumulative_articles_per_s={:.0f} "
                 "segment_cpu_us_per_doc={:.1f} events={} peak_rss={:.0f}MB\n",
                 done, in_segment / wall_segment, done / wall_total, 1e6 * segment / in_segment,
                 (*clusterer)->num_events(), PeakRssMb());
      segment = 0;
      wall_segment = 0;
      std::fflush(stdout);
    }
  }
  if (generate_only) return 0;
  auto s = parallax::cluster::ScoreBCubed(gold, pred);
  fmt::print("total docs={} threads={} clustering_wall_s={:.2f} articles_per_s={:.0f} clustering_cpu_s={:.2f} "
             "cpu_us_per_doc={:.1f} articles_per_cpu_s={:.0f} caller_thread_cpu_us_per_doc={:.1f} avg_doc_bytes={:.0f} peak_rss={:.0f}MB (corpus pool {:.0f}MB)\n",
             docs, pool.threads(), wall_total, docs / wall_total, total, 1e6 * total / docs, docs / total,
             1e6 * caller_total / docs, static_cast<double>(bytes) / docs, PeakRssMb(), base_rss);
  if (s.ok()) {
    fmt::print("first 100k vs generator stories: BCubed P={:.4f} R={:.4f} F1={:.4f}\n",
               s->precision, s->recall, s->f1);
  }
  return 0;
}
