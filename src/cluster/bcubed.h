// BCubed precision, recall and F1 of a clustering against a gold clustering
// (Bagga & Baldwin 1998; Amigo et al. 2009).
//
// For every item i with gold cluster G(i) and predicted cluster P(i):
//   precision(i) = |G(i) ∩ P(i)| / |P(i)|,  recall(i) = |G(i) ∩ P(i)| / |G(i)|,
// averaged over the gold items; F1 is the harmonic mean of the averages.
// Items are the keys of `gold`. A gold item missing from `predicted` counts as
// a singleton; predicted items absent from gold are ignored (reported in
// `unmatched`). Pure function, thread-safe.
#ifndef PARALLAX_CLUSTER_BCUBED_H_
#define PARALLAX_CLUSTER_BCUBED_H_

#include <cstddef>
#include <map>
#include <string>

#include "parallax/status.h"

namespace parallax::cluster {

struct BCubedScore {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
  size_t items = 0;
  size_t gold_clusters = 0;
  size_t predicted_clusters = 0;  // over gold items
  size_t missing = 0;             // gold items without a prediction
  size_t unmatched = 0;           // predicted items without gold
};

// item -> cluster label. Fails with InvalidArgument when gold is empty.
Result<BCubedScore> ScoreBCubed(const std::map<std::string, std::string>& gold,
                                const std::map<std::string, std::string>& predicted);

// Reads "<item>\t<cluster>" lines ('#' comments and blank lines skipped).
Result<std::map<std::string, std::string>> ReadClusterTsv(const std::string& path);

}  // namespace parallax::cluster

#endif  // PARALLAX_CLUSTER_BCUBED_H_
