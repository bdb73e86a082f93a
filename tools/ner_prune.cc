// parallax-train ner-prune: drops the weight rows of a trained NER model that
// barely move its decisions, and writes the smaller model.
//
// The tagger only ever compares labels: the beam scores softmax(scores / T),
// which is unchanged when a constant is added to every label's score. A
// feature's effect on any decision is therefore bounded by its row's spread,
// max(w) - min(w), not by its largest |w|: a row of equal weights changes
// nothing, however large. Rows whose spread (in the file's int16 units, one
// unit = max |w| / 32767) is below --min-spread are dropped; the others are
// written back bit for bit (same scale, same int16 values), together with the
// model's lexicon, gazetteer, temperature and flags. A missing key costs the
// scorer one index probe and no row load, and the table's index and rows
// shrink with the rows kept, so the pruned model is smaller, loads faster
// and scores with fewer cache misses; whether it is as accurate is measured
// (docs/ner.md, "Session 9").

#include <fmt/core.h>

#include "annotate/ner/model.h"
#include "tools/ner_tools.h"

namespace parallax::tools {

namespace {

ner::StageWeights PruneStage(const ner::WeightTable& table, int32_t min_spread) {
  std::vector<uint64_t> keys;
  std::vector<float> weights;
  table.Export(&keys, &weights);
  ner::StageWeights out;
  for (size_t r = 0; r < keys.size(); ++r) {
    if (table.RowSpread(r) < min_spread) continue;
    out.keys.push_back(keys[r]);
    const float* w = &weights[r * ner::kNumLabels];
    out.weights.insert(out.weights.end(), w, w + ner::kNumLabels);
  }
  fmt::print(stderr, "keeping {} of {} features (spread >= {})\n", out.keys.size(), keys.size(), min_spread);
  return out;
}

}  // namespace

Status PruneNer(const NerPruneOptions& opt) {
  auto model = ner::NerModel::Load(opt.input);
  if (!model.ok()) return model.status();
  std::vector<ner::StageWeights> stages;
  for (const ner::WeightTable& t : (*model)->stages()) stages.push_back(PruneStage(t, opt.min_spread));
  std::string bytes =
      ner::NerModel::Serialize((*model)->resources(), stages, (*model)->temperature(), (*model)->flags());
  return WriteModelFile(opt.output, bytes);
}

}  // namespace parallax::tools
