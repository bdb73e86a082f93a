// parallax-eval-framing: loaded-language span detection on BASIL's
// lexical-bias annotations, by cross-validation across years: for each dev
// year, learn cues on the other years, combine them with the curated
// lexicon, and score the hits on that year's articles (docs/framing.md).
//   parallax-eval-framing --basil ../shared/data/basil --curated models/framing-curated-en.tsv
#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "tools/framing_tools.h"

namespace {

using namespace parallax::tools;

struct Config {
  const char* name;
  bool curated, learned;
};

void PrintRow(const std::string& label, const SpanScores& s) {
  fmt::print("{:<10} pred {:>4} gold {:>4}  overlap P {:.3f} R {:.3f} F1 {:.3f}  exact P {:.3f} R {:.3f} F1 {:.3f}\n",
             label, s.predicted, s.gold, s.Precision(), s.Recall(), s.F1(), s.ExactP(), s.ExactR(), s.ExactF1());
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"parallax-eval-framing: loaded-language spans on BASIL, cross-validated by year"};
  std::string basil, curated;
  int first = 2010, last = 2015;
  CueOptions cues;
  float min_weight = 0.0f;
  app.add_option("--basil", basil, "BASIL folder")->required();
  app.add_option("--curated", curated, "curated lexicon")->required();
  app.add_option("--first-year", first, "first dev year");
  app.add_option("--last-year", last, "last dev year");
  app.add_option("--min-precision", cues.min_precision, "cue precision threshold");
  app.add_option("--min-count", cues.min_in_span, "cue in-span count threshold");
  app.add_option("--min-weight", min_weight, "ignore cues below this weight when matching");
  CLI11_PARSE(app, argc, argv);

  auto docs = LoadBasil(basil, first, last);
  if (!docs.ok()) {
    fmt::print(stderr, "error: {}\n", docs.status().ToString());
    return 1;
  }
  size_t gold = 0, unlocated = 0;
  for (const auto& d : *docs) gold += d.gold.size(), unlocated += d.unlocated;
  fmt::print("BASIL {}-{}: {} articles, {} lexical-bias spans located ({} not found in the text)\n", first, last,
             docs->size(), gold, unlocated);
  for (Config config : {Config{"curated", true, false}, Config{"learned", false, true}, Config{"both", true, true}}) {
    fmt::print("\n== {} ==\n", config.name);
    SpanScores micro;
    double macro_f1 = 0, macro_p = 0, macro_r = 0;
    int folds = 0;
    for (int year = first; year <= last; ++year) {
      std::vector<const BasilDoc*> train;
      for (const auto& d : *docs) {
        if (d.year != year) train.push_back(&d);
      }
      auto lexicon = CombineLexicon(curated, train, cues, config.curated, config.learned);
      if (!lexicon.ok()) {
        fmt::print(stderr, "error: {}\n", lexicon.status().ToString());
        return 1;
      }
      SpanScores fold;
      for (const auto& d : *docs) {
        if (d.year == year) fold.Add(ScoreDoc(d, *lexicon, min_weight));
      }
      PrintRow(std::to_string(year), fold);
      micro.Add(fold);
      macro_p += fold.Precision(), macro_r += fold.Recall(), macro_f1 += fold.F1();
      ++folds;
    }
    PrintRow("micro", micro);
    fmt::print("{:<10} overlap P {:.3f} R {:.3f} F1 {:.3f} (mean of {} folds)\n", "macro", macro_p / folds,
               macro_r / folds, macro_f1 / folds, folds);
  }
  return 0;
}
