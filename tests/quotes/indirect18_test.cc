// Indirect speech, session 18 (docs/quotes.md, "Session 18: indirect blind3 and leftovers"): the
// leftovers of indirect-dev and indirect-blind2, on constructed paragraphs with the real NER model.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/quotes/sourcing.h"
#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::FromParagraphs;
constexpr auto Indirect = test_util::IndirectAttributions;

// "speculated that", "observed that": verbs of saying that also mean something else report only
// with a that-clause.
TEST(Indirect18, CueVerbsWithThatClause) {
  Article a = FromParagraphs({"Jane Smith speculated that rival parties would try to split the vote in the fall.",
                              "Jane Smith observed the eclipse from the roof of her house in Denver last night."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Jane Smith|person|i");
}

// "went on to declare that": the infinitive after "went on to" is asserted.
TEST(Indirect18, WentOnTo) {
  Article a = FromParagraphs({"In the interview, Jane Smith went on to declare that the party had lost its way.",
                              "Jane Smith plans to declare that the party has lost its way next month."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Jane Smith|person|i");
}

// "noted Sunday on social media that": a report on social media is social.
TEST(Indirect18, OnSocialMediaIsSocial) {
  Article a = FromParagraphs({"Secretary of State Jena Griswold noted Sunday on social media that voters can still "
                              "return their ballots."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Jena Griswold|social|i");
}

// "..., he added.": a person named inside the reported words is what they are about, not the
// pronoun's speaker.
TEST(Indirect18, TrailingPronounSkipsPersonInReport) {
  Article a = FromParagraphs({"Pete Buttigieg left the race in March.",
                              "State Senator Steve Fenberg wants a new primary system.",
                              "\u201CIt could be difficult, but it is worth looking into,\u201D Fenberg said.",
                              "The problem is made worse because some of the candidates who dropped out, such as "
                              "Buttigieg could still receive delegates because they had support, he added."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Steve Fenberg|person|i");
}

// "according to an analysis by X": a document whose author is X.
TEST(Indirect18, DocumentByAuthor) {
  Article a = FromParagraphs({"Most of the jobs women lost in January came from the public sector, according to an "
                              "analysis by the National Women's Law Center."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_TRUE(got[0].ends_with("|document|i")) << got[0];
}

// "according to its website": a document of the body named before.
TEST(Indirect18, AccordingToItsWebsite) {
  Article a = FromParagraphs({"Acme Robotics sells its machines to farms in the Midwest.",
                              "The company employs more than 400 workers in three states, according to its website."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_TRUE(got[0].ends_with("|document|i")) << got[0];
}

// "The Oklahoma Republican said": a definite party member is the person named before.
TEST(Indirect18, DefinitePartyMemberIsPerson) {
  Article a = FromParagraphs({"Tom Cole has served in the House since 2003.",
                              "The Oklahoma Republican said in an interview that he believes such a vote would be "
                              "legal."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Tom Cole|person|i");
}

// "One adviser to Mr. Trump said that ...": a subject with a "to" complement.
TEST(Indirect18, SubjectWithToComplement) {
  Article a = FromParagraphs({"One adviser to Mr. Trump said that appearing tough on crime was politically important "
                              "to the president."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_TRUE(got[0].starts_with("One adviser") && got[0].ends_with("|anonymous|i")) << got[0];
}

// "A Twitter user who posts under the name rider42 noted ...": a subject with a relative clause;
// a platform's user is a social source.
TEST(Indirect18, RelativeClauseSubject) {
  Article a = FromParagraphs({"A Twitter user who posts under the name rider42 noted that his usual ride now costs "
                              "twice as much."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_TRUE(got[0].ends_with("|social|i")) << got[0];
}

// "Twitter said": a platform speaking as a company is an organization.
TEST(Indirect18, PlatformAsCompany) {
  Article a = FromParagraphs({"Twitter said it will start placing a notice over tweets that break its rules."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Twitter|organization|i");
}

// "..., the two announced": two bodies named in the sentence speak together.
TEST(Indirect18, TheTwoAnnounced) {
  Article a = FromParagraphs({"The London Metropolitan Police will provide Facebook with footage so that the company "
                              "can detect videos of shootings, the two announced Tuesday."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_TRUE(got[0].ends_with("|organization|i")) << got[0];
}

// "X's lawyer, Y, ... he claims": the pronoun is the appositive's person, not the possessor.
TEST(Indirect18, PronounSkipsPossessor) {
  Article a = FromParagraphs({"Actor Stormy Daniels's lawyer, Michael Avenatti, has covered television screens for "
                              "months, and because of it, he claims his fame got him the bank records."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Michael Avenatti|person|i");
}

// "noted CNN Polling Director Keating Holland": an organization span the tagger stretched over a
// title and a person's name gives the person.
TEST(Indirect18, TitleAndNameInsideOrganization) {
  Article a = FromParagraphs({"A Jeb Bush candidacy would make its own history, noted CNN Polling Director Keating "
                              "Holland."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Keating Holland|person|i");
}

// "The Hill reported earlier Friday that": a registered outlet's name is an outlet, whatever the
// tagger calls it; in The Hill's own article it is not an outlet cited.
TEST(Indirect18, PublisherReportingIsNotCited) {
  ingest::RawDocument d;
  d.uri = "test.txt";
  d.format = "text";
  d.outlet = "The Hill";
  d.blocks.push_back(ingest::Block{"The Hill reported earlier Friday that the president was expected to ask for more "
                                   "aid for the region."});
  Article a = test_util::Annotate(std::move(d));
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "The Hill|outlet|i");
  EXPECT_TRUE(ProfileSourcing(a).outlets_cited.empty());
}

}  // namespace
}  // namespace parallax::quotes
