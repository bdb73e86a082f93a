// End-to-end: `parallax ner --conll` keeps every input line and appends one
// tag column (the format conlleval and parallax-eval-ner read), and
// `parallax-eval-ner` scores it.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::string RunCommand(const std::string& cmd, int* exit_code) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof(buf), p)) > 0) out.append(buf, n);
  int st = pclose(p);
  *exit_code = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return out;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> v;
  std::stringstream ss(s);
  for (std::string l; std::getline(ss, l);) v.push_back(l);
  return v;
}

TEST(NerCliTest, ConllOutputAppendsOneTagPerTokenLine) {
  fs::path dir = fs::temp_directory_path() / ("ner_cli_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string input =
      "-DOCSTART- -X- -X- O\n\nMaria NNP B-NP B-PER\nKowalczyk NNP I-NP I-PER\nvisited VBD B-VP O\n"
      "Paris NNP B-NP B-LOC\n. . O O\n\nShe PRP B-NP O\nleft VBD B-VP O\n";
  std::ofstream(dir / "in.txt") << input;
  int code = -1;
  std::string model = std::string(PARALLAX_SOURCE_DIR) + "/models/ner-en.bin";
  std::string out = RunCommand(std::string(PARALLAX_BINARY) + " ner --model " + model + " --conll " +
                            (dir / "in.txt").string(), &code);
  ASSERT_EQ(code, 0);
  auto in_lines = Lines(input), out_lines = Lines(out);
  ASSERT_EQ(in_lines.size(), out_lines.size());
  EXPECT_EQ(out_lines[0], in_lines[0] + " O");
  EXPECT_EQ(out_lines[1], "");
  EXPECT_EQ(out_lines[2], in_lines[2] + " B-PER");
  EXPECT_EQ(out_lines[3], in_lines[3] + " I-PER");
  EXPECT_EQ(out_lines[5], in_lines[5] + " B-LOC");
  EXPECT_EQ(out_lines[9], in_lines[9] + " O");
  std::ofstream(dir / "pred.txt") << out;
  std::string eval = RunCommand(std::string(PARALLAX_EVAL_NER) + " --json " + (dir / "pred.txt").string(), &code);
  ASSERT_EQ(code, 0);
  EXPECT_NE(eval.find("\"correct\": 2"), std::string::npos) << eval;
  std::string bad = RunCommand(std::string(PARALLAX_BINARY) + " ner --model /nonexistent.bin --conll " +
                            (dir / "in.txt").string() + " 2>/dev/null", &code);
  EXPECT_EQ(code, 1);
  fs::remove_all(dir);
}

}  // namespace
