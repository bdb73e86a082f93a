// The quotes annotator on constructed paragraphs (with the real NER model)
// and on the seed articles: every quotation's speaker and source type.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "annotate/quotes/sourcing.h"
#include "ingest/reader.h"
#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Annotate;
using test_util::Attributions;
using test_util::FromParagraphs;

TEST(Quotes, AdjacentAttributionBothOrders) {
  Article a = FromParagraphs({"Senator Maria Lopez spoke in Denver on Monday.",
                              "\u201CWe will not back down from this fight,\u201D Lopez said.",
                              "\u201CThe budget is a disgrace to the state,\u201D said Lopez."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Maria Lopez|person|d", "Maria Lopez|person|d"}));
  ASSERT_FALSE(a.quotes.empty());
  EXPECT_EQ(a.quotes[0].cue.Of(a.body), "said");
  EXPECT_EQ(a.quotes[0].span.Of(a.body), "We will not back down from this fight");
}

TEST(Quotes, PronounContinuationAndAnonymous) {
  Article a = FromParagraphs({"\u201CThe plan is dead on arrival,\u201D Governor Tom Hale told reporters. \u201CNobody in "
                              "this building supports it.\u201D",
                              "\u201CWe expect a vote by Friday at the latest,\u201D he said.",
                              "The vote will be delayed until next month, according to people familiar with the "
                              "matter who asked not to be named."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Tom Hale|person|d", "Tom Hale|person|d", "Tom Hale|person|d",
                                                       "people familiar with the matter|anonymous|i"}));
}

TEST(Quotes, OrganizationOutletAndScareQuotes) {
  Article a = FromParagraphs({"The State Department said in a statement that the talks would resume in the autumn.",
                              "The so-called \u201Cclimate club\u201D met again, Reuters reported.",
                              "Politico reports the meeting ended without any agreement at all."});
  auto at = Attributions(a);
  ASSERT_EQ(at.size(), 2u);
  EXPECT_EQ(at[0], "State Department|organization|i");
  EXPECT_EQ(at[1], "Politico|outlet|i");
  auto p = ProfileSourcing(a);
  EXPECT_EQ(p.attributed, 2u);
  EXPECT_NE(std::find(p.outlets_cited.begin(), p.outlets_cited.end(), "Politico"), p.outlets_cited.end());
}

TEST(Quotes, QuoteAcrossParagraphsIsOneQuotation) {
  Article a = FromParagraphs({"\u201CWe came here to work,\u201D said Jane Okafor, the mayor. \u201CThe city needs "
                              "water and it needs it now.",
                              "\u201CNothing else matters this summer.\u201D",
                              "Officials did not comment."});
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[1].speaker_name, "Jane Okafor");
  EXPECT_NE(a.quotes[1].span.Of(a.body).find("Nothing else matters"), std::string_view::npos);
}

