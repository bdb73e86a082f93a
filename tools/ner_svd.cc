// Randomized truncated SVD (ner_svd.h). Work matrices are row-major doubles:
// Y (rows x l) and Z (cols x l), l = k + 16 oversampled columns. Columns are
// orthonormalised by Cholesky QR applied twice (CholeskyQR2: the second pass
// repairs the orthogonality the first loses on ill-conditioned input), and
// the small l x l eigenproblem is solved by cyclic Jacobi rotations.
#include "tools/ner_svd.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace parallax::tools {

namespace {

// out (rows x l) = a (rows x cols) * b (cols x l), skipping zeros of a.
void MulAB(const std::vector<float>& a, size_t rows, size_t cols, const std::vector<double>& b, size_t l,
           std::vector<double>* out) {
  out->assign(rows * l, 0.0);
  for (size_t r = 0; r < rows; ++r) {
    const float* ar = &a[r * cols];
    double* o = &(*out)[r * l];
    for (size_t c = 0; c < cols; ++c) {
      if (ar[c] == 0.f) continue;
      const double x = ar[c];
      const double* bc = &b[c * l];
      for (size_t j = 0; j < l; ++j) o[j] += x * bc[j];
    }
  }
}

// out (cols x l) = a^T (cols x rows) * y (rows x l), skipping zeros of a.
void MulAtY(const std::vector<float>& a, size_t rows, size_t cols, const std::vector<double>& y, size_t l,
            std::vector<double>* out) {
  out->assign(cols * l, 0.0);
  for (size_t r = 0; r < rows; ++r) {
    const float* ar = &a[r * cols];
    const double* yr = &y[r * l];
    for (size_t c = 0; c < cols; ++c) {
      if (ar[c] == 0.f) continue;
      const double x = ar[c];
      double* o = &(*out)[c * l];
      for (size_t j = 0; j < l; ++j) o[j] += x * yr[j];
    }
  }
}

// One Cholesky QR pass on the n x l row-major m: m <- m R^-1 with
// m^T m = R^T R. A column whose pivot vanishes (rank deficiency) is zeroed.
void CholeskyQrPass(std::vector<double>* m, size_t n, size_t l) {
  std::vector<double> g(l * l, 0.0);
  for (size_t r = 0; r < n; ++r) {
    const double* x = &(*m)[r * l];
    for (size_t i = 0; i < l; ++i)
      for (size_t j = i; j < l; ++j) g[i * l + j] += x[i] * x[j];
  }
  // Upper-triangular R with g = R^T R.
  std::vector<double> rr(l * l, 0.0);
  for (size_t i = 0; i < l; ++i) {
    double d = g[i * l + i];
    for (size_t k = 0; k < i; ++k) d -= rr[k * l + i] * rr[k * l + i];
    if (d <= 1e-12 * (g[i * l + i] + 1e-300)) continue;  // dependent column: row i of R stays 0
    rr[i * l + i] = std::sqrt(d);
    for (size_t j = i + 1; j < l; ++j) {
      double s = g[i * l + j];
      for (size_t k = 0; k < i; ++k) s -= rr[k * l + i] * rr[k * l + j];
      rr[i * l + j] = s / rr[i * l + i];
    }
  }
  // Each row x <- x R^-1 (forward substitution; zero pivots give 0).
  std::vector<double> q(l);
  for (size_t r = 0; r < n; ++r) {
    double* x = &(*m)[r * l];
    for (size_t j = 0; j < l; ++j) {
      if (rr[j * l + j] == 0.0) {
        q[j] = 0.0;
        continue;
      }
      double s = x[j];
      for (size_t k = 0; k < j; ++k) s -= q[k] * rr[k * l + j];
      q[j] = s / rr[j * l + j];
    }
    std::copy(q.begin(), q.end(), x);
  }
}

void Orthonormalise(std::vector<double>* m, size_t n, size_t l) {
  CholeskyQrPass(m, n, l);
  CholeskyQrPass(m, n, l);
}

// Eigen-decomposition of the symmetric l x l matrix s (destroyed) by cyclic
// Jacobi: eigenvalues in *values, eigenvectors as the columns of *vectors.
void JacobiEigen(std::vector<double> s, size_t l, std::vector<double>* values, std::vector<double>* vectors) {
  std::vector<double>& v = *vectors;
  v.assign(l * l, 0.0);
  for (size_t i = 0; i < l; ++i) v[i * l + i] = 1.0;
  for (int sweep = 0; sweep < 60; ++sweep) {
    double off = 0, total = 0;
    for (size_t i = 0; i < l; ++i)
      for (size_t j = 0; j < l; ++j) (i == j ? total : off) += s[i * l + j] * s[i * l + j];
    if (off <= 1e-22 * (total + off)) break;
    for (size_t p = 0; p + 1 < l; ++p) {
      for (size_t q = p + 1; q < l; ++q) {
        const double apq = s[p * l + q];
        if (std::fabs(apq) < 1e-300) continue;
        const double theta = (s[q * l + q] - s[p * l + p]) / (2 * apq);
        const double t = (theta >= 0 ? 1.0 : -1.0) / (std::fabs(theta) + std::sqrt(theta * theta + 1));
        const double c = 1 / std::sqrt(t * t + 1), sn = t * c;
        for (size_t k = 0; k < l; ++k) {  // columns p, q of s
          const double skp = s[k * l + p], skq = s[k * l + q];
          s[k * l + p] = c * skp - sn * skq;
          s[k * l + q] = sn * skp + c * skq;
        }
        for (size_t k = 0; k < l; ++k) {  // rows p, q of s
          const double spk = s[p * l + k], sqk = s[q * l + k];
          s[p * l + k] = c * spk - sn * sqk;
          s[q * l + k] = sn * spk + c * sqk;
        }
        for (size_t k = 0; k < l; ++k) {
          const double vkp = v[k * l + p], vkq = v[k * l + q];
          v[k * l + p] = c * vkp - sn * vkq;
          v[k * l + q] = sn * vkp + c * vkq;
        }
      }
    }
  }
  values->resize(l);
  for (size_t i = 0; i < l; ++i) (*values)[i] = s[i * l + i];
}

}  // namespace

