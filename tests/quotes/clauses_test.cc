// The quotes annotator's session-16 rules on constructed paragraphs (with the real NER model),
// found on the weak development splits (allsides-blind7, allsides-blind10): the antecedent of a
// "who" before the cue, a partial quote inside the clause another cue reports, a name after
// title words in apposition to an unnamed description, and a short given name with a suffix.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// "it was Mary who said": a cleft names the speaker before "who" (not the spokesperson who spoke last).
TEST(Clauses, ThePersonBeforeWhoSpeaks) {
  Article a = FromParagraphs(
      {"Senator Mary Landrieu talks a lot, and her aides know it. Mr. Kennedy’s spokesperson has said that "
       "picking Mary Landrieu was the best decision the party had ever made.",
       "Remember, it was Mary who famously observed, \u201CThe first job of this office is the "
       "people of the state and nothing else.\u201D"});
  std::vector<std::string> got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back(), "Mary Landrieu|person|d");
}

// "Senator Lee insisted that Ms. Brown told “...”": the partial quote in the reported clause is
// the senator's words; so is one after "saying the committee maintained".
TEST(Clauses, APartialQuoteInAReportedClauseIsTheOuterSpeakers) {
  Article a = FromParagraphs(
      {"Senator Mike Lee of Utah insisted that Ms. Brown told \u201Ca story nobody could check\u201D during the "
       "hearing on Tuesday.",
       "Robert Harlan, the former party chairman, said he had doubts about the deal, saying the "
       "committee maintained the \u201Cright to walk away from the table at any time\u201D until the vote."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.front(), "Mike Lee|person|d");
  EXPECT_EQ(got.back(), "Robert Harlan|person|d");
  // Not when the quote is inside the inner cue's own that-clause: those words stay the inner speaker's.
  Article b = FromParagraphs(
      {"Mr. Comey met the president at the White House again in February. This time, he wrote that "
       "Mr. Trump told him that Mr. Flynn \u201Chad not done anything wrong\u201D in calling the ambassador."});
  got = Attributions(b);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back(), "Trump|person|d");
}

// "said Agra's top local official, District Magistrate Ravi N Kumar": the name after title words
// in apposition to the unnamed description is the speaker.
TEST(Clauses, ANameAfterTitleWordsNamesTheDescription) {
  Article a = FromParagraphs(
      {"The city has struggled with a second wave of infections since March.",
       "\u201CIf it had not spread in the hospitals, we would have been able to contain it,\u201D said the "
       "city\u2019s top local official, District Magistrate Ravi N Kumar."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Ravi N Kumar|person|d"}));
}

// "Don Jr." is the "Donald Smith Jr." the article names in full.
TEST(Clauses, AShortGivenNameWithASuffixJoinsTheFullName) {
  Article a = FromParagraphs(
      {"Donald Smith Jr. met the lawyer in June at the tower in New York.",
       "Don Jr., having read the email, said, \u201CGreat, I love it, bring it on.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Donald Smith Jr.|person|d"}));
}

}  // namespace
}  // namespace parallax::quotes
