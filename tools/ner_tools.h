// Entry points of the NER trainer programs bundled in parallax-train.
// Trainers are never linked into the server or the main CLI.
#ifndef PARALLAX_TOOLS_NER_TOOLS_H_
#define PARALLAX_TOOLS_NER_TOOLS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/ner/outside_words.h"
#include "parallax/status.h"

namespace parallax::tools {

struct ClusterOptions {
  std::string input;         // allsides-news.jsonl.gz (JSON lines with title/text)
  std::string output;        // clusters TSV
  size_t max_docs = 1u << 30;
  size_t vocab = 80000;      // words clustered
  size_t contexts = 600;     // context words (x2: left and right)
  size_t dim = 128;          // random projection size
  size_t clusters = 1000;    // fine clusters; coarse levels are /5, /20, /100
  int iters = 15;
  uint64_t min_count = 5;
  size_t window = 1;         // context positions on each side (1: neighbours only)
  uint32_t seed = 0;         // added to the projection and k-means seeds (0: the v1 clusters)
  // Start from the 4 levels of this clusters TSV instead of running the
  // projection and k-means ("" = k-means); words it lacks start in class
  // (rank % clusters) and (rank % level size).
  std::string init;
  // Passes of the exchange algorithm (tools/ner_exchange.h) over every level:
  // the fine level on word bigrams, each coarse level on the bigrams of the
  // fine classes (0 = none: the v1 clusters).
  int exchange_iters = 0;
  // Reduce the PPMI matrix to `dim` dimensions by a truncated SVD (U x
  // sigma^0.5, rows L2-normalised; tools/ner_svd.h) instead of the random
  // projection (false: the v1 clusters).
  bool svd = false;
};

// Builds word clusters + caps statistics (see ner_clusters.cc).
Status BuildClusters(const ClusterOptions& options);

struct NerTrainOptions {
  std::string train;          // CoNLL-2003 train.txt
  std::string valid;          // CoNLL-2003 valid.txt (for picking the epoch)
  // More gold documents trained on exactly like `train` (appended after it,
  // jackknife folds continuing): valid.txt for the final model, or half of it
  // for the cross-validation of docs/ner.md "Session 11".
  std::vector<std::string> extra_train;
  // Pseudo-labelled documents (ner-pseudo output): trained on with every
  // perceptron update scaled by pseudo_weight, after train and extra_train,
  // in jackknife folds like train documents, but their names stay out of the
  // gazetteer and the outside words.
  std::vector<std::string> pseudo_train;
  float pseudo_weight = 1.f;
  // Train exactly `epochs` epochs per run and keep the last averaged weights,
  // without looking at `valid` (needed when valid is trained on).
  bool fixed_epochs = false;
  float temperature = 0.f;    // beam temperature written to the model; 0 = calibrate and pick on valid
  std::string clusters;       // output of ner-clusters ("" = none)
  std::string iso_codes_dir = "/usr/share/iso-codes/json";
  std::vector<std::string> gazetteers;  // external name lists (tools/derive_ner_*.py)
  std::string output;         // model file
  int epochs = 12;
  bool repair_decoding = true;  // argmax + repair (decoder.h) instead of constrained greedy
  bool two_stage = false;
  bool structured = false;    // beam-trained structured perceptron with early update
  size_t beam = 4;            // beam the tagger will use (TaggerOptions::kDefaultBeam), for tuning T
  float selection_temperature = 24.f;  // T used while choosing the epoch with the beam      // second model reading the first one's document-wide output
  int jackknife_epochs = 8;   // epochs of each jackknife stage-1 model
  float prune_threshold = 0.05f;  // drop features whose max |averaged weight| is below
  int ensemble = 1;           // average the weights of this many runs (different document orders)
  int min_count = 1;         // train only features that fire at least this often (gold history)
  float word_dropout = 0.f;   // training: fraction of tokens whose identity features are left out per epoch
  uint32_t seed = 2009;       // document-order seed of the first run (ensemble member k: seed + k)
  ner::OutsideWords::Rule outside{kOutsideMinCount, kOutsideMaxStartsPpm, kOutsideMaxCapsBucket};  // from train + extra_train
  static constexpr uint32_t kOutsideMinCount = 2, kOutsideMaxStartsPpm = 1000, kOutsideMaxCapsBucket = 0;
};

Status TrainNer(const NerTrainOptions& options);

// Writes a serialized model to `path` and says so on stderr; IOError when
// the file cannot be written.
Status WriteModelFile(const std::string& path, const std::string& bytes);

struct NerPseudoOptions {
  std::string model;       // trained model that tags
  std::string input;       // JSON lines (.gz) with a "text" field (allsides-news)
  std::string output;      // CoNLL file of the kept sentences
  double sample = 0.1;     // fraction of the articles tagged (a Bernoulli draw per line)
  uint32_t seed = 14;      // of the sample
  size_t max_docs = 1u << 30;  // stop after writing this many articles
  size_t min_chars = 500;  // skip shorter article bodies
  float min_prob = 0.95f;  // every token's label probability in a kept sentence
  size_t beam = 4;
};

// Tags a sample of news articles and writes the sentences tagged with
// confidence as CoNLL (ner_pseudo.cc).
Status WritePseudoLabels(const NerPseudoOptions& options);

struct NerPruneOptions {
  std::string input;       // trained model
  std::string output;      // pruned model to write
  int32_t min_spread = 0;  // keep rows whose max - min int16 weight is at least this
};

// Writes `input` without the weight rows whose spread is below min_spread
// (see ner_prune.cc); IOError/Corruption name the file.
Status PruneNer(const NerPruneOptions& options);

struct NerOutsideOptions {
  std::string input;               // trained model
  std::vector<std::string> train;  // gold CoNLL files the model was trained on
  ner::OutsideWords::Rule rule{NerTrainOptions::kOutsideMinCount, NerTrainOptions::kOutsideMaxStartsPpm,
                               NerTrainOptions::kOutsideMaxCapsBucket};
  std::string output;              // model to write
};

// Derives outside words from gold CoNLL files (ner_outside.cc).
Status DeriveOutsideWords(const std::vector<std::string>& conll_paths, const ner::OutsideWords::Rule& rule,
                          ner::OutsideWords* out);
// Writes `input` with the outside words derived from `train` (replacing any).
Status AddOutsideWords(const NerOutsideOptions& options);

}  // namespace parallax::tools

#endif  // PARALLAX_TOOLS_NER_TOOLS_H_
