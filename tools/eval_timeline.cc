// parallax-eval-timeline: timeline quality on timeline17 (news-tls form).
//
// Setup (as in Ghalandari & Ifrim 2020, "Examining the state of the art in
// news timeline summarization"): for each gold timeline, the system gets the
// topic's articles published within the gold timeline's first..last date,
// the number of gold dates k and the mean number of sentences per gold date
// n (rounded, at least 1), and produces a timeline of k dates with up to n
// sentences each. Our system: segment each article, tag times against its
// DCT, BuildTimeline(days_only, date_by_publication, max_dates = k,
// max_entries_per_date = n, dates inside the gold span).
//
// Metrics, implemented here (docs/timeline.md says exactly what):
//  * Date F1: P = |S ∩ G| / |S|, R = |S ∩ G| / |G| over the sets of
//    selected and gold dates.
//  * Alignment-based ROUGE-1 F1, "align+ m:1" (Martschat & Markert 2017, as
//    used by Ghalandari & Ifrim 2020): every predicted date is mapped to the
//    gold date of least cost (for precision), every gold date to the
//    predicted date of least cost (for recall), where
//      cost(p, g) = (1 - 1 / (|p - g| + 1)) * (1 - ROUGE1_F(sum_p, sum_g));
//    the matched unigram count of each mapped pair is weighted by
//    1 / (|p - g| + 1); P = weighted matches / predicted unigrams,
//    R = weighted matches / gold unigrams. Unigrams: lower-cased words with
//    English stop words removed and a light suffix stemmer (the project's
//    cluster::StemWord), not ROUGE-1.5.5's Porter stemmer and SMART list.
//
//   parallax-eval-timeline --data ../shared/data/timeline17
#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <map>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "annotate/annotator.h"
#include "cluster/text_features.h"
#include "core/ascii.h"
#include "core/file_util.h"
#include "synth/framing.h"
#include "synth/timeline.h"
#include "tools/timeline17.h"

