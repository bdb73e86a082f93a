// The quotes annotator's session-24 source-type rules (source_types.cc) on constructed paragraphs
// (with the real NER model), found on the dev material of the speaker audits (docs/quotes.md
// "Session 24: types24").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/quote_annotator.h"
#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// A social medium named before the cue, in the cue's own clause, makes the words a post.
TEST(SocialBeforeCue, AMediumBeforeTheCueIsAPost) {
  Article a = FromParagraphs(
      {"Senator Marie Harf spoke on Monday about the plan.",
       "In a Thursday tweet, Harf said: \u201CWe will not back down from this fight, and we will win it.\u201D",
       "Mayor Carl Whitmore later announced the firings on Twitter, saying, \u201CThis is the right call for our "
       "city and its people.\u201D"});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Marie Harf|social|d");
  EXPECT_EQ(got[1], "Carl Whitmore|social|d");
}

// A time word between the preposition and the medium, and a quote with no cue after the medium.
TEST(SocialBeforeCue, MorningTweetsAndAQuoteWithNoCue) {
  Article a = FromParagraphs(
      {"Senator Marie Harf spoke on Monday about the plan.",
       "In a series of morning tweets, Harf declared that \u201CRepublicans should stop wasting their time on "
       "this bill until the fall.\u201D",
       "When the agency released its guidelines, Harf took to Twitter lambasting the recommendations and "
       "deeming them \u201Cvery tough and expensive for every district.\u201D"});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Marie Harf|social|d");
  EXPECT_EQ(got[1], "Marie Harf|social|d");
}

// Not a post: the medium inside a relative clause the comma closes, or a company's name after "of".
TEST(SocialBeforeCue, ARelativeClauseOrACompanyIsNoPost) {
  Article a = FromParagraphs(
      {"Carl Whitmore, who has attacked the plan on Twitter, said on Friday, \u201CWe will keep fighting this in "
       "every court we can.\u201D",
       "Janet Moss, the chief executive of Facebook, said, \u201CWe are proud of the work our teams have done "
       "this year.\u201D"});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Carl Whitmore|person|d");
  EXPECT_EQ(got[1], "Janet Moss|person|d");
}

// A speaker named like a law, pact or code is a document.
TEST(NamedDocument, RulesAndActsAreDocuments) {
  Article a = FromParagraphs(
      {"Lawmakers met on Monday.",
       "\u201CNo provider of an interactive computer service shall be treated as the publisher of any "
       "information,\u201D the Communications Decency Act says.",
       "The Twitter Rules say: \u201CWe review Tweets by leaders within the political context that defines "
       "them.\u201D"});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Communications Decency Act|document|d");
  EXPECT_EQ(got[1], "Twitter Rules|document|d");
  EXPECT_TRUE(NamedDocument("Communications Decency Act"));
  EXPECT_TRUE(NamedDocument("the Green New Deal"));
  EXPECT_TRUE(NamedDocument("Constitution"));
  EXPECT_FALSE(NamedDocument("Opponents of the Affordable Care Act"));
  EXPECT_FALSE(NamedDocument("Deal"));
  EXPECT_FALSE(NamedDocument("Justice Department"));
}

// A surname the tagger typed an organization is the person the article names with a given name or an
// honorific (the tagger's mistake is imitated: every bare mention of the surname retyped ORG).
TEST(PersonTaggedOrganization, ASurnameTaggedAnOrganizationIsThePerson) {
  Article a = FromParagraphs(
      {"Glenn Thrush", "The reporter was accused by a former colleague of unwanted advances.",
       "\u201COver the past several years, I have responded to a succession of personal crises by drinking "
       "heavily,\u201D said Thrush in a statement.",
       "Mr. Nelson, a former analyst, studies hostage cases.",
       "\u201CHostages may be traded for weapons, for territory,\u201D Nelson says."});
  for (auto& m : a.entities) {
    std::string_view text = m.span.Of(a.body);
    if (text == "Thrush" || text == "Nelson") m.type = "ORG";
  }
  FindQuotations(&a);
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Glenn Thrush|person|d");
  EXPECT_EQ(got[1], "Nelson|person|d");
}

// Not a person: a body noun, or a word no given name or honorific precedes.
TEST(PersonTaggedOrganization, NoGivenNameNoPerson) {
  Article a = FromParagraphs(
      {"The Pentagon released its review on Monday.",
       "\u201CThe review found no wrongdoing by any officer,\u201D the Pentagon said."});
  FindQuotations(&a);
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Pentagon|organization|d");
}

}  // namespace
}  // namespace parallax::quotes
