// End-to-end: `parallax ner --conll` keeps every input line and appends one
// tag column (the format conlleval and parallax-eval-ner read), and
// `parallax-eval-ner` scores it; `parallax-train ner --also-train
// --fixed-epochs` (the recipe of the train+valid model) learns from the extra
// file and does not depend on --valid; --pseudo-train scales its updates by
// --pseudo-weight, and `parallax-train ner-pseudo` writes confident sentences.
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

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// One CoNLL document per sentence; tokens "word/TAG" (IOB tags).
std::string Conll(const std::vector<std::string>& sentences) {
  std::string out;
  for (const std::string& s : sentences) {
    out += "-DOCSTART- -X- -X- O\n\n";
    std::stringstream ss(s);
    for (std::string tok; ss >> tok;) {
      size_t slash = tok.rfind('/');
      out += tok.substr(0, slash) + " X X " + tok.substr(slash + 1) + "\n";
    }
    out += "\n";
  }
  return out;
}

TEST(NerTrainCliTest, AlsoTrainLearnsTheExtraFileAndFixedEpochsIgnoreValid) {
  fs::path dir = fs::temp_directory_path() / ("ner_train_cli_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::vector<std::string> train;
  for (int i = 0; i < 6; ++i) {
    train.push_back("Anna/B-PER Berg/I-PER visited/O Oslo/B-LOC on/O Monday/O ./O");
    train.push_back("Shares/O of/O Norsk/B-ORG Hydro/I-ORG rose/O in/O Bergen/B-LOC ./O");
    train.push_back("The/O minister/O flew/O to/O Paris/B-LOC ./O");
  }
  std::vector<std::string> extra;
  for (int i = 0; i < 6; ++i) extra.push_back("Officials/O in/O Qorvastan/B-LOC said/O so/O ./O");
  std::ofstream(dir / "train.txt") << Conll(train);
  std::ofstream(dir / "extra.txt") << Conll(extra);
  std::ofstream(dir / "valid1.txt") << Conll({"Anna/B-PER Berg/I-PER visited/O Paris/B-LOC ./O"});
  std::ofstream(dir / "valid2.txt") << Conll({"Norsk/B-PER Hydro/I-PER said/O ./O", "Oslo/B-ORG rose/O ./O"});
  std::ofstream(dir / "query.txt") << Conll({"Officials/O in/O Qorvastan/B-LOC said/O so/O ./O"});
  auto train_cmd = [&](const std::string& valid, const std::string& flags, const std::string& out) {
    int code = -1;
    RunCommand(std::string(PARALLAX_TRAIN) + " ner --train " + (dir / "train.txt").string() + " --valid " +
                   (dir / valid).string() + " --fixed-epochs --temperature 7 " + flags + " --out " +
                   (dir / out).string() + " 2>/dev/null",
               &code);
    return code;
  };
  const std::string also = "--also-train " + (dir / "extra.txt").string();
  ASSERT_EQ(train_cmd("valid1.txt", "--epochs 4 " + also, "a.bin"), 0);
  ASSERT_EQ(train_cmd("valid2.txt", "--epochs 4 " + also, "b.bin"), 0);  // other valid: same model
  ASSERT_EQ(train_cmd("valid1.txt", "--epochs 4", "c.bin"), 0);           // without the extra file
  ASSERT_EQ(train_cmd("valid1.txt", "--epochs 1 " + also, "d.bin"), 0);   // the last epoch is kept
  std::string a = ReadAll(dir / "a.bin");
  ASSERT_FALSE(a.empty());
  EXPECT_EQ(a, ReadAll(dir / "b.bin"));
  EXPECT_NE(a, ReadAll(dir / "c.bin"));
  EXPECT_NE(a, ReadAll(dir / "d.bin"));
  int code = -1;
  std::string out = RunCommand(std::string(PARALLAX_BINARY) + " ner --model " + (dir / "a.bin").string() +
                                   " --conll " + (dir / "query.txt").string(), &code);
  ASSERT_EQ(code, 0);
  EXPECT_NE(out.find("Qorvastan X X B-LOC B-LOC"), std::string::npos) << out;
  EXPECT_NE(train_cmd("valid1.txt", "--also-train " + (dir / "missing.txt").string(), "e.bin"), 0);

  // Pseudo-labelled documents teach like gold at weight 1 and not at all at weight 0.
  std::vector<std::string> pseudo;
  for (int i = 0; i < 6; ++i) pseudo.push_back("Officials/O in/O Qorvastan/B-ORG said/O so/O ./O");
  std::ofstream(dir / "pseudo.txt") << Conll(pseudo);
  const std::string ps = "--epochs 4 --pseudo-train " + (dir / "pseudo.txt").string() + " --pseudo-weight ";
  ASSERT_EQ(train_cmd("valid1.txt", ps + "1", "p1.bin"), 0);
  ASSERT_EQ(train_cmd("valid1.txt", ps + "0", "p0.bin"), 0);
  auto tag_query = [&](const std::string& model) {
    int c = -1;
    return RunCommand(std::string(PARALLAX_BINARY) + " ner --model " + (dir / model).string() + " --conll " +
                          (dir / "query.txt").string(), &c);
  };
  EXPECT_NE(tag_query("p1.bin").find("Qorvastan X X B-LOC B-ORG"), std::string::npos) << tag_query("p1.bin");
  EXPECT_EQ(tag_query("p0.bin").find("Qorvastan X X B-LOC B-ORG"), std::string::npos) << tag_query("p0.bin");

  // ner-pseudo writes the sentences of news text whose every label is sure enough.
  std::ofstream(dir / "news.jsonl") << R"({"text": "Anna Berg visited Oslo on Monday. The minister flew to Paris."})"
                                    << "\n" << R"({"title": "no text"})" << "\n";
  auto pseudo_cmd = [&](const std::string& min_prob) {
    int c = -1;
    RunCommand(std::string(PARALLAX_TRAIN) + " ner-pseudo --model " + (dir / "a.bin").string() + " --input " +
                   (dir / "news.jsonl").string() + " --sample 1 --min-chars 10 --min-prob " + min_prob + " --out " +
                   (dir / "pseudo-out.txt").string() + " 2>/dev/null",
               &c);
    return c == 0 ? ReadAll(dir / "pseudo-out.txt") : std::string("failed");
  };
  std::string all = pseudo_cmd("0");
  EXPECT_NE(all.find("-DOCSTART-"), std::string::npos) << all;
  EXPECT_NE(all.find("Oslo _ _ B-LOC\n"), std::string::npos) << all;
  EXPECT_NE(all.find("Paris _ _ B-LOC\n"), std::string::npos) << all;
  EXPECT_EQ(pseudo_cmd("1.01"), "");  // no label is that sure
  fs::remove_all(dir);
}

// External lists: a "prod" line (product names, tools/derive_ner_gazetteers.py) is read into
// the model's gazetteer, under another list than the same phrase under "misc" (the trainer
// puts products in the train-harvested MISC list with every fold); a list name the trainer
// does not know is an error.
TEST(NerTrainCliTest, ProductListEntersTheGazetteer) {
  fs::path dir = fs::temp_directory_path() / ("ner_train_prod_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::vector<std::string> train;
  for (int i = 0; i < 6; ++i) {
    train.push_back("Anna/B-PER Berg/I-PER bought/O a/O Walkman/B-MISC in/O Oslo/B-LOC ./O");
    train.push_back("The/O minister/O flew/O to/O Paris/B-LOC ./O");
  }
  std::ofstream(dir / "train.txt") << Conll(train);
  std::ofstream(dir / "prod.tsv") << "parallax-ner-gazetteers\t1\nprod\tZorbPad\n";
  std::ofstream(dir / "misc.tsv") << "parallax-ner-gazetteers\t1\nmisc\tZorbPad\n";
  std::ofstream(dir / "none.tsv") << "parallax-ner-gazetteers\t1\n";
  std::ofstream(dir / "bad.tsv") << "parallax-ner-gazetteers\t1\nproduct\tZorbPad\n";
  auto train_cmd = [&](const std::string& gaz, const std::string& out) {
    int code = -1;
    RunCommand(std::string(PARALLAX_TRAIN) + " ner --train " + (dir / "train.txt").string() + " --valid " +
                   (dir / "train.txt").string() + " --epochs 2 --fixed-epochs --temperature 7 --gazetteers " +
                   (dir / gaz).string() + " --out " + (dir / out).string() + " 2>/dev/null",
               &code);
    return code;
  };
  ASSERT_EQ(train_cmd("prod.tsv", "prod.bin"), 0);
  ASSERT_EQ(train_cmd("misc.tsv", "misc.bin"), 0);
  ASSERT_EQ(train_cmd("none.tsv", "none.bin"), 0);
  std::string prod = ReadAll(dir / "prod.bin");
  ASSERT_FALSE(prod.empty());
  EXPECT_NE(prod, ReadAll(dir / "none.bin"));  // the phrase is in the model's gazetteer
  EXPECT_NE(prod, ReadAll(dir / "misc.bin"));  // in another list than external misc
  EXPECT_EQ(prod.size(), ReadAll(dir / "misc.bin").size());
  EXPECT_NE(train_cmd("bad.tsv", "bad.bin"), 0);
  fs::remove_all(dir);
}

// ner-clusters --init/--exchange-iters: starts from a clusters file, keeps its
// words and caps lines, refines the levels deterministically, and with zero
// passes writes the initial levels back unchanged.
TEST(NerClustersCliTest, ExchangeRefinesFromInitDeterministically) {
  fs::path dir = fs::temp_directory_path() / ("ner_clusters_cli_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    std::ofstream news(dir / "news.jsonl");
    const char* names[] = {"Anna", "Boris", "Clara", "David"};
    const char* places[] = {"Oslo", "Paris", "Rome", "Lima"};
    const char* verbs[] = {"visited", "left", "praised", "toured"};
    for (int i = 0; i < 64; ++i)
      news << R"({"text": ")" << names[i % 4] << " " << verbs[(i / 4) % 4] << " " << places[(i / 16) % 4]
           << R"( on Monday. The minister said so."})" << "\n";
  }
  auto run = [&](const std::string& flags, const std::string& out) {
    int code = -1;
    RunCommand(std::string(PARALLAX_TRAIN) + " ner-clusters --input " + (dir / "news.jsonl").string() +
                   " --clusters 200 --contexts 20 --dim 8 " + flags + " --out " + (dir / out).string() + " 2>/dev/null",
               &code);
    return code;
  };
  ASSERT_EQ(run("", "kmeans.tsv"), 0);
  const std::string init = " --init " + (dir / "kmeans.tsv").string();
  ASSERT_EQ(run(init + " --exchange-iters 3", "ex1.tsv"), 0);
  ASSERT_EQ(run(init + " --exchange-iters 3", "ex2.tsv"), 0);
  ASSERT_EQ(run(init + " --exchange-iters 0", "same.tsv"), 0);
  auto body = [&](const std::string& file) {  // the lines after the header
    std::vector<std::string> lines = Lines(ReadAll(dir / file));
    if (!lines.empty()) lines.erase(lines.begin());
    return lines;
  };
  const auto kmeans = body("kmeans.tsv"), ex = body("ex1.tsv");
  ASSERT_GT(kmeans.size(), 10u);
  EXPECT_EQ(ex, body("ex2.tsv"));
  EXPECT_EQ(kmeans, body("same.tsv"));
  EXPECT_NE(ex, kmeans);  // the coarse levels of 19 words in 200 fine classes do move
  ASSERT_EQ(ex.size(), kmeans.size());
  const unsigned sizes[] = {200, 40, 10, 2};
  for (size_t i = 0; i < ex.size(); ++i) {
    std::vector<std::string> a, b;
    for (std::stringstream ss(ex[i]); ss.good();) a.emplace_back(), std::getline(ss, a.back(), '\t');
    for (std::stringstream ss(kmeans[i]); ss.good();) b.emplace_back(), std::getline(ss, b.back(), '\t');
    ASSERT_EQ(a.size(), b.size()) << ex[i];
    EXPECT_EQ(a[1], b[1]);  // same word (or caps entry) in the same order
    if (a[0] != "C") {
      EXPECT_EQ(a, b);  // caps statistics untouched
      continue;
    }
    ASSERT_EQ(a.size(), 7u) << ex[i];
    for (size_t l = 0; l < 4; ++l) EXPECT_LT(std::stoul(a[2 + l]), sizes[l]) << ex[i];
    EXPECT_EQ(a[6], b[6]);  // word count
  }
  fs::remove_all(dir);
}

}  // namespace
