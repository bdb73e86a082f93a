// Truncated SVD of a dense, mostly zero matrix by randomized range finding
// (Halko, Martinsson & Tropp 2011, "Finding structure with randomness"). Used
// by `parallax-train ner-clusters --svd`: word vectors from the leading left
// singular vectors of the PPMI matrix instead of a random projection.
#ifndef PARALLAX_TOOLS_NER_SVD_H_
#define PARALLAX_TOOLS_NER_SVD_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace parallax::tools {

// The k leading left singular vectors of the row-major rows x cols matrix
// `a`, each scaled by its singular value to the power `scale_power` (0.5:
// the symmetric split of Levy, Goldberg & Dagan 2015), as a row-major rows x k
// matrix; `singular` (optional) receives the k singular values, largest
// first. `power_iters` subspace iterations sharpen the range (2 suffice for
// PPMI matrices). Zero entries of `a` are skipped, so the cost is
// O(nonzeros x (k + 16) x (2 power_iters + 2)). Deterministic for a seed.
// Requires k + 16 <= min(rows, cols).
std::vector<float> TruncatedSvd(const std::vector<float>& a, size_t rows, size_t cols, size_t k, int power_iters,
                                double scale_power, uint32_t seed, std::vector<double>* singular = nullptr);

}  // namespace parallax::tools

#endif  // PARALLAX_TOOLS_NER_SVD_H_
