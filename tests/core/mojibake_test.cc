#include "core/mojibake.h"

#include <string>

#include <gtest/gtest.h>

namespace parallax::core {
namespace {

std::string Repaired(std::string s, int* restored = nullptr) {
  const int n = RepairMojibake(&s);
  if (restored) *restored = n;
  return s;
}

TEST(MojibakeTest, UndoesOneRoundTrip) {
  int n = 0;
  EXPECT_EQ(Repaired("Obamaâ€™s offer", &n), "Obama’s offer");
  EXPECT_EQ(n, 1);
  EXPECT_EQ(Repaired("cafÃ© and naÃ¯ve"), "café and naïve");
  EXPECT_EQ(Repaired("a 3Â°C rise"), "a 3°C rise");
}

TEST(MojibakeTest, UndoesTwoRoundTrips) {
  int n = 0;
  EXPECT_EQ(Repaired("DonÃ¢â‚¬â„¢t", &n), "Don’t");
  EXPECT_EQ(n, 4);  // the outer trip hid three characters ("â€™"), the inner one "’"
}

TEST(MojibakeTest, ByteUndefinedInWindows1252ComesThroughAsC1) {
  // ” is E2 80 9D; 0x9D has no windows-1252 character and reads as U+009D.
  EXPECT_EQ(Repaired("â€œDear family,â€\xC2\x9D begins"), "“Dear family,” begins");
  // Twice: the first pass restores "â€" + U+009D, the second the quote mark.
  EXPECT_EQ(Repaired("act of terrorismÃ¢â‚¬Â\xC2\x9D"), "act of terrorism”");
}

TEST(MojibakeTest, LeavesLegitimateTextAlone) {
  for (const char* s : {"café", "¿Qué pasa?", "Æsir", "Don’t", "naïve — “quoted”", "Ã", "Ã©",
                        "Zürich, São Paulo, Kraków", "x Ã", "â€", "plain ASCII"}) {
    int n = -1;
    const std::string out = Repaired(s, &n);
    if (std::string(s) == "Ã©") {
      EXPECT_EQ(out, "é");  // the one shape that is only ever mojibake
      continue;
    }
    EXPECT_EQ(out, s);
    EXPECT_EQ(n, 0) << s;
  }
}

TEST(MojibakeTest, ContinuationBytesFromEitherCodePage) {
  EXPECT_EQ(Repaired("Ã€ la carte"), "À la carte");   // 0x80 read as windows-1252 "€"
  EXPECT_EQ(Repaired("Ã\xC2\x80 la carte"), "À la carte");  // 0x80 read as Latin-1 U+0080
}

TEST(MojibakeTest, NeverMakesControlCharactersOrInvalidSequences) {
  EXPECT_EQ(Repaired("Â\xC2\x80"), "Â\xC2\x80");         // would decode to U+0080
  EXPECT_EQ(Repaired("à€€"), "à€€");                       // E0 80 80 is an overlong NUL
  EXPECT_EQ(Repaired("í\xC2\xA0\xC2\x80"), "í\xC2\xA0\xC2\x80");  // ED A0 80 is a surrogate
}

}  // namespace
}  // namespace parallax::core
