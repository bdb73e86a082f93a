// Session 23: classes of title forms read on roles-blind6's misses (docs/ner.md, "Session 23") and
// counted on unlabelled AllSides articles; hand-made mentions, as in role_recall_test.cc.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/entity/roles.h"
#include "roles_util.h"

namespace parallax {
namespace {

using V = std::vector<std::string>;

TEST(RoleObjectsTest, WithAndAnOrganisationIsTheTitlesObject) {
  EXPECT_EQ(Roles("Tom Baker, a prosecutor with the Lake County Council, said the law was overdue.",
                  {{"Tom Baker", "PER"}, {"Lake County Council", "ORG"}}),
            V{"Tom Baker:prosecutor@Lake County Council"});
  EXPECT_EQ(Roles("Ann Berg, an analyst with a consulting firm, said so.", {{"Ann Berg", "PER"}}),
            V{"Ann Berg:analyst"});
  // "with" and a person, or a lower-case phrase that is no body, is no object: no title.
  EXPECT_EQ(Roles("Ann Berg, a lawyer with Tom Baker, said so.", {{"Ann Berg", "PER"}, {"Tom Baker", "PER"}}), V{});
  EXPECT_EQ(Roles("Ann Berg, a senator with a long record, said so.", {{"Ann Berg", "PER"}}), V{});
}

TEST(RoleObjectsTest, ABareSecondTitleAfterAnd) {
  EXPECT_EQ(Roles("Jason Riley, Daily Ledger editorial board member and fellow at the Hill Institute, wrote it.",
                  {{"Jason Riley", "PER"}, {"Daily Ledger", "ORG"}, {"Hill Institute", "ORG"}}),
            (V{"Jason Riley:editorial board member@Daily Ledger", "Jason Riley:fellow@Hill Institute"}));
  // The second title's object is the first's when the first has none.
  EXPECT_EQ(Roles("Mary Jones, the president and CEO of Acme Corporation, said the plan would work.",
                  {{"Mary Jones", "PER"}, {"Acme Corporation", "ORG"}}),
            (V{"Mary Jones:president@Acme Corporation", "Mary Jones:ceo@Acme Corporation"}));
  // A person or a pronoun after "and" is no second title.
  EXPECT_EQ(Roles("Mary Jones, the senator and Tom Baker arrived.", {{"Mary Jones", "PER"}, {"Tom Baker", "PER"}}),
            V{"Mary Jones:senator"});
}

TEST(RoleObjectsTest, FellowIsATitleOnlyAsAHead) {
  EXPECT_EQ(Roles("Steve Ross, a fellow at the Tax Policy Center, told me so.",
                  {{"Steve Ross", "PER"}, {"Tax Policy Center", "ORG"}}),
            V{"Steve Ross:fellow@Tax Policy Center"});
  EXPECT_EQ(Roles("The book is by Senior Fellow Shelby Steele of the institute.", {{"Shelby Steele", "PER"}}),
            V{"Shelby Steele:senior fellow"});
  // An adjective before a noun: "a fellow Republican", "fellow Sen. Ted Cruz".
  EXPECT_EQ(Roles("They thanked Susan Collins, a fellow Republican, for her vote.", {{"Susan Collins", "PER"}}), V{});
  EXPECT_EQ(Roles("He praised fellow Sen. Ted Cruz for his speech.", {{"Ted Cruz", "PER"}}), V{"Ted Cruz:senator"});
  EXPECT_EQ(Roles("Ann Berg, a fellow senator, spoke.", {{"Ann Berg", "PER"}}), V{"Ann Berg:senator"});
  EXPECT_EQ(Roles("He met his fellow Ted Cruz.", {{"Ted Cruz", "PER"}}), V{});
}

TEST(RoleObjectsTest, JobNounsReadOffUnlabelledText) {
  EXPECT_EQ(Roles("Ilya Somin, a legal scholar at Mason University, wrote the brief.",
                  {{"Ilya Somin", "PER"}, {"Mason University", "ORG"}}),
            V{"Ilya Somin:legal scholar@Mason University"});
  EXPECT_EQ(Roles("Alex Mensing, a coordinator with the group, said so.", {{"Alex Mensing", "PER"}}),
            V{"Alex Mensing:coordinator"});
  EXPECT_EQ(Roles("James Russell, an instructor at the Naval School, said so.",
                  {{"James Russell", "PER"}, {"Naval School", "ORG"}}),
            V{"James Russell:instructor@Naval School"});
}

TEST(RoleObjectsTest, ATitledMentionTheTaggerTypedOtherwise) {
  // "Senior Fellow Shelby Steele" tagged ORG where "Steele" is a person: trimmed and retyped.
  EXPECT_EQ(Roles("The institute released Senior Fellow Shelby Steele's book. Steele writes well.",
                  {{"Senior Fellow Shelby Steele", "ORG"}, {"Steele", "PER"}}),
            V{"Shelby Steele:senior fellow"});
  // "fellow" before a place is an adjective: the place stays a place.
  {
    Article a = Annotated("He has the backing of Obama, fellow California Sen. Kamala Harris and others.",
                          {{"Obama", "PER"}, {"California", "LOC"}, {"Kamala Harris", "PER"}});
    EXPECT_EQ(a.entities[1].type, "LOC");
    Article b = Annotated("Fellow St. Louis organizer Dana Loesch spoke. St. Louis voted.",
                          {{"St. Louis", "LOC"}, {"Dana Loesch", "PER"}, {"St. Louis", "LOC"}});
    EXPECT_EQ(b.entities[0].type, "LOC");
  }
  // An organisation whose last word is no person's mention stays.
  EXPECT_EQ(Roles("General Motors hired Steele. Steele said so.", {{"General Motors", "ORG"}, {"Steele", "PER"}}),
            V{});
}

TEST(RoleObjectsTest, TopIsNoTitleWord) {
  EXPECT_EQ(Roles("Sam Nunn, a top Romney adviser, declined.", {{"Sam Nunn", "PER"}, {"Romney", "PER"}}),
            V{"Sam Nunn:adviser@Romney"});
  EXPECT_EQ(Roles("Sam Nunn, a top economic adviser, declined.", {{"Sam Nunn", "PER"}}), V{"Sam Nunn:economic adviser"});
}

TEST(RoleObjectsTest, AnUntaggedCapitalisedObjectBeforeTheApposition) {
  EXPECT_EQ(Roles("He hired the former chief executive of AccuWeather, Barry Myers, to run it.", {{"Barry Myers", "PER"}}),
            V{"Barry Myers:chief executive/former@AccuWeather"});
  // A lower-case object names no organisation.
  EXPECT_EQ(Roles("He hired the former head of the agency, Barry Myers, to run it.", {{"Barry Myers", "PER"}}), V{});
}

}  // namespace
}  // namespace parallax
