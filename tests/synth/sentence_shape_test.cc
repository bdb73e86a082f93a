// Sentence shape: what makes a sentence unfit to be cited out of context.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/ascii.h"
#include "synth/boilerplate.h"
#include "synth/sentence_shape.h"

namespace parallax::synth {
namespace {

TEST(SentenceShapeTest, OpeningsThatLeanOrRefer) {
  EXPECT_EQ(OpeningOf("The council voted on Monday."), Opening::kStandsAlone);
  EXPECT_EQ(OpeningOf("But the council voted on Monday."), Opening::kLeans);
  EXPECT_EQ(OpeningOf("However, the vote failed."), Opening::kLeans);
  EXPECT_EQ(OpeningOf("However the vote went, it mattered."), Opening::kStandsAlone);
  EXPECT_EQ(OpeningOf("It may take them weeks."), Opening::kRefers);
  EXPECT_EQ(OpeningOf("They'll fight against it."), Opening::kRefers);
  EXPECT_EQ(OpeningOf("You, the queen of warmongers, have come out."), Opening::kRefers);
  EXPECT_EQ(OpeningOf("Earlier that day, a bomb blew up in Seaside Park."), Opening::kRefers);
  EXPECT_EQ(OpeningOf("The next morning the streets were quiet."), Opening::kRefers);
  EXPECT_EQ(OpeningOf("Earlier, a bomb blew up in Seaside Park."), Opening::kStandsAlone);
  // Transcript turns: a speaker in capitals and a colon, non-ASCII letters too.
  EXPECT_EQ(OpeningOf("AMY SMITH: We begin today with the vote."), Opening::kRefers);
  EXPECT_EQ(OpeningOf("JUAN GONZ\u00c1LEZ: The vote failed."), Opening::kRefers);
  EXPECT_EQ(OpeningOf("WASHINGTON \u2014 The vote failed."), Opening::kStandsAlone);  // a dateline, no colon
  EXPECT_EQ(OpeningOf("Update: the vote failed."), Opening::kStandsAlone);           // not all capitals
}

TEST(SentenceShapeTest, FirstPersonOutsideQuotesOnly) {
  EXPECT_TRUE(SpeaksInFirstPerson("For me, this vote is personal and we know it."));
  EXPECT_FALSE(SpeaksInFirstPerson("\u201cWe will win,\u201d the mayor said."));
  EXPECT_FALSE(SpeaksInFirstPerson("\"I am done,\" she said of the vote."));
  EXPECT_FALSE(SpeaksInFirstPerson("The US and Iran met."));  // "US" is not "us"
  // A closing curly mark ends the quotation: the writer's "we" after it counts.
  EXPECT_TRUE(SpeaksInFirstPerson("\u201cIt failed,\u201d we said."));
  // Other three-byte punctuation (an em dash, a right single quote) is not a quotation mark.
  EXPECT_TRUE(SpeaksInFirstPerson("The vote \u2014 our vote \u2014 failed."));
  EXPECT_TRUE(SpeaksInFirstPerson("Mayor\u2019s aide told us it failed."));
  // Longer words that start like a first-person word are not one; a cut-off mark at the end reads nothing.
  EXPECT_FALSE(SpeaksInFirstPerson("Myers and Weston met in Ourense. \xE2\x80"));
}

TEST(SentenceShapeTest, WhatCanStateAFact) {
  EXPECT_TRUE(StatesAFact("Police said Scott had a gun."));
  EXPECT_TRUE(StatesAFact("He was arrested on Monday."));  // a pronoun still states what happened
  EXPECT_FALSE(StatesAFact("Was it all America expected? "));
  EXPECT_FALSE(StatesAFact("And also, talk about North Carolina, your state."));
  EXPECT_FALSE(StatesAFact("AMY GOODMAN: Other footage shows him walking away."));
  EXPECT_FALSE(StatesAFact("I watched the footage twice."));
  EXPECT_FALSE(StatesAFact("The mayor's office sent this statement:"));
  EXPECT_FALSE(StatesAFact("Bridge Suspect Remains In Serious Condition."));
  EXPECT_FALSE(StatesAFact("\u2022 Police capture bridge suspect in Linden"));  // a link's text
  EXPECT_FALSE(StatesAFact("Mayor to Linden: 'You will build again'"));          // a headline
  EXPECT_TRUE(StatesAFact("\u201cWe will build again,\u201d the mayor said."));
  EXPECT_TRUE(StatesAFact("The mayor said the bridge was \u201cdone.\u201d"));
}

TEST(SentenceShapeTest, HeadingsAndLeadIns) {
  EXPECT_TRUE(ReadsAsHeading("Some Clues On Social Media:"));
  EXPECT_TRUE(ReadsAsHeading("Here is one of the videos the police released: "));
  EXPECT_TRUE(ReadsAsHeading("Council Votes To Fund The Bridge"));
  EXPECT_TRUE(ReadsAsHeading("Harbor Bridge Vote: Thursday's Developments"));
  EXPECT_FALSE(ReadsAsHeading("The council voted to fund the bridge."));
  EXPECT_FALSE(ReadsAsHeading("Mayor Jane Doe spoke."));           // three capitals: a short sentence
  EXPECT_FALSE(ReadsAsHeading("Jane Doe Smith told CBS News on Monday."));  // "told": prose
  EXPECT_FALSE(ReadsAsHeading("Present: none"));                   // no colon at the end
}

// An article whose body is `texts` joined by single spaces, one sentence
// each (the sentence span covers its text exactly).
Article ArticleOf(const std::vector<std::string>& texts) {
  Article a;
  for (const std::string& t : texts) {
    if (!a.body.empty()) a.body += ' ';
    const auto begin = static_cast<uint32_t>(a.body.size());
    a.body += t;
    a.sentences.push_back({Span{begin, static_cast<uint32_t>(a.body.size())}, 0, 0, 0});
  }
  return a;
}

TEST(SentenceShapeTest, StoryMemoAnswersAsTheTestsOnTheTrimmedText) {
  const std::vector<std::string> first = {
      "Police said Scott had a gun.", "But the vote failed.", "  It may take them weeks. ",
      "For me, this vote is personal.", "Some Clues On Social Media:",
      "The Associated Press contributed to this report.", "AMY SMITH: We begin today.",
      "\u201cWe will win,\u201d the mayor said.", "Was it all America expected?", ""};
  const std::vector<std::string> second = {"Sign up for our newsletter.", "He was arrested on Monday.",
                                           "Council Votes To Fund The Bridge"};
  const Article a = ArticleOf(first), b = ArticleOf(second);
  const std::vector<const Article*> articles = {&a, &b};
  SentenceShapes shapes(articles);
  // Twice: the second round reads the memo.
  for (int round = 0; round < 2; ++round) {
    for (uint32_t i = 0; i < articles.size(); ++i) {
      const Article& art = *articles[i];
      for (uint32_t k = 0; k < art.sentences.size(); ++k) {
        const std::string_view raw = art.sentences[k].span.Of(art.body);
        const std::string_view text = core::TrimAscii(raw);
        SCOPED_TRACE(std::string(raw));
        EXPECT_EQ(shapes.IsBoilerplate(i, k), IsBoilerplateSentence(text));
        EXPECT_EQ(shapes.ReadsAsHeading(i, k), ReadsAsHeading(text));
        EXPECT_EQ(shapes.SpeaksInFirstPerson(i, k), SpeaksInFirstPerson(text));
        EXPECT_EQ(shapes.OpeningOf(i, k), OpeningOf(text));
        EXPECT_EQ(shapes.StatesAFact(i, k), StatesAFact(raw));
      }
    }
  }
  // Spot checks that the answers are the tests' (not all one value).
  EXPECT_TRUE(shapes.StatesAFact(0, 0));
  EXPECT_EQ(shapes.OpeningOf(0, 1), Opening::kLeans);
  EXPECT_EQ(shapes.OpeningOf(0, 2), Opening::kRefers);  // trimmed: "It ..."
  EXPECT_TRUE(shapes.SpeaksInFirstPerson(0, 3));
  EXPECT_TRUE(shapes.ReadsAsHeading(0, 4));
  EXPECT_TRUE(shapes.IsBoilerplate(0, 5));
  EXPECT_TRUE(shapes.IsBoilerplate(1, 0));
  EXPECT_FALSE(shapes.IsBoilerplate(1, 1));
  EXPECT_TRUE(shapes.ReadsAsHeading(1, 2));
  EXPECT_FALSE(shapes.StatesAFact(0, 8));
  EXPECT_FALSE(shapes.StatesAFact(0, 9));  // empty
}

TEST(SentenceShapeTest, StoryMemoToleratesANullArticle) {
  const Article a = ArticleOf({"Police said Scott had a gun."});
  const std::vector<const Article*> articles = {nullptr, &a};
  SentenceShapes shapes(articles);
  EXPECT_TRUE(shapes.StatesAFact(1, 0));
}

}  // namespace
}  // namespace parallax::synth
