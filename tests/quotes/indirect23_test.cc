// Indirect speech, session 23 (docs/quotes.md, "Session 23: indirect blind6 and indirect-blind5's
// missed reports"): the shapes of indirect-blind5's and indirect-blind4's missed reports, on
// constructed paragraphs with the real NER model. Each test but the guards fails on the code
// before session 23; the guards check that the new shapes do not reach their look-alikes.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/names.h"
#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::FromParagraphs;
constexpr auto Indirect = test_util::IndirectAttributions;

// "CITY — X said CLAUSE", "CITY (AP) — ...": the report's words start after a dateline.
TEST(Indirect23, DatelineBeforeLeadingReport) {
  Article a = FromParagraphs({"BOSTON \u2014 The State Department said it would reopen the embassy in the spring.",
                              "DENVER (AP) \u2014 Election officials say they expect long lines at every polling place."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "State Department|organization|i");
  EXPECT_EQ(got[1], "Election officials|anonymous|i");
}

// "Place, Month D, YYYY — CLAUSE, the Committee to Protect Journalists said today.": a dated
// dateline and a body's name the tagger misses.
TEST(Indirect23, DatedDatelineAndUntaggedBody) {
  Article a = FromParagraphs({"New Delhi, June 23, 2020 \u2014 Police in the state must investigate the killing of the "
                              "reporter, the Committee to Protect Journalists said today."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Committee to Protect Journalists|organization|i");
  EXPECT_EQ(a.quotes[0].span.Of(a.body), "Police in the state must investigate the killing of the reporter");
}

// "Priorities USA argues ...": a country at the end of a body's name.
TEST(Indirect23, BodyNamedAfterCountry) {
  Article a = FromParagraphs({"Priorities USA argues in its complaint that there are other protections in place."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Priorities USA|organization|i");
}

// "The office cited the investigation and noted CLAUSE": the subject of the first verb.
TEST(Indirect23, CueCoordinatedWithFirstVerb) {
  Article a = FromParagraphs({"The office cited the ongoing investigation and noted the report will be released once "
                              "the tests are complete."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "The office|organization|i");
  EXPECT_EQ(a.quotes[0].span.Of(a.body), "the report will be released once the tests are complete");
}

// "CLAUSE, NAME, APPOSITIVE, has said.": an auxiliary between the appositive and the cue.
TEST(Indirect23, AppositiveSubjectWithAuxiliary) {
  Article a = FromParagraphs({"Loyal voters turned out in big numbers that fall, Anna Berg, a longtime party adviser, "
                              "has said."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Anna Berg|person|i");
}

// Guards: a dash after a name in capitals that is no dateline, an object after the coordinated
// cue, a title after "the".
TEST(Indirect23, Guards) {
  Article a = FromParagraphs({"The police arrested the man and announced a new curfew for the whole district.",
                              "Crime fell, the Senate Majority Leader said."});
  std::vector<std::string> got = Indirect(a);
  EXPECT_TRUE(got.empty());
}

// "announced a cease-fire", "explained his strategy for": an object, no report; a clause after the
// determiner's noun still reports.
TEST(Indirect23, ObjectAfterCueIsNoReport) {
  Article a = FromParagraphs({"On Wednesday, he and the prime minister announced a cease-fire in their long trade war.",
                              "At a rally earlier this week, Trump explained his strategy for getting to zero tariffs.",
                              "The mayor announced her office would close three shelters by the end of the year."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(a.quotes[0].span.Of(a.body), "her office would close three shelters by the end of the year");
}

// "the Arkansas Democrat-Gazette reported": a hyphenated newspaper name is an outlet.
TEST(Indirect23, HyphenatedNewspaperIsOutlet) {
  EXPECT_TRUE(OutletLikeName("Arkansas Democrat-Gazette"));
  EXPECT_TRUE(OutletLikeName("Post-Dispatch"));
  EXPECT_FALSE(OutletLikeName("Coca-Cola"));
  EXPECT_FALSE(OutletLikeName("Jean-Claude Juncker"));
}

// "Yet U.S. officials say": the description drops the conjunction (a session-20 leftover).
TEST(Indirect23, DescriptionWithoutConjunction) {
  EXPECT_EQ(WithoutOpeningConjunction("Yet U.S. officials"), "U.S. officials");
  EXPECT_EQ(WithoutOpeningConjunction("some officials"), "some officials");
}

// "said Facebook user Chandra Enriquez-Brandon Monday": a weekday joined to a name (a session-20
// leftover); a two-word name keeps its last word.
TEST(Indirect23, WeekdayAfterName) {
  EXPECT_EQ(CleanName("Chandra Enriquez-Brandon Monday", true), "Chandra Enriquez-Brandon");
  EXPECT_EQ(CleanName("Joe Friday", true), "Joe Friday");
}

}  // namespace
}  // namespace parallax::quotes
