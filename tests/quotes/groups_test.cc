// Session 17: one typing for unnamed groups (groups.cc, docs/quotes.md "Session 17"). A group the
// article names only by a common noun is an anonymous source, its description kept; a group a named
// body, party or legislature defines stays an organization. Constructed paragraphs, real NER model.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// "critics of the council", "protesters": common nouns, no body behind them (the old code typed both
// organization). "of" is no membership: critics of a body are not that body.
TEST(Groups, CommonNounGroupsAreAnonymous) {
  Article a = FromParagraphs(
      {"The council voted on Tuesday to close the clinic on Baker Street.",
       "\u201CThis plan will leave a whole neighborhood without care,\u201D critics of the council said.",
       "Outside the hall, protesters chanted \u201Ckeep the clinic open, keep the clinic open.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"critics of the council|anonymous|d",
                                                       "protesters|anonymous|d"}));
}

// A party or legislature word, or an organization the group belongs to, makes it that body's.
TEST(Groups, GroupsOfANamedBodyStayOrganizations) {
  Article a = FromParagraphs(
      {"\u201CWe will not support a budget that cuts the schools again,\u201D Senate Democrats said in a joint "
       "statement.",
       "\u201CThe permit was issued without a single public hearing,\u201D lawyers for the Sierra Club said."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Senate Democrats|organization|d");
  EXPECT_NE(got[1].find("|organization|d"), std::string::npos) << got[1];
}

// "the bishops" after a conference of bishops is named: that body (a guard for the new typing).
TEST(Groups, TheBodyNamedByItsNoun) {
  Article a = FromParagraphs(
      {"The National Conference of Catholic Bishops met in Dallas on Monday to discuss the new rules.",
       "However the bishops called the rules \u201Ca grave threat to the poor and the sick.\u201D"});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_NE(got[0].find("|organization|d"), std::string::npos) << got[0];
}

// "the group" with no organization named before is the group of people named before it (the old
// code gave the bare noun, typed organization).
TEST(Groups, TheGroupIsTheGroupOfPeopleNamedBefore) {
  Article a = FromParagraphs(
      {"In a letter to the mayor, a group of 30 nurses and doctors asked the city for a second clinic.",
       "\u201CWe cannot keep turning away patients at the door,\u201D the group wrote."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"a group of 30 nurses and doctors|anonymous|d"}));
}

// Indirect leftovers: plural spokespersons speak for the bodies they name, "the spokespersons" after
// them for the same body, and a spokesman of an unnamed body by its noun is that body (the old code
// found no report in the first sentence and typed the others anonymous).
TEST(Groups, SpokespersonsOfBodies) {
  Article a = FromParagraphs(
      {"Spokespersons for Acme and Globex said both companies had started to refund their customers.",
       "The spokespersons said the outage had been caused by a failed software update."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].substr(got[0].find('|')), "|organization|i") << got[0];
  EXPECT_EQ(got[0], got[1]);
  Article b = FromParagraphs({"The fire started in a storage room shortly after midnight, a police spokesman told "
                              "reporters on Friday."});
  EXPECT_EQ(Attributions(b), (std::vector<std::string>{"a police spokesman|organization|i"}));
}

}  // namespace
}  // namespace parallax::quotes
