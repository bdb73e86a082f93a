// The quotes annotator's session-15 rules on constructed paragraphs (with the real NER model),
// found on allsides-blind14's errors: page asides, unnamed members of a group, the same speaker
// again, a report's quoted paragraph, findings of bodies and reports, words named as someone's
// call, subjects behind role words, and quoted spans that name a speech or a poll answer.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// A paragraph wholly in parentheses is a page's aside: "he said" after it is the governor, not
// the senator the aside names.
TEST(Referents, APersonInAParenthesizedAsideIsNoAntecedent) {
  Article a = FromParagraphs(
      {"Georgia Gov. Nathan Deal flew to Las Vegas this week for a closed-door lunch with donors.",
       "( Also on POLITICO: Rand Paul, Ted Cruz weigh in on Ferguson)",
       "\u201CI don\u2019t think I\u2019m going to meet him this time,\u201D he said on Sunday after the lunch."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Nathan Deal|person|d"}));
}

// "what one Irish journalist later called": a counted agent noun after other words is an unnamed
// source, not the nationality the tagger found; "one of them" is a member of a group, and "this
// same banker" is the speaker before.
TEST(Referents, UnnamedMembersAndTheSameSpeakerAgain) {
  Article a = FromParagraphs(
      {"In this way, the private folly was turned into what one Irish journalist later called a \u201Cpublic noose around "
       "the neck of the country.\u201D",
       "The two executives laughed on the tape. Then one of them told the other that he took the figure "
       "\u201Cout of thin air and nowhere else.\u201D This same banker reasoned that if the government "
       "\u201Csaw the size of it up front, they might decide they have a choice.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"one Irish journalist|anonymous|d",
                                                       "one of them|anonymous|d", "one of them|anonymous|d"}));
}

// "Another participant who ..., says that ..." is a report by an unnamed source, and the quoted
// paragraph right after it, with no cue, goes on with that source.
TEST(Referents, AQuotedParagraphAfterAReportGoesOnWithItsSpeaker) {
  Article a = FromParagraphs(
      {"Another participant who asked not to have his name used, says that respect is what makes the "
       "evenings valuable.",
       "\u201CI think that when you actually have a conversation with people who treat it with respect, you "
       "get much closer to the heart of the matter.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Another participant|anonymous|i",
                                                       "Another participant|anonymous|d"}));
}

// "found" reports the findings of a document or a body; a poll's findings are answers, and a
// finding inside a clause another cue reports belongs to that cue's speaker.
TEST(Referents, ABodyOrAReportFindsButAPollDoesNot) {
  Article a = FromParagraphs(
      {"In the county, a 2013 civil grand jury report that examined the roads found that many were in "
       "disrepair, with some \u201Cdeteriorated to a crisis condition.\u201D",
       "At two fire stations, investigators on the local grand jury also found \u201Cnotable structural and "
       "utility deficiencies,\u201D including bacteria in the water.",
       "A poll conducted in March found that only 56 percent of Americans consider the virus a \u201Creal "
       "threat to their families.\u201D",
       "The lawsuit alleges that Russia found a \u201Cwilling and active partner\u201D in the campaign."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"a 2013 civil grand jury report|document|d",
                                                       "investigators|organization|d", "The lawsuit|document|d"}));
}

// "Haley repeated President Trump's call “...”": the call's words are Trump's.
TEST(Referents, ACallNamedAsSomeonesIsTheirs) {
  Article a = FromParagraphs(
      {"Nikki Haley repeated President Donald Trump\u2019s call \u201Cfor all civilized nations to stop the "
       "horrors taking place in Syria.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Donald Trump|person|d"}));
}

// "GOP strategist and SuperPAC sponsor Karl Rove told ...": role words before the name make it the
// sentence's subject, so "He urged" in the next sentence is Rove, not the paragraph before's speaker.
TEST(Referents, ASubjectAfterRoleWordsIsTheNextPronoun) {
  Article a = FromParagraphs(
      {"\u201CWe just deal with the facts,\u201D said Ed Gillespie, an adviser to the campaign.",
       "GOP strategist and SuperPAC sponsor Karl Rove told a gathering of donors that he has advised Mitt "
       "Romney not to attack Barack Obama. He urged a \u201Crespectful tone\u201D toward the president."});
  // Session 16: the subject after "and" in "strategist and ... sponsor Karl Rove told ... that" reports too.
  EXPECT_EQ(Attributions(a),
            (std::vector<std::string>{"Ed Gillespie|person|d", "Karl Rove|person|i", "Karl Rove|person|d"}));
}

// "Meanwhile, Oreskes, who ..., noted": a name after an opening adverb and its comma is the
// subject, not an appositive, so "she said" after it is hers.
TEST(Referents, ANameAfterAnOpeningAdverbIsNoAppositive) {
  Article a = FromParagraphs(
      {"\u201CIt seemed like maybe this could break the logjam,\u201D said Naomi Oreskes, a historian of science.",
       "Aleksi Mann said he hoped the list would bring scrutiny.",
       "Meanwhile, Oreskes, who has written about climate denial, noted that several companies had funded "
       "the denial movement.",
       "\u201CFor me the most interesting thing was the overlap of producers and disinformation,\u201D she said."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back(), "Naomi Oreskes|person|d");
}

// "emerged to call the dossier “...”": an infinitive "call" is a cue; a quote naming a speech
// ("his famous “...” speech") and a share of people's answer ("66 percent of Americans say ... a
// “...”") are not quotations.
TEST(Referents, CallIsACueButASpeechNameAndAPollAnswerAreNotQuotes) {
  Article a = FromParagraphs(
      {"One Democrat attending the briefing, Rep. Jamie Raskin of Maryland, emerged to call the dossier "
       "\u201Cpropaganda and disinformation.\u201D",
       "Its best known advocate, President Barack Obama, took a stand once. His famous \u201CYou didn\u2019t build "
       "that\u201D speech in 2012 was followed by a retreat.",
       "A Gallup poll showed that 66 percent of Americans say that immigration is a \u201Cgood thing for the "
       "country today.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Jamie Raskin|person|d"}));
}

}  // namespace
}  // namespace parallax::quotes
