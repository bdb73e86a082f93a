// Classes of title forms that recur across outlets (docs/ner.md, "Session 19"), read on blind4's
// misses and checked on unlabelled AllSides articles; hand-made mentions, as in role_forms_test.cc.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/entity/roles.h"
#include "roles_util.h"

namespace parallax {
namespace {

using V = std::vector<std::string>;

TEST(RoleClassesTest, ATitleWithAnOfObjectRightBeforeTheName) {
  EXPECT_EQ(Roles("The Mayor of Berkeley Jesse Arreguin said so.", {{"Berkeley", "LOC"}, {"Jesse Arreguin", "PER"}}),
            V{"Jesse Arreguin:mayor@Berkeley"});
  EXPECT_EQ(Roles("He called Prime Minister of the United Kingdom Boris Johnson.",
                  {{"United Kingdom", "LOC"}, {"Boris Johnson", "PER"}}),
            V{"Boris Johnson:prime minister@United Kingdom"});
  // No title head before "of", or another preposition: no title.
  EXPECT_EQ(Roles("A resident of Berkeley Jesse Arreguin said so.", {{"Berkeley", "LOC"}, {"Jesse Arreguin", "PER"}}),
            V{});
  EXPECT_EQ(Roles("The mayor in Berkeley Jesse Arreguin said so.", {{"Berkeley", "LOC"}, {"Jesse Arreguin", "PER"}}),
            V{});
}

TEST(RoleClassesTest, APluralTitleTitlesEveryNameOfAList) {
  EXPECT_EQ(Roles("Repeal advocates Sens. Ted Cruz, Rand Paul, Mike Lee and Ron Johnson objected.",
                  {{"Ted Cruz", "PER"}, {"Rand Paul", "PER"}, {"Mike Lee", "PER"}, {"Ron Johnson", "PER"}}),
            (V{"Ted Cruz:senator", "Rand Paul:senator", "Mike Lee:senator", "Ron Johnson:senator"}));
  EXPECT_EQ(Roles("GOP senators, Susan Collins of Maine, Rob Portman, and Lisa Murkowski, objected.",
                  {{"GOP", "ORG"}, {"Susan Collins", "PER"}, {"Maine", "LOC"}, {"Rob Portman", "PER"},
                   {"Lisa Murkowski", "PER"}}),
            (V{"Susan Collins:senator@Republican", "Rob Portman:senator@Republican",
               "Lisa Murkowski:senator@Republican"}));
  // A singular title is the first name's only; names without a closing "and" are no list.
  EXPECT_EQ(Roles("Sen. Ted Cruz, Rand Paul and Mike Lee objected.",
                  {{"Ted Cruz", "PER"}, {"Rand Paul", "PER"}, {"Mike Lee", "PER"}}),
            V{"Ted Cruz:senator"});
  EXPECT_EQ(Roles("Sens. Ted Cruz, Rand Paul objected.", {{"Ted Cruz", "PER"}, {"Rand Paul", "PER"}}), V{});
}

TEST(RoleClassesTest, AListOfNamesWithPartyTags) {
  EXPECT_EQ(Roles("Sens. Ben Sasse (R-NE) and Chuck Grassley (R-IA) have warned them.",
                  {{"Ben Sasse", "PER"}, {"Chuck Grassley", "PER"}}),
            (V{"Ben Sasse:senator@Republican, Nebraska", "Chuck Grassley:senator@Republican, Iowa"}));
  EXPECT_EQ(Roles("He named Reps. Elijah Cummings, D-Md., and Jerry Nadler, D-N.Y., in the letter.",
                  {{"Elijah Cummings", "PER"}, {"Jerry Nadler", "PER"}}),
            (V{"Elijah Cummings:representative@Democratic, Maryland", "Jerry Nadler:representative@Democratic, New York"}));
  // Not a tag: the list ends there.
  EXPECT_EQ(Roles("Sens. Ben Sasse (Nebraska) and Chuck Grassley have warned them.",
                  {{"Ben Sasse", "PER"}, {"Nebraska", "LOC"}, {"Chuck Grassley", "PER"}}),
            V{});
}

TEST(RoleClassesTest, ASingularAppositionBeforeAListIsItsFirstItem) {
  EXPECT_EQ(Roles("He met the Queen, Donald and Melania Trump on Monday.", {{"Donald", "PER"}, {"Melania Trump", "PER"}}),
            V{});
  EXPECT_EQ(Roles("He met the Queen, Prince Charles, Camilla and Harry.",
                  {{"Prince Charles", "PER"}, {"Camilla", "PER"}, {"Harry", "PER"}}),
            V{});
}

TEST(RoleClassesTest, AnOccupationAfterTheBeforeAFullName) {
  EXPECT_EQ(Roles("He praised the filmmaker Matthew A. Cherry on Monday.", {{"Matthew A. Cherry", "PER"}}),
            V{"Matthew A. Cherry:filmmaker"});
  EXPECT_EQ(Roles("The book cites the historian Doris Kearns Goodwin.", {{"Doris Kearns Goodwin", "PER"}}),
            V{"Doris Kearns Goodwin:historian"});
  // The name is the subject of a relative clause, or the head is an office: no title.
  EXPECT_EQ(Roles("He was the consultant Hillary Clinton hired in 2015.", {{"Hillary Clinton", "PER"}}), V{});
  EXPECT_EQ(Roles("It is a question of what the president Bill Barr will stomach.", {{"Bill Barr", "PER"}}), V{});
}

TEST(RoleClassesTest, AdjectivesAndAndInsideAnAppositionBeforeTheName) {
  EXPECT_EQ(Roles("Our very dumb and incompetent Mayor of NYC, de Blasio, spoke.", {{"NYC", "ORG"}, {"de Blasio", "PER"}}),
            V{"de Blasio:mayor@NYC"});
  EXPECT_EQ(Roles("He called his longtime friend and adviser, Roger Stone, on Monday.", {{"Roger Stone", "PER"}}),
            V{"Roger Stone:adviser"});
  // A verb between: the title ends a clause.
  EXPECT_EQ(Roles("Critics who attacked governor, Smith said, were wrong.", {{"Smith", "PER"}}), V{});
}

TEST(RoleClassesTest, AnSLessPossessiveOpensAnApposition) {
  EXPECT_EQ(Roles("Joan Blades, Living Room Conversations' founder, spoke.",
                  {{"Joan Blades", "PER"}, {"Living Room Conversations", "ORG"}}),
            V{"Joan Blades:founder@Living Room Conversations"});
  EXPECT_EQ(Roles("Michael Cohen, James Jones’ former lawyer, spoke.", {{"Michael Cohen", "PER"}, {"James Jones", "PER"}}),
            V{"Michael Cohen:lawyer/former@James Jones"});
}

TEST(RoleClassesTest, ACopulaAfterATitledSubject) {
  EXPECT_EQ(Roles("Rep. Brian King is the minority leader of the Utah House.",
                  {{"Brian King", "PER"}, {"Utah House", "ORG"}}),
            (V{"Brian King:representative", "Brian King:minority leader@Utah House"}));
  // The titled name is a preposition's object, not the subject.
  EXPECT_EQ(Roles("A profile of Rep. Brian King is the best read.", {{"Brian King", "PER"}}),
            V{"Brian King:representative"});
}

TEST(RoleClassesTest, OneOfThePluralHeads) {
  EXPECT_EQ(Roles("Jay Sekulow, one of the president's lawyers, spoke.", {{"Jay Sekulow", "PER"}}),
            V{"Jay Sekulow:lawyer"});
  EXPECT_EQ(Roles("Andrew Young, one of King's top aides, spoke.", {{"Andrew Young", "PER"}, {"King", "PER"}}),
            V{"Andrew Young:aide@King"});  // "top" ranks the holder: no title word (session 23)
  // Not a plural title head: no title.
  EXPECT_EQ(Roles("Jay Sekulow, one of the president's friends, spoke.", {{"Jay Sekulow", "PER"}}), V{});
  EXPECT_EQ(Roles("Jay Sekulow, one of the lawyer, spoke.", {{"Jay Sekulow", "PER"}}), V{});
}

TEST(RoleClassesTest, APossessivePronounNamesTheOnePersonBeforeIt) {
  EXPECT_EQ(Roles("Trump fired his former campaign manager, Steve Bannon, last year.",
                  {{"Trump", "PER"}, {"Steve Bannon", "PER"}}),
            V{"Steve Bannon:campaign manager/former@Trump"});
  // Two people before it: whose is unclear.
  EXPECT_EQ(Roles("Obama told Biden his former campaign manager, Steve Bannon, left.",
                  {{"Obama", "PER"}, {"Biden", "PER"}, {"Steve Bannon", "PER"}}),
            V{"Steve Bannon:campaign manager/former"});
}

TEST(RoleClassesTest, ALowerCaseWordAfterAModalIsAVerb) {
  EXPECT_EQ(Roles("The scandal would force President Richard Nixon to resign.", {{"Richard Nixon", "PER"}}),
            V{"Richard Nixon:president"});
  EXPECT_EQ(Roles("He met Democratic state Sen. Jim Smith.", {{"Jim Smith", "PER"}}),
            V{"Jim Smith:state senator@Democratic"});
}

TEST(RoleClassesTest, APluralTitleTheTaggerSpannedIntoTheFirstName) {
  // "Justices Kagan" as one mention: the plural title leaves the name and titles the list.
  EXPECT_EQ(Roles("Justices Elena Kagan and Samuel Alito dissented.", {{"Justices Elena Kagan", "PER"}, {"Samuel Alito", "PER"}}),
            (V{"Elena Kagan:justice", "Samuel Alito:justice"}));
  EXPECT_EQ(Roles("Senators McConnell, Cornyn and Thune met.",
                  {{"Senators McConnell", "PER"}, {"Cornyn", "PER"}, {"Thune", "PER"}}),
            (V{"McConnell:senator", "Cornyn:senator", "Thune:senator"}));
  // Without a list the plural titles no one, but the chain is still named without it.
  EXPECT_EQ(Roles("Justices Kagan dissented. Kagan wrote.", {{"Justices Kagan", "PER"}, {"Kagan", "PER"}}), V{});
  const Article a = Annotated("Justices Kagan dissented. Kagan wrote.", {{"Justices Kagan", "PER"}, {"Kagan", "PER"}});
  ASSERT_EQ(a.entity_chains.size(), 1u);
  EXPECT_EQ(a.entity_chains[0].name, "Kagan");
  // The plural of a style title is a place's: "Kings Canyon" stays whole.
  EXPECT_EQ(Roles("They closed Kings Canyon, and Joshua Tree parks.", {{"Kings Canyon", "PER"}, {"Joshua Tree", "PER"}}),
            V{});
}

}  // namespace
}  // namespace parallax
