// Title words and forms from the third blind role split's errors (roles-blind3, read at the end of
// session 17; docs/ner.md "Session 18"), on hand-made mentions: occupations named by their suffix
// or read off unlabelled news, industry and contributor modifiers, "commander in chief" in three
// words, a lower-case body after a possessive object, an acronym fused to a qualifier ("ex-FBI"),
// possessive nominals with a time scope, and titles a person does not hold yet.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/entity/lexicon.h"
#include "annotate/entity/roles.h"
#include "roles_util.h"

namespace parallax {
namespace {

using V = std::vector<std::string>;

TEST(RoleWordsTest, OccupationsBySuffix) {
  EXPECT_TRUE(entity::IsRoleHead("criminologist"));
  EXPECT_TRUE(entity::IsRoleHead("epidemiologist"));
  EXPECT_TRUE(entity::IsRoleHead("statistician"));
  EXPECT_TRUE(entity::IsRoleHead("photographer"));
  EXPECT_TRUE(entity::IsRoleHead("psychiatrist"));
  EXPECT_FALSE(entity::IsRoleHead("apologist"));
  EXPECT_FALSE(entity::IsRoleHead("patrician"));
  EXPECT_FALSE(entity::IsRoleHead("socialist"));
  EXPECT_EQ(Roles("A study by criminologists Ann Lee and Bo Chan found it.", {{"Ann Lee", "PER"}, {"Bo Chan", "PER"}}),
            (V{"Ann Lee:criminologist", "Bo Chan:criminologist"}));
  EXPECT_EQ(Roles("Epidemiologist Jane Roe said so.", {{"Jane Roe", "PER"}}), V{"Jane Roe:epidemiologist"});
  EXPECT_EQ(Roles("The patrician Tom Smith said so.", {{"Tom Smith", "PER"}}), V{});
  EXPECT_EQ(Roles("A known apologist, Tom Smith, said so.", {{"Tom Smith", "PER"}}), V{});
}

TEST(RoleWordsTest, OccupationsAndModifiersFromNews) {
  EXPECT_EQ(Roles("He courted gaming billionaire Sam Stone.", {{"Sam Stone", "PER"}}),
            V{"Sam Stone:gaming billionaire"});
  EXPECT_EQ(Roles("A guest columnist for POLITICO, Joe Stone hosts a show.", {{"POLITICO", "ORG"}, {"Joe Stone", "PER"}}),
            V{"Joe Stone:guest columnist@POLITICO"});
  EXPECT_EQ(Roles("\"No,\" said historian Ann Reed.", {{"Ann Reed", "PER"}}), V{"Ann Reed:historian"});
  EXPECT_EQ(Roles("Sam Stone, a primary benefactor of the party, spoke.", {{"Sam Stone", "PER"}}),
            V{"Sam Stone:primary benefactor"});
  // An occupation ends the title before it; "martial artist" is no occupation of the list.
  EXPECT_EQ(Roles("They killed Jordanian pilot Lt. Sam Stone.", {{"Sam Stone", "PER"}}), V{"Sam Stone:lieutenant"});
  EXPECT_EQ(Roles("He once mocked mixed martial artist Sam Stone.", {{"Sam Stone", "PER"}}), V{});
}

TEST(RoleWordsTest, CommanderInChiefInThreeWords) {
  EXPECT_EQ(Roles("Commander in Chief Tom Reed spoke.", {{"Tom Reed", "PER"}}), V{"Tom Reed:commander in chief"});
  EXPECT_EQ(Roles("Tom Reed, the commander in chief, spoke.", {{"Tom Reed", "PER"}}), V{"Tom Reed:commander in chief"});
  // "in" without "chief" still ends the title.
  EXPECT_EQ(Roles("Tom Reed, the chief in charge, spoke.", {{"Tom Reed", "PER"}}), V{});
}

TEST(RoleWordsTest, LowerCaseBodyAfterAPossessiveObject) {
  EXPECT_EQ(Roles("\"No,\" said Ann Poe, a spokeswoman for Walker's legal office.",
                  {{"Ann Poe", "PER"}, {"Walker", "PER"}}),
            V{"Ann Poe:spokeswoman@Walker"});
  // Without a body noun the phrase is no apposition.
  EXPECT_EQ(Roles("\"No,\" said Ann Poe, a spokeswoman for Walker's old friends.",
                  {{"Ann Poe", "PER"}, {"Walker", "PER"}}),
            V{});
}

TEST(RoleWordsTest, TitlesNotHeldYet) {
  // Another person holds the title: the one after "would" is hypothetical.
  EXPECT_EQ(Roles("President Obama spoke. I doubt President Romney would promise that.",
                  {{"Obama", "PER"}, {"Romney", "PER"}}),
            V{"Obama:president"});
  EXPECT_EQ(Roles("Voters fear a President Trump in office.", {{"Trump", "PER"}}), V{});
  // Alone, or followed by another verb, the title is held.
  EXPECT_EQ(Roles("President Obama would veto the bill.", {{"Obama", "PER"}}), V{"Obama:president"});
  EXPECT_EQ(Roles("Justice Alito spoke. Justice Kennedy could retire.", {{"Alito", "PER"}, {"Kennedy", "PER"}}),
            (V{"Alito:justice", "Kennedy:justice"}));
  EXPECT_EQ(Roles("President Obama spoke. President Wolfe wouldn't get out.", {{"Obama", "PER"}, {"Wolfe", "PER"}}),
            (V{"Obama:president", "Wolfe:president"}));
  EXPECT_EQ(Roles("President Obama spoke. President Bush said no.", {{"Obama", "PER"}, {"Bush", "PER"}}),
            (V{"Obama:president", "Bush:president"}));
}

TEST(RoleWordsTest, AnAcronymFusedToAQualifierIsTheAffiliation) {
  EXPECT_EQ(Roles("\"No,\" said ex-FBI Director Tom Reed.", {{"Tom Reed", "PER"}}), V{"Tom Reed:director/former@FBI"});
  EXPECT_EQ(Roles("Tom Reed, the ex-CIA officer, spoke.", {{"Tom Reed", "PER"}}), V{"Tom Reed:officer/former@CIA"});
  EXPECT_EQ(Roles("Tom Reed, the ex-Cia officer, spoke.", {{"Tom Reed", "PER"}}), V{"Tom Reed:officer/former"});
  EXPECT_EQ(Roles("It ran against then-GOP Sen. Tom Reed.", {{"Tom Reed", "PER"}}), V{"Tom Reed:senator/then@Republican"});
}

TEST(RoleWordsTest, APossessiveNominalWithATimeScopeNamesItsHolder) {
  EXPECT_EQ(Roles("Still, Mitt Romney did well. The former Massachusetts governor's tone was calm.",
                  {{"Mitt Romney", "PER"}, {"Massachusetts", "LOC"}}),
            V{"Mitt Romney:governor/former@Massachusetts"});
  // Without one it may name the office: "The governor's mansion", "The president's plan".
  EXPECT_EQ(Roles("Still, Mitt Romney did well. The governor's tone was calm.", {{"Mitt Romney", "PER"}}), V{});
}

}  // namespace
}  // namespace parallax
