// The sixteen-bytes-at-a-time scans agree with their plain definitions.
#include "core/byte_scan.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "core/ascii.h"

namespace parallax::core {
namespace {

// Text over a few bytes (spaces and controls included) so that matches,
// near-matches and whitespace runs are frequent, at every alignment.
std::string RandomText(std::mt19937* rng, size_t n, std::string_view alphabet) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s.push_back(alphabet[(*rng)() % alphabet.size()]);
  return s;
}

TEST(ByteScanTest, FindSubstringAgreesWithFind) {
  std::mt19937 rng(7);
  for (int round = 0; round < 3000; ++round) {
    const std::string s = RandomText(&rng, rng() % 90, "ab ");
    const std::string needle = RandomText(&rng, 2 + rng() % 5, "ab ");
    for (size_t from = 0; from <= s.size() + 1; ++from) {
      ASSERT_EQ(FindSubstring(s, needle, from), std::string_view(s).find(needle, from))
          << "'" << s << "' '" << needle << "' " << from;
    }
  }
  EXPECT_EQ(FindSubstring("x MORE", " MORE", 0), 1u);
  EXPECT_EQ(FindSubstring("MORE", " MORE", 0), std::string_view::npos);
  EXPECT_EQ(FindSubstring("abc", "b", 0), 1u);  // one byte: find's answer
}

TEST(ByteScanTest, FindCapitalDigitOrHighAgreesWithItsDefinition) {
  std::mt19937 rng(5);
  for (int round = 0; round < 3000; ++round) {
    const std::string s = RandomText(&rng, rng() % 90, round % 2 ? "abz -@[`{/:" : "ab AZ09 \x7f\xc3\xa9");
    for (size_t from = 0; from <= s.size(); ++from) {
      size_t want = from;
      while (want < s.size() && !IsAsciiUpper(s[want]) && !IsAsciiDigit(s[want]) &&
             static_cast<unsigned char>(s[want]) < 0x80) {
        ++want;
      }
      ASSERT_EQ(FindCapitalDigitOrHigh(s, from, s.size()), want) << "'" << s << "' " << from;
    }
  }
  // The bytes just outside both ranges are not found.
  const std::string_view edges = "@[/:`{ \x7f the end of it";
  EXPECT_EQ(FindCapitalDigitOrHigh(edges, 0, edges.size()), edges.size());
}

TEST(ByteScanTest, FindAnyOf3AgreesWithItsDefinitionForEveryRange) {
  std::mt19937 rng(3);
  for (int round = 0; round < 2000; ++round) {
    const std::string s = RandomText(&rng, rng() % 70, "abcdefgh([ ");
    for (size_t from = 0; from <= s.size(); ++from) {
      for (size_t end = from; end <= s.size(); end += 1 + rng() % 7) {
        size_t want = from;
        while (want < end && s[want] != '(' && s[want] != '[') ++want;
        ASSERT_EQ(FindAnyOf3(s, from, end, '(', '[', '['), want) << "'" << s << "' " << from << " " << end;
      }
    }
  }
}

TEST(ByteScanTest, NextSpaceRunAgreesWithItsDefinition) {
  std::mt19937 rng(13);
  for (int round = 0; round < 3000; ++round) {
    const std::string s = RandomText(&rng, rng() % 90, round % 2 ? "abcdefgh " : "ab \t\n\r\v\f");
    for (size_t from = 0; from <= s.size(); ++from) {
      size_t want = from;
      while (want < s.size() &&
             !(IsAsciiSpace(s[want]) &&
               (s[want] != ' ' || want + 1 == s.size() || IsAsciiSpace(s[want + 1])))) {
        ++want;
      }
      ASSERT_EQ(NextSpaceRun(s, from), want) << "'" << s << "' " << from;
    }
  }
}

TEST(ByteScanTest, AppendCollapsedFastAgreesWithAppendCollapsed) {
  std::mt19937 rng(11);
  for (int round = 0; round < 3000; ++round) {
    // Odd rounds: prose-like blocks (lone spaces), the whole-block path.
    const std::string s = RandomText(&rng, rng() % 120, round % 2 ? "aBzQxYcD \xc3\xa9" : "aBz Q \t\n\r\xc3\xa9.");
    for (bool lower : {false, true}) {
      std::string slow = "x", fast = "x";  // appends after what the buffer holds
      AppendCollapsed(s, lower, &slow);
      AppendCollapsedFast(s, lower, &fast);
      ASSERT_EQ(fast, slow) << "'" << s << "' lower=" << lower;
    }
  }
}

}  // namespace
}  // namespace parallax::core
