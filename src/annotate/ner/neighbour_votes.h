// NeighbourVotes: for each word of the news vocabulary, which entity type its
// distributional neighbours have in the training data -- a type prior for
// names the tagger has never seen, from words it has.
//
// Built by the trainer (tools/ner_train.cc, `--embeddings`): every word of a
// word-embedding table (`parallax-train ner-embed`: PPMI + SVD of neighbour
// counts in allsides-news) finds its nearest capitalised train words (cosine,
// itself excluded); their gold classes (O or PER/ORG/LOC/MISC, as shares of
// their capitalised train occurrences), weighted by similarity, vote. The
// vote keeps the best class, the runner-up and a bucket of the best class's
// share of the vote. As with the gazetteer, training documents see votes
// computed without their own jackknife fold's labels, so the tagger learns
// how far a vote can be trusted on words whose labels it has not seen.
//
// Stored in the model file from version 4 (docs/formats/ner-model.md); a
// model without it has no votes.
//
// Thread safety: Find is const and safe to call concurrently.
#ifndef PARALLAX_ANNOTATE_NER_NEIGHBOUR_VOTES_H_
#define PARALLAX_ANNOTATE_NER_NEIGHBOUR_VOTES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/ner/char_model.h"
#include "annotate/ner/flat_index.h"
#include "parallax/status.h"

namespace parallax::ner {

class NeighbourVotes {
 public:
  using Vote = CharModel::Vote;
  static constexpr int kFolds = CharModel::kFolds;
  static constexpr int kBuckets = 6;  // best share < 0.4, 0.55, 0.7, 0.85, 0.95, >= 0.95
  static uint8_t Bucket(double share);

  // `word` as in the embedding table (case kept, digits folded: ClusterKey);
  // `folds` (training only, kFolds entries or empty) are the votes without
  // each fold's labels.
  void Add(std::string_view word, const Vote& all, const std::vector<Vote>& folds);
  // The vote for a token's ClusterKey: the exact form, else its Titlecase,
  // else its lowercase form (as Lexicon::FindClusters); best = -1 when none.
  // exclude_fold >= 0 (training only) gives the vote without that fold.
  Vote Find(std::string_view cluster_key, int exclude_fold) const;

  bool empty() const { return votes_.empty(); }
  size_t size() const { return votes_.size(); }

  // u32 n, then n x (u64 hash of the word, i8 best, i8 second, u8 bucket).
  void AppendTo(std::string* out) const;
  Status ParseFrom(std::string_view data, size_t* pos);

 private:
  uint32_t FindRow(std::string_view key) const;
  FlatIndex index_{0};
  std::vector<Vote> votes_;
  std::vector<Vote> fold_votes_;  // votes_.size() x kFolds, training only
};

}  // namespace parallax::ner

#endif  // PARALLAX_ANNOTATE_NER_NEIGHBOUR_VOTES_H_
