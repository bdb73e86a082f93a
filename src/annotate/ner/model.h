// NerModel: everything the tagger needs at run time, and its file format
// (docs/formats/ner-model.md): magic "PLXNER\0\0", format version, the
// lexicon (clusters + caps buckets), the gazetteer, the feature weight table
// (64-bit feature keys -> kNumLabels int16 weights with one float scale), the
// temperature, the outside words (version 3, outside_words.h) and an xxh64
// checksum over everything before it.
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
#include "annotate/ner/weight_table.h"
#include "parallax/status.h"

namespace parallax::ner {

inline constexpr char kModelMagic[8] = {'P', 'L', 'X', 'N', 'E', 'R', 0, 0};
inline constexpr uint32_t kModelVersion = 3;  // 3: outside words; 2: u16 gazetteer list masks (1, 2 still read)
inline constexpr uint32_t kModelFlagRepair = 1;      // argmax + repair decoding (else constrained greedy)
inline constexpr uint32_t kModelFlagStructured = 2;  // beam-trained: beam sums raw scores

// Feature keys and float weights of one stage, as the trainer produces them.
struct StageWeights {
  std::vector<uint64_t> keys;
  std::vector<float> weights;  // keys.size() x kNumLabels
};

class NerModel {
 public:
  // Parses a serialised model; Corruption/Unsupported on any inconsistency.
  static Result<std::unique_ptr<NerModel>> Parse(std::string_view data);
  // Reads and parses a model file.
  static Result<std::unique_ptr<NerModel>> Load(const std::string& path);

  // Serialises resources + one or two stages (stage 2 reads stage 1's output).
  // `temperature` divides scores before the softmax that gives confidences.
  // `flags`: kModelFlagRepair = decode with argmax + repair (decoder.h).
  static std::string Serialize(const Resources& res, const std::vector<StageWeights>& stages,
                               float temperature = 1.f, uint32_t flags = 0);

  const Resources& resources() const { return res_; }
  const std::vector<WeightTable>& stages() const { return stages_; }
  float temperature() const { return temperature_; }
  uint32_t flags() const { return flags_; }
  size_t num_features() const {
    size_t n = 0;
    for (const auto& s : stages_) n += s.size();
    return n;
  }

 private:
  Resources res_;
  std::vector<WeightTable> stages_;
  float temperature_ = 1.f;
  uint32_t flags_ = 0;
};

}  // namespace parallax::ner

#endif  // PARALLAX_ANNOTATE_NER_MODEL_H_
