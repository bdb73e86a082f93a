#include "annotate/ner/tagger.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "annotate/ner/rough_tokenizer.h"

namespace parallax::ner {
namespace {

const std::string kModel = std::string(PARALLAX_SOURCE_DIR) + "/models/ner-en.bin";

class TaggerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto t = Tagger::Load(kModel);
    ASSERT_TRUE(t.ok()) << t.status().ToString();
    tagger_ = std::move(t).value().release();
  }
  static void TearDownTestSuite() { delete tagger_; }

  // Tags raw text (rough tokenizer) and returns "TYPE:surface" strings.
  static std::vector<std::string> Tag(const std::string& text, std::vector<Mention>* all = nullptr) {
    std::vector<std::string_view> toks;
    TokenizeRough(text, &toks);
    auto sentences = SplitSentencesRough(toks);
    auto mentions = tagger_->TagDocument(sentences);
    std::vector<std::string> out;
    for (size_t s = 0; s < sentences.size(); ++s) {
      for (const Mention& m : mentions[s]) {
        std::string surface;
        for (uint32_t k = m.first_token; k <= m.last_token; ++k) {
          if (k > m.first_token) surface += ' ';
          surface += sentences[s][k];
        }
        out.push_back(m.type + ":" + surface);
        if (all) all->push_back(m);
      }
    }
    return out;
  }
  static bool Has(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  }
  static Tagger* tagger_;
};
Tagger* TaggerTest::tagger_ = nullptr;

TEST_F(TaggerTest, FindsTypedMentionsInFictionalNews) {
  auto m = Tag("Maria Kowalczyk , the chief executive of Norvatec Holdings , flew to Paris on Monday "
               "to meet officials of the European Commission .");
  EXPECT_TRUE(Has(m, "PER:Maria Kowalczyk")) << ::testing::PrintToString(m);
  EXPECT_TRUE(Has(m, "ORG:Norvatec Holdings")) << ::testing::PrintToString(m);
  EXPECT_TRUE(Has(m, "LOC:Paris")) << ::testing::PrintToString(m);
  EXPECT_TRUE(Has(m, "ORG:European Commission")) << ::testing::PrintToString(m);
  EXPECT_FALSE(Has(m, "PER:Monday"));
}

TEST_F(TaggerTest, HandlesHeadlinesAndTypography) {
  auto m = Tag("GERMANY BEAT BRAZIL IN FRIENDLY .");
  EXPECT_TRUE(Has(m, "LOC:GERMANY")) << ::testing::PrintToString(m);
  // Curly quotes and the possessive split off the name.
  std::vector<Mention> all;
  auto q = Tag("\xE2\x80\x9CWe will not wait,\xE2\x80\x9D said Xi Jinping\xE2\x80\x99s envoy in the U.S. capital.", &all);
  EXPECT_TRUE(Has(q, "PER:Xi Jinping")) << ::testing::PrintToString(q);
  EXPECT_TRUE(Has(q, "LOC:U.S.")) << ::testing::PrintToString(q);
  for (const Mention& x : all) {
    EXPECT_GT(x.confidence, 0.f);
    EXPECT_LE(x.confidence, 1.f);
  }
}

TEST_F(TaggerTest, DerivesSubtypes) {
  std::vector<Mention> all;
  auto m = Tag("Delegates from France met in Dubai for COP28 , the climate summit .", &all);
  ASSERT_TRUE(Has(m, "LOC:France")) << ::testing::PrintToString(m);
  for (const Mention& x : all) {
    if (x.type == "LOC") {
      EXPECT_EQ(x.subtype, "GPE");
    }
  }
}

TEST_F(TaggerTest, EmptyAndOddInputDoNotCrash) {
  EXPECT_TRUE(tagger_->TagDocument({}).empty());
  std::vector<std::vector<std::string_view>> odd = {{}, {"", "\xFF\xFE", "\xE2\x80"}, {"."}};
  auto r = tagger_->TagDocument(odd);
  EXPECT_EQ(r.size(), 3u);
}

// The tagger's per-thread scratch (token and score caches) is pooled: tagging
// from several threads at once, with caches warmed by different documents,
// must give what tagging one document at a time gives.
TEST_F(TaggerTest, ConcurrentTaggingMatchesSequential) {
  const std::vector<std::string> texts = {
      "Norvatec Holdings said on Monday that its chief executive, Anna Berg, would visit Paris.",
      "UN climate envoy John Kerry met Xie Zhenhua in Beijing. Kerry said the talks were frank.",
      "Siemens AG and the European Central Bank met in Frankfurt. Berg was not there.",
      "WASHINGTON -- Senator Tammy Baldwin of Wisconsin spoke to Reuters about NATO."};
  std::vector<std::vector<std::string>> want;
  for (const auto& t : texts) want.push_back(Tag(t));
  std::vector<std::vector<std::vector<std::string>>> got(4);
  std::vector<std::thread> threads;
  for (size_t k = 0; k < got.size(); ++k) {
    threads.emplace_back([&, k] {
      for (int round = 0; round < 20; ++round)
        for (size_t d = 0; d < texts.size(); ++d) got[k].push_back(Tag(texts[(d + k) % texts.size()]));
    });
  }
  for (auto& t : threads) t.join();
  for (size_t k = 0; k < got.size(); ++k) {
    ASSERT_EQ(got[k].size(), 20 * texts.size());
    for (size_t n = 0; n < got[k].size(); ++n) EXPECT_EQ(got[k][n], want[(n + k) % texts.size()]) << k << ":" << n;
  }
  EXPECT_TRUE(Has(want[1], "PER:John Kerry"));
}

TEST_F(TaggerTest, GoldenOnSeeds) {
  std::string dir = std::string(PARALLAX_SHARED_DIR) + "/seeds";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no seeds at " << dir;
  std::vector<std::string> all;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    for (size_t start = 0; start < text.size();) {  // paragraph by paragraph, one document per file
      size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      start = end + 1;
    }
    auto m = Tag(text);
    all.insert(all.end(), m.begin(), m.end());
  }
  EXPECT_TRUE(Has(all, "PER:Xie Zhenhua")) << "seed mentions";
  EXPECT_TRUE(Has(all, "ORG:Bloomberg Philanthropies"));
  EXPECT_TRUE(Has(all, "LOC:Beijing"));
  EXPECT_TRUE(Has(all, "PER:John Kerry"));
  EXPECT_FALSE(Has(all, "PER:Beijing"));
}

TEST(ModelPathTest, EnvironmentOverrides) {
  ::setenv("PARALLAX_MODELS", "/nonexistent-dir", 1);
  EXPECT_EQ(DefaultModelPath().status().code(), Status::Code::kNotFound);
  ::setenv("PARALLAX_MODELS", (std::string(PARALLAX_SOURCE_DIR) + "/models").c_str(), 1);
  auto p = DefaultModelPath();
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(*p, kModel);
  ::unsetenv("PARALLAX_MODELS");
  EXPECT_TRUE(DefaultModelPath().ok());
}

}  // namespace
}  // namespace parallax::ner
