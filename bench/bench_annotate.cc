// bench_annotate: the annotate stage, annotator by annotator, on real news.
//   build/bench/bench_annotate [N] [FILE]   (defaults: 500 articles of
//   <shared>/data/allsides-news/allsides-news.jsonl.gz)
// Reads and cleans the first N articles (not timed), then runs each
// annotator of the ingest default (time, ner, coref, quotes) over all of
// them in pipeline order and prints articles per second of thread CPU time
// for each stage and for the whole stage. No peer quotation attributor runs
// on this machine (CoreNLP's QuoteAnnotator needs a JVM), so no ratio.
#include <time.h>

#include <string>
#include <vector>

#include <fmt/core.h>

#include "annotate/annotator.h"
#include "ingest/reader.h"
#include "text/article_builder.h"

namespace {

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  size_t n = argc > 1 ? std::stoul(argv[1]) : 500;
  std::string path = argc > 2 ? argv[2] : std::string(PARALLAX_SHARED_DIR) + "/data/allsides-news/allsides-news.jsonl.gz";
  std::vector<parallax::Article> articles;
  size_t bytes = 0, tokens = 0;
  parallax::ingest::ReadFile(path, {}, [&](parallax::Result<parallax::ingest::RawDocument> d) {
    if (!d.ok()) return true;
    auto a = parallax::text::BuildArticle(std::move(*d));
    if (a.ok()) {
      bytes += a->body.size();
      tokens += a->tokens.size();
      articles.push_back(std::move(*a));
    }
    return articles.size() < n;
  });
  if (articles.empty()) {
    fmt::print(stderr, "error: no articles read from {}\n", path);
    return 1;
  }
  auto annotators = parallax::annotate::MakeAnnotators({"time", "ner", "coref", "quotes"});
  if (!annotators.ok()) {
    fmt::print(stderr, "error: {}\n", annotators.status().ToString());
    return 1;
  }
  fmt::print("annotate stage: {} articles, {:.1f} MB of clean text, {} body tokens ({:.0f} per article)\n",
             articles.size(), bytes / 1e6, tokens, static_cast<double>(tokens) / articles.size());
  double total = 0;
  size_t quotes = 0;
  for (const auto& an : *annotators) {
    double t0 = ThreadCpuSeconds();
    for (auto& a : articles) (void)an->Annotate(&a);
    double secs = ThreadCpuSeconds() - t0;
    total += secs;
    fmt::print("  {:<7} {:>9.0f} articles/s  {:>7.2f} MB/s  {:>9.0f} tokens/s  ({:.3f} s CPU)\n", an->name(),
               articles.size() / secs, bytes / 1e6 / secs, tokens / secs, secs);
  }
  for (const auto& a : articles) quotes += a.quotes.size();
  fmt::print("  {:<7} {:>9.0f} articles/s  {:>7.2f} MB/s  ({:.3f} s CPU; {} quotations found)\n", "all",
             articles.size() / total, bytes / 1e6 / total, total, quotes);
  return 0;
}
