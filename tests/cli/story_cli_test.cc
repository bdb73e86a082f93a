// Golden test of the story view on the five seeds (Kerry's July 2023 Beijing
// climate trip and the September COP28 follow-up, one thread): `parallax
// story t1 --format json` must show the conflicts the articles contain, date
// the undated article, and lay out a timeline from 2021 to COP28; `parallax
// report` must write one self-contained HTML page.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "test_util.h"

namespace parallax {
namespace {

std::string RunParallax(const std::string& args) { return testing_util::RunParallax(args).out; }

namespace fs = std::filesystem;
using nlohmann::json;


class SeedStory : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("parallax_story_test_" + std::to_string(getpid())));
    fs::create_directories(*dir_);
    db_ = (*dir_ / "seeds.db").string();
    RunParallax("ingest " + std::string(PARALLAX_SHARED_DIR) + "/seeds --db " + db_ + " -q");
    view_ = new json(json::parse(RunParallax("story t1 --format json --db " + db_), nullptr, false));
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
    delete view_;
  }
  static const json* Conflict(const std::string& kind) {
    for (const auto& c : (*view_)["conflicts"]) if (c["kind"] == kind) return &c;
    return nullptr;
  }
  static bool HasValue(const json& conflict, const std::string& value) {
    for (const auto& cl : conflict["claims"]) if (cl["value"] == value) return true;
    return false;
  }
  static fs::path* dir_;
  static std::string db_;
  static json* view_;
};
fs::path* SeedStory::dir_ = nullptr;
std::string SeedStory::db_;
json* SeedStory::view_ = nullptr;

TEST_F(SeedStory, OneThreadOfFiveArticles) {
  ASSERT_FALSE(view_->is_discarded());
  EXPECT_EQ((*view_)["articles"].size(), 5u);
  EXPECT_EQ((*view_)["outlets"].size(), 5u);
}

TEST_F(SeedStory, DateConflictJuneVersusJuly) {
  const json* c = Conflict("date");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ((*c)["subject"], "John Kerry: travel");
  ASSERT_TRUE(HasValue(*c, "2023-06"));
  for (const auto& cl : (*c)["claims"]) {
    if (cl["value"] != "2023-06") {
      EXPECT_TRUE(cl["value"].get<std::string>().starts_with("2023-W2") || cl["value"].get<std::string>().starts_with("2023-07"));
      continue;
    }
    ASSERT_FALSE(cl["sources"].empty());
    EXPECT_NE(cl["sources"][0]["text"].get<std::string>().find("traveled to Beijing in June"), std::string::npos);
  }
}

TEST_F(SeedStory, RankConflictThirdVersusMostSenior) {
  const json* c = Conflict("rank");
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(HasValue(*c, "3"));
  EXPECT_TRUE(HasValue(*c, "most senior"));
  // "Kerry's third visit to China" counts visits; it is not a rank among visitors.
  for (const auto& x : (*view_)["conflicts"]) {
    for (const auto& cl : x["claims"]) {
      for (const auto& s : cl["sources"]) EXPECT_EQ(s["text"].get<std::string>().find("third visit to China"), std::string::npos);
    }
  }
}

TEST_F(SeedStory, RoleConflictClimateEnvoyVersusSecretaryOfState) {
  const json* c = Conflict("role");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ((*c)["subject"], "John Kerry");
  EXPECT_TRUE(HasValue(*c, "climate envoy"));
  EXPECT_TRUE(HasValue(*c, "secretary of state"));
  // The envoy side is the majority: several outlets.
  EXPECT_GE((*c)["claims"][0]["outlets"].size(), 3u);
}

TEST_F(SeedStory, UndatedArticleIsDated) {
  bool found = false;
  for (const auto& a : (*view_)["articles"]) {
    if (a["title"].get<std::string>().find("Discloses") == std::string::npos) continue;
    found = true;
    EXPECT_EQ(a["published_source"], "inferred");
    EXPECT_TRUE(a["published"].get<std::string>().starts_with("2023-07"));
  }
  EXPECT_TRUE(found);
}

TEST_F(SeedStory, TimelineRunsFrom2021ToCop28) {
  const json& tl = (*view_)["timeline"];
  ASSERT_FALSE(tl.empty());
  std::string first = "9999", last = "0000";
  bool cop28 = false;
  for (const auto& e : tl) {
    std::string d = e["date"];
    first = std::min(first, d);
    last = std::max(last, d);
    cop28 |= d == "2023-11" || e["text"].get<std::string>().find("COP28") != std::string::npos;
  }
  EXPECT_LE(first, "2021");
  EXPECT_GE(last, "2023-11");
  EXPECT_TRUE(cop28);
}

TEST_F(SeedStory, SummaryIsCitedAndShort) {
  const json& s = (*view_)["summary"];
  ASSERT_GE(s.size(), 3u);
  ASSERT_LE(s.size(), 5u);
  for (const auto& x : s) {
    EXPECT_FALSE(x["text"].get<std::string>().empty());
    EXPECT_EQ(x["article"].get<std::string>().size(), 16u);
  }
}

TEST_F(SeedStory, ReportIsOneSelfContainedPage) {
  std::string out = (*dir_ / "report.html").string();
  RunParallax("report " + std::string(PARALLAX_SHARED_DIR) + "/seeds -o " + out);
  std::ifstream in(out);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string html = ss.str();
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_NE(html.find("traveled to Beijing in June"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("src=\"http"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
}

TEST_F(SeedStory, ReportDatabaseHoldsTheStories) {
  std::string db = (*dir_ / "report.db").string();
  RunParallax("report --db " + db + " " + std::string(PARALLAX_SHARED_DIR) + "/seeds -o " +
              (*dir_ / "report2.html").string());
  std::vector<json> stories;  // one JSON object per line
  std::istringstream lines(RunParallax("stories --format json --db " + db));
  for (std::string line; std::getline(lines, line);) stories.push_back(json::parse(line, nullptr, false));
  ASSERT_EQ(stories.size(), 2u);  // Beijing trip (001-004) and the COP28 follow-up (000)
  EXPECT_EQ(stories[0]["articles"].get<int>() + stories[1]["articles"].get<int>(), 5);
  EXPECT_EQ(stories[0]["thread_id"], stories[1]["thread_id"]);
  // 000 has no headline: its story is named by its opening words.
  for (const auto& s : stories) EXPECT_FALSE(s["title"].get<std::string>().empty()) << s.dump();
  // The report annotates quotations like `parallax ingest`: each article's
  // sourcing counts them, and 002's anonymous "people familiar" are there.
  json view = json::parse(RunParallax("story t1 --format json --db " + db), nullptr, false);
  ASSERT_TRUE(view.contains("framing")) << view.dump().substr(0, 300);
  int quotes = 0, anonymous = 0;
  for (const auto& f : view["framing"]) {
    quotes += f["sourcing"]["quotes"].get<int>();
    anonymous += f["sourcing"]["anonymous"].get<int>();
  }
  EXPECT_GE(quotes, 10);
  EXPECT_GE(anonymous, 1);
}

}  // namespace
}  // namespace parallax
