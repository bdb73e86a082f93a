// The quotes annotator's session-17 rule for attributions that follow a quote as a clause
// (trailing.cc), on constructed paragraphs with the real NER model: "“...,” as X wrote" and
// "“...,” in the words of X", also for two-word partial quotes, which the rules otherwise drop
// as too short when they name no speaker.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// "If “...,” as Kowalski wrote in her memoir, ...": the clause after the mark names the writer.
TEST(Trailing, AsXWroteNamesTheWriter) {
  Article a = FromParagraphs(
      {"Margaret Kowalski spent two decades studying how small towns lose their newspapers.",
       "If \u201Chabits fade,\u201D as Kowalski wrote in her memoir, then local news is fading fast in "
       "the rural counties of the state."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Margaret Kowalski|person|d"}));
}

// "“...,” in the words of Tomas Berg, a co-founder of ..., that ...": two quoted words kept and named.
TEST(Trailing, InTheWordsOfXNamesTheSpeaker) {
  Article a = FromParagraphs(
      {"Farming let early villages build \u201Cstored summers,\u201D in the words of Tomas Berg, a co-founder "
       "of the Granary Institute, that carried them through long winters."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Tomas Berg|person|d"}));
}

// "as one analyst put it": an unnamed source by its description.
TEST(Trailing, AsOneAnalystPutItIsAnonymous) {
  Article a = FromParagraphs(
      {"The merger left the two banks with \u201Ca lot of explaining to do,\u201D as one analyst put it, and "
       "the regulators agreed."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "one analyst|anonymous|d");
}

// Not a speaker: "as" comparing, with no cue after it, keeps the old reading (a short scare quote
// with no speaker is dropped); nor a term after a determiner that the clause's speaker discusses.
TEST(Trailing, AsWithoutACueNamesNoOne) {
  Article a = FromParagraphs(
      {"The plan was sold as \u201Cfiscal prudence,\u201D as much as anything else in the budget."});
  EXPECT_TRUE(Attributions(a).empty());
  // Nor does a short quote after a determiner: a term the clause's speaker discusses.
  Article b = FromParagraphs(
      {"There was never a “golden age,” as the historian Ann Ruiz points out in her new book."});
  EXPECT_TRUE(Attributions(b).empty());
}

}  // namespace
}  // namespace parallax::quotes
