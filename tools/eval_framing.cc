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

using Docs = std::vector<const BasilDoc*>;

// Overlap F1 of a classifier trained on `train` and run on `test`; with
// `also`, the spans of that lexicon not overlapping a classifier span are
// added (the union of both detectors).
SpanScores ClassifierFold(const Docs& train, const Docs& test, const parallax::synth::FramingLexicon& lexicon,
                          const parallax::synth::WordClasses& classes,
                          const parallax::synth::LoadedSpanTrainOptions& options,
                          const parallax::synth::FramingLexicon* also = nullptr) {
  auto model = TrainSpanModel(train, lexicon, classes, options);
  SpanScores s;
  for (const BasilDoc* d : test) {
    std::vector<parallax::Span> spans = PredictSpans(*d, lexicon, model);
    if (also != nullptr) spans = UnionWithLexicon(*d, *also, std::move(spans));
    s.Add(ScoreSpans(*d, spans));
  }
  return s;
}

// Nested cross-validation: for each held-out year, the positive cost is
// chosen by leave-one-year-out on the remaining years only.
float ChooseCost(const Docs& docs, int held_out, int first, int last, const parallax::synth::FramingLexicon& lexicon,
                 const parallax::synth::WordClasses& classes, parallax::synth::LoadedSpanTrainOptions options) {
  float best_cost = 1, best_f1 = -1;
  for (float cost : {4.0f, 8.0f, 16.0f, 32.0f}) {
    options.positive_cost = cost;
    double f1 = 0;
    for (int inner = first; inner <= last; ++inner) {
      if (inner == held_out) continue;
      Docs train, test;
      for (const BasilDoc* d : docs) {
        if (d->year != held_out) (d->year == inner ? test : train).push_back(d);
      }
      f1 += ClassifierFold(train, test, lexicon, classes, options).F1();
    }
    if (f1 > best_f1) best_f1 = f1, best_cost = cost;
  }
  return best_cost;
}

void PrintRow(const std::string& label, const SpanScores& s) {
  fmt::print("{:<10} pred {:>4} gold {:>4}  overlap P {:.3f} R {:.3f} F1 {:.3f}  exact P {:.3f} R {:.3f} F1 {:.3f}\n",
             label, s.predicted, s.gold, s.Precision(), s.Recall(), s.F1(), s.ExactP(), s.ExactR(), s.ExactF1());
}

int EvalClassifier(const std::vector<BasilDoc>& all, const std::string& curated, const std::string& classes_path,
                   int class_level, int first, int last) {
  auto lexicon = parallax::synth::FramingLexicon::Load(curated);
  if (!lexicon.ok()) {
    fmt::print(stderr, "error: {}\n", lexicon.status().ToString());
    return 1;
  }
  parallax::synth::WordClasses classes;
  if (!classes_path.empty()) {
    auto loaded = LoadWordClasses(classes_path, class_level);
    if (!loaded.ok()) {
      fmt::print(stderr, "error: {}\n", loaded.status().ToString());
      return 1;
    }
    classes = std::move(*loaded);
  }
  fmt::print("\n== classifier (curated lexicon as a feature, {} word classes, nested CV for the positive cost) ==\n",
             classes.size());
  Docs docs;
  for (const auto& d : all) docs.push_back(&d);
  SpanScores micro, micro_union;
  double macro_f1 = 0, macro_union = 0;
  parallax::synth::LoadedSpanTrainOptions options;
  for (int year = first; year <= last; ++year) {
    options.positive_cost = ChooseCost(docs, year, first, last, *lexicon, classes, options);
    Docs train, test;
    for (const BasilDoc* d : docs) (d->year == year ? test : train).push_back(d);
    SpanScores fold = ClassifierFold(train, test, *lexicon, classes, options);
    PrintRow(fmt::format("{} c={}", year, options.positive_cost), fold);
    auto shipped = CombineLexicon(curated, train, CueOptions{}, true, true);
    if (!shipped.ok()) return 1;
    SpanScores both = ClassifierFold(train, test, *lexicon, classes, options, &*shipped);
    PrintRow(fmt::format("{} +lex", year), both);
    micro.Add(fold), micro_union.Add(both);
    macro_f1 += fold.F1(), macro_union += both.F1();
  }
  const int folds = last - first + 1;
  PrintRow("micro", micro);
  PrintRow("micro+lex", micro_union);
  fmt::print("mean of {} folds: overlap F1 {:.3f} classifier, {:.3f} classifier + lexicon\n", folds,
             macro_f1 / folds, macro_union / folds);
  return 0;
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
  std::string classes_path;
  int class_level = 0;
  app.add_option("--classes", classes_path, "word classes for the classifier (models/ner-clusters-en.tsv)");
  app.add_option("--class-level", class_level, "cluster level 0 (finest) .. 3");
  bool classifier_only = false;
  app.add_flag("--classifier-only", classifier_only, "skip the lexicon configurations");
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
    if (classifier_only) break;
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
  return EvalClassifier(*docs, curated, classes_path, class_level, first, last);
}
