// Language identification: the English shortcut never contradicts CLD2.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>

#include "ingest/reader.h"
#include "text/article_builder.h"
#include "text/language.h"

namespace parallax::text {
namespace {

// Every clean body the reader and cleaner get out of every `step`-th file of
// `dir` (in name order).
std::vector<std::string> Bodies(const std::string& dir, size_t step = 1) {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  std::vector<std::string> out;
  for (size_t i = 0; i < files.size(); i += step) {
    ingest::ReadFile(files[i], {}, [&](Result<ingest::RawDocument> d) {
      if (!d.ok()) return true;
      auto a = BuildArticle(std::move(*d));
      if (a.ok()) out.push_back(std::move(a->body));
      return true;
    });
  }
  return out;
}

TEST(LanguageTest, SeedsAreRecognisedAsEnglishWithoutCld2) {
  auto bodies = Bodies(std::string(PARALLAX_SHARED_DIR) + "/seeds");
  ASSERT_EQ(bodies.size(), 5u);
  for (const auto& b : bodies) {
    EXPECT_TRUE(LooksEnglish(b)) << b.substr(0, 200);
    EXPECT_EQ(DetectLanguage(b), "en");
  }
}

TEST(LanguageTest, ShortOrForeignTextGoesToCld2) {
  EXPECT_FALSE(LooksEnglish("The talks ended on Wednesday."));  // too few words to be sure
  std::string german;
  for (int i = 0; i < 12; ++i) {
    german += "Die Gespr\u00e4che zwischen den beiden L\u00e4ndern wurden am Mittwoch in der Hauptstadt fortgesetzt, "
              "und die Delegation hat einen neuen Plan vorgelegt. ";
  }
  EXPECT_FALSE(LooksEnglish(german));
  EXPECT_EQ(DetectLanguage(german), "de");
}

// On a quarter of ~1,000 real web pages in several languages (mostly German
// and English; all of them agree too: docs/reading.md),
// whenever the shortcut says English, CLD2 says so too; and the shortcut
// takes most of CLD2's English pages (else it would save nothing).
TEST(LanguageTest, ShortcutAgreesWithCld2OnMultilingualPages) {
  auto bodies = Bodies(std::string(PARALLAX_SHARED_DIR) + "/data/trafilatura-eval/html", 4);
  ASSERT_GT(bodies.size(), 220u);
  int shortcut = 0, cld2_en = 0, both = 0;
  std::map<std::string, int> by_language;
  for (const auto& b : bodies) {
    std::string cld2 = DetectLanguageCld2(b);
    ++by_language[cld2];
    bool fast = LooksEnglish(b);
    shortcut += fast;
    cld2_en += cld2 == "en";
    both += fast && cld2 == "en";
    EXPECT_TRUE(!fast || cld2 == "en") << "CLD2 says " << cld2 << " for: " << b.substr(0, 300);
  }
  std::string langs;
  for (const auto& [l, n] : by_language) langs += l + ":" + std::to_string(n) + " ";
  std::printf("pages %zu, CLD2 %s; English by CLD2 %d, by the shortcut %d (both %d)\n", bodies.size(),
              langs.c_str(), cld2_en, shortcut, both);
  EXPECT_GT(by_language["de"], 50);  // the set really is multilingual
  EXPECT_GT(shortcut, cld2_en / 2);
}

}  // namespace
}  // namespace parallax::text
