// ExpFloats' run-time choice of the AVX2 path (fast_exp.h), and its fallback
// where there is none.
#include "annotate/ner/fast_exp.h"


namespace parallax::ner {

#if PARALLAX_FAST_EXP_AVX2

bool HaveAvx2Exp() {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2");
}

#else

void ExpFloatsAvx2(const float* in, size_t n, float* out) { ExpFloats(in, n, out); }
bool HaveAvx2Exp() { return false; }

#endif

}  // namespace parallax::ner