TEST(Quotes, PronounsFollowGender) {
  Article a = FromParagraphs({"Senator Mark Reed and Representative Linda Cho debated the water bill on Tuesday.",
                              "\u201CThis bill will ruin the farmers of the valley,\u201D Mr. Reed said.",
                              "\u201CThe farmers asked us for this bill,\u201D she said."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Mark Reed|person|d", "Linda Cho|person|d"}));
}

TEST(Quotes, SpeakerBehindLongAppositive) {
  Article a = FromParagraphs({"The river rose again overnight.",
                              "\u201CWe have never seen the water this high,\u201D Tomas Brandt, a farmer who has "
                              "worked the land along the river for thirty years, said on Monday."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Tomas Brandt|person|d"}));
}

TEST(Quotes, AppositiveSubjectAndDocumentAuthor) {
  Article a = FromParagraphs({"Governor Tom Hale defended the budget on Friday.",
                              "A spokesman for the city council, Peter Novak, said Mr. Hale was \u201Cnot telling "
                              "the voters the truth about the deficit.\u201D",
                              "Mr. Hale\u2019s statement noted his record of \u201Cfighting for working families "
                              "in every county.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Peter Novak|person|d", "Tom Hale|document|d"}));
}

TEST(Quotes, QuoteSharesTheCueOfTheNextQuoteInItsSentence) {
  Article a = FromParagraphs({"Chancellor Ingrid Falk met the other leaders on Sunday.",
                              "The leaders \u201Cagreed that the tariffs must not go into force next month,\u201D "
                              "which is \u201Cready to defend its interests in every forum,\u201D Falk\u2019s "
                              "statement said."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Ingrid Falk|document|d", "Ingrid Falk|document|d"}));
}

TEST(Quotes, SameSurnameDifferentPeople) {
  Article a = FromParagraphs({"President Trump and first lady Melania Trump welcomed the French president on Monday.",
                              "\u201CNobody knows what I am going to do on the twelfth,\u201D Mr. Trump said.",
                              "\u201CHe will definitely be coming to London,\u201D said Woody Johnson, the ambassador.",
                              "\u201CThe deal is not based on trust,\u201D the foreign secretary, Boris Johnson, "
                              "said in a statement."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Trump|person|d", "Woody Johnson|person|d",
                                                       "Boris Johnson|person|d"}));
}

TEST(Quotes, TitlesOfShowsAreNotQuotations) {
  Article a = FromParagraphs({"The senator appeared on \u201CMeet the Press\u201D and later on \u201COn the Record "
                              "with Greta Van Susteren.\u201D"});
  EXPECT_TRUE(a.quotes.empty()) << Attributions(a).size();
}

TEST(Quotes, GroupSpeakersAndTheirPronoun) {
  Article a = FromParagraphs({"The senators met on Capitol Hill on Wednesday.",
                              "\u201CWe will not approve this budget until the spending stops,\u201D the senators said.",
                              "\u201CThe voters sent us here to say no,\u201D they said."});
  // Session 17: a group named only by a common noun is anonymous (docs/quotes.md, one typing for unnamed groups).
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"the senators|anonymous|d", "the senators|anonymous|d"}));
}

TEST(Quotes, TrailingReportWithAppositiveFeedsThePronoun) {
  Article a = FromParagraphs({"Lena Ortiz, a historian, praised the plan on Monday.",
                              "Most mayors would have kept the program, said Rick Alvarez, a consultant who worked "
                              "for the governor.",
                              "\u201CNobody wanted to end it,\u201D he said."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Rick Alvarez|person|i", "Rick Alvarez|person|d"}));
}

TEST(Quotes, TitleWithABodysNameOpensTheClause) {
  Article a = FromParagraphs({"Trump praised the memos on Friday.",
                              "House Minority Leader Nancy Pelosi disagreed, tweeting that the memos \u201Care further "
                              "proof of contempt for the rule of law,\u201D she said."});
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Nancy Pelosi");
}

TEST(Quotes, ColonAfterTheSubjectsVerbIntroducesTheirWords) {
  Article a = FromParagraphs({"Mayor Ann Ruiz faced questions about the budget.",
                              "Asked about the deficit, Ms. Ruiz shrugged: \u201CWe will find the money somewhere.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Ann Ruiz|person|d"}));
}

TEST(Quotes, DocumentsTakeTheAuthorWhoIntroducedThemNotTheirReader) {
  Article a = FromParagraphs({"Special counsel Mara Quinn has sent questions to the mayor's lawyers.",
                              "The Herald obtained a list of the questions on Monday.",
                              "\u201CWhen did you learn of the meeting?\u201D reads one of the questions. "
                              "\u201CWho else was present at the meeting?\u201D another asks."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Mara Quinn|document|d", "Mara Quinn|document|d"}));
  Article b = FromParagraphs({"\u201CThe plant will stay closed until the inspection ends,\u201D the statement read."});
  EXPECT_EQ(Attributions(b), (std::vector<std::string>{"the statement|document|d"}));
}

TEST(Quotes, LongTitleEndingWithTheNameBeforeTheCue) {
  Article a = FromParagraphs({"About 130 migrants reached the border crossing on Wednesday.",
                              "\u201CThis is not ideal for us to have this many people waiting,\u201D leader of the "
                              "Pueblo Unido caravan Irineo Castro said."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Irineo Castro|person|d"}));
}

TEST(Quotes, QuotedAsSayingAndAnInfinitiveCueAfterAQuestion) {
  Article a = FromParagraphs({"The talks on the reactor resumed in Vienna on Tuesday.",
                              "\u201CTechnically, we are fully prepared to restart the reactor,\u201D Arash Karimi "
                              "was quoted by state television as saying.",
                              "\u201CWhat did you know about the payments to the contractor?\u201D Judge Nora Wells "
                              "planned to ask, according to a list of questions seen by reporters."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Arash Karimi|person|d", "Nora Wells|person|d"}));
}

TEST(Quotes, UnnamedPersonAndAOneWordReplyCarryOver) {
  Article a = FromParagraphs({"Senator Dana Cole left the hall after the vote.",
                              "A young man, holding a camera, stopped her on the steps, saying: \u201CSenator, do you "
                              "support the new tax on fuel?\u201D",
                              "\u201CNo,\u201D she said when told the question. \u201CWe will have to look at the "
                              "whole bill first.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"A young man|anonymous|d", "Dana Cole|person|d"}));
}

TEST(Quotes, AbbreviatedTitlesAndABodysStatementAfterAColon) {
  Article a = FromParagraphs({"Gov. Tom Hale of Ohio signed the water bill on Thursday.",
                              "\u201CThis law protects every farm in the state,\u201D the governor said.",
                              "The Ohio Farmers Union issued a short statement after the signing:",
                              "\u201CWe thank the governor for listening to the farmers of this state.\u201D"});
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Tom Hale");
  EXPECT_EQ(a.quotes[1].source_type, "document");
  EXPECT_NE(a.quotes[1].speaker_name.find("Farmers Union"), std::string::npos) << a.quotes[1].speaker_name;
}

TEST(Quotes, OpeningParticiplesRelativeClausesAndSpokespeople) {
  Article a = FromParagraphs({"Arriving for talks with the other ministers, trade chief Elena Marsh urged both sides to "
                              "keep the treaty, saying it had \u201Ckept the peace on the continent for thirty years.\u201D",
                              "Two of the banned books were written by activist Leo Tran, who responded by writing on "
                              "Twitter: \u201CLess than a week after the law, the books are gone from the shelves.\u201D",
                              "Campaign spokesman Jason Reyes issued a statement saying: \u201CThe endorsement changes "
                              "nothing about this race.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Elena Marsh|person|d", "Leo Tran|social|d",
                                                       "Jason Reyes|person|d"}));
}

TEST(Quotes, ListenersOfTransitiveCuesAndUnreadAttributions) {
  Article a = FromParagraphs({"\u201CAny mayor who cuts the parks budget is my kind of mayor,\u201D Governor Paul "
                              "Hart said at a rally.",
                              "\u201CIn this city, the mere act of planting a tree is now a political fight,\u201D "
                              "intoned a 2019 Springfield Herald editorial.",
                              "Singer Maya Lund defended the parks and asked Hart on Twitter, \u201CWhat happened to "
                              "your promise to the children?\u201D",
                              "But Ruth Olsen, a city councilwoman, praised Hart for ending the mayor\u2019s \u201Ccostly "
                              "and wasteful program.\u201D"});
  ASSERT_EQ(a.quotes.size(), 4u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Paul Hart");
  EXPECT_NE(a.quotes[1].speaker_name, "Paul Hart");
  EXPECT_EQ(a.quotes[2].speaker_name, "Maya Lund");
  EXPECT_EQ(a.quotes[3].speaker_name, "Ruth Olsen");
}

TEST(Quotes, TheGroupNamesTheLastOrganizationThatOpenedAClause) {
  Article a = FromParagraphs({"The nearby Riverside Tenants Union answered the city's plan within hours.",
                              "The group has drafted a resolution of its own condemning the council for turning the "
                              "river park into \u201Ca parking lot for the rich and the connected.\u201D"});
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_NE(a.quotes[0].speaker_name.find("Riverside Tenants Union"), std::string::npos) << a.quotes[0].speaker_name;
}

TEST(Quotes, SheFindsTheWomanOverASurnameOfUnknownGender) {
  Article a = FromParagraphs({"Karen Holt has not run as a foot soldier in the Barlow army.",
                              "While Barlow did a private fundraiser for her, she wants voters to know she is no rubber "
                              "stamp. \u201CMy job is to represent the people of this district,\u201D she says.",
                              "\u201CLike a regular summer day,\u201D one shopkeeper observed."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Karen Holt|person|d", "one shopkeeper|anonymous|d"}));
}

// A given name the table lacks takes the article's own pronoun evidence: "Oyelaran Castillo ...
// When she was a girl" makes her a woman, so "she said" skips the man of unknown gender named last.
TEST(Quotes, SheFindsAWomanTheArticleCallsShe) {
  Article a = FromParagraphs({"Oyelaran Castillo knows the harbor well. When she was a girl, her family sold fish on "
                              "the quay.",
                              "On Monday she called her youngest son. Bogdan Teodorescu did not pick up. \u201CBe "
                              "careful with the money, my boy,\u201D she said."});
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Oyelaran Castillo");
}

// "they" after a sentence whose subject is two named people is both of them; a crowd chanting is a
// group, not the person the sentence opens with.
TEST(Quotes, TheyIsTheTwoPersonSubjectAndACrowdChants) {
  Article a = FromParagraphs({"State Treasurer Ana Ruiz and Senate Majority Leader Tomas Berg demanded a vote on Friday.",
                              "\u201CThe people deserve to be heard before this budget passes,\u201D they said in a joint "
                              "statement.",
                              "At every stop, Governor Paul Whitcomb smiles as the crowd chants \u201Cfinish the bridge, "
                              "finish the bridge.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Ana Ruiz and Tomas Berg|person|d",
                                                       "the crowd|anonymous|d"}));
}

// "Like X, he ...": the person compared with is not who the pronoun means.
TEST(Quotes, APersonInALikeOpenerIsNoAntecedent) {
  Article a = FromParagraphs({"Senator Marco Delgado grew up in Tampa, the son of a bartender.",
                              "Like Paul Whitcomb, a potential 2020 rival, he is part of a new generation of "
                              "conservatives. \u201CWe will not reward anyone for breaking the law,\u201D he said."});
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Marco Delgado");
}

// A clause-opening person of the paragraph before does not win a pronoun over a nearer mention of
// the person the article is about.
TEST(Quotes, FromTheParagraphBeforeTheMoreNamedPersonWins) {
  Article a = FromParagraphs({"Senator Marco Delgado has pushed the immigration bill for months, and Delgado now leads "
                              "the talks.",
                              "He has won over talk radio. Rush Whitcomb called the plan fair on his show on Monday.",
                              "This is Delgado's first big test. The word he uses most is balance.",
                              "\u201CI have to balance compassion with the law,\u201D he says."});
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Marco Delgado");
}

// "the lawsuit says" with no author before: a later sentence naming "the lawsuit" with an
// authoring verb gives its author.
TEST(Quotes, TheLawsuitsAuthorNamedLater) {
  Article a = FromParagraphs({"Sen. Richard Vance has been sued by an investor in hotel stock.",
                              "\u201CSenator Vance owed a duty to the public not to trade on what he learned,\u201D the "
                              "lawsuit says, according to local reporters.",
                              "According to disclosure forms, the senator made 33 stock trades on one day.",
                              "Former federal prosecutor Thomas Kellerman filed the lawsuit on behalf of an investor "
                              "named Alan Fisk."});
  ASSERT_GE(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Thomas Kellerman");
  EXPECT_EQ(a.quotes[0].source_type, "document");
}

// "the lawsuit says" takes the author of the nearest lawsuit named before it.
TEST(Quotes, ALawsuitQuoteTakesTheNearestAuthorBefore) {
  Article a = FromParagraphs({"Former federal prosecutor Thomas Kellerman filed a lawsuit against the hotel chain in May.",
                              "The chain denied it. In June, attorney Maria Solano filed a lawsuit for the city.",
                              "\u201CThe city lost millions in unpaid taxes over those years,\u201D the lawsuit says."});
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Maria Solano");
  EXPECT_EQ(a.quotes[0].source_type, "document");
}

TEST(Quotes, PartyTagBeforeALateCueAndAGroupsSecondVerb) {
  Article a = FromParagraphs({"\u201CIt is not the intent of the law to punish anyone,\u201D state Senate President Pro "
                              "Tem David Long (R) said.",
                              "The evening began in a familiar fashion: Demonstrators marched along the street and "
                              "chanted \u201CWe want justice now!\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"David Long|person|d", "Demonstrators|anonymous|d"}));
}

TEST(Quotes, OnesOfAGroupAndALetterReadFarFromItsCue) {
  Article a = FromParagraphs({"The mayor shared posts from a number of local activists. One declared, \u201CFifteen "
                              "days, then we open the schools again.\u201D",
                              "\u201CAs one of the largest banks in the state, you have a duty to the river,\u201D "
                              "Senator Ana Cruz\u2019s letter, signed by 14 other senators, read."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"One|anonymous|d", "Ana Cruz|document|d"}));
}

TEST(Quotes, NameInAppositionToTheOpeningTitle) {
  Article a = FromParagraphs({"The press secretary, Dana Whitfield, told reporters the governor was not picking a "
                              "fight, and said \u201Cthe only person picking a fight is the mayor.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Dana Whitfield|person|d"}));
}

TEST(Quotes, ItAfterADocumentsReportAndAnUnnamedAnnouncer) {
  Article a = FromParagraphs({"The cable also warned that the guard unit appeared to be compromised. It said "
                              "\u201Crequests for a daily police presence have gone unanswered.\u201D",
                              "Then an unseen announcer concludes: \u201CThe world needs strength, not apologies.\u201D",
                              "\u201CHave you gone today?\u201D Michele Bachmann asked her followers on what became "
                              "an unofficial day of support for the restaurant."});
  ASSERT_EQ(a.quotes.size(), 4u);  // the cable's report, then three direct quotations
  EXPECT_EQ(a.quotes[1].source_type, "document");
  EXPECT_EQ(a.quotes[1].speaker_name, "The cable");
  EXPECT_EQ(a.quotes[2].speaker_name, "an unseen announcer");
  EXPECT_EQ(a.quotes[3].speaker_name, "Michele Bachmann");
}

// Session 5: causes found on allsides-blind4 (each test sentence constructed, not copied).
TEST(Quotes, TitleAfterAnIntroductoryNameAndATitlesComplement) {
  Article a = FromParagraphs({"President Laura Benton praised the economy in a speech to the parliament on Tuesday.",
                              "In a swipe at her predecessor Tomas Varga, the president told the chamber: \u201CWe "
                              "have ended years of decline and doubt.\u201D",
                              "\u201CWe will never go back to those days!\u201D said the president, whose critics "
                              "say she has no plan.",
                              "Owen Reyes, former chief strategist to President Tomas Varga tweeted, \u201CI take "
                              "them at their word. But it was foolish.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Laura Benton|person|d", "Laura Benton|person|d",
                                                       "Owen Reyes|social|d"}));
}

TEST(Quotes, NamesInTheModifierOfAnUnnamedSourceOrADocumentDoNotSpeak) {
  Article a = FromParagraphs({"Paul Stone met the envoy in March.",
                              "The officials with knowledge of the envoy\u2019s briefing for Paul Stone said it "
                              "contained no \u201Cactionable details at all.\u201D",
                              "The news comes after the paper reported in May on one memo addressed to Stone\u2019s "
                              "office said the embassy held an \u201Curgent review of its defenses.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"The officials|anonymous|d", "one memo|document|d"}));
}

TEST(Quotes, TwoNamedSpeakersAndAToldThatTakesAListener) {
  Article a = FromParagraphs({"Clara Nunez and Victor Hale testified on Tuesday.",
                              "Nunez and Hale told the panel that the agency had \u201Calready begun to repair\u201D "
                              "the \u201Cdeep, lasting failures\u201D identified in a review that pointed to waste.",
                              "Mark Ellison admitted that one of the aides\u2014\u201Cit may have been Ruth "
                              "Carver\u201D\u2014told Paul Dunn to delete the files."});
  auto at = Attributions(a);  // the last sentence also gives an indirect report by Mark Ellison
  ASSERT_GE(at.size(), 3u);
  EXPECT_EQ(at[0], "Clara Nunez and Victor Hale|person|d");
  EXPECT_EQ(at[1], "Clara Nunez and Victor Hale|person|d");
  EXPECT_EQ(at.back(), "Mark Ellison|person|d");
}

TEST(Quotes, ADefiniteDescriptionIsTheNewerSubject) {
  Article a = FromParagraphs({"\u201CWe talked about our families,\u201D Ana Ruiz told reporters.",
                              "Presumptive Liberal party nominee George Kallas has been critical of the meeting.",
                              "\u201CI am stunned by it. I have never seen anything like that,\u201D the billionaire "
                              "businessman told a radio host on Thursday."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Ana Ruiz|person|d", "George Kallas|person|d"}));
}

TEST(Quotes, SubtitledTitlesAndTermsAfterADeterminerAreNotQuotations) {
  Article a = FromParagraphs({"At one college the requirement can be replaced with \u201CCoastal Towns and Their "
                              "People: Harbors and Markets in the Nineties.\u201D",
                              "They would expect all the \u201Cgood neighbors with ladders\u201D there to stop any "
                              "\u201Cbad neighbors with ladders.\u201D",
                              "Governor Lena Marsh hailed the \u201Cgreat state comeback\u201D in her speech."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Lena Marsh|person|d"}));
}

TEST(Quotes, ANearPersonWinsOverAClauseOpenerParagraphsBack) {
  Article a = FromParagraphs({"Mrs. Ada Brook sat in the front row of the chamber.",
                              "The speech lasted more than an hour.",
                              "Each year a member of the opposition replies, and this year it fell to Ohio Governor "
                              "Marisol Tern.",
                              "She faulted the president. \u201CShouting online does not fix roads at all,\u201D she "
                              "said."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Marisol Tern|person|d"}));
}

TEST(Quotes, AColonAfterASubordinateClauseIntroducesTheMainSubjectsWords) {
  Article a = FromParagraphs({"When the governor accused lawmakers of wasting money, Mrs. Irene Falk was seen "
                              "twice mouthing: \u201CThat is not true.\u201D",
                              "As crowds began to gather, city mayor Omar Haddad tweeted: \u201CThis city will "
                              "always choose hope.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Irene Falk|person|d", "Omar Haddad|social|d"}));
}

TEST(Quotes, ABodysStatementSayingAndTwoAuthorsWithHonorifics) {
  Article a = FromParagraphs({"The council met twice on the matter.",
                              "On Monday the Pentagon issued a statement saying it was studying the reports but so "
                              "far had \u201Cno evidence to support the recent claims.\u201D",
                              "The book was edited by Ruth Kaplan and Kent Ito.",
                              "\u201CThey were soon replaced by new workers, and organizing efforts grew among "
                              "them,\u201D Dr. Kaplan and Mr. Ito write."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Pentagon|document|d", "Ruth Kaplan and Kent Ito|person|d"}));
}

TEST(Quotes, APartialQuoteInARelativeClauseOnAPerson) {
  Article a = FromParagraphs({"Director Alan Pryce testified on Wednesday.",
                              "And why is Pryce, who does not \u201Ccare one bit about politics,\u201D so worried "
                              "about deadlines?"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Alan Pryce|person|d"}));
}

TEST(Quotes, APersonsWordsNamedRightBeforeTheQuote) {
  Article a = FromParagraphs({"President Ada Morrow spoke at the dedication in the autumn.",
                              "When asked to identify her words, more students chose a passage from the charter "
                              "than Ms. Morrow\u2019s famous phrase from the harbor speech \u201Cthat no town of "
                              "ours shall be left behind.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Ada Morrow|person|d"}));
}

TEST(Quotes, AnUnclosedTitleAppositiveAfterTheQuoteAndAnOpeningConjunction) {
  Article a = FromParagraphs({"General Paul Verne spoke on Monday.",
                              "\u201CI am confident that the two centres are still talking to each other,\u201D "
                              "Verne, chairman of the joint chiefs of staff told the press club.",
                              "But Maria Soto, a candidate for the assembly, said there is a deeper problem, arguing "
                              "the city has a \u201Cbroken relationship\u201D with the island."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Paul Verne|person|d", "Maria Soto|person|d"}));
}

TEST(Quotes, AnOutletsShortNameAndTheyForARecentGroupSubject) {
  Article a = FromParagraphs({"The payment was made in January, The Wall Street Journal reported Wednesday.",
                              "The plan changed in December as the talks moved on, the Journal reported.",
                              "The Times reported at the time that the minister was irritated.",
                              "The three Republican chairmen \u2014 Tom Reed, Ann Cole and Bo Park \u2014 issued a "
                              "joint statement on Thursday night. The memos, they said, show he was \u201Cblind with "
                              "his own biases.\u201D"});
  // Session 18: "..., The Wall Street Journal reported Wednesday." reports too (a weekday tail).
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"The Wall Street Journal|outlet|i",
                                                       "The Wall Street Journal|outlet|i", "Times|organization|i",
                                                       "The three Republican chairmen|organization|d"}));
}

// Seeds: the expected attributions, read off the articles by hand.
std::map<std::string, std::vector<std::string>> SeedAttributions() {
  std::map<std::string, std::vector<std::string>> out;
  ingest::ReadPaths({std::string(PARALLAX_SHARED_DIR) + "/seeds"}, {}, [&](Result<ingest::RawDocument> d) {
    if (!d.ok()) return true;
    std::string name = d->uri.substr(d->uri.rfind('/') + 1, 3);
    out[name] = Attributions(Annotate(std::move(*d)));
    return true;
  });
  return out;
}

TEST(QuotesSeeds, EverySpeakerAndSourceType) {
  auto seeds = SeedAttributions();
  ASSERT_EQ(seeds.size(), 5u);
  EXPECT_EQ(seeds["000"], (std::vector<std::string>{
      "Axios|outlet|i", "Axios|outlet|i" /* "..., Axios reported Tuesday." */, "Forbes|outlet|i", "Ant\u00F3nio Guterres|person|d", "Ant\u00F3nio Guterres|person|d",
      "John Kerry|person|d", "Xi Jinping|person|d", "Mike Gallagher|person|d", "Reuters|outlet|i",
      "Bloomberg Philanthropies|organization|i"}));
  // Session 16: "..., a Biden administration official told CNN." is a report too (a trailing cue
  // followed by its listener); "..., Biden's climate czar told CNN in May." names a role's holder
  // the rules cannot resolve, so it gives no report (not Biden's).
  EXPECT_EQ(seeds["001"], (std::vector<std::string>{"a Biden administration official|anonymous|i",
                                                    "John Kerry|person|d", "Janet Yellen|person|d",
                                                    "Janet Yellen|person|d", "Antony Blinken|person|d"}));
  EXPECT_EQ(seeds["002"], (std::vector<std::string>{
      "people familiar with the matter|anonymous|i", "one of the people|anonymous|i", "another person|anonymous|i",
      "Xie Zhenhua|person|i", "China|organization|i"}));
  EXPECT_EQ(seeds["004"], (std::vector<std::string>{
      "Politico|outlet|i", "John Kerry|person|i", "John Kerry|person|i", "Xinhua|outlet|i", "Han Zheng|person|i",
      "John Kerry|person|d", "Associated Press|outlet|i"}));  // Kerry conveyed that Biden's government is “very committed”
  auto s3 = seeds["003"];
  ASSERT_FALSE(s3.empty());
  EXPECT_EQ(s3[0], "Reuters|outlet|i");
}

// Session 6: a determiner and a lower-case agent noun ("lobbyist") head an unnamed person, even
// with a party name modifying it, and "the lobbyist" later is that source too.
TEST(Quotes, AgentNounHeadsAnUnnamedSource) {
  Article a = FromParagraphs({"One Republican defense lobbyist, who spoke on the condition of anonymity, said the "
                              "industry \u201Cis just much more comfortable with the governor.\u201D",
                              "\u201CHe knows nothing about the budget process at all,\u201D the lobbyist said."});
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].source_type, "anonymous");
  EXPECT_EQ(a.quotes[0].speaker_name, "One Republican defense lobbyist");
  EXPECT_EQ(a.quotes[1].source_type, "anonymous");
}

// Session 6: a bare "the report" is not the last authored document when that one was a statement.
TEST(Quotes, BareDocumentNeedsTheSameNoun) {
  Article a = FromParagraphs({"\u201CI saw everything that happened at the party that night,\u201D Maria Poe's "
                              "statement said.",
                              "The Senate Ethics Committee released a report on Friday.",
                              "\u201CNo witness confirmed any part of the account she gave,\u201D the report said."});
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Maria Poe");
  EXPECT_NE(a.quotes[1].speaker_name, "Maria Poe");
  EXPECT_EQ(a.quotes[1].source_type, "document");
}

// Session 6: an organization's name the tagger cut before "on"/"for" goes on to its end.
TEST(Quotes, OrganizationNameAcrossOn) {
  Article a = FromParagraphs({"\u201CThe fiscal sponsor holds the money for the cause until it is recognized,\u201D "
                              "according to the National Council on Nonprofits."});
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker_name, "National Council on Nonprofits");
}

// Session 6: "and said X and others ... should be “...”": X is the reported clause's subject, not
// an inverted speaker.
TEST(Quotes, PhraseBeforeAClauseVerbIsNoInvertedSpeaker) {
  Article a = FromParagraphs({"Senator Paul Novak has repeatedly attacked his critics and said Maria Ortiz and other "
                              "opponents in the assembly should be \u201Cvoted out of office for good\u201D next year."});
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Paul Novak");
}

// Session 8 (allsides-blind7): a roundup credits each quoted paragraph on the line under it, or
// with the source's bare name after the closing mark; a photo credit or a heading is no credit.
TEST(Quotes, CreditLinesNameTheAuthorOfAQuotedParagraph) {
  Article a = FromParagraphs({"The plant in Dayton shut down this week.",
                              "\u201CThe plant closed on Friday after a long dispute over wages.\u201D Reuters",
                              "Both sides agree on one thing:",
                              "\u201CThe workers deserve a fair hearing before the board decides anything at all.\u201D",
                              "Andrea Novak, NBC News",
                              "\u201CNobody wins when a factory shuts its doors for good in a small town.\u201D",
                              "Editorial Board, Wall Street Journal",
                              "\u201CWe will fight this closure in every court we can find.\u201D",
                              "Karen Lopez, Twitter",
                              "\u201CThe union has made its last offer to the company and will not move.\u201D",
                              "Tami Chappell/Reuters"});
  ASSERT_EQ(a.quotes.size(), 5u) << testing::PrintToString(Attributions(a));
  EXPECT_EQ(a.quotes[0].speaker_name, "Reuters");
  EXPECT_EQ(a.quotes[1].speaker_name, "Andrea Novak");
  EXPECT_EQ(a.quotes[2].speaker_name, "The Wall Street Journal");
  EXPECT_EQ(a.quotes[3].speaker_name, "Karen Lopez");
  EXPECT_EQ(a.quotes[3].source_type, "social");
  EXPECT_NE(a.quotes[4].speaker_name, "Tami Chappell");
}

// Session 8 (allsides-blind7): a spokesperson of a place the tagger typed LOC speaks for that body.
TEST(Quotes, SpokespersonOfAPlaceSpeaksForThatBody) {
  Article a = FromParagraphs({"Lawmakers asked the director to testify again next week.",
                              "\u201CThe director has testified four times this year already,\u201D a White House "
                              "spokesperson said on Friday."});
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker_name, "White House");
  EXPECT_EQ(a.quotes[0].source_type, "organization");
}

// Session 9 (allsides-blind8): a short quote that is a whole sentence, opening a sentence in the
// paragraph of an attributed quote, is the rest of that quote; a short term inside a sentence stays
// no quotation.
TEST(Quotes, ShortSentenceContinuesTheQuoteBeforeIt) {
  Article a = FromParagraphs({"\u201CYou have already seen the pictures from the air,\u201D Gov. Maria Novak said "
                              "on Wednesday near the school. \u201CIt's devastating.\u201D",
                              "The storm was called a \u201Cslow disaster\u201D by some in town."});
  ASSERT_EQ(a.quotes.size(), 2u) << testing::PrintToString(Attributions(a));
  EXPECT_EQ(a.quotes[1].span.Of(a.body), "It's devastating.");
  EXPECT_EQ(a.quotes[1].speaker_name, "Maria Novak");
}

// Quoted names are not words someone said: a title after "titled" or after a work noun and
// "called", a nickname between a person's given name and surname, and the text of a headline or a
// sticker that "reads" or "proclaims" it. A person's words in the same article stay quotations.
TEST(Quotes, TitlesNicknamesAndDisplayTextAreNoQuotations) {
  Article a = FromParagraphs(
      {"The museum released a series of videos called \u201Cwhat a curator does all day,\u201D and a booklet "
       "titled \u201Cnotes on the care of old maps.\u201D",
       "On Sunday the host Martin \u201Cnobody ever listens to me\u201D Kowalski said the city needs more buses.",
       "A faded bumper sticker on the bus proclaims: \u201Cthe road is long and the fare is high.\u201D",
       "The headline on the front page reads, \u201Cthe mayor finally gets her trains running on time.\u201D",
       "\u201CWe will add six routes by the spring,\u201D Mayor Helen Park said."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Helen Park|person|d"}));
}

// "the post says" is a social-media post (type social), not a document.
TEST(Quotes, ThePostIsASocialPost) {
  Article a = FromParagraphs({"A comment posted under the story by a man who says he drove the truck backed the account.",
                              "\u201CEverything they wrote about the night shift is right,\u201D the post says."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"the post|social|d"}));
}

// A document the subject receives, right before a participle cue, speaks ("X was getting this email
// saying"); a document the subject issues stays the subject's words.
TEST(Quotes, AReceivedDocumentSpeaksNotItsReader) {
  Article a = FromParagraphs(
      {"Maria Lopez, the town clerk, said the inspectors had left in March.",
       "Later that week Lopez was getting this email saying, \u201CThe permit will not be renewed unless the fees "
       "are paid.\u201D",
       "Lopez then issued a statement saying, \u201CWe will pay every fee we owe by the end of the month.\u201D"});
  // The first sentence is an indirect report since session 22 (a subject with an appositive).
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Maria Lopez|person|i", "this email|document|d",
                                                        "Maria Lopez|person|d"}));
}

// Quoted paragraphs listed after a colon paragraph that names headlines are display text; a phrase
// named as a phrase, a quote named as a subtitle and a term after "the" with no cue (even when the
// sentence's subject is a person) are no quotations either.
TEST(Quotes, ListedHeadlinesNamedPhrasesAndTermsAreNoQuotations) {
  Article a = FromParagraphs(
      {"Consider the following headlines, all printed by the city papers last week:",
       "\u201CMayor's bus plan wins over the council at last\u201D",
       "\u201CNew routes promise shorter rides for the east side\u201D",
       "Reporters kept repeating the phrase \u201Ca bus for every block\u201D in their stories.",
       "\u201CThe quiet road home, and other tales of transit,\u201D was the subtitle of her second book.",
       "Senator Maria Lopez voted against the \u201Cemergency fare hike\u201D of the spring.",
       "\u201CWe will add six routes by the spring,\u201D Mayor Helen Park said."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Helen Park|person|d"}));
}

// "Jones is “a bit eccentric,” he said": the person opening the sentence is the subject of the
// reported words; the pronoun after the quote is the last speaker.
TEST(Quotes, APronounAfterAQuoteIsNotTheSubjectOfTheQuotedClause) {
  Article a = FromParagraphs(
      {"\u201CI trust the hospital and the nurses,\u201D said David Lopez, a teacher from Dayton.",
       "Lopez reads the blog of Robert Webb, who writes about medicine. Webb is \u201Ca little strange at "
       "times,\u201D he said."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"David Lopez|person|d", "David Lopez|person|d"}));
}

// "Since his first run in 2000, McCain has gone after ... He accused ...": the subject after an
// opening phrase is a newer subject than the last speaker of the paragraph before.
TEST(Quotes, ASubjectAfterAnOpeningPhraseWinsThePronoun) {
  Article a = FromParagraphs(
      {"\u201CThe schools need more money and more teachers,\u201D said Robert Webb, a teacher from Dayton.",
       "Since his first term in 2010, Governor David Lopez has gone after the unions. He accused the teachers "
       "of \u201Cwanting more pay for less work every single year.\u201D"});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Robert Webb|person|d", "David Lopez|person|d"}));
}

}  // namespace
}  // namespace parallax::quotes
