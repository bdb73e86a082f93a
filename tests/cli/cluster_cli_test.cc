// End-to-end test of `parallax cluster` on the five seeds in file order:
// 000 (the September COP28 follow-up) arrives first, yet 001-004 (Kerry's
// July Beijing trip) must form one event and 000 a separate event of the same
// thread. This is the order-robustness the background IDF prior provides.
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.h"

namespace parallax {
namespace {

std::string RunParallax(const std::string& args) { return testing_util::RunParallax(args).out; }


std::vector<std::vector<std::string>> Rows(const std::string& out, bool tabs) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> cols;
    if (tabs) {
      std::istringstream l(line);
      for (std::string c; std::getline(l, c, '\t');) cols.push_back(c);
    } else {
      std::istringstream l(line);
      for (std::string c; l >> c;) cols.push_back(c);
    }
    if (!cols.empty()) rows.push_back(cols);
  }
  return rows;
}

TEST(ClusterCliTest, SeedsInFileOrderSplitEventsAndShareTheThread) {
  const std::string seeds = std::string(PARALLAX_SHARED_DIR) + "/seeds";
  auto tsv = Rows(RunParallax("cluster --format tsv " + seeds), true);
  auto text = Rows(RunParallax("cluster --format text " + seeds), false);
  ASSERT_EQ(tsv.size(), 5u);
  ASSERT_EQ(text.size(), 5u);
  std::map<std::string, std::string> event, thread;  // seed number -> id
  for (size_t i = 0; i < tsv.size(); ++i) {
    ASSERT_EQ(tsv[i].size(), 2u);
    std::string name = tsv[i][0].substr(tsv[i][0].rfind('/') + 1, 3);
    event[name] = tsv[i][1];
    ASSERT_EQ(text[i][0], tsv[i][1]);  // same order, same event
    thread[name] = text[i][1];
  }
  ASSERT_EQ(event.size(), 5u);
  EXPECT_EQ(event["001"], event["002"]);
  EXPECT_EQ(event["001"], event["003"]);
  EXPECT_EQ(event["001"], event["004"]);
  EXPECT_NE(event["000"], event["001"]);
  EXPECT_EQ(thread["000"], thread["001"]);
  for (const auto& [name, t] : thread) EXPECT_EQ(t, thread["000"]) << name;
  // 004 is undated: the text view shows the date of its most similar dated peer (003, 19 July)
  // and the spread of its three nearest (001-003: 6-19 July).
  std::string text_out = RunParallax("cluster --format text " + seeds);
  EXPECT_NE(text_out.find("[date ~2023-07-19 +-13d]"), std::string::npos) << text_out;
  // The seeds' one four-article event has nothing to revise: the stream's own
  // lines (--no-revise, printed as each article arrives) are the same.
  EXPECT_EQ(Rows(RunParallax("cluster --format tsv --no-revise " + seeds), true), tsv);
}

TEST(ClusterCliTest, MissingPriorFileIsReportedNotFatal) {
  const std::string seeds = std::string(PARALLAX_SHARED_DIR) + "/seeds";
  std::string out = RunParallax("cluster --format tsv --background /nonexistent/idf.bin " + seeds);
  EXPECT_EQ(Rows(out, true).size(), 5u);  // clusters without the prior
}

}  // namespace
}  // namespace parallax
