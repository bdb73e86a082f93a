// Session 24: copular roles of a named subject (role_copula.cc; docs/ner.md "Session 24"); hand-made
// mentions, as in role_recall_test.cc.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/entity/roles.h"
#include "roles_util.h"

namespace parallax {
namespace {

using V = std::vector<std::string>;

TEST(RoleCopulaTest, AnAppositionBetweenTheNameAndTheCopula) {
  EXPECT_EQ(Roles("Mary Hale, a Democrat, is the senior senator from Ohio.", {{"Mary Hale", "PER"}, {"Ohio", "LOC"}}),
            V{"Mary Hale:senior senator@Ohio"});
  EXPECT_EQ(Roles("Her daughter, Ann Tyler, is the president of Acme Group.", {{"Ann Tyler", "PER"}, {"Acme Group", "ORG"}}),
            V{"Ann Tyler:president@Acme Group"});
  // A person or a reporting verb in the stretch: no subject.
  EXPECT_EQ(Roles("Mary Hale, Tom Baker said, is a lawyer.", {{"Mary Hale", "PER"}, {"Tom Baker", "PER"}}), V{});
  EXPECT_EQ(Roles("Mary Hale, who lost to Tom Baker, is a lawyer.", {{"Mary Hale", "PER"}, {"Tom Baker", "PER"}}), V{});
  // The name must open the sentence (or follow a comma).
  EXPECT_EQ(Roles("A friend of Mary Hale, a Democrat, is a lawyer.", {{"Mary Hale", "PER"}}), V{});
}

TEST(RoleCopulaTest, CopulasOfSeveralWords) {
  EXPECT_EQ(Roles("Tom Baker has been the mayor of Dayton since 2010.", {{"Tom Baker", "PER"}, {"Dayton", "LOC"}}), V{});
  EXPECT_EQ(Roles("Tom Baker has been the mayor of Dayton.", {{"Tom Baker", "PER"}, {"Dayton", "LOC"}}),
            V{"Tom Baker:mayor@Dayton"});
  EXPECT_EQ(Roles("Tom Baker had been a senator.", {{"Tom Baker", "PER"}}), V{"Tom Baker:senator/former"});
  EXPECT_EQ(Roles("Ann Berg used to be a lawyer.", {{"Ann Berg", "PER"}}), V{"Ann Berg:lawyer/former"});
  EXPECT_EQ(Roles("Tom Baker remains a Republican donor.", {{"Tom Baker", "PER"}}), V{"Tom Baker:donor@Republican"});
  EXPECT_EQ(Roles("Tom Baker is also a professor at Yale.", {{"Tom Baker", "PER"}, {"Yale", "ORG"}}),
            V{"Tom Baker:professor@Yale"});
  EXPECT_EQ(Roles("Ann Berg worked as a lawyer before she ran.", {{"Ann Berg", "PER"}}), V{});
  EXPECT_EQ(Roles("Ann Berg worked as a lawyer, then ran for office.", {{"Ann Berg", "PER"}}), V{"Ann Berg:lawyer/former"});
  EXPECT_EQ(Roles("Ann Berg works as a nurse at Mercy Hospital.", {{"Ann Berg", "PER"}, {"Mercy Hospital", "ORG"}}),
            V{"Ann Berg:nurse@Mercy Hospital"});
  // No title after it, or more words after the title: nothing.
  EXPECT_EQ(Roles("Tom Baker has been critical of the plan.", {{"Tom Baker", "PER"}}), V{});
  EXPECT_EQ(Roles("Tom Baker used to be a senator for years.", {{"Tom Baker", "PER"}}), V{});
}

TEST(RoleCopulaTest, AListOfTitlesAfterTheCopula) {
  EXPECT_EQ(Roles("Jim Oakes, the plaintiff in the case, is a writer, speaker and founder of Equality Farms.",
                  {{"Jim Oakes", "PER"}, {"Equality Farms", "ORG"}}),
            (V{"Jim Oakes:writer", "Jim Oakes:speaker", "Jim Oakes:founder@Equality Farms"}));
  EXPECT_EQ(Roles("Cary Dunn is a commissioner for the Port of Kent and former mayor of Kent.",
                  {{"Cary Dunn", "PER"}, {"Port of Kent", "ORG"}, {"Kent", "LOC"}}),
            (V{"Cary Dunn:commissioner@Port of Kent", "Cary Dunn:mayor/former@Kent"}));
  // "the only ... who", "the first ... who": a deed; no "former" from "was", no ordinal.
  EXPECT_EQ(Roles("Tom Baker, a Republican, was the only senator who voted no.", {{"Tom Baker", "PER"}}),
            V{"Tom Baker:senator"});
  EXPECT_EQ(Roles("Ann Berg, 50, is the first official who testified.", {{"Ann Berg", "PER"}}), V{"Ann Berg:official"});
  EXPECT_EQ(Roles("Ann Berg, his wife, was the first lady of Ohio.", {{"Ann Berg", "PER"}, {"Ohio", "LOC"}}),
            V{"Ann Berg:first lady/former@Ohio"});
  // A clause after the comma is no title.
  EXPECT_EQ(Roles("Ann Berg is a lawyer, and she said so.", {{"Ann Berg", "PER"}}), V{"Ann Berg:lawyer"});
}

TEST(RoleCopulaTest, APronounSubjectWithACopulaOfSeveralWords) {
  // nominal_roles.cc's "He is ..." (the one person the sentence before names) with the copulas above.
  EXPECT_EQ(Roles("Tom Baker spoke on Monday. He has been the mayor of Dayton.", {{"Tom Baker", "PER"}, {"Dayton", "LOC"}}),
            V{"Tom Baker:mayor@Dayton"});
  EXPECT_EQ(Roles("Ann Berg spoke on Monday. She used to be a senator.", {{"Ann Berg", "PER"}}), V{"Ann Berg:senator/former"});
  EXPECT_EQ(Roles("Ann Berg met Tom Baker on Monday. She used to be a senator.", {{"Ann Berg", "PER"}, {"Tom Baker", "PER"}}),
            V{"Ann Berg:senator/former"});
  EXPECT_EQ(Roles("Ann Berg spoke on Monday. She has been critical of the senator.", {{"Ann Berg", "PER"}}), V{});
}

}  // namespace
}  // namespace parallax
