#include "annotate/ner/conll.h"

#include <gtest/gtest.h>

namespace parallax::ner {
namespace {

TEST(ConllTest, SplitsDocumentsAndSentences) {
  auto f = ParseConll("-DOCSTART- -X- -X- O\n\nAlpha NNP B-NP B-PER\nruns VBZ B-VP O\n\nBeta NNP B-NP B-ORG\n"
                      "-DOCSTART- -X- -X- O\n\nGamma NNP B-NP B-LOC\n");
  ASSERT_TRUE(f.ok());
  ASSERT_EQ(f->documents.size(), 2u);
  EXPECT_EQ(f->documents[0].sentences.size(), 2u);
  EXPECT_EQ(f->documents[0].sentences[0].size(), 2u);
  EXPECT_EQ(ConllColumn(f->lines[f->documents[1].sentences[0][0]], 0), "Gamma");
  EXPECT_EQ(ConllColumn(f->lines[f->documents[1].sentences[0][0]], -1), "B-LOC");
}

TEST(ConllTest, FileWithoutDocstartIsOneDocument) {
  auto f = ParseConll("a O\nb O\n\nc O");
  ASSERT_TRUE(f.ok());
  ASSERT_EQ(f->documents.size(), 1u);
  EXPECT_EQ(f->documents[0].sentences.size(), 2u);
}

TEST(ConllTest, RejectsInvalidUtf8) {
  auto f = ParseConll("ok O\nbad\xFF O\n");
  ASSERT_FALSE(f.ok());
  EXPECT_NE(f.status().message().find("line 2"), std::string::npos);
}

TEST(ConllTest, ScoresWithConllevalSemantics) {
  EvalResult r;
  // Gold: [PER 0-1] [LOC 3]; predicted: [PER 0] (boundary error) [LOC 3] [ORG 4] (spurious).
  AccumulateEval({"B-PER", "I-PER", "O", "B-LOC", "O"}, {"B-PER", "O", "O", "B-LOC", "B-ORG"}, &r);
  EXPECT_EQ(r.overall.gold, 2u);
  EXPECT_EQ(r.overall.predicted, 3u);
  EXPECT_EQ(r.overall.correct, 1u);
  EXPECT_NEAR(r.overall.Precision(), 100.0 / 3, 1e-9);
  EXPECT_NEAR(r.overall.Recall(), 50.0, 1e-9);
  EXPECT_NEAR(r.overall.F1(), 40.0, 1e-9);
  EXPECT_EQ(r.per_type[TypeIndex("LOC")].correct, 1u);
  EXPECT_EQ(r.per_type[TypeIndex("PER")].correct, 0u);
  EXPECT_EQ(r.tokens, 5u);
  EXPECT_EQ(r.tokens_correct, 3u);
}

TEST(ConllTest, EvalKeepFilterCountsOnlyAcceptedChunks) {
  EvalResult r;
  // Keep chunks that start at token 3 or later: gold [LOC 3]; predicted [LOC 3] [ORG 4].
  AccumulateEval({"B-PER", "I-PER", "O", "B-LOC", "O"}, {"B-PER", "O", "O", "B-LOC", "B-ORG"}, &r,
                 [](const LabelSpan& s) { return s.first >= 3; });
  EXPECT_EQ(r.overall.gold, 1u);
  EXPECT_EQ(r.overall.predicted, 2u);
  EXPECT_EQ(r.overall.correct, 1u);
  EXPECT_EQ(r.per_type[TypeIndex("PER")].gold, 0u);
  EXPECT_EQ(r.tokens, 5u);  // token accuracy still counts every token
}

}  // namespace
}  // namespace parallax::ner
