// The speaker-candidate model: its weight file format, the compiled-in
// weights, and what it does to quotes the rules leave without a speaker.
#include "annotate/quotes/speaker_model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "annotate/annotator.h"
#include "ingest/reader.h"
#include "text/article_builder.h"

namespace parallax::quotes {
namespace {

TEST(SpeakerModel, ParsesWeightsAndScoresFeatureSums) {
  auto m = SpeakerModel::Parse("# parallax quote-speaker model v1\n# comment\nany|a\t1.5\nany|b\t-0.25\n");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_DOUBLE_EQ(m->Score({"any|a", "any|b", "any|unknown"}), 1.25);
  EXPECT_DOUBLE_EQ(m->Score({}), 0);
}

TEST(SpeakerModel, RejectsFilesWithoutHeaderOrWithBadWeights) {
  EXPECT_FALSE(SpeakerModel::Parse("any|a\t1\n").ok());
  auto bad = SpeakerModel::Parse("# parallax quote-speaker model v1\nany|a\tlots\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().ToString().find("line 2"), std::string::npos) << bad.status().ToString();
  EXPECT_FALSE(SpeakerModel::Parse("# parallax quote-speaker model v1\nno tab here\n").ok());
}

TEST(SpeakerModel, CompiledInWeightsAreFitted) {
  // A reporting cue right after a candidate is the strongest sign of a speaker; a
  // prepositional object is not one.
  const SpeakerModel& m = SpeakerModel::Default();
  EXPECT_GT(m.Score({"any|cue:subject"}), 0);
  EXPECT_LT(m.Score({"any|prep:object"}), 0);
}

Article Annotated(const std::vector<std::string>& paragraphs, const QuoteOptions& options) {
  ingest::RawDocument d;
  d.uri = "test.txt";
  d.format = "text";
  for (const auto& p : paragraphs) d.blocks.push_back(ingest::Block{p});
  auto a = text::BuildArticle(std::move(d));
  EXPECT_TRUE(a.ok()) << a.status().ToString();
  if (!a.ok()) return {};
  auto annotators = annotate::MakeAnnotators({"ner", "coref"});
  EXPECT_TRUE(annotators.ok());
  if (annotators.ok()) {
    for (const auto& an : *annotators) EXPECT_TRUE(an->Annotate(&*a).ok());
  }
  FindQuotations(&*a, options);
  return std::move(*a);
}

TEST(SpeakerModel, ExplainSeesEveryKeptQuoteWithAnAbstainingCandidate) {
  std::vector<std::string> needs;
  size_t abstaining = 0;
  QuoteOptions options;
  options.explain = [&](const Span&, std::string_view need, const std::vector<SpeakerChoice>& choices) {
    needs.emplace_back(need);
    for (const auto& c : choices) abstaining += c.name.empty();
  };
  Article a = Annotated({"Governor Ann Richards toured the flooded towns on Monday.",
                         "\u201CWe will rebuild every single home in this county,\u201D Richards said."},
                        options);
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Ann Richards");
  EXPECT_EQ(needs, (std::vector<std::string>{"any:ruled"}));
  EXPECT_EQ(abstaining, 1u);
}

TEST(SpeakerModel, OffLeavesUnattributedQuotesUnnamed) {
  QuoteOptions off;
  off.speaker_model = false;
  std::vector<std::string> paragraphs = {
      "Governor Ann Richards toured the flooded towns on Monday and met the families.",
      "The damage was worse than the state had feared. \u201CWe will rebuild every single home in this county.\u201D"};
  Article rules = Annotated(paragraphs, off);
  ASSERT_EQ(rules.quotes.size(), 1u);
  EXPECT_EQ(rules.quotes[0].speaker_name, "");
  Article model = Annotated(paragraphs, QuoteOptions{});
  ASSERT_EQ(model.quotes.size(), 1u);
  EXPECT_EQ(model.quotes[0].speaker_name, "Ann Richards");
}

// QuoteOptions::speaker_weights replaces the compiled-in weights (training tools score a refit
// with it): weights that always abstain leave the quote unnamed, as with the model off.
TEST(SpeakerModel, GivenWeightsReplaceTheCompiledInOnes) {
  std::vector<std::string> paragraphs = {
      "Governor Ann Richards toured the flooded towns on Monday and met the families.",
      "The damage was worse than the state had feared. \u201CWe will rebuild every single home in this county.\u201D"};
  auto abstain = SpeakerModel::Parse("# parallax quote-speaker model v1\nany|none\t100\n");
  ASSERT_TRUE(abstain.ok());
  QuoteOptions options;
  options.speaker_weights = &*abstain;
  Article a = Annotated(paragraphs, options);
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker_name, "");
  auto person = SpeakerModel::Parse("# parallax quote-speaker model v1\nany|type:person\t1\n");
  ASSERT_TRUE(person.ok());
  options.speaker_weights = &*person;
  Article b = Annotated(paragraphs, options);
  ASSERT_EQ(b.quotes.size(), 1u);
  EXPECT_EQ(b.quotes[0].speaker_name, "Ann Richards");
}

// The work per quotation is bounded: in one paragraph of hundreds of sentences, each with two
// names and a quote the rules leave unnamed, a quote sees the candidates of the sentences just
// before it, not the whole paragraph (the candidates grew with the square of the paragraph).
TEST(SpeakerModel, CandidatesComeFromABoundedWindowBeforeTheQuote) {
  const char* names[] = {"Dana Holt", "Mark Reyes", "Lena Ford", "Omar Patel", "Kim Barros", "Ruth Adler"};
  std::string paragraph;
  const int kSentences = 240;
  for (int i = 0; i < kSentences; ++i) {
    paragraph += "Mayor " + std::string(names[i % 6]) + " met Governor " + names[(i + 1) % 6] +
                 " on Tuesday. \u201CThe plan for item " + std::to_string(i) + " is late and costs too much.\u201D ";
  }
  paragraph.pop_back();
  size_t calls = 0, most = 0, total = 0;
  QuoteOptions options;
  options.explain = [&](const Span&, std::string_view, const std::vector<SpeakerChoice>& choices) {
    ++calls;
    most = std::max(most, choices.size());
    total += choices.size();
  };
  Article a = Annotated({paragraph}, options);
  ASSERT_GE(calls, static_cast<size_t>(kSentences / 2));
  EXPECT_GE(most, 40u);   // the window holds the sentences just before
  EXPECT_LE(most, 100u);  // and not the whole paragraph: 40 sentences of two names and the quote's own
  EXPECT_LE(total, calls * 100);
}

// A quotation whose marks lie outside every sentence (a sentence layer that does not cover the
// paragraph) gets the same bounded window: the sentences just before its marks, not every
// mention of the article so far.
TEST(SpeakerModel, CandidatesOfAQuoteOutsideTheSentencesAreBounded) {
  const char* names[] = {"Dana Holt", "Mark Reyes", "Lena Ford", "Omar Patel", "Kim Barros", "Ruth Adler"};
  std::vector<std::string> paragraphs;
  const int kSentences = 240;
  std::string paragraph;
  for (int i = 0; i < kSentences; ++i) {
    paragraph += "Mayor " + std::string(names[i % 6]) + " met Governor " + names[(i + 1) % 6] + " about item " +
                 std::to_string(i) + ". ";
    if (i % 10 == 9) {
      paragraph.pop_back();
      paragraphs.push_back(paragraph);
      paragraph.clear();
    }
  }
  paragraphs.push_back("\u201CThe plan for the bridge is late and costs too much.\u201D");
  ingest::RawDocument d;
  d.uri = "test.txt";
  d.format = "text";
  for (const auto& p : paragraphs) d.blocks.push_back(ingest::Block{p});
  auto built = text::BuildArticle(std::move(d));
  ASSERT_TRUE(built.ok()) << built.status().ToString();
  Article a = std::move(*built);
  auto annotators = annotate::MakeAnnotators({"ner", "coref"});
  ASSERT_TRUE(annotators.ok());
  for (const auto& an : *annotators) ASSERT_TRUE(an->Annotate(&a).ok());
  // Drop the last paragraph's sentences: its quote marks now lie outside every sentence.
  const uint32_t last_paragraph = static_cast<uint32_t>(a.paragraphs.size() - 1);
  while (!a.sentences.empty() && a.sentences.back().paragraph == last_paragraph) a.sentences.pop_back();
  ASSERT_GE(a.entities.size(), static_cast<size_t>(kSentences));
  size_t calls = 0, most = 0;
  QuoteOptions options;
  options.explain = [&](const Span&, std::string_view, const std::vector<SpeakerChoice>& choices) {
    ++calls;
    most = std::max(most, choices.size());
  };
  FindQuotations(&a, options);
  ASSERT_EQ(calls, 1u);
  EXPECT_GE(most, 40u);   // the sentences just before the marks
  EXPECT_LE(most, 100u);  // not all of the article's ~480 mentions
}

}  // namespace
}  // namespace parallax::quotes
