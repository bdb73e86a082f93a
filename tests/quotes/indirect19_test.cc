// Indirect speech, session 19 (docs/quotes.md, "Session 19: indirect blind4 and leftovers"): the
// shapes of indirect-blind3's and indirect-dev's errors, on constructed paragraphs with the real
// NER model. Each test fails on the code before session 19; the guards next to them check that
// the new shape does not reach its look-alikes.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/quotes/names.h"
#include "annotate/quotes/sourcing.h"
#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::FromParagraphs;
constexpr auto Indirect = test_util::IndirectAttributions;

// "On Tuesday, according to Bloomberg, X said ...": the phrase between commas after an opening
// phrase reports the words after it, and the report nested in them is a second one.
TEST(Indirect19, ParentheticalAccordingAndNestedReport) {
  Article a = FromParagraphs({"On Tuesday, according to Bloomberg, Treasury Secretary Jane Smith said the new tariffs "
                              "would be lifted next year."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Bloomberg|outlet|i");
  EXPECT_EQ(got[1], "Jane Smith|person|i");
}

// Guard: "..., according to X, an appositive." closes the sentence; its report is before it.
TEST(Indirect19, TrailingAccordingWithAppositive) {
  Article a = FromParagraphs({"The plant employs more than 300 people, according to Tom Brown, a union organizer in "
                              "the county."});
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].span.Of(a.body), "The plant employs more than 300 people");
}

