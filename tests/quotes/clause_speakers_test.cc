// The quotes annotator's session-13 rules on constructed paragraphs (with
// the real NER model): who speaks when a sentence holds several quotes, and
// which quoted spans are no quotations.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// "“...,” Guthrie cut her off to lecture: “...”", "after X noted that “...,” Sanders hammered:
// “...”": a person opening the clause after an earlier quote of the sentence speaks the next
// quote, not the person the earlier quote's cue names; with no punctuation after the earlier
// quote the name is a reported clause's subject (`he was “delighted” Trump would “...”`).
TEST(ClauseSpeakers, APersonOpeningTheClauseAfterAnEarlierQuoteSpeaksTheNext) {
  Article a = FromParagraphs(
      {"Anchor Savannah Guthrie interviewed press secretary Sarah Sanders on Monday.",
       "Sanders countered: \u201CFrankly, I think the American people deserved much better than this \u2013 \u201D "
       "Guthrie cut her off to lecture: \u201CWait, but the rhetoric about a public servant doing a job.\u201D",
       "Moments later, after Guthrie noted that \u201CRussia did, in fact, meddle in our elections, which the "
       "report shows,\u201D Sanders hammered: \u201CAnd they tried to tie the President to it, which was false.\u201D",
       "When Sanders pointed out that \u201Cit is very hard to obstruct something when there was no crime,\u201D "
       "Guthrie dismissed the idea as \u201Ca technical legal argument that may not have guided anything.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Sarah Sanders|person|d", "Savannah Guthrie|person|d",
                                                       "Savannah Guthrie|person|d", "Sarah Sanders|person|d",
                                                       "Sarah Sanders|person|d", "Savannah Guthrie|person|d"}));
  Article b = FromParagraphs(
      {"Ambassador Kim Darroch said he was \u201Cdelighted\u201D Trump would \u201Chold bilateral talks with the "
       "prime minister\u201D during the visit."});
  EXPECT_EQ(Attributions(b), (std::vector<std::string>{"Kim Darroch|person|d"}));
}

// "King had a philosophy, based on ... the biblical prophets and Reinhold Niebuhr. He believed that
// “...”": a name ending its sentence after "and" or a comma is a list's last item or an object,
// no clause's subject, so the pronoun is the sentence's subject.
TEST(ClauseSpeakers, ANameEndingItsSentenceAfterAndIsNoPronounAntecedent) {
  Article a = FromParagraphs(
      {"Smith had a well-developed moral philosophy, based on a profound engagement with the biblical "
       "prophets and Reinhold Niebuhr. He believed that \u201Cunearned suffering is redemptive\u201D and "
       "rejected a facile optimism."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Smith|person|d"}));
}

// Poll wording: a quote with no speaker in a sentence that reports a share of people or a
// question put to them is the wording of a question or an answer, not a quotation; a named
// person quoting a poll still speaks.
TEST(ClauseSpeakers, PollWordingIsNoQuotation) {
  Article a = FromParagraphs(
      {"A poll found that 38 percent of voters believe the crisis has been \u201Cblown out of proportion by the "
       "press.\u201D",
       "Three-quarters of conservatives prefer a town where \u201Cthe houses are larger and farther apart.\u201D",
       "Those who dislike both parties were asked: \u201CWould you say the policies are so misguided that they "
       "threaten the country?\u201D",
       "Pollster Maria Lopez said 40 percent of the voters are \u201Ctired of the whole campaign by now.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Maria Lopez|person|d"}));
}

// Titles with a longer preposition, a last number, a long headline in title case, or as many
// function words as capitalized ones between a capitalized first and last word.
TEST(ClauseSpeakers, LongerTitlesAreNoQuotations) {
  Article a = FromParagraphs(
      {"Her page was called \u201CA Revolution against Corruption, Injustice and Dictatorship\u201D for a while.",
       "A woman told CNN's \u201CAnderson Cooper 360\u201D that her family was safe.",
       "Many on the left believe that \u201CThe Progressive Case For Hillary Clinton Isn't Much of a Case At "
       "All.\u201D",
       "He wrote a chapter, \u201CCommunicating with the Future\u201D, in 1999.",
       "The email said they had coverage \u201Cfrom October 2014 to June 2014\u201D, Maria Lopez said."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Maria Lopez|person|d"}));
}

// Session 14 (allsides-blind13): "Mark Wilson / Getty Images President Tom Smith speaks ...": a
// name followed by a slash is a photo credit, not the subject a later "he said" refers to.
TEST(ClauseSpeakers, APhotoCreditIsNoPronounAntecedent) {
  Article a = FromParagraphs(
      {"President Tom Smith announced that a plan for struggling towns would start on Thursday.",
       "Mark Wilson / Getty Images President Tom Smith speaks about poverty during an event in Chicago on "
       "January 9.",
       "\u201COur children deserve better than the places they were born in,\u201D he said."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Tom Smith|person|i", "Tom Smith|person|d"}));
}

// Session 14 (allsides-blind13): "the doctrine of “qualified immunity”": a term of art named by
// its kind is no quotation, even in a sentence whose subject is a person with a cue.
TEST(ClauseSpeakers, ATermNamedByItsKindIsNoQuotation) {
  Article a = FromParagraphs(
      {"Judge Tom Smith wrote the opinion for the court.",
       "Smith also ruled that the officers were shielded by the doctrine of \u201Csovereign official "
       "protection\u201D \u2013 which keeps officials out of court when the law is unclear."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Tom Smith|person|i"}));
}

}  // namespace
}  // namespace parallax::quotes
