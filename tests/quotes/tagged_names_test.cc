// The quotes annotator's session-18 repairs on constructed paragraphs with the real NER model:
// names the tagger cut, glued or mistyped at a speaker position (tagged_names.cc), and documents
// whose author the article names around another mention of them (authored_documents.cc). Each
// test fails on the code before these rules.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/quotes/speakers_internal.h"
#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// "Rabbi Golde said" tagged as an organization: the person the article names in full.
TEST(TaggedNames, ATitleInsideAnOrganizationSpanIsThePerson) {
  Article a = FromParagraphs(
      {"Synagogue leaders met city officials on Tuesday. Rabbi Miriam Golde, whose congregation has waited "
       "six years for a permit, spoke first.",
       "Rabbi Golde said the hearing was fair. \"We have waited a long time for this decision and we are "
       "grateful,\" Rabbi Golde said after the vote."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back(), "Miriam Golde|person|d");
}

// "Colorado State University Chancellor Ray Dunn" tagged as one organization, and "Within his
// statement, he said": the opening phrase is no subject, and "he" is the chancellor.
TEST(TaggedNames, APersonAfterATitleInsideAnOrganizationAndAnOpeningPreposition) {
  Article a = FromParagraphs(
      {"The guide was changed after the story broke. Colorado State University Chancellor Ray Dunn issued an "
       "official statement defending the policy as voluntary.",
       "Within his statement, he said, \"We consider free speech the foundation of a great public "
       "university.\""});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].substr(0, got[0].find('|')), "Ray Dunn");
}

// "10 Downing Street said": the address keeps its number; "A Number 10 spokesperson" is that body.
TEST(TaggedNames, AnAddressKeepsItsNumberAndAnUntaggedBodyBeforeASpokesperson) {
  Article a = FromParagraphs(
      {"The visit was confirmed on Friday by both governments.",
       "\"The Prime Minister looks forward to the talks in London next month,\" 10 Downing Street said in a "
       "statement.",
       "A Number 10 spokesperson said: \"The talks will cover trade and security.\""});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"10 Downing Street|organization|d",
                                                       "Number 10|organization|d"}));
}

// Text that lost its paragraph breaks glues a word to the outlet's name ("mission.The Washington Post").
TEST(TaggedNames, AWordGluedToANameIsCutOff) {
  Article a = FromParagraphs(
      {"Lawmakers were frustrated this week that the president has not asked for a vote on the mission.The "
       "Washington Post commented that \"the president appears to recognize the severity of the threat but "
       "will not act on it.\""});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"The Washington Post|outlet|d"}));
  EXPECT_EQ(UngluedName("this.\"The Washington Post"), "The Washington Post");
  EXPECT_EQ(UngluedName("Times:"), "Times");
  EXPECT_EQ(UngluedName("Mr.Smith"), "Mr.Smith");  // an abbreviation, not a glued word
  EXPECT_EQ(UngluedName("U.S.Army"), "U.S.Army");
}

// "The nearby Kansas City Tea Party" tagged as a place and an organization: "The group" is that
// organization, not the one a clause opened before, and "the Kansas City group" too.
TEST(TaggedNames, APlaceAndAnOrganizationTaggedApartAreOneName) {
  Article a = FromParagraphs(
      {"The Austin Tea Party held a rally on Saturday.",
       "The nearby Kansas City Tea Party had a quick response to the council's plan. The group has drafted a "
       "resolution of its own condemning the council for reducing itself to a \"partisan attack dog "
       "organization.\""});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Kansas City Tea Party|organization|d"}));
  Article b = FromParagraphs(
      {"The Austin Tea Party held a rally on Saturday.",
       "The nearby Kansas City Tea Party had a quick response to the council's plan. Hours later, the Kansas "
       "City group issued its reply. \"We reject this resolution and everything it says about our members,\" "
       "the Kansas City group said."});
  EXPECT_EQ(Attributions(b), (std::vector<std::string>{"Kansas City Tea Party|organization|d"}));
}

// "The senators' letter goes on to state that “...”": an infinitive "to state" is a cue (not "the state").
TEST(TaggedNames, ToStateIsACue) {
  Article a = FromParagraphs(
      {"Senators Jane Holloway and Mark Decker sent a letter to the agency on Monday.",
       "The agency did not answer. Officials said they would review it.",
       "The senators' letter goes on to state that \"it is unclear whether the agents knew the outcome had "
       "been decided.\""});
  std::vector<std::string> got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back().substr(0, got.back().find('|')), "Jane Holloway and Mark Decker");
  // "according to State Budget Solutions": a name, not the cue (the report stays the body's).
  Article b = FromParagraphs(
      {"Right-to-work states have done better in terms of growing jobs, according to State Budget Solutions."});
  EXPECT_EQ(Attributions(b), (std::vector<std::string>{"State Budget Solutions|organization|i"}));
}

// "Her office issued a brief statement ... “...,” the statement read": the woman's document.
TEST(AuthoredDocuments, AStatementHerOfficeIssuedIsHers) {
  Article a = FromParagraphs(
      {"Senator Jane Holloway avoided reporters on Thursday, referring questions to her office. Her office "
       "issued a brief statement that ignored the charges.",
       "\"I am proud of the work our team did for the voters of this district,\" the statement read."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Jane Holloway|document|d"}));
}

// "a report released by Senate Armed Services Committee Chairman Roger Wicker ... The report claims":
// the body named after "by" (the tagger tags "Senate" alone), for that mention and the later one,
// not the woman the report is about.
TEST(AuthoredDocuments, TheAgentAfterADocumentIsItsAuthor) {
  Article a = FromParagraphs(
      {"According to a 200-page report released by Senate Armed Services Committee Chairman Roger Wicker, "
       "there is \"no evidence\" of misconduct at the base.",
       "The report took aim at the contractor Mary Ellison, who had filed a sworn complaint. Her signed "
       "statement claimed it was based \"on personal information.\"",
       "The report claims that none of the witnesses \"saw any behavior that even approached the conduct "
       "described.\""});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Senate Armed Services Committee|document|d",
                                                       "Mary Ellison|document|d",
                                                       "Senate Armed Services Committee|document|d"}));
}

}  // namespace
}  // namespace parallax::quotes
