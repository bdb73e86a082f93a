// Title forms the role parsers missed on the development splits of the AllSides role gold set
// (docs/ner.md, "Session 17"), on hand-made mentions: compound heads, objects the apposition did
// not open, coordinated titles, and the cases that must stay without a role.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/entity/roles.h"
#include "roles_util.h"

namespace parallax {
namespace {

using V = std::vector<std::string>;

TEST(RoleFormsTest, CompoundTitleHeads) {
  EXPECT_EQ(Roles("Bloomberg News editor-in-chief John Micklethwait wrote a note.",
                  {{"Bloomberg News", "ORG"}, {"John Micklethwait", "PER"}}),
            V{"John Micklethwait:editor-in-chief@Bloomberg News"});
  EXPECT_EQ(Roles("Jim Skea, a co-chairman of the IPCC, said so.", {{"Jim Skea", "PER"}, {"IPCC", "ORG"}}),
            V{"Jim Skea:co-chairman@IPCC"});
  EXPECT_EQ(Roles("Critics of Trump or his chief counselor Stephen Bannon spoke.",
                  {{"Trump", "PER"}, {"Stephen Bannon", "PER"}}),
            V{"Stephen Bannon:chief counselor"});
  EXPECT_EQ(Roles("He had called right-wing funder David Koch.", {{"David Koch", "PER"}}),
            V{"David Koch:right-wing funder"});
  EXPECT_EQ(Roles("\"Hi,\" said tenth grader Anyah Clayton.", {{"Anyah Clayton", "PER"}}),
            V{"Anyah Clayton:tenth grader"});
  // "first lady" is a title, "Lady" alone is not.
  EXPECT_EQ(Roles("It drew first lady Michelle Obama to the rally.", {{"Michelle Obama", "PER"}}),
            V{"Michelle Obama:first lady"});
  EXPECT_EQ(Roles("It drew Lady Gaga to the rally.", {{"Gaga", "PER"}}), V{});
  EXPECT_EQ(Roles("Bloomberg, a billionaire businessman, spoke.", {{"Bloomberg", "PER"}}),
            V{"Bloomberg:billionaire businessman"});
  EXPECT_EQ(Roles("Yaraneli Otero is a sixth grader at Thorp Elementary.",
                  {{"Yaraneli Otero", "PER"}, {"Thorp Elementary", "ORG"}}),
            V{"Yaraneli Otero:sixth grader@Thorp Elementary"});
  // An indefinite title that is a preposition's object is not the next name's.
  EXPECT_EQ(Roles("Despite the presence of a conservative lawyer, Pataki ousted Cuomo.",
                  {{"Pataki", "PER"}, {"Cuomo", "PER"}}),
            V{});
}

TEST(RoleFormsTest, AnAppositionsObjectMayChainOrBeALowerCaseBody) {
  // A second "of" after the object, and a possessive organisation.
  EXPECT_EQ(Roles("The strike killed Qassem Suleimani, leader of the Quds Force of Iran's Revolutionary Guard, "
                  "on Friday.",
                  {{"Qassem Suleimani", "PER"}, {"Quds Force", "ORG"}, {"Iran", "LOC"}, {"Revolutionary Guard", "ORG"}}),
            V{"Qassem Suleimani:leader@Quds Force, Iran, Revolutionary Guard"});
  // "from" a place, then a relative clause.
  EXPECT_EQ(Roles("Cullen, a senator from Janesville who retired, spoke.", {{"Cullen", "PER"}, {"Janesville", "LOC"}}),
            V{"Cullen:senator@Janesville"});
  // A lower-case body: only when it ends in an organisation noun.
  EXPECT_EQ(Roles("\"Hi,\" Mark Levine, head of the city council's health committee, tweeted.",
                  {{"Mark Levine", "PER"}}),
            V{"Mark Levine:head"});
  EXPECT_EQ(Roles("\"Hi,\" Mark Levine, a member of the public, said.", {{"Mark Levine", "PER"}}), V{});
  EXPECT_EQ(Roles("\"Hi,\" Mark Levine, the head of the family, said.", {{"Mark Levine", "PER"}}), V{});
}

TEST(RoleFormsTest, CoordinatedTitlesInAnApposition) {
  EXPECT_EQ(Roles("\"Frankly,\" said Jim Skea, a co-chairman of the panel and a professor at Imperial College, "
                  "London.",
                  {{"Jim Skea", "PER"}, {"Imperial College", "ORG"}, {"London", "LOC"}}),
            (V{"Jim Skea:co-chairman", "Jim Skea:professor@Imperial College"}));
  // "and" before a name or a clause is no second title.
  EXPECT_EQ(Roles("Jim Skea, a professor, and Ann Lee spoke.", {{"Jim Skea", "PER"}, {"Ann Lee", "PER"}}),
            V{"Jim Skea:professor"});
}

TEST(RoleFormsTest, APluralTitleAfterAPairTitlesBoth) {
  EXPECT_EQ(Roles("Ted Cruz and Mike Lee, the two senators, objected.", {{"Ted Cruz", "PER"}, {"Mike Lee", "PER"}}),
            (V{"Ted Cruz:senator", "Mike Lee:senator"}));
  EXPECT_EQ(Roles("Ted Cruz and Mike Lee are both Republican senators.", {{"Ted Cruz", "PER"}, {"Mike Lee", "PER"}}),
            (V{"Ted Cruz:senator@Republican", "Mike Lee:senator@Republican"}));
  EXPECT_EQ(Roles("Ted Cruz and Mike Lee were senators.", {{"Ted Cruz", "PER"}, {"Mike Lee", "PER"}}),
            (V{"Ted Cruz:senator/former", "Mike Lee:senator/former"}));
  // A singular title is the second name's own; a plural that is not the whole phrase is no title.
  EXPECT_EQ(Roles("Ted Cruz and Mike Lee, the senator, objected.", {{"Ted Cruz", "PER"}, {"Mike Lee", "PER"}}),
            V{"Mike Lee:senator"});
  EXPECT_EQ(Roles("Ted Cruz and Mike Lee, the senators' aides, objected.", {{"Ted Cruz", "PER"}, {"Mike Lee", "PER"}}),
            V{});
  EXPECT_EQ(Roles("He thanked Ted Cruz and Mike Lee, senators said.", {{"Ted Cruz", "PER"}, {"Mike Lee", "PER"}}),
            V{});
}

TEST(RoleFormsTest, ATitleAfterAccordingToTakesUpTheOnePersonOfTheNextSentence) {
  EXPECT_EQ(Roles("Taxpayers will pay, according to the former governor of Indiana. \"It is bad,\" Mitch Daniels "
                  "said on Thursday.",
                  {{"Indiana", "LOC"}, {"Mitch Daniels", "PER"}}),
            V{"Mitch Daniels:governor/former@Indiana"});
  EXPECT_EQ(Roles("Taxpayers will pay, according to the former governor of Indiana. \"It is bad,\" Mitch Daniels "
                  "told Stuart Varney.",
                  {{"Indiana", "LOC"}, {"Mitch Daniels", "PER"}, {"Stuart Varney", "PER"}}),
            V{"Mitch Daniels:governor/former@Indiana"});
  // Two people in the next sentence, or someone named before: no holder.
  EXPECT_EQ(Roles("Taxpayers will pay, according to the former governor of Indiana. Mitch Daniels met Mike Pence.",
                  {{"Indiana", "LOC"}, {"Mitch Daniels", "PER"}, {"Mike Pence", "PER"}}),
            V{});
  EXPECT_EQ(Roles("Ann Lee spoke. Taxpayers will pay, according to the governor. Mitch Daniels said so.",
                  {{"Ann Lee", "PER"}, {"Mitch Daniels", "PER"}}),
            V{});
}

TEST(RoleFormsTest, ATitleOpeningASentenceTakesUpTheSubjectAfterAnOpeningPhrase) {
  EXPECT_EQ(Roles("In his first speech since the inauguration of Donald Trump, Clinton delivered a keynote. The "
                  "former president cautioned against it.",
                  {{"Donald Trump", "PER"}, {"Clinton", "PER"}}),
            V{"Clinton:president/former"});
  // A surname that two people of the article share takes no role.
  EXPECT_EQ(Roles("Hillary Clinton spoke. In his first speech since the inauguration of Bill Clinton, Clinton "
                  "delivered a keynote. The former president cautioned against it.",
                  {{"Hillary Clinton", "PER"}, {"Bill Clinton", "PER"}, {"Clinton", "PER"}}),
            V{});
  // No verb after the name: no subject.
  EXPECT_EQ(Roles("In his first speech since the inauguration of Donald Trump, Clinton, Obama and Bush spoke. The "
                  "former president cautioned against it.",
                  {{"Donald Trump", "PER"}, {"Clinton", "PER"}, {"Obama", "PER"}, {"Bush", "PER"}}),
            V{});
}

TEST(RoleFormsTest, ANominalsListOfTitlesGoesToItsHolder) {
  EXPECT_EQ(Roles("You'd think Michael Bloomberg would stay away. The former New York City mayor, billionaire "
                  "businessman, philanthropist, and now Democratic presidential candidate hit town on Wednesday.",
                  {{"Michael Bloomberg", "PER"}, {"New York City", "LOC"}}),
            (V{"Michael Bloomberg:mayor/former@New York City", "Michael Bloomberg:billionaire businessman",
               "Michael Bloomberg:philanthropist", "Michael Bloomberg:presidential candidate@Democratic"}));
  // Two titles joined by "and" alone are no list ("The president and CEO of one of the sponsors").
  EXPECT_EQ(Roles("Saska Mare wrote to us. The president and CEO of one of the sponsors knows that.",
                  {{"Saska Mare", "PER"}}),
            V{"Saska Mare:president"});  // the first title only, as before
  // A determiner opens another person; a list not closed before a verb is no list of titles.
  EXPECT_EQ(Roles("You'd think Michael Bloomberg would stay away. The former New York City mayor, the governor "
                  "and the senator hit town on Wednesday.",
                  {{"Michael Bloomberg", "PER"}, {"New York City", "LOC"}}),
            (V{"Michael Bloomberg:mayor/former@New York City"}));
  EXPECT_EQ(Roles("You'd think Michael Bloomberg would stay away. The former New York City mayor, billionaire "
                  "businessman, hit town on Wednesday.",
                  {{"Michael Bloomberg", "PER"}, {"New York City", "LOC"}}),
            (V{"Michael Bloomberg:mayor/former@New York City"}));
}

TEST(RoleFormsTest, HisRoleAsATitle) {
  EXPECT_EQ(Roles("Mr. Christie, campaigning in his role as chairman of the Republican Governors Association, "
                  "said so.",
                  {{"Christie", "PER"}, {"Republican Governors Association", "ORG"}}),
            V{"Christie:chairman@Republican Governors Association"});
  EXPECT_EQ(Roles("Collins had used information gleaned from his position as a board member at a pharmaceutical "
                  "company to alert his son.",
                  {{"Collins", "PER"}}),
            V{"Collins:board member"});
  // A name that modifies a noun is not the one whose role it is ("her position as president" is
  // not read); the apposition is hers (session 21: a person's name as a modifier).
  EXPECT_EQ(Roles("Nina Turner, a Sanders campaign co-chair, left her position as president of Our Revolution.",
                  {{"Nina Turner", "PER"}, {"Sanders", "PER"}, {"Our Revolution", "ORG"}}),
            V{"Nina Turner:campaign co-chair@Sanders"});
  // Someone else named between: the nearer name's, not the first one's.
  EXPECT_EQ(Roles("Collins praised Smith for his role as chairman of the panel.", {{"Collins", "PER"}, {"Smith", "PER"}}),
            V{"Smith:chairman"});
}

}  // namespace
}  // namespace parallax
