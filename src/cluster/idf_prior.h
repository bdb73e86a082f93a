// Background document frequencies: an IDF prior for the streaming clusterer.
//
// A stream's own document frequencies are meaningless for its first
// articles: in a stream that opens with three Kerry-in-China stories,
// "kerry", "china" and "climate" look rare and dominate every vector. An
// IdfPrior holds document frequencies counted once over a large unlabeled
// news corpus (tools: `parallax-train idf`); the clusterer blends them with
// the stream's counts as pseudo-documents (ClusterOptions::background_docs),
// so common news words are weak from the first article on.
//
// File format: docs/formats/idf_prior.md (magic "PXIDF\0\0\1", version 1).
// Terms are identified by HashTerm() of the clusterer's normalized spelling,
// so a prior only matches the feature extraction it was built with (the
// version is bumped when text_features.cc changes normalization).
//
// Thread safety: immutable after construction; share it freely (shared_ptr).
#ifndef PARALLAX_CLUSTER_IDF_PRIOR_H_
#define PARALLAX_CLUSTER_IDF_PRIOR_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cluster/term_table.h"
#include "parallax/status.h"

namespace parallax::cluster {

class IdfPrior {
 public:
  // Parses a model file's bytes. Errors: Corruption on a bad magic, version,
  // size, unsorted terms or a df larger than the document count.
  static Result<std::shared_ptr<const IdfPrior>> Parse(std::string_view bytes);
  // Reads and parses a file. Errors: IOError, or those of Parse().
  static Result<std::shared_ptr<const IdfPrior>> Load(const std::string& path);
  // Serializes counts (`df` need not be sorted; duplicates are summed).
  static std::string Encode(uint64_t documents, std::vector<std::pair<uint64_t, uint32_t>> df);

  // df(term) / documents(); 0 for terms absent from the table (rare words).
  double Fraction(uint64_t term) const;
  // Hints that Fraction(term) will be asked soon (lets many lookups overlap).
  void Prefetch(uint64_t term) const { df_.Prefetch(term); }
  uint64_t documents() const { return documents_; }
  size_t size() const { return df_.size(); }

 private:
  IdfPrior() = default;
  uint64_t documents_ = 0;
  TermTable<uint32_t> df_;  // term -> document frequency
};

// Where the default prior lives: $PARALLAX_MODELS/idf-news-en.bin when
// PARALLAX_MODELS is set, else the source tree's models/, else a models/
// directory next to (or above) the running binary. NotFound otherwise.
Result<std::string> DefaultIdfPriorPath();

}  // namespace parallax::cluster

#endif  // PARALLAX_CLUSTER_IDF_PRIOR_H_
