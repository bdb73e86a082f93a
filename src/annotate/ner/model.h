// NerModel: everything the tagger needs at run time, and its file format
// (docs/formats/ner-model.md): magic "PLXNER\0\0", format version, the
// lexicon (clusters + caps buckets), the gazetteer, the feature weight table
// (64-bit feature keys -> kNumLabels int16 weights with one float scale), and
// an xxh64 checksum over everything before it.
//
// Thread safety: a loaded NerModel is immutable; Score() is const and may be
// called from any number of threads.
#ifndef PARALLAX_ANNOTATE_NER_MODEL_H_
#define PARALLAX_ANNOTATE_NER_MODEL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/ner/features.h"
#include "annotate/ner/flat_index.h"
#include "annotate/ner/labels.h"
#include "parallax/status.h"

namespace parallax::ner {

inline constexpr char kModelMagic[8] = {'P', 'L', 'X', 'N', 'E', 'R', 0, 0};
inline constexpr uint32_t kModelVersion = 1;

class NerModel {
 public:
  // Parses a serialised model; Corruption/Unsupported on any inconsistency.
  static Result<std::unique_ptr<NerModel>> Parse(std::string_view data);
  // Reads and parses a model file.
  static Result<std::unique_ptr<NerModel>> Load(const std::string& path);

  // Serialises resources + weights (float, row-major n x kNumLabels) keyed by
  // `keys`. Weights are quantised to int16 with a shared scale.
  static std::string Serialize(const Resources& res, const std::vector<uint64_t>& keys,
                               const std::vector<float>& weights);

  // Adds the weights of features keys[0..n) into scores[kNumLabels].
  void Score(const uint64_t* keys, size_t n, float* scores) const {
    int32_t acc[kNumLabels] = {};
    for (size_t f = 0; f < n; ++f) {
      uint32_t row = index_.Find(keys[f]);
      if (row == FlatIndex::kMissing) continue;
      const int16_t* w = &weights_[static_cast<size_t>(row) * kNumLabels];
      for (int l = 0; l < kNumLabels; ++l) acc[l] += w[l];
    }
    for (int l = 0; l < kNumLabels; ++l) scores[l] = acc[l] * scale_;
  }

  const Resources& resources() const { return res_; }
  size_t num_features() const { return weights_.size() / kNumLabels; }

 private:
  Resources res_;
  FlatIndex index_;
  std::vector<int16_t> weights_;
  float scale_ = 1.f;
};

}  // namespace parallax::ner

#endif  // PARALLAX_ANNOTATE_NER_MODEL_H_
