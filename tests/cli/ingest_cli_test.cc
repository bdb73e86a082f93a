// End-to-end tests of the `parallax` binary: a batch with bad inputs,
// idempotent re-ingest, and a kill -9 in the middle of a batch.
#include <gtest/gtest.h>
#include <signal.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <map>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "parallax/store.h"
#include "test_util.h"

namespace parallax {
namespace {

namespace fs = std::filesystem;
using testing_util::CmdResult;
using testing_util::Slurp;

void Write(const fs::path& p, const std::string& bytes) {
  std::ofstream f(p, std::ios::binary);
  f << bytes;
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    scratch_ = std::make_unique<testing_util::ScratchDir>(
        std::string("cli_test_") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    dir_ = scratch_->path();
    fs::create_directories(dir_ / "in");
    db_ = (dir_ / "p.db").string();
  }
  void TearDown() override { scratch_.reset(); }

  CmdResult Parallax(const std::string& args) { return testing_util::RunParallax(args); }

  std::unique_ptr<testing_util::ScratchDir> scratch_;
  fs::path dir_;
  std::string db_;
};

using testing_util::GzipBytes;

TEST_F(CliTest, BadInputsAreRejectedOneLineEachAndTheBatchGoesOn) {
  fs::path in = dir_ / "in";
  Write(in / "a_good.txt", "A Fictional Headline About A Bridge\n\nThe bridge opened on Monday. Crowds came.\n");
  Write(in / "b_image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  std::string gz = GzipBytes(std::string(20000, 'z'));
  Write(in / "c_truncated.txt.gz", gz.substr(0, gz.size() / 2));
  Write(in / "d_bad_utf8.txt", "Caf\xC3\xA9 owners said \xE2\x80\x9Cyes\xE2\x80\x9D but then \xC3\x28 broke.");
  Write(in / "e_empty.txt", "");
  Write(in / "f_big.txt", std::string(3 << 20, 'a'));
  Write(in / "g_cut.warc", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n");
  CmdResult r = Parallax("ingest --db " + db_ + " --max-file-mb 2 " + in.string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("stored 1, duplicate 0, rejected 6"), std::string::npos) << r.out << r.err;
  for (const char* name : {"b_image.txt", "c_truncated.txt.gz", "d_bad_utf8.txt", "e_empty.txt", "f_big.txt",
                           "g_cut.warc"}) {
    EXPECT_NE(r.err.find("/" + std::string(name)), std::string::npos) << name << "\n" << r.err;
  }
  EXPECT_NE(r.err.find("PNG image"), std::string::npos);
  EXPECT_NE(r.err.find("truncated gzip"), std::string::npos);
  EXPECT_NE(r.err.find("invalid UTF-8 at byte"), std::string::npos);
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 6);
  CmdResult rejected = Parallax("articles --rejected --db " + db_);
  EXPECT_EQ(std::count(rejected.out.begin(), rejected.out.end(), '\n'), 6) << rejected.out;
  EXPECT_NE(rejected.out.find("b_image.txt\tinvalid input:"), std::string::npos) << rejected.out;

  // Re-ingesting the good file changes nothing.
  CmdResult again = Parallax("ingest --db " + db_ + " " + (in / "a_good.txt").string());
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_NE(again.out.find("stored 0, duplicate 1, rejected 0"), std::string::npos) << again.out;
  CmdResult list = Parallax("articles --db " + db_);
  EXPECT_EQ(std::count(list.out.begin(), list.out.end(), '\n'), 1);
  EXPECT_NE(list.out.find("A Fictional Headline About A Bridge"), std::string::npos);
}

// Every command that opens the store reports a database it cannot open in one
// line that names the file once, and exits 1 (the reason comes from the store;
// a command must not add the path again).
TEST_F(CliTest, EveryStoreCommandReportsAnUnopenableDatabaseOnceAndExitsOne) {
  const std::string db = (dir_ / "no-such-dir" / "p.db").string();
  Write(dir_ / "in" / "a.txt", "A short article about a council meeting on Tuesday.\n");
  const std::vector<std::string> commands = {
      "articles", "article 123456", "stories", "entities", "quotes --story s1", "story s1",
      "ingest " + (dir_ / "in").string(),
  };
  for (const std::string& c : commands) {
    CmdResult r = Parallax(c + " --db " + db);
    EXPECT_EQ(r.exit_code, 1) << c << ": " << r.err;
    size_t count = 0;
    for (size_t at = r.err.find(db); at != std::string::npos; at = r.err.find(db, at + 1)) ++count;
    EXPECT_EQ(count, 1u) << c << ": " << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << c << ": " << r.err;
  }
}

TEST_F(CliTest, ClusterPrintsOneStoryPerInputAndGroupsSyndicatedCopies) {
  CmdResult r = Parallax("cluster --format tsv " + std::string(PARALLAX_SOURCE_DIR) + "/examples/roundup.jsonl " +
                         std::string(PARALLAX_SOURCE_DIR) + "/examples/harbor-wire.json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  std::vector<std::pair<std::string, std::string>> rows;
  std::string line;
  while (std::getline(lines, line)) {
    size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    rows.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_NE(rows[0].first.find("roundup.jsonl#ps-881"), std::string::npos);
  EXPECT_EQ(rows[0].second, rows[1].second);  // the syndicated copy joins the original's story
  EXPECT_FALSE(rows[2].second.empty());
}

TEST_F(CliTest, KillNineMidBatchLosesNothingReportedAsStored) {
  fs::path in = dir_ / "in";
  for (int i = 0; i < 30000; ++i) {
    Write(in / ("n" + std::to_string(i) + ".txt"),
          "Fictional report number " + std::to_string(i) + " about the council.\n\nThe council met " +
              std::to_string(i) + " times. Members voted.\n");
  }
  std::string log = (dir_ / "log").string();
  pid_t pid = fork();
  if (pid == 0) {
    int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(fd, 1);
    execl(PARALLAX_BINARY, "parallax", "ingest", "-v", "--db", db_.c_str(), in.c_str(), nullptr);
    _exit(127);
  }
  // Wait until some commits have been reported, then kill without warning.
  auto reported = [&] {
    std::string s = Slurp(log);
    return std::count(s.begin(), s.end(), '\n');
  };
  for (int i = 0; i < 400 && reported() < 600; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(25));
  kill(pid, SIGKILL);
  int status;
  waitpid(pid, &status, 0);
  std::istringstream lines(Slurp(log));
  std::vector<std::string> ids;
  std::string word, id, uri;
  while (lines >> word >> id >> uri) ids.push_back(id);
  ASSERT_GT(ids.size(), 0u);
  auto store = Store::Open(db_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  for (const auto& x : ids) ASSERT_TRUE((*store)->Get(x).ok()) << x;
  EXPECT_GE(*(*store)->CountArticles(), ids.size());
  EXPECT_LT(ids.size(), 30000u);  // the kill really came mid-batch
}

TEST_F(CliTest, StoriesCommandListsFiltersAndShowsTheStoryOfAnArticle) {
  std::string ex = std::string(PARALLAX_SOURCE_DIR) + "/examples/";
  CmdResult in = Parallax("ingest -q --db " + db_ + " " + ex + "roundup.jsonl " + ex + "harbor-wire.json");
  ASSERT_EQ(in.exit_code, 0) << in.err;
  EXPECT_NE(in.out.find("stories: 3 articles clustered"), std::string::npos) << in.out;
  CmdResult json = Parallax("stories --format json --db " + db_);
  ASSERT_EQ(json.exit_code, 0) << json.err;
  std::istringstream lines(json.out);
  std::string line;
  size_t articles = 0, rows = 0, dups = 0;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    articles += j["articles"].get<size_t>();
    dups += j["duplicates"].get<size_t>();
    ++rows;
  }
  EXPECT_EQ(articles, 3u);
  EXPECT_EQ(rows, 1u);  // one water accord story; the syndicated copy counts as a duplicate
  EXPECT_EQ(dups, 1u);
  CmdResult text = Parallax("stories --db " + db_ + " --outlet 'Coastline Daily'");
  EXPECT_EQ(std::count(text.out.begin(), text.out.end(), '\n'), 2) << text.out;  // header + one story
  EXPECT_NE(text.out.find("2025-03-16 2025-03-17"), std::string::npos) << text.out;
  EXPECT_EQ(Parallax("stories --format json --db " + db_ + " --outlet Nobody").out, "");
  EXPECT_EQ(Parallax("stories --db " + db_ + " --since 2099-01-01 --format json").out, "");
  EXPECT_EQ(Parallax("stories --db " + db_ + " --since yesterday").exit_code, 2);
  EXPECT_EQ(Parallax("stories --db " + (dir_ / "missing.db").string()).exit_code, 1);
  CmdResult list = Parallax("articles --format json --db " + db_);
  std::string id = nlohmann::json::parse(list.out.substr(0, list.out.find('\n')))["id"];
  CmdResult one = Parallax("article " + id + " --db " + db_);
  EXPECT_NE(one.out.find("Story: e"), std::string::npos) << one.out;
}

// Articles on a few dozen fictional topics over several months; every
// seventh has no date.
void WriteTopicFeed(const fs::path& path, int n) {
  static const char* kTopics[] = {"reservoir", "railway", "harbor", "vaccine", "election", "wildfire", "bridge",
                                  "strike", "museum", "satellite", "drought", "tariff", "festival", "flood"};
  static const char* kPlaces[] = {"Eskby", "Dunmore", "Valen", "Orrick", "Tamsin", "Brae", "Kettle", "Lorn"};
  std::ofstream f(path);
  for (int i = 0; i < n; ++i) {
    const char* topic = kTopics[i % 14];
    const char* place = kPlaces[(i / 14) % 8];
    nlohmann::json j = {{"id", "r" + std::to_string(i)},
                        {"title", std::string(place) + " " + topic + " update " + std::to_string(i)},
                        {"outlet", i % 3 == 0 ? "Plains Sentinel" : (i % 3 == 1 ? "Coastline Daily" : "Harbor Wire")},
                        {"text", std::string("Officials in ") + place + " discussed the " + topic + " plan on Monday. " +
                                     "The " + topic + " committee of " + place + " met " + std::to_string(i) +
                                     " times.\n\nResidents asked about the " + topic + " budget next week."}};
    if (i % 7 != 3) {
      int day = 1 + (i / 112) % 28, month = 1 + (i / (112 * 28)) % 12;
      char date[16];
      std::snprintf(date, sizeof date, "2024-%02d-%02d", month, day);
      j["date"] = date;
    }
    f << j.dump() << "\n";
  }
}

// Every article's story, thread, copy link, inferred date and publication time.
std::map<std::string, std::string> StoriesOf(const std::string& db) {
  std::map<std::string, std::string> out;
  auto store = Store::Open(db);
  EXPECT_TRUE(store.ok());
  if (!store.ok()) return out;
  ListOptions lo;
  lo.limit = 1000000;
  auto list = (*store)->List(lo);
  EXPECT_TRUE(list.ok());
  if (!list.ok()) return out;
  for (const auto& a : *list) {
    auto s = (*store)->StoryOf(a.id);
    out[a.id] = s.ok() ? s->story_id + " " + s->thread_id + " " + s->duplicate_of + " " + s->inferred_date + " " +
                             std::to_string(s->date_uncertainty_days) + " " + a.published
                       : "unassigned";
  }
  return out;
}

TEST_F(CliTest, KillNineMidIngestThenRerunGivesTheStoriesOfOneCleanRun) {
  fs::path feed = dir_ / "in" / "feed.jsonl";
  WriteTopicFeed(feed, 3000);
  std::string clean_db = (dir_ / "clean.db").string();
  CmdResult clean = Parallax("ingest -q --annotate time --db " + clean_db + " " + feed.string());
  ASSERT_EQ(clean.exit_code, 0) << clean.err;
  std::string log = (dir_ / "log").string();
  pid_t pid = fork();
  if (pid == 0) {
    int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(fd, 1);
    execl(PARALLAX_BINARY, "parallax", "ingest", "-v", "--annotate", "time", "--db", db_.c_str(), feed.c_str(), nullptr);
    _exit(127);
  }
  auto reported = [&] {
    std::string s = Slurp(log);
    return std::count(s.begin(), s.end(), '\n');
  };
  for (int i = 0; i < 400 && reported() < 800; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  kill(pid, SIGKILL);
  int status;
  waitpid(pid, &status, 0);
  EXPECT_LT(reported(), 3000);  // the kill came mid-run
  CmdResult rerun = Parallax("ingest -q --annotate time --db " + db_ + " " + feed.string());
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  auto want = StoriesOf(clean_db);
  ASSERT_EQ(want.size(), 3000u);
  EXPECT_EQ(StoriesOf(db_), want);
  // Re-ingesting the same input changes nothing.
  CmdResult again = Parallax("ingest -q --annotate time --db " + db_ + " " + feed.string());
  EXPECT_NE(again.out.find("stories: 0 articles clustered, 0 re-dated"), std::string::npos) << again.out;
  EXPECT_EQ(StoriesOf(db_), want);
}

}  // namespace
}  // namespace parallax
