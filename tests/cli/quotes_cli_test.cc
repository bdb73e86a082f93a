// End-to-end test of `parallax quotes`: files (JSON shape, sourcing profile),
// a stored article (quotes layer written by ingest), and usage errors.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "test_util.h"

namespace parallax {
namespace {

using testing_util::RunParallax;



std::string Seed(const char* prefix) {
  for (const auto& e : std::filesystem::directory_iterator(std::string(PARALLAX_SHARED_DIR) + "/seeds")) {
    if (e.path().filename().string().rfind(prefix, 0) == 0) return e.path().string();
  }
  return "";
}

TEST(QuotesCli, FileJsonHasQuotesAndSourcing) {
  testing_util::CmdResult r = RunParallax("quotes --format json " + Seed("002"));
  ASSERT_EQ(r.exit_code, 0);
  auto j = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_TRUE(j.is_array());
  ASSERT_EQ(j.size(), 1u);
  const auto& a = j[0];
  ASSERT_FALSE(a["quotes"].empty());
  EXPECT_EQ(a["quotes"][0]["speaker"], "people familiar with the matter");
  EXPECT_EQ(a["quotes"][0]["source_type"], "anonymous");
  EXPECT_GT(a["sourcing"]["anonymous_share"].get<double>(), 0.5);
  EXPECT_EQ(a["sourcing"]["anonymous_descriptions"].size(), 3u);
}

TEST(QuotesCli, StoredArticleAndTextFormat) {
  testing_util::ScratchDir dir("quotes_cli");  // per process: parallel runs never share the database
  std::string db = (dir.path() / "quotes.db").string();
  ASSERT_EQ(RunParallax("ingest --db " + db + " " + Seed("004")).exit_code, 0);
  testing_util::CmdResult list = RunParallax("articles --db " + db + " --format json");
  auto first = nlohmann::json::parse(list.out.substr(0, list.out.find('\n')), nullptr, false);  // JSON lines
  ASSERT_TRUE(first.is_object() && first.contains("id")) << list.out;
  std::string id = first["id"];
  testing_util::CmdResult r = RunParallax("quotes --article " + id + " --db " + db);
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("Politico (outlet)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("outlets cited: Politico, Xinhua, Associated Press"), std::string::npos) << r.out;
  EXPECT_EQ(RunParallax("quotes --article 0000000000000000 --db " + db).exit_code, 1);
}

TEST(QuotesCli, UsageErrors) {
  EXPECT_EQ(RunParallax("quotes").exit_code, 2);
  EXPECT_EQ(RunParallax("quotes --article x --story y").exit_code, 2);
}

}  // namespace
}  // namespace parallax
