// BASIL lexical-bias data, the cue learner and the span scorer shared by
// `parallax-train framing` and parallax-eval-framing (docs/framing.md).
#ifndef PARALLAX_TOOLS_FRAMING_TOOLS_H_
#define PARALLAX_TOOLS_FRAMING_TOOLS_H_

#include <string>
#include <vector>

#include "parallax/article.h"
#include "parallax/status.h"
#include "synth/framing.h"
#include "synth/loaded_spans.h"

namespace parallax::tools {

// One BASIL article, segmented, with its gold lexical-bias spans.
struct BasilDoc {
  int year = 0;
  Article article;            // body = paragraphs (sentences joined by a space)
  struct Gold {
    Span span;                // into article.body
    int8_t polarity = 0;
  };
  std::vector<Gold> gold;     // bias == "lex" only
  size_t unlocated = 0;       // gold spans whose text was not found in the body
};

// Reads articles/<year>/*.json and annotations/<year>/*_ann.json under `dir`
// for each year in [first_year, last_year]. Errors name the file.
Result<std::vector<BasilDoc>> LoadBasil(const std::string& dir, int first_year, int last_year);

struct CueOptions {
  int max_words = 3;          // n-grams of 1..max_words words
  int min_in_span = 2;        // occurrences inside gold spans
  float min_precision = 0.3f; // in_span / (occurrences + smoothing)
  float smoothing = 1.0f;
};

// Learns loaded-language cues from the gold spans of `docs`: every word
// n-gram (stemmed key) that occurs inside gold spans at least min_in_span
// times, with smoothed precision in_span / (all occurrences + smoothing) of
// at least min_precision. Weight = that precision; polarity = the majority
// polarity of the spans it occurred in.
std::vector<synth::LexiconEntry> LearnCues(const std::vector<const BasilDoc*>& docs, const CueOptions& options);

struct SpanScores {
  size_t predicted = 0, gold = 0;
  size_t predicted_hit = 0;   // predicted spans overlapping a gold span
  size_t gold_hit = 0;        // gold spans overlapped by a prediction
  size_t exact = 0;           // predicted spans equal to a gold span
  double Precision() const { return predicted ? double(predicted_hit) / predicted : 0; }
  double Recall() const { return gold ? double(gold_hit) / gold : 0; }
  double F1() const { double p = Precision(), r = Recall(); return p + r > 0 ? 2 * p * r / (p + r) : 0; }
  double ExactP() const { return predicted ? double(exact) / predicted : 0; }
  double ExactR() const { return gold ? double(exact) / gold : 0; }
  double ExactF1() const { double p = ExactP(), r = ExactR(); return p + r > 0 ? 2 * p * r / (p + r) : 0; }
  void Add(const SpanScores& o);
};

// Scores the lexicon's loaded-term hits on `doc` (all hits, quoted or not)
// against its gold spans.
SpanScores ScoreDoc(const BasilDoc& doc, const synth::FramingLexicon& lexicon, float min_weight);

// Scores predicted body spans of `doc` against its gold spans.
SpanScores ScoreSpans(const BasilDoc& doc, const std::vector<Span>& predicted);

// Word classes from the `parallax-train ner-clusters` TSV ("C word c0 c1 c2
// c3 count"): lower-cased word -> cluster id at `level` (0 = finest).
Result<synth::WordClasses> LoadWordClasses(const std::string& path, int level);

// The token classifier trained on `docs` with `lexicon`'s hits as features.
synth::LoadedSpanModel TrainSpanModel(const std::vector<const BasilDoc*>& docs, const synth::FramingLexicon& lexicon,
                                      const synth::WordClasses& classes,
                                      const synth::LoadedSpanTrainOptions& options);

// Spans the classifier finds in `doc`'s body.
std::vector<Span> PredictSpans(const BasilDoc& doc, const synth::FramingLexicon& lexicon,
                               const synth::LoadedSpanModel& model);

// `spans` plus the lexicon's body hits (all weights) that overlap none of
// them, in body order.
std::vector<Span> UnionWithLexicon(const BasilDoc& doc, const synth::FramingLexicon& lexicon, std::vector<Span> spans);

// Curated lexicon + cues learned from the given docs (curated entries win on
// equal keys).
Result<synth::FramingLexicon> CombineLexicon(const std::string& curated_path,
                                             const std::vector<const BasilDoc*>& docs,
                                             const CueOptions& options, bool use_curated, bool use_learned);

struct FramingTrainOptions {
  std::string basil;      // the BASIL folder (articles/, annotations/)
  std::string curated;    // the curated lexicon (models/framing-curated-en.tsv)
  std::string output;     // lexicon to write (models/framing-lexicon-en.tsv)
  int first_year = 2010;
  int last_year = 2015;
  CueOptions cues;
};

// `parallax-train framing`: learns cues on the years given and writes the
// combined lexicon.
Status TrainFraming(const FramingTrainOptions& options);

}  // namespace parallax::tools

#endif  // PARALLAX_TOOLS_FRAMING_TOOLS_H_
