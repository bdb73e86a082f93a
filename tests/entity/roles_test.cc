// Role phrases on hand-made mentions (the tagger's spans and types given), one
// rule per test: the forms the AllSides role gold set showed the parsers
// missing (docs/ner.md, "Session 15: roles measured").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/entity/roles.h"
#include "roles_util.h"

namespace parallax {
namespace {

using Mentions = std::vector<std::pair<std::string, std::string>>;
using V = std::vector<std::string>;

TEST(RolesTest, APluralTitleBeforeAPairTitlesBoth) {
  EXPECT_EQ(Roles("Two moderate GOP senators, Susan Collins of Maine and Lisa Murkowski of Alaska, back it.",
                  {{"GOP", "ORG"}, {"Susan Collins", "PER"}, {"Maine", "LOC"}, {"Lisa Murkowski", "PER"}, {"Alaska", "LOC"}}),
            (V{"Susan Collins:senator@Republican", "Lisa Murkowski:senator@Republican"}));
  EXPECT_EQ(Roles("Show creators Trey Parker and Matt Stone replied.", {{"Trey Parker", "PER"}, {"Matt Stone", "PER"}}),
            (V{"Trey Parker:show creator", "Matt Stone:show creator"}));
  // A plural with no pair after it is no title of the one name.
  EXPECT_EQ(Roles("He thanked the senators, Susan Collins said.", {{"Susan Collins", "PER"}}), V{});
}

TEST(RolesTest, APossessiveNameOpensAnApposition) {
  EXPECT_EQ(Roles("Certainly Trump's 2020 campaign manager, Brad Parscale, tweeted.",
                  {{"Trump", "PER"}, {"Brad Parscale", "PER"}}),
            V{"Brad Parscale:campaign manager@Trump"});
}

TEST(RolesTest, AnAppositionMayFollowAPartyTag) {
  EXPECT_EQ(Roles("Rep. Sander Levin (D-Mich.), the ranking member of the Ways and Means Committee, spoke.",
                  {{"Sander Levin", "PER"}, {"Ways and Means Committee", "ORG"}}),
            (V{"Sander Levin:representative@Democratic, Michigan",
               "Sander Levin:ranking member@Ways and Means Committee"}));
  EXPECT_EQ(Roles("Rep. Bobby Scott, D-Va., spoke.", {{"Bobby Scott", "PER"}}),
            V{"Bobby Scott:representative@Democratic, Virginia"});
}

TEST(RolesTest, TheTitleMayBeInAWhoClauseAfterATitlelessApposition) {
  EXPECT_EQ(Roles("Elijah Cummings, the Maryland Democrat who is the ranking member on the Oversight Committee, said.",
                  {{"Elijah Cummings", "PER"}, {"Maryland", "LOC"}, {"Oversight Committee", "ORG"}}),
            V{"Elijah Cummings:ranking member@Oversight Committee"});
}

TEST(RolesTest, PrepositionalObjectsAndParticiples) {
  EXPECT_EQ(Roles("Trey Grayson, director of Harvard's Institute of Politics, said.",
                  {{"Trey Grayson", "PER"}, {"Harvard", "ORG"}, {"Institute of Politics", "ORG"}}),
            V{"Trey Grayson:director@Harvard, Institute of Politics"});
  EXPECT_EQ(Roles("Avery Cohen, a spokesperson for de Blasio, said.", {{"Avery Cohen", "PER"}, {"de Blasio", "PER"}}),
            V{"Avery Cohen:spokesperson@de Blasio"});
  EXPECT_EQ(Roles("Duncan Hunter, another congressman facing charges, agreed.", {{"Duncan Hunter", "PER"}}),
            V{"Duncan Hunter:congressman"});
  // A clause that is no participle still ends nothing: no title is read.
  EXPECT_EQ(Roles("Duncan Hunter, another congressman he liked, agreed.", {{"Duncan Hunter", "PER"}}), V{});
}

TEST(RolesTest, OneUnknownAdjectiveMayOpenAnApposition) {
  EXPECT_EQ(Roles("Tyler Clementi, the gay Rutgers student who was filmed, died.",
                  {{"Tyler Clementi", "PER"}, {"Rutgers", "ORG"}}),
            V{"Tyler Clementi:student@Rutgers"});
  EXPECT_EQ(Roles("Bob Shrum, a longtime Democratic strategist, said.", {{"Bob Shrum", "PER"}, {"Democratic", "MISC"}}),
            V{"Bob Shrum:strategist@Democratic"});
  // Not two of them, and not a noun that is no title: "an outspoken critic of the governor".
  EXPECT_EQ(Roles("Jane Roe, an outspoken critic of the governor, spoke.", {{"Jane Roe", "PER"}}), V{});
  EXPECT_EQ(Roles("Jane Roe, a very old governor, spoke.", {{"Jane Roe", "PER"}}), V{});
}

TEST(RolesTest, ANameThatIsTheSubjectOfACopula) {
  EXPECT_EQ(Roles("LZ Granderson is a journalist. Obama was president, they said.",
                  {{"LZ Granderson", "PER"}, {"Obama", "PER"}}),
            (V{"LZ Granderson:journalist", "Obama:president/former"}));
  EXPECT_EQ(Roles("Mark Levine is the head of the Health Committee.", {{"Mark Levine", "PER"}, {"Health Committee", "ORG"}}),
            V{"Mark Levine:head@Health Committee"});
  // Not when more follows the title, nor when the name is no subject.
  EXPECT_EQ(Roles("Trump was president when it happened.", {{"Trump", "PER"}}), V{});
  EXPECT_EQ(Roles("A profile of Smith is a journalist's dream.", {{"Smith", "PER"}}), V{});
}

TEST(RolesTest, ATitleWithAPlaceBeforeTheComma) {
  EXPECT_EQ(Roles("Kerry met his counterpart in China, Xie Zhenhua, on Monday.",
                  {{"Kerry", "PER"}, {"China", "LOC"}, {"Xie Zhenhua", "PER"}}),
            V{"Xie Zhenhua:counterpart@China"});
}

TEST(RolesTest, NewTitleWords) {
  EXPECT_EQ(Roles("Speaker of the House Nancy Pelosi spoke.", {{"Nancy Pelosi", "PER"}}),
            V{"Nancy Pelosi:speaker of the house"});
  EXPECT_EQ(Roles("Stoneman Douglas student Jaclyn Corin tweeted.", {{"Stoneman Douglas", "ORG"}, {"Jaclyn Corin", "PER"}}),
            V{"Jaclyn Corin:student@Stoneman Douglas"});
  EXPECT_EQ(Roles("Maj. Michael English said so.", {{"Michael English", "PER"}}), V{"Michael English:major"});
  EXPECT_EQ(Roles("Charles Stewart, a Massachusetts Institute of Technology political scientist, said.",
                  {{"Charles Stewart", "PER"}, {"Massachusetts Institute of Technology", "ORG"}}),
            V{"Charles Stewart:political scientist@Massachusetts Institute of Technology"});
}

TEST(RolesTest, ATitleInsideAPersonMentionIsTrimmedAndRead) {
  Article a = Annotated("Ohio Governor John Kasich spoke. General Mattis agreed. Pope Francis prayed.",
                        {{"Ohio Governor John Kasich", "PER"}, {"General Mattis", "PER"}, {"Pope Francis", "PER"}});
  ASSERT_EQ(a.entity_chains.size(), 3u);
  EXPECT_EQ(a.entity_chains[0].name, "John Kasich");
  EXPECT_EQ(a.entity_chains[1].name, "Mattis");
  EXPECT_EQ(a.entity_chains[2].name, "Pope Francis");  // a styled title is part of the name
  EXPECT_EQ(a.entities[0].span.Of(a.body), "John Kasich");
  EXPECT_EQ(Roles("Ohio Governor John Kasich spoke. General Mattis agreed. New York Gov. Andrew Cuomo left.",
                  {{"Ohio Governor John Kasich", "PER"}, {"General Mattis", "PER"}, {"New York Gov. Andrew Cuomo", "PER"}}),
            (V{"John Kasich:governor@Ohio", "Mattis:general", "Andrew Cuomo:governor@New York"}));
  // A head inside a name is no title: "Martin Luther King Jr." and "Dean Baquet" keep their words.
  a = Annotated("Martin Luther King Jr. marched. Dean Baquet edited.",
                {{"Martin Luther King Jr.", "PER"}, {"Dean Baquet", "PER"}});
  EXPECT_EQ(a.entity_chains[0].name, "Martin Luther King Jr.");
  EXPECT_EQ(a.entity_chains[1].name, "Dean Baquet");
}

TEST(RolesTest, ANameAfterATitleIsAPerson) {
  Article a = Annotated("Chinese leader Xi Jinping spoke. Xi Jinping left. Then Xi returned.",
                        {{"Chinese", "MISC"}, {"Xi Jinping", "ORG"}, {"Xi Jinping", "ORG"}, {"Xi", "PER"}});
  EXPECT_EQ(a.entities[1].type, "PER");
  EXPECT_EQ(a.entities[2].type, "PER");
  EXPECT_EQ(a.entities[1].chain, a.entities[3].chain);
  ASSERT_EQ(a.roles.size(), 1u);
  EXPECT_EQ(a.roles[0].role, "leader");
  EXPECT_EQ(a.roles[0].affiliation, "China");
  // A full name the tagger typed otherwise, beside its surname as a person.
  a = Annotated("The election of Donald Trump stunned them. Trump won.", {{"Donald Trump", "ORG"}, {"Trump", "PER"}});
  EXPECT_EQ(a.entities[0].type, "PER");
  ASSERT_EQ(a.entity_chains.size(), 1u);
  EXPECT_EQ(a.entity_chains[0].name, "Donald Trump");
  a = Annotated("He moved to New York. York agreed.", {{"New York", "LOC"}, {"York", "PER"}});
  EXPECT_EQ(a.entities[0].type, "LOC");
  // "the president" is a noun phrase of its own; an organisation word is no person's name.
  a = Annotated("It asked the president Congress would act. CEO Apple Inc said.",
                {{"Congress", "ORG"}, {"Apple Inc", "ORG"}});
  EXPECT_EQ(a.entities[0].type, "ORG");
  EXPECT_EQ(a.entities[1].type, "ORG");
}

}  // namespace
}  // namespace parallax
