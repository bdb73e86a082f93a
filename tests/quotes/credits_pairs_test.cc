// The quotes annotator's session-16 rules on constructed paragraphs (with the real NER model),
// found on allsides-blind15's errors: dash-led credit lines under a report's quotes, two named
// people referred to as a group, a transcript's question and answer lines.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// A report's quotes, each over a dash-led line naming its source with a long lower-case
// description: the line is the credit, however long, and the next quote is not the previous one's.
TEST(Credits, DashLedLinesUnderQuotesNameTheirSpeakers) {
  Article a = FromParagraphs(
      {"The group published quotes from swimmers it interviewed for the study.",
       "\u201CThe coach shouted at us every morning and nobody was allowed to leave the pool early.\u201D",
       "\u2013 Kenji M. (pseudonym), 22, a former college swimmer, spoke of his training in the north of the country",
       "\u201CWe were told that crying was a sign of weakness and that only medals mattered to the school.\u201D",
       "\u2013 Aiko Tanabe, a retired diver from a small town who now coaches children"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Kenji M.|person|d", "Aiko Tanabe|person|d"}));
}

// Two named people opening a sentence together (party tags between) are "the senators", "their
// statement" and "the Roe-Doe letter" after it: the pair by name, not a group's description.
TEST(Pairs, TheSenatorsAndTheirStatementNameThePair) {
  Article a = FromParagraphs(
      {"Sens. Margaret Holloway, R-Iowa, and Daniel Whitfield, D-Ohio, sent a letter to the agency on Monday.",
       "\u201CThe agency has failed to answer basic questions about its spending for two years,\u201D the senators "
       "said in the letter.",
       "Their statement said the answers were \u201Cstill missing after months of repeated requests.\u201D",
       "A note attached to the Holloway-Whitfield letter adds: \u201CWe expect a full reply by the end of the "
       "month.\u201D",
       "The senators' letter states that \u201Cit is unclear whether the staff knew of the decision.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Margaret Holloway and Daniel Whitfield|person|d",
                                                       "Margaret Holloway and Daniel Whitfield|document|d",
                                                       "Margaret Holloway and Daniel Whitfield|document|d",
                                                       "Margaret Holloway and Daniel Whitfield|document|d"}));
}

// A group noun with no pair named before it stays a group by its description, and a singular one
// ("the crowd") never names a pair.
TEST(Pairs, NoPairNamedOrASingularGroupStaysAGroup) {
  Article a = FromParagraphs(
      {"Sen. Margaret Holloway sent a letter to the agency on Monday.",
       "\u201CThe agency has failed to answer basic questions about its spending for two years,\u201D the senators "
       "said in the letter."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"the senators|anonymous|d"}));  // session 17: unnamed group
  Article b = FromParagraphs(
      {"Speaker Nancy Pelosi and Senator Chuck Schumer demanded the right of reply.",
       "At every rally, the president smiles as the crowd chants \u201Cfour more years, four more years.\u201D"});
  EXPECT_EQ(Attributions(b), (std::vector<std::string>{"the crowd|anonymous|d"}));
}

// A transcript quoted line by line: the question is the questioner's, the answer (one word too)
// the person the text named as interviewed, and so is "the interview subject".
TEST(Transcripts, QuestionAndAnswerLinesNameTheirRoles) {
  Article a = FromParagraphs(
      {"The letter includes portions of what it says is an interview with Robert Fenwick, the agency's chief of "
       "staff.",
       "The question: \u201CSo at that point in time, the team had not yet interviewed the director?\u201D",
       "The answer: \u201CCorrect.\u201D",
       "Later, the transcript indicated that the questioner asked, \u201CAnd so by then the decision had been "
       "made?\u201D",
       "Another transcript is described as an interview with Laura Benning, a deputy counsel.",
       "In it, the interview subject said: \u201CI cannot put a precise time frame on it.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"the questioner|anonymous|d", "Robert Fenwick|person|d",
                                                       "the questioner|anonymous|d", "Laura Benning|person|d"}));
}

// A quoted word after a label that is no transcript's ("The verdict: “Guilty.”") stays a term.
TEST(Transcripts, OtherLabelsKeepOneWordQuotesOut) {
  Article a = FromParagraphs({"The jury returned on Friday after two days.", "The verdict: \u201CGuilty.\u201D"});
  EXPECT_TRUE(a.quotes.empty());
}

// "X (ACRONYM) tweeted": the acronym in parentheses does not hide the subject, so the quote is not
// given to the person named in the opening phrase.
TEST(Subjects, AnAcronymInParenthesesKeepsTheSubject) {
  Article a = FromParagraphs(
      {"The vote came on Friday.",
       "Days after Mary Jones announced that she was leaving the race, the Democratic Socialists of America (DSA) "
       "tweeted its position: \u201CWe are not endorsing anyone else this year.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Democratic Socialists of America|social|d"}));
}

// "They" opening a sentence after one whose main clause an organization opens (past a long opening
// clause) is that organization; the subject is the pronoun, not "They studied the Democrats".
TEST(Subjects, TheyAfterAnOrganizationSubjectIsThatOrganization) {
  Article a = FromParagraphs(
      {"When another senator recently tried a similar line of attack on the program, Reuters promptly checked the "
       "numbers. They studied the Democrats' claim and called it what it is \u2014 \u201Ca gross distortion of the "
       "record.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Reuters|outlet|d"}));
}

// A right named by its wording and a title with a lower-case "it" are not quotations.
TEST(Terms, ARightsWordingAndATitleWithItAreNoQuotations) {
  Article a = FromParagraphs(
      {"The judge entertained the notion that the people's right to \u201Cpeaceably assemble in public squares\u201D "
       "may include the park.",
       "Her memoir, \u201CThe Night We Made it Home,\u201D was published in May."});
  EXPECT_TRUE(a.quotes.empty());
}

}  // namespace
}  // namespace parallax::quotes
