// Indirect speech (indirect.cc) on constructed paragraphs, with the real NER model: the session-16
// rules found on indirect-dev (docs/quotes.md, "Session 16: indirect speech measured").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::FromParagraphs;
constexpr auto Indirect = test_util::IndirectAttributions;

// "Experts say ...", "He claims ...": present and plural cues.
TEST(Indirect, PresentAndPluralCues) {
  Article a = FromParagraphs({"Experts say extremists are often radicalized on much smaller sites.",
                              "John Smith is a lawyer in Denver. He claims his fame helped him get the bank records."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_TRUE(got[0].starts_with("Experts|"));
  EXPECT_EQ(got[1], "John Smith|person|i");
}

// "Chinese claims to the islands": "claims" after no pronoun stays a noun.
TEST(Indirect, ClaimsAsNounIsNoCue) {
  Article a = FromParagraphs({"The Chinese claims to the islands in the sea have grown stronger every year."});
  EXPECT_TRUE(Indirect(a).empty());
}

// "The company on Thursday said ...": a time adverbial between subject and cue.
TEST(Indirect, AdverbialBetweenSubjectAndCue) {
  Article a = FromParagraphs({"The company on Thursday said it will start placing a notice over posts that break its rules."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "The company|organization|i");
}

// "..., a police spokesman told reporters on Friday.": a trailing attribution with a short tail.
TEST(Indirect, TrailingAttributionWithTail) {
  Article a = FromParagraphs({"The survivors were treated for minor injuries at the hospital, a police spokesman told "
                              "reporters on Friday."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_TRUE(got[0].starts_with("a police spokesman|"));
}

// "..., she wrote in her post.": a post is a social source.
TEST(Indirect, WroteInHerPostIsSocial) {
  Article a = FromParagraphs({"Rider Jane Miller was charged a lot for her ride home.",
                              "It was too much for a short ride while the buses are delayed, she wrote in her post."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Jane Miller|social|i");
}

// "X argued against removing ...": a preposition opens a complement, not a reported clause.
TEST(Indirect, PrepositionAfterCueIsNoReport) {
  Article a = FromParagraphs({"The company has previously argued against removing problematic posts from world leaders."});
  EXPECT_TRUE(Indirect(a).empty());
}

// "..., although she assured the paper that ...": a subject opening a subordinate clause reports.
TEST(Indirect, SubjectAfterSubordinator) {
  Article a = FromParagraphs({"Dr. Jane Roe did not call the families on Sunday, although she assured the paper that "
                              "she was in the process of calling them."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Jane Roe|person|i");
}

// "..., and as the Times noted, he didn't ...": a parenthetical "as X noted" reports what follows.
TEST(Indirect, AsXNoted) {
  Article a = FromParagraphs({"Mr. Avery attacked his critics, and as the Boston Globe noted, he did not provide any "
                              "specifics about the deal."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "The Boston Globe|outlet|i");  // session 18: the Globe is a registered outlet
}

// "Some riders claimed ...", "Cops say ...": unnamed groups, anonymous or (the police) a body.
TEST(Indirect, UnnamedGroupsSpeak) {
  Article a = FromParagraphs({"Some riders claimed that the fares from both companies quadrupled during the storm.",
                              "Cops say they were called about 5 p.m. to a shooting scene near the market."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Some riders|anonymous|i");
  EXPECT_EQ(got[1], "Cops|organization|i");
}

// "according to KCPQ-TV": a call sign is an outlet.
TEST(Indirect, CallSignIsAnOutlet) {
  Article a = FromParagraphs({"Both men were standing outside when the gunfire erupted, according to KCPQ-TV."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "KCPQ-TV|outlet|i");
}

}  // namespace
}  // namespace parallax::quotes
