#include "core/unicode.h"
#include "core/ascii.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

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

TEST(Utf8Test, ShortenKeepsWholeCharacters) {
  EXPECT_EQ(ShortenUtf8("short", 10), "short");
  EXPECT_EQ(ShortenUtf8("exactly", 7), "exactly");
  EXPECT_EQ(ShortenUtf8("abcdef", 3), "abc...");
  // "Zürich": byte 2 is inside the two-byte u-umlaut, so the cut falls before it.
  EXPECT_EQ(ShortenUtf8("Z\xC3\xBCrich", 2), "Z...");
  EXPECT_EQ(ShortenUtf8("Z\xC3\xBCrich", 3), "Z\xC3\xBC...");
  EXPECT_TRUE(IsValidUtf8(ShortenUtf8("\xE2\x80\x94\xE2\x80\x94", 4)));
}

// Text NormalizeNfc decides without ICU (ASCII, Latin-1, general
// punctuation) comes out as ICU's NFC makes it: every character below
// U+3000 alone, between letters and before a combining mark.
TEST(NfcTest, AgreesWithIcuCharacterByCharacter) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  ASSERT_TRUE(U_SUCCESS(err));
  auto icu_nfc = [&](const std::string& s) {
    UErrorCode e = U_ZERO_ERROR;
    std::string out;
    nfc->normalize(icu::UnicodeString::fromUTF8(s), e).toUTF8String(out);
    return out;
  };
  for (char32_t cp = 0x80; cp < 0x3000; ++cp) {
    std::string ch;
    AppendUtf8(cp, &ch);
    for (const std::string& s : {ch, "a" + ch + "b \u2019 \u00e9", ch + "\u00e9 e\xCC\x81", "x" + ch + ch}) {
      ASSERT_EQ(NormalizeNfc(s), icu_nfc(s)) << std::hex << static_cast<uint32_t>(cp);
    }
  }
  EXPECT_EQ(NormalizeNfc("\u2000"), "\u2002");  // EN QUAD is not NFC: outside the ranges
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

namespace parallax::core {
namespace {

std::string Collapsed(std::string_view s, bool lower, std::string prefix = "") {
  AppendCollapsed(s, lower, &prefix);
  return prefix;
}

TEST(AsciiTest, AppendCollapsedJoinsWordsWithSingleSpaces) {
  EXPECT_EQ(Collapsed("  Two\n\n words\t\r\fhere \v", false), "Two words here");
  EXPECT_EQ(Collapsed("MiXed Case", true), "mixed case");
  EXPECT_EQ(Collapsed(" \n\t ", false), "");
  EXPECT_EQ(Collapsed("", true), "");
  EXPECT_EQ(Collapsed("x", false), "x");
  EXPECT_EQ(Collapsed("a  b", false, "pre:"), "pre:a b");  // relative to what the output holds
  EXPECT_EQ(Collapsed("  caf\xC3\xA9  AU ", true, "p"), "pcaf\xC3\xA9 au");
}

}  // namespace
}  // namespace parallax::core

namespace parallax::core {
namespace {

TEST(UnicodeTest, NormalizeNfcInPlaceComposesAndKeepsNfcText) {
  std::string s = "Cafe\xCC\x81 owner, nine bytes long+";  // "e" + combining acute
  NormalizeNfcInPlace(&s);
  EXPECT_EQ(s, "Caf\xC3\xA9 owner, nine bytes long+");
  std::string ascii = "Plain ASCII text, longer than eight bytes.";
  NormalizeNfcInPlace(&ascii);
  EXPECT_EQ(ascii, "Plain ASCII text, longer than eight bytes.");
  std::string late = "A long ASCII prefix before the mark: A\xCC\x8A";  // "A" + combining ring
  NormalizeNfcInPlace(&late);
  EXPECT_EQ(late, "A long ASCII prefix before the mark: \xC3\x85");
}

}  // namespace
}  // namespace parallax::core
