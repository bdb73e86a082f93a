// parallax-eval-cluster: BCubed evaluation of the story clusterer.
//
//   parallax-eval-cluster [--ecbplus DIR] [--basil DIR] [--topics 1-35] [--years 2010-2015]
//                         [--event-threshold X ...] [--write-tsv PREFIX]
//   parallax-eval-cluster --score GOLD.tsv PRED.tsv
//
// ECB+: every <topic>/<topic>_<n>ecb.xml / ..ecbplus.xml document becomes a
// Document with an opaque id ("ecb-0001"), no title, no date, no outlet, its
// tokens joined with spaces; sentences that are a URL (the ecbplus source
// line) are dropped, because file names and URLs give the gold event away.
// Gold event = topic + subset (ecb | ecbplus). Documents are fed in a fixed
// pseudo-random order (xxHash3 of the file name), which interleaves topics
// and subsets the way a live stream would.
// BASIL: each articles/<year>/<uuid>_<k>.json becomes a Document with title,
// date, outlet (source) and body paragraphs; the triplet uuid is the gold
// event and is never shown to the clusterer. Documents are fed in date order
// (ties by the hash of the file name).
#include <xxhash.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fmt/core.h>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "annotate/annotator.h"
#include "cluster/bcubed.h"
#include "cluster/event_revision.h"
#include "cluster/near_duplicate.h"
#include "cluster/prepare_pool.h"
#include "cluster/story_clusterer.h"
#include "core/file_util.h"
#include "pipeline/story_assigner.h"
#include "text/article_builder.h"

namespace fs = std::filesystem;
using parallax::cluster::Assignment;
using parallax::cluster::ClusterOptions;
using parallax::cluster::Document;
using parallax::cluster::StoryClusterer;

namespace {

struct LabeledDoc {
  Document doc;
  std::string gold;
  std::string sort_key;
};

bool ReadFile(const fs::path& p, std::string* out) {
  auto bytes = parallax::core::ReadFileToString(p.string());
  if (!bytes.ok()) return false;
  *out = std::move(*bytes);
  return true;
}

std::string Unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    static const std::pair<std::string_view, char> kEnt[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    bool done = false;
    for (const auto& [name, c] : kEnt) {
      if (s.substr(i, name.size()) == name) {
        out.push_back(c);
        i += name.size() - 1;
        done = true;
        break;
      }
    }
    if (!done) out.push_back('&');
  }
  return out;
}

// Text of an ECB+ CROMER document: tokens joined by spaces, one line per
// sentence, URL sentences dropped.
std::string EcbText(const std::string& xml) {
  std::vector<std::pair<std::string, std::string>> tokens;  // sentence, text
  size_t pos = 0;
  while ((pos = xml.find("<token ", pos)) != std::string::npos) {
    size_t gt = xml.find('>', pos);
    size_t end = xml.find("</token>", pos);
    if (gt == std::string::npos || end == std::string::npos || end < gt) break;
    std::string attrs = xml.substr(pos, gt - pos);
    std::string sentence;
    size_t sp = attrs.find("sentence=\"");
    if (sp != std::string::npos) {
      sp += 10;
      sentence = attrs.substr(sp, attrs.find('"', sp) - sp);
    }
    tokens.emplace_back(sentence, Unescape(std::string_view(xml).substr(gt + 1, end - gt - 1)));
    pos = end + 8;
  }
  std::string text;
  for (size_t i = 0; i < tokens.size();) {
    size_t j = i;
    std::string line;
    while (j < tokens.size() && tokens[j].first == tokens[i].first) {
      if (!line.empty()) line.push_back(' ');
      line += tokens[j++].second;
    }
    bool url = tokens[i].second.rfind("http", 0) == 0 || tokens[i].second.rfind("www", 0) == 0;
    if (!url) text += line + "\n";
    i = j;
  }
  return text;
}

uint64_t g_order_seed = 0;  // --order-seed: permutes the fixed feeding order

