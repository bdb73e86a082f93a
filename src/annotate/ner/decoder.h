// Greedy left-to-right BILOU decoding, shared by the tagger and the trainer.
//
// For each token, features are extracted with the two previous decisions and
// the document history, scored, and a label is chosen by `choose`, which the
// tagger implements as "best label allowed after the previous one" and the
// trainer as "predict, compare with gold, update the weights". Greedy
// decoding with rich history features is what Ratinov & Roth (2009) found as
// accurate as Viterbi for NER, at a fraction of the cost, and it is what lets
// history features see the labels of everything to the left.
#ifndef PARALLAX_ANNOTATE_NER_DECODER_H_
#define PARALLAX_ANNOTATE_NER_DECODER_H_

#include <vector>

#include "annotate/ner/features.h"
#include "annotate/ner/labels.h"

namespace parallax::ner {

// score(keys, n, scores[kNumLabels]); choose(sentence, token, keys, n, scores,
// prev_label) -> label. Writes one label per token into labels (same shape as doc).
template <typename ScoreFn, typename ChooseFn>
void DecodeDocument(const std::vector<std::vector<TokenInfo>>& doc, FeatureContext* ctx, ScoreFn&& score,
                    ChooseFn&& choose, std::vector<std::vector<int>>* labels) {
  ctx->Reset();
  labels->assign(doc.size(), {});
  uint64_t keys[FeatureContext::kMaxFeatures];
  float scores[kNumLabels];
  for (size_t s = 0; s < doc.size(); ++s) {
    const auto& sent = doc[s];
    auto& out = (*labels)[s];
    out.assign(sent.size(), 0);
    int prev1 = -1, prev2 = -1;
    for (size_t i = 0; i < sent.size(); ++i) {
      size_t n = ctx->Extract(sent, i, prev1, prev2, keys);
      for (float& x : scores) x = 0.f;
      score(keys, n, scores);
      int label = choose(s, i, keys, n, scores, prev1);
      out[i] = label;
      ctx->Record(sent[i], label);
      prev2 = prev1;
      prev1 = label;
    }
  }
}

// Best label in scores that may follow prev and, at the last token of a
// sentence, may end it.
inline int BestValidLabel(const float* scores, int prev, bool last) {
  int best = 0;
  float best_score = -1e30f;
  for (int l = 0; l < kNumLabels; ++l) {
    if (!ValidTransition(prev, l)) continue;
    if (last && !ValidTransition(l, -1)) continue;
    if (scores[l] > best_score) {
      best_score = scores[l];
      best = l;
    }
  }
  return best;
}

}  // namespace parallax::ner

#endif  // PARALLAX_ANNOTATE_NER_DECODER_H_
