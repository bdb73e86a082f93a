#include "core/word_list.h"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <string_view>

namespace parallax::core {
namespace {

TEST(WordListTest, ExactEntriesOnly) {
  static constexpr std::string_view kVerbs[] = {"said", "says", "told"};
  EXPECT_TRUE(InList("said", kVerbs));
  EXPECT_TRUE(InList("told", kVerbs));
  EXPECT_FALSE(InList("sai", kVerbs));     // a prefix
  EXPECT_FALSE(InList("saidx", kVerbs));   // longer, same opening
  EXPECT_FALSE(InList("sold", kVerbs));    // same size and first byte
  EXPECT_FALSE(InList("Said", kVerbs));    // case matters
  EXPECT_FALSE(InList("", kVerbs));
}

TEST(WordListTest, BracedListsContainersAndTheEmptyWord) {
  EXPECT_TRUE(InList("per", {"according", "per", "via"}));
  EXPECT_FALSE(InList("pe", {"according", "per", "via"}));
  EXPECT_FALSE(InList("per", {}));
  EXPECT_TRUE(InList("", {"a", ""}));
  const std::array<std::string, 2> owned = {"Delta", "Chelsea"};
  EXPECT_TRUE(InList(std::string("Chelsea"), owned));
  EXPECT_FALSE(InList("chelsea", owned));
}

}  // namespace
}  // namespace parallax::core
