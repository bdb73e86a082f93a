// parallax-eval-ner: conlleval-style entity-level scoring.
//   parallax-eval-ner PRED            (gold = second-to-last column, predicted = last)
//   parallax-eval-ner GOLD PRED       (gold = last column of GOLD, predicted = last of PRED;
//                                      the files must have the same token lines)
// A chunk counts as correct only when its start, end and type match
// (conlleval semantics; IOB1 and IOB2 tags are both accepted).
// Prints precision/recall/F1 overall and per type; --json for machine output.
#include <fstream>
#include <sstream>

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

Status Score(const ner::ConllFile& gold, int gold_col, const ner::ConllFile& pred, ner::EvalResult* r) {
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
      ner::AccumulateEval(g, p, r);
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
  app.add_flag("--json", json, "print JSON");
  CLI11_PARSE(app, argc, argv);
  auto first = Read(files[0]);
  if (!first.ok()) {
    fmt::print(stderr, "error: {}\n", first.status().ToString());
    return 1;
  }
  ner::EvalResult r;
  Status s;
  if (files.size() == 1) {
    s = Score(*first, 2, *first, &r);
  } else {
    auto second = Read(files[1]);
    s = second.ok() ? Score(*first, 1, *second, &r) : second.status();
  }
  if (!s.ok()) {
    fmt::print(stderr, "error: {}\n", s.ToString());
    return 1;
  }
  Print(r, json);
  return 0;
}
