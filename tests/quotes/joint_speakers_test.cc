// The quotes annotator's session-14 rules on constructed paragraphs (with the real NER model):
// two people speaking together under titles, words named as someone's with no cue, and unnamed
// colleagues.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// "Last month, Bishop Lori and Bishop Malone issued a statement saying that ... “...”": a time
// phrase opens the sentence, and its subject is two titled people, named in full from the
// sentence before (bishop is a title).
TEST(JointSpeakers, TwoTitledPeopleAfterATimePhraseSpeakTogether) {
  Article a = FromParagraphs(
      {"Archbishop William Lori of Baltimore and Bishop Richard Malone of Buffalo signed the letter.",
       "Last month, Bishop Lori and Bishop Malone issued a statement saying that the new rule was "
       "\u201Cunprecedented and extreme.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"William Lori and Richard Malone|person|d"}));
}

// "in the blunt words of political scientists Thomas Mann and Norm Ornstein, “...”": the phrase
// after "words of" speaks, and a colleague is an unnamed source, not the person named last.
TEST(JointSpeakers, InTheWordsOfNamesTheSpeakerAndAColleagueIsUnnamed) {
  Article a = FromParagraphs(
      {"The party has become, in the blunt words of political scientists Thomas Mann and Norm Ornstein, "
       "\u201Can insurgent outlier that is scornful of compromise.\u201D",
       "When I was a young reporter, a more experienced colleague told me \u201CThere is only one question "
       "that matters in politics.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Thomas Mann and Norm Ornstein|person|d",
                                                       "a more experienced colleague|anonymous|d"}));
}

}  // namespace
}  // namespace parallax::quotes
