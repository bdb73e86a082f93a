// parallax-eval-dating: how well an undated article is dated from its story.
//
// Protocol (leave one out): every article of the timeline17 folders, in
// publication order, goes through the story stage as `parallax ingest` runs
// it (time, ner and coref annotators; the default clusterer with the IDF
// prior). For every event with three or more members, each member in turn is
// treated as undated and dated from the others by two rules:
//   * median: the median publication day of the other members (the
//     clusterer's event date, the rule before session 5);
//   * nearest: cluster::InferDayFromPeers over the other members (what
//     StoryAssigner and `parallax cluster` ship; they compare with the 64
//     members nearest in arrival order, this tool with all of them).
// Reported: mean and median absolute error in days, the share within 0, 1,
// 3 and 7 days, and how often the stated uncertainty covers the real day.
//
//   parallax-eval-dating --data ../shared/data/timeline17
#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>

#include "annotate/annotator.h"
#include "cluster/date_inference.h"
#include "cluster/near_duplicate.h"
#include "cluster/story_clusterer.h"
#include "pipeline/story_assigner.h"
#include "tools/timeline17.h"

namespace {

namespace fs = std::filesystem;
using namespace parallax;

struct Errors {
  std::vector<int> days;
  size_t covered = 0;  // real day within the stated uncertainty

  void Add(int error, int uncertainty) {
    days.push_back(error);
    covered += error <= uncertainty;
  }
  void Print(const char* name) const {
    std::vector<int> sorted = days;
    std::sort(sorted.begin(), sorted.end());
    double sum = 0;
    for (int d : days) sum += d;
    auto within = [&](int n) { return double(std::upper_bound(sorted.begin(), sorted.end(), n) - sorted.begin()) / days.size(); };
    fmt::print("{:<8} {:>6} {:>10.2f} {:>8} {:>7.3f} {:>7.3f} {:>7.3f} {:>7.3f} {:>9.3f}\n", name, days.size(),
               sum / days.size(), sorted[sorted.size() / 2], within(0), within(1), within(3), within(7),
               double(covered) / days.size());
  }
};

Result<std::vector<Article>> LoadArticles(const std::string& data) {
  std::vector<Article> articles;
  std::vector<fs::path> dirs;
  for (const auto& e : fs::directory_iterator(data)) {
    if (e.is_directory() && fs::exists(e.path() / "articles.json.gz")) dirs.push_back(e.path());
  }
  std::sort(dirs.begin(), dirs.end());
  for (const fs::path& dir : dirs) {
    auto entries = tools::ReadTimeline17Entries(dir.string());
    if (!entries.ok()) return entries.status();
    for (const auto& j : *entries) {
      articles.push_back(tools::MakeTimeline17Article(j, dir.filename().string()));
      articles.back().id = dir.filename().string() + "-" + articles.back().id;
    }
  }
  std::stable_sort(articles.begin(), articles.end(),
                   [](const Article& a, const Article& b) { return a.published.value < b.published.value; });
  return articles;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"parallax-eval-dating: leave-one-out dating of story members on timeline17"};
  std::string data;
  app.add_option("--data", data, "timeline17 folder (<topic_outlet>/articles.json.gz)")->required();
  CLI11_PARSE(app, argc, argv);
  auto articles = LoadArticles(data);
  auto annotators = annotate::MakeAnnotators({"time", "ner", "coref"});
  auto options = pipeline::DefaultStoryClusterOptions();
  if (!articles.ok() || !annotators.ok() || !options.ok()) {
    Status s = !articles.ok() ? articles.status() : !annotators.ok() ? annotators.status() : options.status();
    fmt::print(stderr, "error: {}\n", s.ToString());
    return 1;
  }
  auto clusterer = cluster::StoryClusterer::Create(*options);
  if (!clusterer.ok()) return 1;
  std::map<std::string, std::vector<cluster::DateSignature>> events;
  for (Article& a : *articles) {
    for (const auto& an : *annotators) (void)an->Annotate(&a);
    cluster::Assignment as = (*clusterer)->Add(pipeline::ToClusterDocument(a));
    auto day = cluster::ParseDay(a.published.Date());
    if (day) events[as.story_id].push_back(cluster::MakeDateSignature(a.title, a.body, *day));
  }
  Errors median, nearest;
  size_t scored_events = 0;
  for (const auto& [id, members] : events) {
    if (members.size() < 3) continue;
    ++scored_events;
    for (size_t i = 0; i < members.size(); ++i) {
      std::vector<const cluster::DateSignature*> others;
      std::vector<int32_t> days;
      for (size_t j = 0; j < members.size(); ++j) {
        if (j == i) continue;
        others.push_back(&members[j]);
        days.push_back(members[j].day);
      }
      std::sort(days.begin(), days.end());
      const int32_t mid = days[days.size() / 2];
      median.Add(std::abs(mid - members[i].day), std::max(mid - days.front(), days.back() - mid));
      cluster::DateSignature undated = members[i];
      undated.day = cluster::kNoDay;
      auto got = cluster::InferDayFromPeers(undated, others);
      int32_t guess = got ? got->day : mid;
      nearest.Add(std::abs(guess - members[i].day), got ? got->uncertainty_days : std::max(mid - days.front(), days.back() - mid));
    }
  }
  fmt::print("{} articles, {} events with 3+ members\n", articles->size(), scored_events);
  fmt::print("{:<8} {:>6} {:>10} {:>8} {:>7} {:>7} {:>7} {:>7} {:>9}\n", "rule", "scored", "mean err", "median",
             "0 d", "<=1 d", "<=3 d", "<=7 d", "covered");
  median.Print("median");
  nearest.Print("nearest");
  return 0;
}