uint64_t NameHash(const std::string& s) { return XXH3_64bits_withSeed(s.data(), s.size(), g_order_seed); }

std::vector<LabeledDoc> LoadEcb(const fs::path& dir, int first_topic, int last_topic) {
  std::vector<LabeledDoc> docs;
  for (int topic = first_topic; topic <= last_topic; ++topic) {
    fs::path tdir = dir / std::to_string(topic);
    if (!fs::is_directory(tdir)) continue;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(tdir)) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& p : files) {
      std::string name = p.filename().string();
      bool plus = name.size() > 11 && name.ends_with("ecbplus.xml");
      if (!plus && !name.ends_with("ecb.xml")) continue;
      std::string xml;
      if (!ReadFile(p, &xml)) continue;
      LabeledDoc d;
      d.doc.text = EcbText(xml);
      d.gold = std::to_string(topic) + (plus ? "/ecbplus" : "/ecb");
      d.sort_key = fmt::format("{:016x}", NameHash(name));
      docs.push_back(std::move(d));
    }
  }
  std::sort(docs.begin(), docs.end(),
            [](const LabeledDoc& a, const LabeledDoc& b) { return a.sort_key < b.sort_key; });
  for (size_t i = 0; i < docs.size(); ++i) docs[i].doc.id = fmt::format("ecb-{:04d}", i + 1);
  return docs;
}

std::vector<LabeledDoc> LoadBasil(const fs::path& dir, int first_year, int last_year) {
  std::vector<LabeledDoc> docs;
  for (int year = first_year; year <= last_year; ++year) {
    fs::path ydir = dir / std::to_string(year);
    if (!fs::is_directory(ydir)) continue;
    for (const auto& entry : fs::directory_iterator(ydir)) {
      std::string name = entry.path().filename().string();
      std::string raw;
      if (!name.ends_with(".json") || !ReadFile(entry.path(), &raw)) continue;
      nlohmann::json j = nlohmann::json::parse(raw, nullptr, /*allow_exceptions=*/false);
      if (!j.is_object()) continue;
      LabeledDoc d;
      d.doc.title = j.value("title", "");
      d.doc.date = j.value("date", "");
      d.doc.outlet = j.value("source", "");
      std::transform(d.doc.outlet.begin(), d.doc.outlet.end(), d.doc.outlet.begin(), ::tolower);
      if (j.contains("body-paragraphs") && j["body-paragraphs"].is_array()) {
        for (const auto& para : j["body-paragraphs"]) {
          if (!para.is_array()) continue;
          for (const auto& sent : para) {
            if (sent.is_string()) d.doc.text += sent.get<std::string>() + " ";
          }
          d.doc.text += "\n";
        }
      }
      d.gold = j.value("triplet-uuid", name.substr(0, name.find('_')));
      d.sort_key = d.doc.date + fmt::format("{:016x}", NameHash(name));
      docs.push_back(std::move(d));
    }
  }
  std::sort(docs.begin(), docs.end(),
            [](const LabeledDoc& a, const LabeledDoc& b) { return a.sort_key < b.sort_key; });
  for (size_t i = 0; i < docs.size(); ++i) docs[i].doc.id = fmt::format("basil-{:04d}", i + 1);
  return docs;
}

// --annotate: runs the ingest pipeline's clean stage and the named
// annotators on each document (its title, date and text, one block per line)
// and passes the entities and resolved dates the story assigner would pass
// (pipeline::ToClusterDocument); the clustered title, date and text stay the
// loaded ones. Documents the clean stage rejects keep no annotations.
parallax::Status Annotate(const std::vector<std::string>& names, std::vector<LabeledDoc>* docs) {
  auto annotators = parallax::annotate::MakeAnnotators(names);
  if (!annotators.ok()) return annotators.status();
  for (LabeledDoc& d : *docs) {
    parallax::ingest::RawDocument raw;
    raw.uri = d.doc.id;
    raw.format = "text";
    raw.title = d.doc.title;
    raw.published = d.doc.date;
    std::istringstream lines(d.doc.text);
    for (std::string line; std::getline(lines, line);) {
      if (!line.empty()) raw.blocks.push_back({line, false});
    }
    auto article = parallax::text::BuildArticle(std::move(raw));
    if (!article.ok()) continue;
    for (const auto& a : *annotators) PARALLAX_RETURN_IF_ERROR(a->Annotate(&*article));
    parallax::cluster::Document c = parallax::pipeline::ToClusterDocument(*article);
    d.doc.entities = std::move(c.entities);
    d.doc.mentioned_dates = std::move(c.mentioned_dates);
  }
  return parallax::Status::OK();
}

