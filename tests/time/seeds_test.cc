// Golden test on the seed articles (read at run time from the shared
// folder): every relative date in articles 001-003 must resolve to the
// right calendar value given the article's DCT.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <utility>

#include "annotate/time/time_tagger.h"

namespace parallax::time {
namespace {

namespace fs = std::filesystem;

std::string ReadSeed(const std::string& prefix) {
  const fs::path dir = fs::path(PARALLAX_SHARED_DIR) / "seeds";
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().filename().string().rfind(prefix, 0) == 0) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::ostringstream ss;
      ss << in.rdbuf();
      std::string text = ss.str();
      // Body only: drop a " date YYYY-MM-DD " header (the text reader's job).
      if (text.rfind(" date ", 0) == 0 && text.size() > 17) text = text.substr(17);
      return text;
    }
  }
  return "";
}

using Pairs = std::multiset<std::pair<std::string, std::string>>;

Pairs TagSeed(const std::string& prefix, const std::string& dct) {
  auto tagger = TimeTagger::Create({});
  Pairs out;
  if (!tagger.ok()) return out;
  const std::string text = ReadSeed(prefix);
  for (const Timex& t : (*tagger)->Tag(text, dct)) {
    out.emplace(std::string(t.span.Of(text)), t.value);
    EXPECT_FALSE(t.needs_dct) << t.value;
  }
  return out;
}

TEST(SeedsTest, Article001Cnn) {
  const Pairs got = TagSeed("001_", "2023-07-12");
  const Pairs want = {
      {"this weekend", "2023-W28-WE"}, {"this weekend", "2023-W28-WE"},
      {"this weekend", "2023-W28-WE"}, {"2023-07-12 03:58", "2023-07-12T03:58"},
      {"months", "PXM"},               {"months", "PXM"},
      {"May", "2023-05"},              {"May", "2023-05"},
      {"Last week", "2023-W27"},       {"multiple decades", "PXDE"},
      {"June", "2023-06"},
  };
  EXPECT_EQ(got, want);
}

TEST(SeedsTest, Article002Bloomberg) {
  const Pairs got = TagSeed("002_", "2023-07-06");
  const Pairs want = {
      {"later this month", "2023-07"},
      {"this week", "2023-W27"},
      {"June", "2023-06"},
      {"two and a half years ago", "2021-01"},
      {"the week of July 16", "2023-W29"},  // Sunday July 16 opens the US week of Mon 17 (W29)
      {"November", "2023-11"},
      {"years", "PXY"},
      {"last year", "2022"},
      {"Friday", "2023-07-07"},
      {"last November", "2022-11"},
      {"2021", "2021"},
  };
  EXPECT_EQ(got, want);
}

TEST(SeedsTest, Article003) {
  const Pairs got = TagSeed("003_", "2023-07-19");
  const Pairs want = {{"recent weeks", "PAST_REF"}};
  EXPECT_EQ(got, want);
}

}  // namespace
}  // namespace parallax::time
