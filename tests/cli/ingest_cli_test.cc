// End-to-end tests of the `parallax` binary: a batch with bad inputs,
// idempotent re-ingest, and a kill -9 in the middle of a batch.
#include <gtest/gtest.h>
#include <signal.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "parallax/store.h"

namespace parallax {
namespace {

namespace fs = std::filesystem;

struct CmdResult {
  int exit_code;
  std::string out;
  std::string err;
};

std::string Slurp(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

void Write(const fs::path& p, const std::string& bytes) {
  std::ofstream f(p, std::ios::binary);
  f << bytes;
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("parallax_cli_test_" + std::to_string(getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
    db_ = (dir_ / "p.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  CmdResult Parallax(const std::string& args) {
    std::string cmd = std::string(PARALLAX_BINARY) + " " + args + " >" + (dir_ / "out").string() + " 2>" +
                      (dir_ / "err").string();
    int rc = std::system(cmd.c_str());
    return CmdResult{WEXITSTATUS(rc), Slurp(dir_ / "out"), Slurp(dir_ / "err")};
  }

  fs::path dir_;
  std::string db_;
};

std::string GzipBytes(const std::string& in) {
  uLongf n = compressBound(in.size()) + 64;
  std::string out(n, '\0');
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = in.size();
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = out.size();
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

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

  // Re-ingesting the good file changes nothing.
  CmdResult again = Parallax("ingest --db " + db_ + " " + (in / "a_good.txt").string());
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_NE(again.out.find("stored 0, duplicate 1, rejected 0"), std::string::npos) << again.out;
  CmdResult list = Parallax("articles --db " + db_);
  EXPECT_EQ(std::count(list.out.begin(), list.out.end(), '\n'), 1);
  EXPECT_NE(list.out.find("A Fictional Headline About A Bridge"), std::string::npos);
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

}  // namespace
}  // namespace parallax