void WriteTsv(const std::string& path, const std::map<std::string, std::string>& m) {
  std::ofstream out(path);
  for (const auto& [k, v] : m) out << k << '\t' << v << '\n';
}

bool g_revise = false;  // --revise: re-cluster each thread's events after the stream
parallax::cluster::RevisionOptions g_revision;
int g_threads = 1;  // PreparePool threads (0 = hardware)

// Re-clusters the events of every thread (event_revision.h) and rewrites
// `events`; groups left without a streaming id get "r<first member>".
// Returns the number of documents whose event changed.
// `members` holds each document's bag of terms as Add() returned it.
size_t ReviseEvents(const std::vector<LabeledDoc>& docs, const std::vector<Assignment>& assigned,
                    const StoryClusterer& clusterer, std::vector<parallax::cluster::RevisionMember> members,
                    std::map<std::string, std::string>* events) {
  std::vector<std::string> ids;
  for (size_t i = 0; i < docs.size(); ++i) {
    auto day = parallax::cluster::ParseDay(docs[i].doc.date);
    members[i].day = day ? *day : parallax::cluster::kNoDay;
    ids.push_back(docs[i].doc.id);
  }
  auto idf = [&clusterer](uint64_t term) { return clusterer.Idf(term); };
  const std::vector<std::string> revised =
      parallax::cluster::ReviseStreamEvents(std::move(members), ids, assigned, idf, g_revision);
  size_t changed = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    std::string& slot = (*events)[ids[i]];
    changed += slot != revised[i];
    slot = revised[i];
  }
  return changed;
}

// Clusters `docs` in order and prints BCubed at event and thread level.
int RunDataset(const std::string& name, const std::vector<LabeledDoc>& docs,
               const ClusterOptions& options, const std::string& tsv_prefix, bool verbose) {
  auto clusterer = StoryClusterer::Create(options);
  if (!clusterer.ok()) {
    fmt::print(stderr, "{}\n", clusterer.status().ToString());
    return 2;
  }
  std::map<std::string, std::string> gold, events, threads;
  auto start = std::chrono::steady_clock::now();
  size_t dups = 0;
  std::vector<Assignment> assigned;
  std::vector<parallax::cluster::RevisionMember> members(g_revise ? docs.size() : 0);
  {
    // Features on --threads workers, decisions in input order (the same
    // assignments for any thread count; prepare_pool.h).
    std::vector<parallax::cluster::Document> batch;
    for (const LabeledDoc& d : docs) batch.push_back(d.doc);
    std::vector<std::vector<parallax::cluster::TermCount>> bags;
    parallax::cluster::PreparePool pool(g_threads);
    if (auto st = pool.AddBatch(clusterer->get(), batch, &assigned, g_revise ? &bags : nullptr); !st.ok()) {
      fmt::print(stderr, "{}\n", st.ToString());
      return 2;
    }
    for (size_t i = 0; i < members.size(); ++i) members[i].terms = std::move(bags[i]);
  }
  for (size_t i = 0; i < docs.size(); ++i) {
    const LabeledDoc& d = docs[i];
    const Assignment& a = assigned[i];
    gold[d.doc.id] = d.gold;
    events[d.doc.id] = a.event_id;
    threads[d.doc.id] = a.thread_id;
    dups += !a.duplicate_of.empty();
    if (verbose) {
      fmt::print("{}\t{}\t{}\t{}\t{:.3f}\t{}\n", d.doc.id, d.gold, a.event_id, a.thread_id, a.score,
                 a.duplicate_of);
    }
  }
  size_t revised = g_revise ? ReviseEvents(docs, assigned, **clusterer, std::move(members), &events) : 0;
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (g_revise) fmt::print("{:<8} revision moved {} documents\n", name, revised);
  auto ev = parallax::cluster::ScoreBCubed(gold, events);
  auto th = parallax::cluster::ScoreBCubed(gold, threads);
  if (!ev.ok() || !th.ok()) {
    fmt::print(stderr, "{}: no documents found\n", name);
    return 1;
  }
  fmt::print("{:<8} docs={} gold_events={} events={} threads={} duplicates={} time={:.2f}s\n", name,
             docs.size(), ev->gold_clusters, ev->predicted_clusters, th->predicted_clusters, dups,
             secs);
  fmt::print("{:<8} event  BCubed P={:.4f} R={:.4f} F1={:.4f}\n", name, ev->precision, ev->recall,
             ev->f1);
  fmt::print("{:<8} thread BCubed P={:.4f} R={:.4f} F1={:.4f}\n", name, th->precision, th->recall,
             th->f1);
  if (!tsv_prefix.empty()) {
    WriteTsv(tsv_prefix + name + ".gold.tsv", gold);
    WriteTsv(tsv_prefix + name + ".pred.tsv", events);
  }
  return 0;
}

