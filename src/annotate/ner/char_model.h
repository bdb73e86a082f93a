// CharModel: what the letters of a capitalised word say about its entity
// type, for names the tagger has never seen ("Comelf", "Jansher", "Azeris").
//
// A naive Bayes classifier over the character 2- to 5-grams of the
// lowercased word with boundary marks ("^jan", "her$"), five classes: O (a
// capitalised word outside every name) and PER, ORG, LOC, MISC. It is
// learned from word *types*: each distinct (word, class) of a training fold
// counts once, so frequent names do not drown the rest. Training counts are
// kept per jackknife fold, so a training document's words are scored without
// its own fold (as the gazetteer does): the tagger then learns how far the
// vote can be trusted on words it has not seen.
//
// The tagger uses the vote as three small features (features.cc): the best
// class, the runner-up and a bucket of the margin between their average
// log-likelihoods per n-gram.
//
// Stored in the model file from version 4 (docs/formats/ner-model.md); a
// model without it has an empty model, which votes for nothing.
//
// Thread safety: Vote is const and safe to call concurrently.
#ifndef PARALLAX_ANNOTATE_NER_CHAR_MODEL_H_
#define PARALLAX_ANNOTATE_NER_CHAR_MODEL_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "annotate/ner/flat_index.h"
#include "annotate/ner/labels.h"
#include "parallax/status.h"

namespace parallax::ner {

class CharModel {
 public:
  static constexpr int kClasses = kNumTypes + 1;  // 0 = O, 1 + type
  static constexpr int kFolds = 16;               // jackknife folds (training only)
  static constexpr int kBuckets = 6;

  struct Vote {
    int8_t best = -1;    // class, or -1: no vote (empty model, no letters)
    int8_t second = -1;  // -1 when only one class has examples
    uint8_t bucket = 0;  // margin of best over second, 0 (< 0.05 nats per n-gram) .. kBuckets - 1
  };

  // Training: counts `lower` (a lowercased, normalised word) as an example of
  // class `cls` from fold `fold` (0..kFolds-1), once per (word, class, fold).
  void Add(std::string_view lower, int cls, int fold);
  // The vote for `lower`, leaving out the counts of `exclude_fold` (-1: none;
  // the only value a loaded model accepts, since it keeps no fold counts).
  Vote Score(std::string_view lower, int exclude_fold) const;

  bool empty() const { return rows_ == 0; }
  size_t num_ngrams() const { return rows_; }

  // Serialisation (fold counts are training-only and not written): u32
  // classes (5), 5 x u64 n-gram totals, 5 x u64 word totals, u32 n, then
  // n x (u64 n-gram hash, 5 x u32 counts).
  void AppendTo(std::string* out) const;
  Status ParseFrom(std::string_view data, size_t* pos);

 private:
  using Counts = std::array<uint32_t, kClasses>;
  size_t rows_ = 0;
  FlatIndex index_{0};             // n-gram hash -> row
  std::vector<Counts> counts_;     // per row
  std::vector<Counts> fold_counts_;  // per row x kFolds (training only)
  std::array<uint64_t, kClasses> ngrams_{}, words_{};
  std::vector<std::array<uint64_t, kClasses>> fold_ngrams_, fold_words_;  // per fold (training only)
  std::unordered_set<uint64_t> seen_;  // (word, class, fold) already counted (training only)
};

// The hashes of the character 2-5-grams of "^" + lower + "$" (appended).
void CharNgrams(std::string_view lower, std::vector<uint64_t>* out);

}  // namespace parallax::ner

#endif  // PARALLAX_ANNOTATE_NER_CHAR_MODEL_H_
