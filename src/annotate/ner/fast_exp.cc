// The AVX2 build of ExpFloats (see fast_exp.h): Exp4's operations on eight
// floats at once. No FMA (the AVX2 target does not enable it, and this file
// is compiled with -ffp-contract=off), so every element goes through the
// same rounded multiplies and adds as in the SSE2 and scalar paths and the
// result has the same bits; only the number of instructions per array
// changes (17 floats: two eight-wide steps and one scalar instead of four
// four-wide steps and one scalar).
#include "annotate/ner/fast_exp.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define PARALLAX_FAST_EXP_AVX2 1
#endif

namespace parallax::ner {

#if defined(PARALLAX_FAST_EXP_AVX2)

namespace {

using namespace fast_exp_internal;

__attribute__((target("avx2"))) inline __m256 Exp8(__m256 x) {
  x = _mm256_min_ps(_mm256_max_ps(x, _mm256_set1_ps(kMin)), _mm256_set1_ps(kMax));
  const __m256 round = _mm256_set1_ps(kRound);
  const __m256 t = _mm256_add_ps(_mm256_mul_ps(x, _mm256_set1_ps(kLog2e)), round);
  const __m256 k = _mm256_sub_ps(t, round);
  __m256 r = _mm256_sub_ps(x, _mm256_mul_ps(k, _mm256_set1_ps(kLn2Hi)));
  r = _mm256_sub_ps(r, _mm256_mul_ps(k, _mm256_set1_ps(kLn2Lo)));
  __m256 p = _mm256_set1_ps(kC7);
  p = _mm256_add_ps(_mm256_mul_ps(p, r), _mm256_set1_ps(kC6));
  p = _mm256_add_ps(_mm256_mul_ps(p, r), _mm256_set1_ps(kC5));
  p = _mm256_add_ps(_mm256_mul_ps(p, r), _mm256_set1_ps(kC4));
  p = _mm256_add_ps(_mm256_mul_ps(p, r), _mm256_set1_ps(kC3));
  p = _mm256_add_ps(_mm256_mul_ps(p, r), _mm256_set1_ps(kC2));
  const __m256 y = _mm256_add_ps(_mm256_add_ps(_mm256_mul_ps(p, _mm256_mul_ps(r, r)), r), _mm256_set1_ps(1.f));
  const __m256i ki = _mm256_sub_epi32(_mm256_castps_si256(t), _mm256_set1_epi32(0x4B400000));
  return _mm256_castsi256_ps(_mm256_add_epi32(_mm256_castps_si256(y), _mm256_slli_epi32(ki, 23)));
}

}  // namespace

__attribute__((target("avx2"))) void ExpFloatsAvx2(const float* in, size_t n, float* out) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) _mm256_storeu_ps(out + i, Exp8(_mm256_loadu_ps(in + i)));
  for (; i < n; ++i) out[i] = ExpScalar(in[i]);
}

bool HaveAvx2Exp() {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2");
}

#else

void ExpFloatsAvx2(const float* in, size_t n, float* out) { ExpFloats(in, n, out); }
bool HaveAvx2Exp() { return false; }

#endif

}  // namespace parallax::ner