int Score(const std::string& gold_path, const std::string& pred_path) {
  auto gold = parallax::cluster::ReadClusterTsv(gold_path);
  auto pred = parallax::cluster::ReadClusterTsv(pred_path);
  if (!gold.ok() || !pred.ok()) {
    fmt::print(stderr, "{}\n", (!gold.ok() ? gold.status() : pred.status()).ToString());
    return 1;
  }
  auto s = parallax::cluster::ScoreBCubed(*gold, *pred);
  if (!s.ok()) {
    fmt::print(stderr, "{}\n", s.status().ToString());
    return 1;
  }
  fmt::print("items={} gold_clusters={} predicted_clusters={} missing={} unmatched={}\n", s->items,
             s->gold_clusters, s->predicted_clusters, s->missing, s->unmatched);
  fmt::print("BCubed P={:.4f} R={:.4f} F1={:.4f}\n", s->precision, s->recall, s->f1);
  return 0;
}

std::vector<std::string> SplitNames(const std::string& csv) {
  std::vector<std::string> out;
  std::istringstream in(csv);
  for (std::string name; std::getline(in, name, ',');) {
    if (!name.empty() && name != "none") out.push_back(name);
  }
  return out;
}

int Fail(const parallax::Status& st) {
  fmt::print(stderr, "error: {}\n", st.ToString());
  return 2;
}

