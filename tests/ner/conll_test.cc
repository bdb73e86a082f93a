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

TEST(ConllTest, SentenceErrorsGroupsMissedTypeBoundaryAndSpurious) {
  // Gold: [PER 0-1] [LOC 3] [ORG 5] [MISC 7]; predicted: [PER 0] (boundary),
  // [ORG 3] (type), nothing at 5 (missed), [MISC 7] (right), [LOC 8] (spurious).
  const std::vector<std::string> gold = {"B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "O", "B-MISC", "O"};
  const std::vector<std::string> pred = {"B-PER", "O", "O", "B-ORG", "O", "O", "O", "B-MISC", "B-LOC"};
  auto errors = SentenceErrors(gold, pred);
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_EQ(errors[0].kind, ChunkError::kBoundary);
  EXPECT_EQ(errors[0].gold.last, 1u);
  EXPECT_EQ(errors[0].predicted.last, 0u);
  EXPECT_EQ(errors[1].kind, ChunkError::kType);
  EXPECT_EQ(errors[1].gold.type, TypeIndex("LOC"));
  EXPECT_EQ(errors[1].predicted.type, TypeIndex("ORG"));
  EXPECT_EQ(errors[2].kind, ChunkError::kMissed);
  EXPECT_EQ(errors[2].gold.first, 5u);
  EXPECT_EQ(errors[3].kind, ChunkError::kSpurious);
  EXPECT_EQ(errors[3].predicted.first, 8u);
  // The keep filter drops chunks on both sides: only the spurious one is left.
  errors = SentenceErrors(gold, pred, [](const LabelSpan& s) { return s.first >= 8; });
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].kind, ChunkError::kSpurious);
}

}  // namespace
}  // namespace parallax::ner
