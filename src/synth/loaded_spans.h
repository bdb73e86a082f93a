// Loaded-language spans by a token classifier: an averaged perceptron that
// decides, token by token, whether a word belongs to a loaded phrase
// ("took a swipe", "slammed", "radical") in the outlet's own voice.
//
// The lexicon (FramingLexicon) only finds phrases it lists; the classifier
// generalizes from annotated spans through context and word classes: the
// word, its stem and suffix, the words around it, whether a lexicon phrase
// covers it, whether it sits inside a quotation, its sentence's position, and
// a distributional word class (words used alike in news, e.g. "slammed",
// "blasted", "criticized") when the model carries a class table.
//
// A model is trained by LoadedSpanTrainer (parallax-eval-framing trains and
// scores one per cross-validation fold on BASIL lexical-bias spans; no model
// is shipped: docs/framing.md has the figures and why). Thread safety: a
// trained model is immutable and safe to share.
#ifndef PARALLAX_SYNTH_LOADED_SPANS_H_
#define PARALLAX_SYNTH_LOADED_SPANS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parallax/article.h"
#include "synth/framing.h"

namespace parallax::synth {

// Lower-cased word -> distributional class id (e.g. a Brown-style cluster).
using WordClasses = std::unordered_map<std::string, uint16_t>;

class LoadedSpanModel {
 public:
  LoadedSpanModel() = default;  // empty: finds nothing

  // Token spans of `article` (segmented; tokens required) the model scores as
  // loaded: maximal runs of positive word tokens, into Article::body.
  // `lexicon_hits` are the lexicon's body hits (AnalyzeFraming's
  // loaded_terms), used as features.
  std::vector<Span> Find(const Article& article, const std::vector<LoadedTerm>& lexicon_hits) const;

  bool empty() const { return weights_.empty(); }

 private:
  friend class LoadedSpanTrainer;
  float Score(const std::vector<uint32_t>& features) const;

  std::vector<float> weights_;  // indexed by feature hash & mask
  WordClasses classes_;
};

struct LoadedSpanTrainOptions {
  int epochs = 6;
  float positive_cost = 3.0f;   // update size for missed loaded tokens
  uint32_t seed = 17;           // document order shuffle
};

// Averaged-perceptron training over annotated articles.
class LoadedSpanTrainer {
 public:
  LoadedSpanTrainer(WordClasses classes, const LoadedSpanTrainOptions& options);
  // Adds one training article: `gold` holds one flag per token (inside a
  // loaded span), `lexicon_hits` its lexicon hits.
  void AddExample(const Article& article, const std::vector<LoadedTerm>& lexicon_hits, std::vector<bool> gold);
  // Runs the epochs and returns the averaged model.
  LoadedSpanModel Train();

 private:
  struct Example {
    std::vector<std::vector<uint32_t>> features;  // per word token
    std::vector<int8_t> label;                    // +1 / -1
  };
  WordClasses classes_;
  LoadedSpanTrainOptions options_;
  std::vector<Example> examples_;
};

// Hashed features of every token of `article` (empty for non-words);
// exposed for the trainer and tests.
std::vector<std::vector<uint32_t>> LoadedSpanFeatures(const Article& article,
                                                      const std::vector<LoadedTerm>& lexicon_hits,
                                                      const WordClasses& classes);

}  // namespace parallax::synth

#endif  // PARALLAX_SYNTH_LOADED_SPANS_H_