std::vector<float> TruncatedSvd(const std::vector<float>& a, size_t rows, size_t cols, size_t k, int power_iters,
                                double scale_power, uint32_t seed, std::vector<double>* singular) {
  const size_t l = std::min({k + 16, rows, cols});
  std::mt19937_64 rng(0x5D5EED + seed);
  std::normal_distribution<double> gauss(0.0, 1.0);
  std::vector<double> omega(cols * l), y, z;
  for (double& x : omega) x = gauss(rng);
  MulAB(a, rows, cols, omega, l, &y);
  for (int it = 0; it < power_iters; ++it) {
    Orthonormalise(&y, rows, l);
    MulAtY(a, rows, cols, y, l, &z);
    Orthonormalise(&z, cols, l);
    MulAB(a, rows, cols, z, l, &y);
  }
  Orthonormalise(&y, rows, l);  // Q: rows x l, orthonormal columns spanning A's range
  MulAtY(a, rows, cols, y, l, &z);  // Z = A^T Q (cols x l), i.e. B^T with B = Q^T A
  std::vector<double> g(l * l, 0.0);  // B B^T = Z^T Z
  for (size_t c = 0; c < cols; ++c) {
    const double* x = &z[c * l];
    for (size_t i = 0; i < l; ++i)
      for (size_t j = 0; j < l; ++j) g[i * l + j] += x[i] * x[j];
  }
  std::vector<double> values, vectors;
  JacobiEigen(std::move(g), l, &values, &vectors);
  std::vector<size_t> order(l);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t x, size_t w) { return values[x] > values[w]; });
  k = std::min(k, l);
  std::vector<double> scale(k);
  if (singular) singular->resize(k);
  for (size_t j = 0; j < k; ++j) {
    const double sigma = std::sqrt(std::max(0.0, values[order[j]]));
    scale[j] = std::pow(sigma, scale_power);
    if (singular) (*singular)[j] = sigma;
  }
  // U = Q V: row r of the output is (row r of Q) x (leading columns of V), scaled.
  std::vector<float> out(rows * k);
  for (size_t r = 0; r < rows; ++r) {
    const double* q = &y[r * l];
    for (size_t j = 0; j < k; ++j) {
      double s = 0;
      for (size_t i = 0; i < l; ++i) s += q[i] * vectors[i * l + order[j]];
      out[r * k + j] = static_cast<float>(s * scale[j]);
    }
  }
  return out;
}

}  // namespace parallax::tools