bool ParseRange(const std::string& s, int* lo, int* hi) {
  size_t dash = s.find('-');
  try {
    *lo = std::stoi(s.substr(0, dash));
    *hi = dash == std::string::npos ? *lo : std::stoi(s.substr(dash + 1));
  } catch (...) {
    return false;
  }
  return *lo <= *hi;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"BCubed evaluation of parallax story clustering"};
  std::string shared = PARALLAX_SHARED_DIR;
  std::string ecb_dir = shared + "/data/ecbplus/ECB+", basil_dir = shared + "/data/basil/articles";
  std::string topics = "1-35", years = "2010-2015", tsv_prefix, dataset = "all";
  std::vector<std::string> score;
  bool verbose = false;
  ClusterOptions o;
  app.add_option("--ecbplus", ecb_dir, "ECB+ directory (topic folders)");
  app.add_option("--basil", basil_dir, "BASIL articles directory (year folders)");
  app.add_option("--topics", topics, "ECB+ topic range");
  app.add_option("--years", years, "BASIL year range");
  app.add_option("--dataset", dataset, "ecbplus | basil | all");
  app.add_option("--score", score, "GOLD.tsv PRED.tsv: score a prediction file")->expected(2);
  app.add_option("--write-tsv", tsv_prefix, "write <prefix><dataset>.{gold,pred}.tsv");
  app.add_flag("--verbose", verbose, "print every assignment");
  app.add_option("--order-seed", g_order_seed, "seed of the fixed pseudo-random document order");
  app.add_option("--event-threshold", o.event_threshold);
  app.add_option("--thread-threshold", o.thread_threshold);
  app.add_option("--event-gap-days", o.event_gap_days);
  app.add_option("--duplicate-jaccard", o.duplicate_jaccard);
  app.add_option("--candidates", o.candidates);
  app.add_option("--profile-terms", o.profile_terms);
  app.add_option("--idf-prior", o.idf_prior_docs);
  app.add_option("--name-weight", o.features.name_weight);
  app.add_option("--number-weight", o.features.number_weight);
  app.add_option("--entity-weight", o.entity_weight);
  app.add_option("--query-terms", o.query_terms);
  app.add_option("--member-weight", o.member_weight);
  app.add_option("--same-time-bonus", o.same_time_bonus);
  app.add_option("--max-text-bytes", o.features.max_text_bytes);
  std::string annotate = "none";
  app.add_option("--annotate", annotate,
                 "annotators run before clustering (e.g. time,ner,coref), as `parallax ingest` does");
  app.add_option("--member-vectors", o.member_vectors);
  app.add_option("--threads", g_threads, "threads computing features ahead of the stream (1 = none; 0 = hardware)");
  app.add_flag("--revise", g_revise, "re-cluster each thread's events after the stream (event_revision.h)");
  app.add_option("--revise-threshold", g_revision.link_threshold, "average-link stopping similarity");
  app.add_option("--revise-local-idf", g_revision.local_idf_share, "share of the in-thread IDF in revision weights");
  app.add_option("--revise-min-split", g_revision.min_split_size, "0 = re-cluster; n = only split events into parts of >= n");
  app.add_flag("--revise-merge", g_revision.merge_parts, "with --revise-min-split: large parts of one group merge");
  app.add_option("--revise-max", g_revision.max_members, "threads with more members are not revised");
  std::string background = "default";
  app.add_option("--background", background, "IDF prior file, 'default' (models/idf-news-en.bin) or 'none'");
  app.add_option("--background-docs", o.background_docs, "pseudo-documents given to the IDF prior");
  CLI11_PARSE(app, argc, argv);
  if (background != "none") {
    auto path = background == "default" ? parallax::cluster::DefaultIdfPriorPath()
                                        : parallax::Result<std::string>(background);
    auto prior = path.ok() ? parallax::cluster::IdfPrior::Load(*path)
                           : parallax::Result<std::shared_ptr<const parallax::cluster::IdfPrior>>(path.status());
    if (!prior.ok()) {
      fmt::print(stderr, "error: {}\n", prior.status().ToString());
      return 2;
    }
    o.idf_prior = *prior;
  }
  if (!score.empty()) return Score(score[0], score[1]);
  int rc = 0, lo, hi;
  if ((dataset == "all" || dataset == "ecbplus") && ParseRange(topics, &lo, &hi)) {
    auto docs = LoadEcb(ecb_dir, lo, hi);
    if (auto st = Annotate(SplitNames(annotate), &docs); !st.ok()) return Fail(st);
    rc |= RunDataset("ecbplus", docs, o, tsv_prefix, verbose);
  }
  if ((dataset == "all" || dataset == "basil") && ParseRange(years, &lo, &hi)) {
    auto docs = LoadBasil(basil_dir, lo, hi);
    if (auto st = Annotate(SplitNames(annotate), &docs); !st.ok()) return Fail(st);
    rc |= RunDataset("basil", docs, o, tsv_prefix, verbose);
  }
  return rc;
}
