// `parallax entities` on the seed articles: canonical people with aliases
// and roles by outlet, JSON output, filters, and errors naming the database.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include <sqlite3.h>

#include "parallax/store.h"
#include "test_util.h"

namespace parallax {
namespace {

namespace fs = std::filesystem;
using testing_util::CmdResult;

class EntitiesCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new testing_util::ScratchDir("entities_cli_test");
    db_ = (scratch_->path() / "seeds.db").string();
    CmdResult r = Run("ingest --db " + db_ + " " PARALLAX_SHARED_DIR "/seeds");
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { delete scratch_; }

  static CmdResult Run(const std::string& args) { return testing_util::RunParallax(args); }

  static std::vector<nlohmann::json> Lines(const std::string& out) {
    std::vector<nlohmann::json> v;
    std::istringstream in(out);
    std::string line;
    while (std::getline(in, line))
      if (!line.empty()) v.push_back(nlohmann::json::parse(line));
    return v;
  }

  static testing_util::ScratchDir* scratch_;
  static std::string db_;
};

testing_util::ScratchDir* EntitiesCliTest::scratch_ = nullptr;
std::string EntitiesCliTest::db_;

TEST_F(EntitiesCliTest, JsonListsKerryWithAliasesAndRolesByOutlet) {
  CmdResult r = Run("entities --db " + db_ + " --type PER --name kerry --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  const auto& e = lines[0];
  EXPECT_EQ(e["name"], "John Kerry");
  EXPECT_EQ(e["type"], "PER");
  EXPECT_EQ(e["articles"], 5);
  EXPECT_NE(std::find(e["aliases"].begin(), e["aliases"].end(), "Kerry"), e["aliases"].end());
  std::set<std::string> roles;
  for (const auto& role : e["roles"]) roles.insert(role["role"].get<std::string>());
  EXPECT_TRUE(roles.count("climate envoy"));
  EXPECT_TRUE(roles.count("secretary of state"));
}

TEST_F(EntitiesCliTest, RelinkedEntitiesDoNotDependOnTheIngestOrder) {
  // The seed files one by one in reverse name order, then re-linked: the
  // same entities (names, types, counts, aliases, roles) as the ordinary
  // ingest re-linked by `parallax entities --relink`.
  std::vector<std::string> files;
  for (const auto& f : fs::directory_iterator(PARALLAX_SHARED_DIR "/seeds"))
    if (f.is_regular_file()) files.push_back(f.path().string());
  std::sort(files.rbegin(), files.rend());
  const std::string reversed = (scratch_->path() / "reversed.db").string();
  for (size_t i = 0; i < files.size(); ++i) {
    CmdResult r = Run("ingest --no-cluster --db " + reversed + (i + 1 == files.size() ? " --relink " : " ") + files[i]);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    if (i + 1 == files.size()) EXPECT_NE(r.out.find("entities re-linked"), std::string::npos) << r.out;
  }
  const std::string copy = (scratch_->path() / "relinked.db").string();
  fs::copy_file(db_, copy, fs::copy_options::overwrite_existing);
  CmdResult a = Run("entities --relink --limit 1000 --format json --db " + copy);
  CmdResult b = Run("entities --limit 1000 --format json --db " + reversed);
  ASSERT_EQ(a.exit_code, 0) << a.err;
  ASSERT_EQ(b.exit_code, 0) << b.err;
  auto without_ids = [](const std::string& out) {
    std::multiset<std::string> v;
    for (auto& e : Lines(out)) {
      e.erase("id");
      v.insert(e.dump());
    }
    return v;
  };
  EXPECT_GT(Lines(a.out).size(), 20u);
  EXPECT_EQ(without_ids(a.out), without_ids(b.out));
}

TEST_F(EntitiesCliTest, NextIngestLinksArticlesACrashLeftUnlinked) {
  // A copy of the seeds database where one article lost its links, as after
  // a crash between the article commit and the link commit.
  std::string db = (scratch_->path() / "crashed.db").string();
  ASSERT_EQ(Run("ingest --db " + db + " " PARALLAX_SHARED_DIR "/seeds").exit_code, 0);
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &raw), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(raw,
                         "DELETE FROM entity_mentions WHERE article_id = (SELECT id FROM articles ORDER BY seq LIMIT 1);"
                         "DELETE FROM entity_roles WHERE article_id = (SELECT id FROM articles ORDER BY seq LIMIT 1);",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(raw);
  {
    auto store = Store::Open(db);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    auto unlinked = (*store)->UnlinkedArticleIds();
    ASSERT_TRUE(unlinked.ok()) << unlinked.status().ToString();
    ASSERT_EQ(unlinked->size(), 1u);
  }
  fs::create_directories(scratch_->path() / "nothing");
  ASSERT_EQ(Run("ingest --db " + db + " " + (scratch_->path() / "nothing").string()).exit_code, 0);
  auto store = Store::Open(db);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  auto unlinked = (*store)->UnlinkedArticleIds();
  ASSERT_TRUE(unlinked.ok()) << unlinked.status().ToString();
  EXPECT_TRUE(unlinked->empty());
  CmdResult r = Run("entities --db " + db + " --type PER --name kerry --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(Lines(r.out).size(), 1u);
  EXPECT_EQ(Lines(r.out)[0]["articles"], 5);
}

TEST_F(EntitiesCliTest, TextShowsOneEntityById) {
  CmdResult list = Run("entities --db " + db_ + " --name Yellen --format json");
  ASSERT_EQ(list.exit_code, 0) << list.err;
  auto lines = Lines(list.out);
  ASSERT_EQ(lines.size(), 1u);
  CmdResult r = Run("entities --db " + db_ + " --id " + std::to_string(lines[0]["id"].get<int64_t>()));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Janet Yellen  PER"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("treasury secretary"), std::string::npos) << r.out;
}

TEST_F(EntitiesCliTest, TypeFilterAndEvents) {
  CmdResult r = Run("entities --db " + db_ + " --type MISC --format json --limit 100");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  bool cop = false;
  for (const auto& e : Lines(r.out)) {
    EXPECT_EQ(e["type"], "MISC");
    cop |= e["name"] == "COP28" && e["subtype"] == "EVENT";
  }
  EXPECT_TRUE(cop);
}

TEST_F(EntitiesCliTest, ErrorsNameTheDatabaseOrEntity) {
  CmdResult r = Run("entities --db " + (scratch_->path() / "missing.db").string());
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("missing.db"), std::string::npos) << r.err;
  r = Run("entities --db " + db_ + " --id 99999");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("99999"), std::string::npos) << r.err;
  r = Run("entities --db " + db_ + " --story nosuchstory");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("nosuchstory"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace parallax
