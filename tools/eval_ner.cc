// parallax-eval-ner: conlleval-style entity-level scoring.
//   parallax-eval-ner PRED            (gold = second-to-last column, predicted = last)
//   parallax-eval-ner GOLD PRED       (gold = last column of GOLD, predicted = last of PRED;
//                                      the files must have the same token lines)
// A chunk counts as correct only when its start, end and type match
// (conlleval semantics; IOB1 and IOB2 tags are both accepted).
// Prints precision/recall/F1 overall and per type; --json for machine output.
//   --unseen-in TRAIN   also scores only the names (gold and predicted chunks)
//                       whose lowercased text is no gold name of TRAIN: on
//                       CoNLL valid, a stand-in for the held-back test split,
//                       whose names are seen in train less often.
//   --error-groups N    prints the errors (of the unseen names with
//                       --unseen-in, else of all names) grouped by kind and
//                       type ("missed ORG", "type ORG->LOC", "boundary MISC",
//                       "spurious ORG") with counts, largest first, and the
//                       N most frequent chunk texts of each group.
#include <algorithm>
#include <map>
#include <fstream>
#include <sstream>
#include <unordered_set>

#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "annotate/ner/conll.h"
#include "core/file_util.h"

namespace {

using parallax::Result;
using parallax::Status;
namespace ner = parallax::ner;

Result<ner::ConllFile> Read(const std::string& path) {
  auto bytes = parallax::core::ReadFileToString(path);
  if (!bytes.ok()) return bytes.status();
  auto f = ner::ParseConll(*bytes);
  if (!f.ok()) return f.status().WithContext(path);
  return f;
}

// Column of a line counted from the end (1 = last).
std::string FromEnd(std::string_view line, int k) {
  std::vector<std::string_view> cols;
  for (int i = 0;; ++i) {
    std::string_view c = ner::ConllColumn(line, i);
    if (c.empty()) break;
    cols.push_back(c);
  }
  return static_cast<int>(cols.size()) >= k ? std::string(cols[cols.size() - k]) : std::string("O");
}

// Text of tokens [first, last] of a sentence (line indices), lowercased
// unless `keep_case`.
std::string ChunkText(const ner::ConllFile& f, const std::vector<size_t>& sent, const ner::LabelSpan& s,
                      bool keep_case = false) {
  std::string text;
  for (uint32_t i = s.first; i <= s.last && i < sent.size(); ++i) {
    if (!text.empty()) text += ' ';
    text += ner::ConllColumn(f.lines[sent[i]], 0);
  }
  if (keep_case) return text;
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// Error groups: group name -> chunk text -> count.
using ErrorGroups = std::map<std::string, std::map<std::string, int>>;

void AddErrors(const ner::ConllFile& f, const std::vector<size_t>& sent, const std::vector<ner::ChunkError>& errors,
               ErrorGroups* groups) {
  auto name = [](const ner::LabelSpan& s) { return std::string(ner::kTypeNames[s.type]); };
  for (const ner::ChunkError& e : errors) {
    std::string group, text;
    switch (e.kind) {
      case ner::ChunkError::kMissed: group = "missed " + name(e.gold); break;
      case ner::ChunkError::kType: group = "type " + name(e.gold) + "->" + name(e.predicted); break;
      case ner::ChunkError::kBoundary: group = "boundary " + name(e.gold); break;
      case ner::ChunkError::kSpurious: group = "spurious " + name(e.predicted); break;
    }
    if (e.kind == ner::ChunkError::kSpurious) text = ChunkText(f, sent, e.predicted, true);
    else text = ChunkText(f, sent, e.gold, true);
    if (e.kind == ner::ChunkError::kBoundary)
      text += " | " + ChunkText(f, sent, e.predicted, true) + ":" + name(e.predicted);
    ++(*groups)[group][text];
  }
}

void PrintErrorGroups(const ErrorGroups& groups, int examples) {
  std::vector<std::pair<int, std::string>> order;
  for (const auto& [group, texts] : groups) {
    int n = 0;
    for (const auto& kv : texts) n += kv.second;
    order.emplace_back(-n, group);
  }
  std::sort(order.begin(), order.end());
  for (const auto& [neg, group] : order) {
    const auto& texts = groups.at(group);
    std::vector<std::pair<int, std::string>> top;
    for (const auto& [text, n] : texts) top.emplace_back(-n, text);
    std::sort(top.begin(), top.end());
    fmt::print("{:>18} {:5}:", group, -neg);
    for (int k = 0; k < examples && k < static_cast<int>(top.size()); ++k)
      fmt::print("{} {}{}", k ? ";" : "", top[k].second, top[k].first < -1 ? fmt::format(" x{}", -top[k].first) : "");
    fmt::print("\n");
  }
}

// The gold names (last column) of a CoNLL file, lowercased.
std::unordered_set<std::string> GoldNames(const ner::ConllFile& f) {
  std::unordered_set<std::string> names;
  for (const auto& doc : f.documents) {
    for (const auto& sent : doc.sentences) {
      std::vector<std::string> tags;
      for (size_t li : sent) tags.push_back(FromEnd(f.lines[li], 1));
      for (const auto& s : ner::SpansFromBilou(ner::BilouFromIob(tags))) names.insert(ChunkText(f, sent, s));
    }
  }
  return names;
}

// Scores pred against gold; with `seen`, only chunks whose text is not in it.
// With `groups`, also collects the error groups of the chunks scored.
Status Score(const ner::ConllFile& gold, int gold_col, const ner::ConllFile& pred, ner::EvalResult* r,
             const std::unordered_set<std::string>* seen = nullptr, ErrorGroups* groups = nullptr) {
  if (gold.documents.size() != pred.documents.size()) return Status::InvalidArgument("document counts differ");
  for (size_t d = 0; d < gold.documents.size(); ++d) {
    const auto& gs = gold.documents[d].sentences;
    const auto& ps = pred.documents[d].sentences;
    if (gs.size() != ps.size()) return Status::InvalidArgument(fmt::format("document {}: sentence counts differ", d));
    for (size_t s = 0; s < gs.size(); ++s) {
      if (gs[s].size() != ps[s].size()) return Status::InvalidArgument("sentence lengths differ");
      std::vector<std::string> g, p;
      for (size_t i = 0; i < gs[s].size(); ++i) {
        g.push_back(FromEnd(gold.lines[gs[s][i]], gold_col));
        p.push_back(FromEnd(pred.lines[ps[s][i]], 1));
      }
      std::function<bool(const ner::LabelSpan&)> keep;
      if (seen) keep = [&](const ner::LabelSpan& c) { return !seen->contains(ChunkText(gold, gs[s], c)); };
      ner::AccumulateEval(g, p, r, keep);
      if (groups) AddErrors(gold, gs[s], ner::SentenceErrors(g, p, keep), groups);
    }
  }
  return Status::OK();
}

void Print(const ner::EvalResult& r, bool json) {
  auto counts = [](const ner::EntityCounts& c) {
    return nlohmann::json{{"gold", c.gold}, {"predicted", c.predicted}, {"correct", c.correct},
                          {"precision", c.Precision()}, {"recall", c.Recall()}, {"f1", c.F1()}};
  };
  if (json) {
    nlohmann::json j{{"overall", counts(r.overall)}, {"tokens", r.tokens}, {"tokens_correct", r.tokens_correct}};
    for (int t = 0; t < ner::kNumTypes; ++t) j["types"][ner::kTypeNames[t]] = counts(r.per_type[t]);
    fmt::print("{}\n", j.dump(2));
    return;
  }
  fmt::print("processed {} tokens with {} phrases; found: {} phrases; correct: {}.\n", r.tokens, r.overall.gold,
             r.overall.predicted, r.overall.correct);
  fmt::print("accuracy: {:6.2f}%; precision: {:6.2f}%; recall: {:6.2f}%; FB1: {:6.2f}\n",
             r.tokens ? 100.0 * r.tokens_correct / r.tokens : 0.0, r.overall.Precision(), r.overall.Recall(),
             r.overall.F1());
  for (int t = 0; t < ner::kNumTypes; ++t) {
    const auto& c = r.per_type[t];
    fmt::print("{:>17}: precision: {:6.2f}%; recall: {:6.2f}%; FB1: {:6.2f}  {}\n", ner::kTypeNames[t],
               c.Precision(), c.Recall(), c.F1(), c.predicted);
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"parallax-eval-ner: entity-level P/R/F1 with conlleval semantics"};
  std::vector<std::string> files;
  bool json = false;
  app.add_option("files", files, "PRED (gold = 2nd-to-last column) or GOLD PRED")->required()->expected(1, 2);
  std::string unseen_in;
  app.add_flag("--json", json, "print JSON");
  app.add_option("--unseen-in", unseen_in, "CoNLL file (train): also score only names that are no gold name in it");
  int error_examples = -1;
  app.add_option("--error-groups", error_examples, "print errors grouped by kind and type, N examples per group");
  CLI11_PARSE(app, argc, argv);
  auto first = Read(files[0]);
  if (!first.ok()) {
    fmt::print(stderr, "error: {}\n", first.status().ToString());
    return 1;
  }
  ner::EvalResult r;
  Status s;
  // Gold from the second-to-last column of PRED, or from the last of GOLD.
  const ner::ConllFile* gold = &*first;
  int gold_col = 2;
  Result<ner::ConllFile> second = ner::ConllFile{};
  if (files.size() == 2) {
    second = Read(files[1]);
    gold_col = 1;
  }
  const ner::ConllFile* pred = files.size() == 2 && second.ok() ? &*second : gold;
  ErrorGroups groups;
  ErrorGroups* all_groups = error_examples >= 0 && unseen_in.empty() ? &groups : nullptr;
  s = second.ok() ? Score(*gold, gold_col, *pred, &r, nullptr, all_groups) : second.status();
  if (!s.ok()) {
    fmt::print(stderr, "error: {}\n", s.ToString());
    return 1;
  }
  Print(r, json);
  if (all_groups) PrintErrorGroups(groups, error_examples);
  if (unseen_in.empty()) return 0;
  auto train = Read(unseen_in);
  if (!train.ok()) {
    fmt::print(stderr, "error: {}\n", train.status().ToString());
    return 1;
  }
  const std::unordered_set<std::string> seen = GoldNames(*train);
  ner::EvalResult u;
  s = Score(*gold, gold_col, *pred, &u, &seen, error_examples >= 0 ? &groups : nullptr);
  if (!s.ok()) {
    fmt::print(stderr, "error: {}\n", s.ToString());
    return 1;
  }
  if (!json) fmt::print("names unseen in {} ({} distinct names there):\n", unseen_in, seen.size());
  Print(u, json);
  if (error_examples >= 0) PrintErrorGroups(groups, error_examples);
  return 0;
}
