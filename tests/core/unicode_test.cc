#include "core/unicode.h"

#include <gtest/gtest.h>

namespace parallax::core {
namespace {

TEST(Utf8Test, ValidatesWellFormedText) {
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80"));
}

TEST(Utf8Test, RejectsMalformedSequences) {
  EXPECT_FALSE(IsValidUtf8("\xC3"));               // truncated
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));           // overlong
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));       // surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));   // > U+10FFFF
  EXPECT_EQ(FirstInvalidUtf8("ab\xFF" "cd"), 2u);
}

TEST(Utf8Test, RepairReplacesEachBadByte) {
  EXPECT_EQ(RepairUtf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
}

TEST(Utf8Test, DecodeAndAppendRoundTrip) {
  std::string s = "\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80";
  size_t pos = 0;
  std::string out;
  while (pos < s.size()) AppendUtf8(DecodeUtf8(s, &pos), &out);
  EXPECT_EQ(out, s);
}

TEST(NfcTest, ComposesCombiningMarks) {
  // "e" + COMBINING ACUTE -> U+00E9
  EXPECT_EQ(NormalizeNfc("caf" "e\xCC\x81"), "caf\xC3\xA9");
  EXPECT_EQ(NormalizeNfc("already ascii"), "already ascii");
}

TEST(CharClassTest, KnowsNonBreakingSpaceAndUppercase) {
  EXPECT_TRUE(IsSpace(0x00A0));
  EXPECT_TRUE(IsUpper(U'\u00C9'));
  EXPECT_FALSE(IsUpper(U'e'));
}

}  // namespace
}  // namespace parallax::core
