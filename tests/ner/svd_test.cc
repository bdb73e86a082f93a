#include "tools/ner_svd.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

namespace parallax::tools {
namespace {

// A rows x cols matrix of known rank 3 (singular values 9, 4, 1, with
// orthonormal factors): the SVD returns those singular values and, with
// scale power 0, left singular vectors of unit length, orthogonal.
TEST(TruncatedSvdTest, RecoversALowRankMatrix) {
  const size_t rows = 60, cols = 40, rank = 3;
  std::mt19937 rng(3);
  std::normal_distribution<double> g(0, 1);
  auto orthonormal = [&](size_t n) {
    std::vector<std::vector<double>> q;
    while (q.size() < rank) {
      std::vector<double> v(n);
      for (double& x : v) x = g(rng);
      for (const auto& u : q) {
        double d = 0;
        for (size_t i = 0; i < n; ++i) d += u[i] * v[i];
        for (size_t i = 0; i < n; ++i) v[i] -= d * u[i];
      }
      double norm = 0;
      for (double x : v) norm += x * x;
      for (double& x : v) x /= std::sqrt(norm);
      q.push_back(v);
    }
    return q;
  };
  const auto u = orthonormal(rows), v = orthonormal(cols);
  const double sigma[rank] = {9, 4, 1};
  std::vector<float> a(rows * cols, 0.f);
  for (size_t r = 0; r < rows; ++r)
    for (size_t c = 0; c < cols; ++c) {
      double x = 0;
      for (size_t k = 0; k < rank; ++k) x += sigma[k] * u[k][r] * v[k][c];
      a[r * cols + c] = static_cast<float>(x);
    }
  std::vector<double> s;
  const size_t k = 2;
  std::vector<float> out = TruncatedSvd(a, rows, cols, k, 2, 0.0, 1, &s);
  ASSERT_EQ(out.size(), rows * k);
  ASSERT_EQ(s.size(), k);
  EXPECT_NEAR(s[0], 9, 1e-3);
  EXPECT_NEAR(s[1], 4, 1e-3);
  // Column j is +-u[j].
  for (size_t j = 0; j < k; ++j) {
    double dot = 0;
    for (size_t r = 0; r < rows; ++r) dot += out[r * k + j] * u[j][r];
    EXPECT_NEAR(std::fabs(dot), 1.0, 1e-4) << j;
  }
  // Scale power 1 multiplies each column by its singular value.
  std::vector<float> scaled = TruncatedSvd(a, rows, cols, k, 2, 1.0, 1, nullptr);
  for (size_t r = 0; r < rows; ++r) {
    EXPECT_NEAR(std::fabs(scaled[r * k]), 9 * std::fabs(out[r * k]), 1e-3);
    EXPECT_NEAR(std::fabs(scaled[r * k + 1]), 4 * std::fabs(out[r * k + 1]), 1e-3);
  }
}

}  // namespace
}  // namespace parallax::tools
