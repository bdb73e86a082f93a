// The quotation scorers' speaker comparison (tools/speaker_match.h): names as the
// article spells them against names as the labels type them.
#include "tools/speaker_match.h"

#include <gtest/gtest.h>

namespace parallax::tools {
namespace {

TEST(SpeakerMatchTest, DecomposedAccentsEqualComposed) {
  // "e" + U+0301 COMBINING ACUTE ACCENT (as some feeds write it) against U+00E9.
  EXPECT_EQ(NormSpeaker("Ste\xCC\x81phanie Roux"), NormSpeaker("St\xC3\xA9phanie Roux"));
  EXPECT_TRUE(SpeakerMatches("Ste\xCC\x81phanie Roux", "person", "St\xC3\xA9phanie Roux", "person"));
  EXPECT_TRUE(SpeakerMatches("Jo\xCC\x88rg Ma\xCC\x88rz", "person", "Max Roe|J\xC3\xB6rg M\xC3\xA4rz", "person"));
}

TEST(SpeakerMatchTest, OtherNamesStillDiffer) {
  EXPECT_FALSE(SpeakerMatches("Stephanie Roux", "person", "St\xC3\xA9phanie Roux", "person"));
  EXPECT_FALSE(SpeakerMatches("Dean Ann Roe", "person", "Ann Roe", "person"));
  EXPECT_TRUE(SpeakerMatches("the Ann Roe", "person", "Ann Roe", "person"));
  // Invalid UTF-8 is compared as it is, without a crash.
  EXPECT_FALSE(SpeakerMatches("Ann \xFF", "person", "Ann Roe", "person"));
}

}  // namespace
}  // namespace parallax::tools
