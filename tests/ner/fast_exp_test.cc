#include "annotate/ner/fast_exp.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

namespace parallax::ner {
namespace {

int32_t Bits(float x) {
  int32_t b;
  std::memcpy(&b, &x, 4);
  return b;
}

// Every 997th float of [-87, 88] (~2.2M values, both signs): FastExp is within
// 2 ulp of std::exp, and the four-wide path gives the same bits as the
// scalar one (the decoder's results must not depend on the array length).
TEST(FastExpTest, WithinTwoUlpOfLibmAndVectorEqualsScalar) {
  std::vector<float> in, out;
  int32_t worst = 0;
  for (float sign : {-1.f, 1.f}) {
    const float limit = sign < 0 ? 87.f : 88.f;
    for (int32_t b = 0; b <= Bits(limit); b += 997) {
      float mag;
      std::memcpy(&mag, &b, 4);
      in.push_back(sign * mag);
      if (in.size() < 4096 && b + 997 <= Bits(limit)) continue;
      out.resize(in.size());
      ExpFloats(in.data(), in.size(), out.data());
      for (size_t i = 0; i < in.size(); ++i) {
        ASSERT_EQ(Bits(out[i]), Bits(FastExp(in[i]))) << in[i];
        const int32_t d = std::abs(Bits(out[i]) - Bits(std::exp(in[i])));
        worst = std::max(worst, d);
        ASSERT_LE(d, 2) << "x = " << in[i] << ": " << out[i] << " vs " << std::exp(in[i]);
      }
      in.clear();
    }
  }
  RecordProperty("worst_ulp", worst);
}

// The AVX2 path (when the CPU has it) gives the same bits as the portable
// one for every array length the decoder could pass and for inputs far
// outside the clamped range.
TEST(FastExpTest, WidePathEqualsPortablePath) {
  std::vector<float> in;
  for (int32_t b = 0; b <= Bits(100.f); b += 7919) {
    float mag;
    std::memcpy(&mag, &b, 4);
    in.push_back(mag);
    in.push_back(-mag);
  }
  in.push_back(-1e30f);
  in.push_back(1e30f);
  std::vector<float> a(in.size()), b(in.size());
  ExpFloats(in.data(), in.size(), a.data());
  if (HaveAvx2Exp()) ExpFloatsAvx2(in.data(), in.size(), b.data());
  else ExpFloatsBest(in.data(), in.size(), b.data());
  for (size_t i = 0; i < in.size(); ++i) ASSERT_EQ(Bits(a[i]), Bits(b[i])) << in[i];
  for (size_t n = 0; n <= 24; ++n) {  // every tail length of the eight- and four-wide loops
    ExpFloats(in.data() + 1000, n, a.data());
    ExpFloatsBest(in.data() + 1000, n, b.data());
    for (size_t i = 0; i < n; ++i) ASSERT_EQ(Bits(a[i]), Bits(b[i])) << n << " " << i;
  }
}

TEST(FastExpTest, ExactPointsAndClamping) {
  EXPECT_EQ(FastExp(0.f), 1.f);
  EXPECT_NEAR(FastExp(1.f), 2.7182818f, 1e-6f);
  EXPECT_NEAR(FastExp(-4.f), 0.018315639f, 1e-9f);
  EXPECT_GT(FastExp(-1000.f), 0.f);  // clamped to e^-87, still a normal float
  EXPECT_LT(FastExp(-1000.f), 2e-38f);
  EXPECT_TRUE(std::isfinite(FastExp(1000.f)));
}

}  // namespace
}  // namespace parallax::ner