namespace {

namespace fs = std::filesystem;
using namespace parallax;
using nlohmann::json;

using Bag = std::unordered_map<std::string, int>;  // unigram -> count
using Summaries = std::map<int32_t, Bag>;          // day -> bag of the day's summary

void AddWords(std::string_view text, Bag* bag) {
  std::string word;
  auto flush = [&] {
    if (!word.empty() && !cluster::IsStopWord(word)) ++(*bag)[cluster::StemWord(word)];
    word.clear();
  };
  for (char c : text) {
    if (core::IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80) word.push_back(core::AsciiLower(c));
    else flush();
  }
  flush();
}

int Total(const Bag& b) {
  int n = 0;
  for (const auto& [w, c] : b) n += c;
  return n;
}

int Overlap(const Bag& a, const Bag& b) {
  int n = 0;
  for (const auto& [w, c] : a) {
    auto it = b.find(w);
    if (it != b.end()) n += std::min(c, it->second);
  }
  return n;
}

double RougeF(const Bag& a, const Bag& b) {
  int o = Overlap(a, b), ta = Total(a), tb = Total(b);
  if (o == 0 || ta == 0 || tb == 0) return 0;
  double p = double(o) / ta, r = double(o) / tb;
  return 2 * p * r / (p + r);
}

struct Prf {
  double p = 0, r = 0, f = 0;
};

Prf MakePrf(double p, double r) { return {p, r, p + r > 0 ? 2 * p * r / (p + r) : 0}; }

// One side of align+ m:1: for every day of `from`, the least-cost day of
// `to`; returns (weighted matched unigrams, unigrams of `from`).
std::pair<double, double> AlignSide(const Summaries& from, const Summaries& to) {
  double num = 0, denom = 0;
  for (const auto& [day, bag] : from) {
    denom += Total(bag);
    double best_cost = 1e18;
    const Bag* best = nullptr;
    int32_t best_day = 0;
    for (const auto& [other_day, other] : to) {
      double date_factor = 1.0 - 1.0 / (std::abs(day - other_day) + 1);
      double cost = date_factor * (1.0 - RougeF(bag, other));
      if (cost < best_cost) best_cost = cost, best = &other, best_day = other_day;
    }
    if (best != nullptr) num += Overlap(bag, *best) / double(std::abs(day - best_day) + 1);
  }
  return {num, denom};
}

Prf AlignRouge(const Summaries& pred, const Summaries& gold) {
  auto [pn, pd] = AlignSide(pred, gold);
  auto [rn, rd] = AlignSide(gold, pred);
  return MakePrf(pd > 0 ? pn / pd : 0, rd > 0 ? rn / rd : 0);
}

Prf DateF1(const Summaries& pred, const Summaries& gold) {
  size_t common = 0;
  for (const auto& [day, b] : pred) common += gold.count(day);
  return MakePrf(pred.empty() ? 0 : double(common) / pred.size(), gold.empty() ? 0 : double(common) / gold.size());
}

int32_t Day(const std::string& iso) {
  synth::DateInterval d;
  return synth::ParseTimexDate(iso, &d) ? d.first_day : INT32_MIN;
}

// Synthesis cost over every evaluated article (one core).
struct Timing {
  size_t articles = 0;
  double timeline_seconds = 0;
  double framing_seconds = 0;
  double story_seconds = 0;
};

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

struct TopicResult {
  std::string name;
  size_t articles = 0, gold_dates = 0, per_date = 0;
  Prf date, rouge;
};

// Prints the predicted timeline next to the gold one (--dump).
void DumpTimeline(const synth::Timeline& timeline, const json& gold) {
  std::map<std::string, std::vector<std::string>> by_day;
  for (const auto& e : timeline.entries) by_day[e.date.value].push_back(fmt::format("  SYS [{} art, {:.2f}] {}", e.article_count, e.score, e.statement));
  for (const json& g : gold) by_day[g.value("date", std::string()).substr(0, 10)].push_back("  GOLD " + g.value("text", std::string()));
  for (const auto& [day, lines] : by_day) {
    fmt::print("{}\n", day);
    for (const auto& l : lines) fmt::print("{}\n", l);
  }
}

Result<TopicResult> EvalTopic(const fs::path& dir, const annotate::Annotator& tagger,
                              const synth::FramingLexicon& lexicon, bool dump, Timing* timing) {
  TopicResult out;
  out.name = dir.filename().string();
  fs::path timeline_path;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().string().ends_with(".timeline.json")) timeline_path = e.path();
  }
  auto gold_text = core::ReadFileToString(timeline_path.string());
  if (!gold_text.ok()) return gold_text.status();
  json gold_json = json::parse(*gold_text, nullptr, false);
  if (!gold_json.is_array()) return Status::Corruption(timeline_path.string() + ": not a JSON list");
  Summaries gold;
  size_t gold_sentences = 0;
  for (const json& e : gold_json) {
    int32_t day = Day(e.value("date", std::string()));
    if (day == INT32_MIN) continue;
    Article s = tools::MakeTimeline17Article(json{{"text", e.value("text", std::string())}}, "");
    gold_sentences += s.sentences.size();
    AddWords(s.body, &gold[day]);
  }
  if (gold.empty()) return Status::Corruption(timeline_path.string() + ": no dated entries");
  out.gold_dates = gold.size();
  out.per_date = std::max<size_t>(1, std::lround(double(gold_sentences) / gold.size()));
  const int32_t first = gold.begin()->first, last = gold.rbegin()->first;

  auto arts = tools::ReadTimeline17Entries(dir.string());
  if (!arts.ok()) return arts.status();
  std::vector<Article> articles;
  for (const json& j : *arts) {
    int32_t dct = Day(j.value("dct", std::string()));
    if (dct < first || dct > last) continue;
    articles.push_back(tools::MakeTimeline17Article(j, out.name));
    if (Status s = tagger.Annotate(&articles.back()); !s.ok()) return s;
  }
  out.articles = articles.size();
  std::vector<const Article*> story;
  for (const Article& a : articles) story.push_back(&a);
  synth::TimelineOptions options;
  options.days_only = true;
  options.date_by_publication = true;
  options.max_dates = gold.size();
  options.max_entries_per_date = out.per_date;
  options.first_day = first;
  options.last_day = last;
  auto start = std::chrono::steady_clock::now();
  auto timeline = synth::BuildTimeline(story, options);
  if (!timeline.ok()) return timeline.status();
  timing->timeline_seconds += Seconds(start);
  if (dump) DumpTimeline(*timeline, gold_json);
  start = std::chrono::steady_clock::now();
  auto story_view = synth::BuildTimeline(story);  // the story-view configuration
  if (!story_view.ok()) return story_view.status();
  timing->story_seconds += Seconds(start);
  start = std::chrono::steady_clock::now();
  size_t hits = 0;
  for (const Article* a : story) hits += synth::AnalyzeFraming(*a, lexicon).loaded_terms.size();
  timing->framing_seconds += Seconds(start);
  timing->articles += story.size() + (hits == SIZE_MAX);
  Summaries pred;
  for (const auto& e : timeline->entries) AddWords(e.statement, &pred[e.date.first_day]);
  out.date = DateF1(pred, gold);
  out.rouge = AlignRouge(pred, gold);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"parallax-eval-timeline: date F1 and align+ m:1 ROUGE-1 on timeline17"};
  std::string data, dump;
  app.add_option("--data", data, "timeline17 folder (<topic_outlet>/articles.json.gz + *.timeline.json)")->required();
  app.add_option("--dump", dump, "print the predicted and gold timelines of the folders whose name contains this");
  CLI11_PARSE(app, argc, argv);
  auto tagger = annotate::MakeTimeAnnotator();
  if (!tagger.ok()) {
    fmt::print(stderr, "error: {}\n", tagger.status().ToString());
    return 1;
  }
  auto lexicon = synth::FramingLexicon::LoadDefault();
  if (!lexicon.ok()) {
    fmt::print(stderr, "error: {}\n", lexicon.status().ToString());
    return 1;
  }
  Timing timing;
  std::vector<fs::path> dirs;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(data, ec)) {
    if (e.is_directory() && fs::exists(e.path() / "articles.json.gz")) dirs.push_back(e.path());
  }
  if (ec || dirs.empty()) {
    fmt::print(stderr, "error: {}: no <topic>/articles.json.gz found\n", data);
    return 1;
  }
  std::sort(dirs.begin(), dirs.end());
  Prf date_sum, rouge_sum;
  fmt::print("{:<22} {:>5} {:>4} {:>2}  {:>7} {:>7} {:>7}  {:>7} {:>7} {:>7}\n", "timeline", "docs", "k", "n",
             "date-P", "date-R", "date-F1", "AR1-P", "AR1-R", "AR1-F1");
  for (const fs::path& dir : dirs) {
    const bool dump_this = !dump.empty() && dir.filename().string().find(dump) != std::string::npos;
    auto r = EvalTopic(dir, **tagger, *lexicon, dump_this, &timing);
    if (!r.ok()) {
      fmt::print(stderr, "error: {}\n", r.status().ToString());
      return 1;
    }
    fmt::print("{:<22} {:>5} {:>4} {:>2}  {:>7.3f} {:>7.3f} {:>7.3f}  {:>7.3f} {:>7.3f} {:>7.3f}\n", r->name,
               r->articles, r->gold_dates, r->per_date, r->date.p, r->date.r, r->date.f, r->rouge.p, r->rouge.r,
               r->rouge.f);
    date_sum.p += r->date.p, date_sum.r += r->date.r, date_sum.f += r->date.f;
    rouge_sum.p += r->rouge.p, rouge_sum.r += r->rouge.r, rouge_sum.f += r->rouge.f;
  }
  double n = dirs.size();
  fmt::print("{:<22} {:>5} {:>4} {:>2}  {:>7.3f} {:>7.3f} {:>7.3f}  {:>7.3f} {:>7.3f} {:>7.3f}\n", "mean", "", "", "",
             date_sum.p / n, date_sum.r / n, date_sum.f / n, rouge_sum.p / n, rouge_sum.r / n, rouge_sum.f / n);
  // news-tls (experiments/evaluate.py) averages P and R over timelines and
  // reports the F1 of those means; printed for a like-for-like comparison.
  Prf date_means = MakePrf(date_sum.p / n, date_sum.r / n), rouge_means = MakePrf(rouge_sum.p / n, rouge_sum.r / n);
  fmt::print("{:<22} {:>5} {:>4} {:>2}  {:>7.3f} {:>7.3f} {:>7.3f}  {:>7.3f} {:>7.3f} {:>7.3f}\n", "F1 of means (news-tls)",
             "", "", "", date_means.p, date_means.r, date_means.f, rouge_means.p, rouge_means.r, rouge_means.f);
  fmt::print("\nsynthesis cost, one core, {} articles: BuildTimeline {:.0f} articles/s (evaluation setup), "
             "{:.0f} articles/s (story-view defaults), AnalyzeFraming {:.0f} articles/s\n",
             timing.articles, timing.articles / std::max(1e-9, timing.timeline_seconds),
             timing.articles / std::max(1e-9, timing.story_seconds),
             timing.articles / std::max(1e-9, timing.framing_seconds));
  return 0;
}