// "told the volunteers about her years in the Navy": a listener and a complement, no report;
// "told the volunteers on Monday that ...": "that" five words on still opens the report.
TEST(Indirect19, ToldListenerAboutIsNoReport) {
  Article a = FromParagraphs({"In her speech, Mary Jones told the volunteers about her years in the Navy.",
                              "Mary Jones told the county volunteers on Monday that the shelter would stay open."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Mary Jones|person|i");
  EXPECT_EQ(a.quotes[0].span.Of(a.body), "the shelter would stay open");
}

// Guards: "told reporters that the story about X was false" reports its clause; a verb before a
// later "that" ("told the AP on Friday there is no question that") has opened the clause already.
TEST(Indirect19, ToldListenerThatClauseWithAbout) {
  Article a = FromParagraphs({"Mary Jones told reporters that the story about the shelter was not true at all.",
                              "Tom Brown told The Associated Press Friday there is no question that the plant will "
                              "close."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Mary Jones|person|i");
  EXPECT_EQ(a.quotes[0].span.Of(a.body), "the story about the shelter was not true at all");
  EXPECT_EQ(a.quotes[1].span.Of(a.body), "there is no question that the plant will close");
}

// "As critics have already pointed out, CLAUSE": the "as" shape with auxiliaries and a verb that
// reports only with a clause; "As secretary of state, X ..." is none.
TEST(Indirect19, AsShapeWithAuxiliary) {
  Article a = FromParagraphs({"As critics have already pointed out, the new stadium will cost the city more than it "
                              "earns.",
                              "As secretary of state, Jane Smith visited forty countries in four years."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "critics|anonymous|i");
}

// "..., in which he said CLAUSE": a subject opening a relative clause reports; a verb with an
// object there ("in which she admitted her fears") and "said and did" do not.
TEST(Indirect19, RelativeClauseSubjectReports) {
  Article a = FromParagraphs({"Tom Brown gave a speech in Ohio in which he said the factory would reopen in May.",
                              "Ann Lee wrote a letter in which she admitted her fears about the trial.",
                              "Tom Brown ran a campaign in which he said and did whatever he wanted."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Tom Brown|person|i");
}

// "His campaign sent out a list of issues where they claim ...": "they" there is the body the
// sentence opens with.
TEST(Indirect19, TheyAfterWhereIsTheOpeningBody) {
  Article a = FromParagraphs({"Senator Ann Lee is running for president.",
                              "Her campaign also sent out a long list of issues where they claim the governor is "
                              "not progressive."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Her campaign|organization|i");
}

// "A spokesman for the Ministry of Health in Nairobi told reporters ...": the spokesperson's
// body speaks; "WHO spokeswoman X told" opens with the acronym.
TEST(Indirect19, SpokespersonWithComplementsAndAcronym) {
  Article a = FromParagraphs({"A spokesman for the Kenyan health ministry in Nairobi told reporters the clinics would "
                              "reopen next week.",
                              "WHO spokeswoman Ana Ruiz told a press briefing on Friday that the program would "
                              "expand."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_TRUE(got[0].ends_with("|organization|i")) << got[0];
  EXPECT_EQ(got[1], "Ana Ruiz|person|i");
}

// "according to a Reuters tally": an outlet's count is a document of that outlet.
TEST(Indirect19, OutletTallyIsDocument) {
  Article a = FromParagraphs({"More than 40,000 people have been infected in the region, according to a Reuters "
                              "tally."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Reuters|document|i");
}

// "The social network on Thursday said": the platform named before speaks as the company.
TEST(Indirect19, TheSocialNetworkIsThePlatform) {
  Article a = FromParagraphs({"Facebook changed its rules for political ads this week.",
                              "The social network on Thursday said it will label posts that break the rules."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Facebook|organization|i");
}

// "said X, CEO of Y.": an appositive headed by a noun with an "of" complement closes the sentence.
TEST(Indirect19, AppositiveWithOfComplement) {
  Article a = FromParagraphs({"Prices for steel will rise again next year, said Tom Brown, CEO of the Acme group."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Tom Brown|person|i");
}

// "The page notes that": a web page is a document.
TEST(Indirect19, PageIsDocument) {
  Article a = FromParagraphs({"The page notes that the company has a security center that monitors every ride."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_TRUE(got[0].ends_with("|document|i")) << got[0];
}

// Guard: a capitalized "Page" names ("Page Six reported"): no document; a lower-case one is.
TEST(Indirect19, CapitalizedPageIsNoDocument) {
  Article a = FromParagraphs({"Page Six reported that the network \u201Cflew into a panic\u201D on Friday after the "
                              "broadcast.",
                              "Its page says the law has done damage to the market for many years."});
  std::vector<std::string> got = test_util::Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_FALSE(got[0].find("|document|") != std::string::npos) << got[0];
  EXPECT_TRUE(got[1].ends_with("|document|i")) << got[1];
}

// "Critics have pointed to the breadth of “qualified immunity”": "pointed to" is no cue, so a
// scare quote after it is no quotation of the group.
TEST(Indirect19, PointedToIsNoCue) {
  Article a = FromParagraphs({"Commentators have pointed to the breadth of \u201Cqualified immunity\u201D as a major "
                              "obstacle to reform."});
  EXPECT_TRUE(a.quotes.empty()) << test_util::Attributions(a)[0];
}

// "According to the Riverside Gazette": an organization named like a newspaper is an outlet.
TEST(Indirect19, NewspaperNameIsOutlet) {
  Article a = FromParagraphs({"According to the Riverside Gazette, the mayor plans to resign at the end of the month."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_TRUE(got[0].ends_with("|outlet|i")) << got[0];
}

// "said one Democrat", "a New Hampshire Republican said": one unnamed party member is an anonymous
// source (the sourcing profile counts it so); "Republicans said" stays the party.
TEST(Indirect19, UnnamedPartyMemberIsAnonymous) {
  Article a = FromParagraphs({"\u201CI am a realist,\u201D said one Democrat, who like all respondents answered "
                              "anonymously.",
                              "A New Hampshire Republican said the race for second place was still open."});
  std::vector<std::string> got = test_util::Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "one Democrat|anonymous|d");
  EXPECT_EQ(got[1], "A New Hampshire Republican|anonymous|i");
}

// "the Times reports" after "A New York Times investigation found ...": the outlet the article
// cites; "whom police say" is the police, not "whom police".
TEST(Indirect19, TheTimesAndWhomPolice) {
  Article a = FromParagraphs({"A New York Times investigation also found evidence of the shelling.",
                              "Two attacks in October wounded at least six people, the Times reports.",
                              "The fate of Tom Brown, whom police say was a key organizer of the attacks, is still "
                              "unknown."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "The New York Times|outlet|i");
  EXPECT_TRUE(got[1].starts_with("police|")) << got[1];
}

// Session 20, the sourcing profile: "A 2018 New York Times report also said": a document a
// registered outlet wrote cites that outlet; in the outlet's own article it does not.
TEST(Indirect19, OutletsDocumentCitesTheOutlet) {
  for (std::string publisher : {"The Hill", "The New York Times"}) {
    ingest::RawDocument d;
    d.uri = "test.txt";
    d.format = "text";
    d.outlet = publisher;
    d.blocks.push_back(ingest::Block{"A 2018 New York Times report also said that the mayor looked into closing "
                                     "the schools."});
    Article a = test_util::Annotate(std::move(d));
    std::vector<std::string> got = Indirect(a);
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0], "The New York Times|document|i");
    std::vector<std::string> cited = ProfileSourcing(a).outlets_cited;
    if (publisher == "The Hill") {
      EXPECT_EQ(cited, std::vector<std::string>{"The New York Times"});
    } else {
      EXPECT_TRUE(cited.empty());
    }
  }
}

// Session 20, the sourcing profile's voices: "Rear Adm. John Kirby" is John Kirby, not "Rear John
// Kirby"; "Rear" alone before a name stays.
TEST(Indirect19, RearAdmiralIsOneTitle) {
  EXPECT_EQ(CleanName("Rear Adm. John Kirby", true), "John Kirby");
  EXPECT_EQ(CleanName("Vice Adm. Jane Smith", true), "Jane Smith");
  EXPECT_EQ(CleanName("Rear Window Smith", true), "Rear Window Smith");
  Article a = FromParagraphs({"Pentagon spokesman Rear Adm. John Kirby told reporters on Friday that the strikes "
                              "would go on for weeks."});
  std::vector<std::string> got = Indirect(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "John Kirby|person|i");
}

}  // namespace
}  // namespace parallax::quotes
