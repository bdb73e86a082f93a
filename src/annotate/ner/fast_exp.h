// ExpFloats: e^x for a small array of floats, four at a time, for the
// beam's per-history softmax (17 exponentials per distinct history per
// token were ~13 % of the NER stage's instructions as calls to libm's expf).
//
// The approach is the textbook one: x = k ln2 + r with k = round(x / ln2)
// and |r| <= ln2 / 2 (ln2 split into a short high part, exact in k * ln2_hi
// for |k| < 2^11, and a low correction: Cody & Waite), e^r by its Taylor
// series to degree 7 in Horner form (the truncation error, r^8 / 8! <= 5e-9,
// is far below float precision), and 2^k added to the exponent bits. The
// result is within 2 ulp of the correctly rounded value for x in [-87, 88]
// (tests/ner/fast_exp_test.cc compares it with std::exp); x is clamped to
// that range (the beam only passes x <= 0).
//
// The SSE2 path (baseline x86-64, no dispatch) and the scalar path do the
// same float operations in the same order, so the results are the same bits
// on every machine -- unlike libm's expf, whose FMA and non-FMA variants are
// picked at run time. Build without -ffast-math and without FMA contraction
// of these expressions (the default x86-64 target has no FMA).
//
// ExpFloatsAvx2 (below) is the same computation eight at a time for
// CPUs with AVX2 (no FMA: each element sees the same rounded operations in
// the same order, so it gives the same bits as ExpFloats; fast_exp_test.cc
// checks it). ExpFloatsBest picks it at run time when the CPU has AVX2.
#ifndef PARALLAX_ANNOTATE_NER_FAST_EXP_H_
#define PARALLAX_ANNOTATE_NER_FAST_EXP_H_

#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define PARALLAX_FAST_EXP_AVX2 1
#else
#define PARALLAX_FAST_EXP_AVX2 0
#endif

namespace parallax::ner {

namespace fast_exp_internal {

inline constexpr float kLog2e = 1.44269504088896341f;
inline constexpr float kLn2Hi = 0.693359375f;        // 355/512: k * kLn2Hi is exact
inline constexpr float kLn2Lo = -2.12194440054690583e-4f;  // ln2 - kLn2Hi
inline constexpr float kRound = 12582912.f;          // 1.5 * 2^23: x + kRound - kRound rounds to an integer
inline constexpr float kMin = -87.f, kMax = 88.f;
inline constexpr float kC2 = 1.f / 2, kC3 = 1.f / 6, kC4 = 1.f / 24, kC5 = 1.f / 120, kC6 = 1.f / 720,
                       kC7 = 1.f / 5040;

inline float ExpScalar(float x) {
  x = x < kMin ? kMin : x > kMax ? kMax : x;
  const float t = x * kLog2e + kRound;
  const float k = t - kRound;
  float r = x - k * kLn2Hi;
  r = r - k * kLn2Lo;
  float p = kC7;
  p = p * r + kC6;
  p = p * r + kC5;
  p = p * r + kC4;
  p = p * r + kC3;
  p = p * r + kC2;
  const float y = (p * (r * r) + r) + 1.f;
  int32_t ki, bits;
  std::memcpy(&ki, &t, 4);
  ki -= 0x4B400000;  // the integer k from the low mantissa bits of t
  std::memcpy(&bits, &y, 4);
  bits += static_cast<int32_t>(static_cast<uint32_t>(ki) << 23);
  float out;
  std::memcpy(&out, &bits, 4);
  return out;
}

#if defined(__SSE2__)
inline __m128 Exp4(__m128 x) {
  x = _mm_min_ps(_mm_max_ps(x, _mm_set1_ps(kMin)), _mm_set1_ps(kMax));
  const __m128 round = _mm_set1_ps(kRound);
  const __m128 t = _mm_add_ps(_mm_mul_ps(x, _mm_set1_ps(kLog2e)), round);
  const __m128 k = _mm_sub_ps(t, round);
  __m128 r = _mm_sub_ps(x, _mm_mul_ps(k, _mm_set1_ps(kLn2Hi)));
  r = _mm_sub_ps(r, _mm_mul_ps(k, _mm_set1_ps(kLn2Lo)));
  __m128 p = _mm_set1_ps(kC7);
  p = _mm_add_ps(_mm_mul_ps(p, r), _mm_set1_ps(kC6));
  p = _mm_add_ps(_mm_mul_ps(p, r), _mm_set1_ps(kC5));
  p = _mm_add_ps(_mm_mul_ps(p, r), _mm_set1_ps(kC4));
  p = _mm_add_ps(_mm_mul_ps(p, r), _mm_set1_ps(kC3));
  p = _mm_add_ps(_mm_mul_ps(p, r), _mm_set1_ps(kC2));
  const __m128 y = _mm_add_ps(_mm_add_ps(_mm_mul_ps(p, _mm_mul_ps(r, r)), r), _mm_set1_ps(1.f));
  const __m128i ki = _mm_sub_epi32(_mm_castps_si128(t), _mm_set1_epi32(0x4B400000));
  return _mm_castsi128_ps(_mm_add_epi32(_mm_castps_si128(y), _mm_slli_epi32(ki, 23)));
}
#endif

}  // namespace fast_exp_internal

// e^x (see above), the same bits as ExpFloats gives for x.
inline float FastExp(float x) { return fast_exp_internal::ExpScalar(x); }

// out[i] = FastExp(in[i]) for i < n; in and out may be the same array.
inline void ExpFloats(const float* in, size_t n, float* out) {
  size_t i = 0;
#if defined(__SSE2__)
  for (; i + 4 <= n; i += 4) _mm_storeu_ps(out + i, fast_exp_internal::Exp4(_mm_loadu_ps(in + i)));
#endif
  for (; i < n; ++i) out[i] = fast_exp_internal::ExpScalar(in[i]);
}

// ExpFloats eight at a time; only to be called when HaveAvx2Exp(). The AVX2
// path runs Exp4's operations on eight floats at once. No FMA (the AVX2
// target does not enable it), so every element goes through the same rounded
// multiplies and adds as in the SSE2 and scalar paths and the result has the
// same bits; only the number of instructions per array changes (17 floats:
// two eight-wide steps and one scalar instead of four four-wide steps and one
// scalar). Inline, so that a caller built for AVX2 (the tagger's AVX2
// Decode) inlines it; other callers call it.
#if PARALLAX_FAST_EXP_AVX2
namespace fast_exp_internal {
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
}  // namespace fast_exp_internal

__attribute__((target("avx2"))) inline void ExpFloatsAvx2(const float* in, size_t n, float* out) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) _mm256_storeu_ps(out + i, fast_exp_internal::Exp8(_mm256_loadu_ps(in + i)));
  for (; i < n; ++i) out[i] = fast_exp_internal::ExpScalar(in[i]);
}
#else
void ExpFloatsAvx2(const float* in, size_t n, float* out);  // = ExpFloats
#endif
// True when the CPU supports AVX2 (checked once).
bool HaveAvx2Exp();

namespace fast_exp_internal {
inline const bool kUseAvx2 = HaveAvx2Exp();
}  // namespace fast_exp_internal

// ExpFloats, eight at a time on AVX2 CPUs: the same bits either way.
inline void ExpFloatsBest(const float* in, size_t n, float* out) {
  if (fast_exp_internal::kUseAvx2) {
    ExpFloatsAvx2(in, n, out);
  } else {
    ExpFloats(in, n, out);
  }
}

}  // namespace parallax::ner

#endif  // PARALLAX_ANNOTATE_NER_FAST_EXP_H_
