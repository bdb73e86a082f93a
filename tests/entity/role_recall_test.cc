// Session 21: classes of title forms read on roles-blind5's misses (docs/ner.md, "Session 21") and
// counted on unlabelled AllSides articles; hand-made mentions, as in role_classes_test.cc.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/entity/roles.h"
#include "roles_util.h"

namespace parallax {
namespace {

using V = std::vector<std::string>;

TEST(RoleRecallTest, ALowerCaseFieldAfterOf) {
  EXPECT_EQ(Roles("Ann Berg, assistant professor of political science at Lake College, said so.",
                  {{"Ann Berg", "PER"}, {"Lake College", "ORG"}}),
            V{"Ann Berg:assistant professor of political science@Lake College"});
  EXPECT_EQ(Roles("The rise of cable news matters, Tom Reed, associate professor of history, said.",
                  {{"Tom Reed", "PER"}}),
            V{"Tom Reed:associate professor of history"});
  EXPECT_EQ(Roles("Ann Berg, a professor of law and economics at Lake College, disagreed.",
                  {{"Ann Berg", "PER"}, {"Lake College", "ORG"}}),
            V{"Ann Berg:professor of law and economics@Lake College"});
  // A determiner, a quantifier or a clause after "of" is no field.
  EXPECT_EQ(Roles("Ann Berg, the chairman of both committees, said so.", {{"Ann Berg", "PER"}}), V{});
  EXPECT_EQ(Roles("Ann Berg, a member of many boards said to be idle, left.", {{"Ann Berg", "PER"}}), V{});
}

TEST(RoleRecallTest, AParticipleClauseEndsAnApposition) {
  EXPECT_EQ(Roles("He urged Roy Moore, the theocratic Alabama Senate candidate accused of misconduct, not to run.",
                  {{"Roy Moore", "PER"}, {"Alabama", "LOC"}}),
            V{"Roy Moore:senate candidate@Alabama"});
  EXPECT_EQ(Roles("Ann Berg, a lawyer based in Ohio, spoke.", {{"Ann Berg", "PER"}}), V{"Ann Berg:lawyer"});
  EXPECT_EQ(Roles("She accused Gen. Ann Berg, Trump's nominee to be the next vice chairman, of lying.",
                  {{"Ann Berg", "PER"}, {"Trump", "PER"}}),
            (V{"Ann Berg:general", "Ann Berg:nominee@Trump"}));
  EXPECT_EQ(Roles("Ann Berg, a lawyer to the stars, spoke.", {{"Ann Berg", "PER"}}), V{});
  // An ordinal before the head is the clause's.
  EXPECT_EQ(Roles("In May, Ann Berg became the first American president to visit Hiroshima.",
                  {{"Ann Berg", "PER"}, {"Hiroshima", "LOC"}}),
            V{"Ann Berg:president@United States"});
  EXPECT_EQ(Roles("Ann Berg, the first lady known for her gardens, spoke.", {{"Ann Berg", "PER"}}),
            V{"Ann Berg:first lady"});
  // A participle with no preposition after it may be the clause's verb.
  EXPECT_EQ(Roles("Ann Berg, a lawyer announced Monday, spoke.", {{"Ann Berg", "PER"}}), V{});
}

TEST(RoleRecallTest, APersonsNameAsAModifier) {
  EXPECT_EQ(Roles("Sam Nunn, a former Trump campaign adviser, declined.", {{"Sam Nunn", "PER"}, {"Trump", "PER"}}),
            V{"Sam Nunn:campaign adviser/former@Trump"});
  EXPECT_EQ(Roles("Sam Nunn, an Obama spokeswoman, declined.", {{"Sam Nunn", "PER"}, {"Obama", "PER"}}),
            V{"Sam Nunn:spokeswoman@Obama"});
  // A name followed by no title word stays out.
  EXPECT_EQ(Roles("Sam Nunn, a Trump supporter, declined.", {{"Sam Nunn", "PER"}, {"Trump", "PER"}}), V{});
}

TEST(RoleRecallTest, ASecondTitleInAWhoClause) {
  EXPECT_EQ(Roles("Eli Brody, a major Trump fund-raiser who became the Republican National Committee deputy "
                  "finance chairman, resigned.",
                  {{"Eli Brody", "PER"}, {"Trump", "PER"}, {"Republican National Committee", "ORG"}}),
            (V{"Eli Brody:fund-raiser@Trump", "Eli Brody:deputy finance chairman@Republican National Committee"}));
  EXPECT_EQ(Roles("Ann Berg, a former prosecutor who was the city attorney, spoke.", {{"Ann Berg", "PER"}}),
            (V{"Ann Berg:prosecutor/former", "Ann Berg:city attorney/former"}));
  // A clause without a copula gives no second title.
  EXPECT_EQ(Roles("Ann Berg, a lawyer who hired the city attorney, spoke.", {{"Ann Berg", "PER"}}),
            V{"Ann Berg:lawyer"});
}

TEST(RoleRecallTest, TitleWordsOfBlind5) {
  EXPECT_EQ(Roles("The White House speechwriter David Sorensen resigned.", {{"White House", "LOC"}, {"David Sorensen", "PER"}}),
            V{"David Sorensen:speechwriter@White House"});
  EXPECT_EQ(Roles("And syndicated columnist Charles Krauthammer made a prediction.", {{"Charles Krauthammer", "PER"}}),
            V{"Charles Krauthammer:syndicated columnist"});
  EXPECT_EQ(Roles("It was odd, said Jane Keats, a graduate student at Lake College.",
                  {{"Jane Keats", "PER"}, {"Lake College", "ORG"}}),
            V{"Jane Keats:graduate student@Lake College"});
}

TEST(RoleRecallTest, AnEventNounAfterAPrepositionIsNoTitle) {
  // "fundraiser" names a job and an event: as a preposition's object before a comma, the event.
  EXPECT_EQ(Roles("One week after the fundraiser, Jeff Lake made his exit.", {{"Jeff Lake", "PER"}}), V{});
  EXPECT_EQ(Roles("But inside the fundraiser, Jim Cole, a lawyer, said so.", {{"Jim Cole", "PER"}}),
            V{"Jim Cole:lawyer"});
  EXPECT_EQ(Roles("Her longtime fundraiser, Jim Cole, said so.", {{"Jim Cole", "PER"}}),
            V{"Jim Cole:fundraiser"});
}

TEST(RoleRecallTest, TwoTitlesBeforeAName) {
  EXPECT_EQ(Roles("Former Ohio governor and U.N. Ambassador Ann Berg spoke on Friday.",
                  {{"Ohio", "LOC"}, {"U.N.", "ORG"}, {"Ann Berg", "PER"}}),
            (V{"Ann Berg:governor/former@Ohio", "Ann Berg:ambassador/former@United Nations"}));
  // "former" reaches an office, not a profession.
  EXPECT_EQ(Roles("They chose similar people, former senator and lawyer Joe Bean as vice president.",
                  {{"Joe Bean", "PER"}}),
            (V{"Joe Bean:senator/former", "Joe Bean:lawyer"}));
  // The first title must open the sentence or follow a comma: "met the governor and" names two people.
  EXPECT_EQ(Roles("Trump met the governor and Sen. Ann Berg on Friday.", {{"Trump", "PER"}, {"Ann Berg", "PER"}}),
            V{"Ann Berg:senator"});
}

TEST(RoleRecallTest, AnIndefiniteAppositionAfterAPrepositionClosedAfterTheName) {
  EXPECT_EQ(Roles("He paid money to a former lawyer, Ann Berg, who sued him.", {{"Ann Berg", "PER"}}),
            V{"Ann Berg:lawyer/former"});
  EXPECT_EQ(Roles("The campaign distanced itself from a US businessman, Carl Page, whom Trump had praised.",
                  {{"US", "LOC"}, {"Carl Page", "PER"}, {"Trump", "PER"}}),
            V{"Carl Page:businessman@United States"});
  // Not closed after the name: the phrase ends the clause.
  EXPECT_EQ(Roles("Despite the presence of a conservative businessman, Ann Berg won.", {{"Ann Berg", "PER"}}), V{});
}

}  // namespace
}  // namespace parallax
