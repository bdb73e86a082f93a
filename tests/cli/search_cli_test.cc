// `parallax search` on the seed articles: ranked hits with snippets, JSON
// output, filters, and errors that name the database.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "test_util.h"

namespace parallax {
namespace {

namespace fs = std::filesystem;
using testing_util::CmdResult;

class SearchCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new testing_util::ScratchDir("search_cli_test");
    db_ = (scratch_->path() / "seeds.db").string();
    CmdResult r = Run("ingest --db " + db_ + " " PARALLAX_SHARED_DIR "/seeds");
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { delete scratch_; }

  static CmdResult Run(const std::string& args) { return testing_util::RunParallax(args); }

  static testing_util::ScratchDir* scratch_;
  static std::string db_;
};

testing_util::ScratchDir* SearchCliTest::scratch_ = nullptr;
std::string SearchCliTest::db_;

TEST_F(SearchCliTest, FindsTheArticlesNamingKerrysCounterpart) {
  CmdResult r = Run("search --db " + db_ + " --format json \"Xie Zhenhua\"");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_GE(j["total"].get<int>(), 2);
  EXPECT_FALSE(j["relaxed"].get<bool>());
  for (const auto& hit : j["hits"]) {
    EXPECT_EQ(hit["id"].get<std::string>().size(), 16u);
    std::string html = hit["snippet_html"].get<std::string>() + hit["title_html"].get<std::string>();
    EXPECT_NE(html.find("<mark>"), std::string::npos) << html;
  }
  // Ranked best first.
  for (size_t i = 1; i < j["hits"].size(); ++i) {
    EXPECT_GE(j["hits"][i - 1]["score"].get<double>(), j["hits"][i]["score"].get<double>());
  }
}

TEST_F(SearchCliTest, TextOutputMarksMatchesAndPages) {
  CmdResult r = Run("search --db " + db_ + " --limit 1 Beijing");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("1. "), std::string::npos);
  EXPECT_NE(r.out.find("[Beijing]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1-1 of "), std::string::npos) << r.out;
}

TEST_F(SearchCliTest, DateFilterExcludesTheLaterFollowUp) {
  CmdResult all = Run("search --db " + db_ + " --format json Kerry");
  CmdResult july = Run("search --db " + db_ + " --format json --until 2023-07-31 Kerry");
  ASSERT_EQ(all.exit_code, 0);
  ASSERT_EQ(july.exit_code, 0);
  auto a = nlohmann::json::parse(all.out), b = nlohmann::json::parse(july.out);
  EXPECT_LT(b["total"].get<int>(), a["total"].get<int>());
  for (const auto& hit : b["hits"]) EXPECT_LE(hit["published"].get<std::string>().substr(0, 10), "2023-07-31");
}

TEST_F(SearchCliTest, ErrorsNameTheProblem) {
  CmdResult missing = Run("search --db " + (scratch_->path() / "nope.db").string() + " Kerry");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("nope.db"), std::string::npos) << missing.err;
  EXPECT_FALSE(fs::exists(scratch_->path() / "nope.db"));
  CmdResult empty = Run("search --db " + db_ + " \"()\"");
  EXPECT_EQ(empty.exit_code, 2);
  EXPECT_NE(empty.err.find("word"), std::string::npos) << empty.err;
}

}  // namespace
}  // namespace parallax
