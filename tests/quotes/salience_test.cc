// The quotes annotator's session-19 salience rule (salience.cc) on constructed paragraphs (with the
// real NER model): "he"/"she" at a cue names the person the sentences before it keep as their
// subject, not the person quoted last.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// A paragraph whose narrative names a new subject: "he said" after it is that subject, not the man
// quoted in the paragraph before.
TEST(Salience, HeAfterANewSubjectIsThatSubject) {
  Article a = FromParagraphs(
      {"\u201CThe budget will not pass this week,\u201D said Senator Carl Whitmore.",
       "In a radio interview on Friday, Governor Thomas Avery defended the plan. He said, \u201CWe have "
       "the votes and we will pass it before the holiday.\u201D"});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Carl Whitmore|person|d");
  EXPECT_EQ(got[1], "Thomas Avery|person|d");
}

// A subject carried on across sentences by "she"/"her": the woman who opened the run, not the
// woman quoted before it.
TEST(Salience, SheCarriedOnByPronounsIsTheRunsSubject) {
  Article a = FromParagraphs(
      {"\u201CWe were never told about the fees,\u201D said Margaret Olsen, who rents in the building.",
       "Chicago resident and former Obama volunteer Rebecca Lindqvist described her ordeal in a letter to the "
       "city. Her case remains unresolved, and she still cannot file her taxes. How is it, she wondered, "
       "\u201Cthat nobody has answered a single letter?\u201D"});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Margaret Olsen|person|d");
  EXPECT_EQ(got[1], "Rebecca Lindqvist|person|d");
}

// "The governor, who ..., anticipated ...": the person named with that title earlier, not the
// senator quoted in between.
TEST(Salience, TheTitledSubjectIsThePersonWithThatTitle) {
  Article a = FromParagraphs(
      {"Gov. Nathan Hargrove signed the bill on Tuesday in his office.",
       "\u201CThis law will hurt small farms across the state,\u201D said Sen. Paul Dempsey.",
       "The governor, who took no questions, anticipated the criticism. \u201CWe listened to the farmers "
       "for two years,\u201D he said."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Paul Dempsey|person|d");
  EXPECT_EQ(got[1], "Nathan Hargrove|person|d");
}

// The rule stays out when the sentence before names someone else after the subject's run ends: a
// pronoun of the other gender stops it, and a quoted speaker newer than the subject keeps "he".
TEST(Salience, TheLastSpeakerStaysWhenNewer) {
  Article a = FromParagraphs(
      {"Governor Thomas Avery defended the plan on Friday.",
       "\u201CThe budget will not pass this week,\u201D said Senator Carl Whitmore. \u201CWe do not have "
       "the votes,\u201D he said."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1], "Carl Whitmore|person|d");
}

}  // namespace
}  // namespace parallax::quotes
