// Session 23 (quotes23): the one-word first part of an interrupted quotation, and later rules from
// allsides-blind20's and allsides-blind19's errors, on constructed paragraphs with the real NER model.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// “Word,” X writes, “...”: a one-word first part of an interrupted quotation that opens its sentence
// is a quotation (the old code dropped it as a term); a word quoted inside a sentence stays a term
// even when a cue and a second quote follow it.
TEST(Quotes23, OneWordFirstPartOfInterruptedQuote) {
  Article a = FromParagraphs(
      {"In her book on the city's schools, the Berkeley professor Ana Whitfield describes the budget "
       "fight as an open secret. \u201CParents,\u201D she writes, \u201Cwant the same thing every family "
       "wants.\u201D",
       "The delay in repairs is \u201Cshameful,\u201D council member Tom Reyes told the board, adding, "
       "\u201CWe will answer every point of it.\u201D"});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0], "Ana Whitfield|person|d");
  EXPECT_EQ(got[1], "Ana Whitfield|person|d");
}

// An article typeset with soft hyphens (U+00AD) names its speaker without them: the old code
// printed the tagger's "Glen Bol\u00ADger", which matches no other mention of the man.
TEST(Quotes23, SpeakerNameWithoutSoftHyphens) {
  Article a = FromParagraphs(
      {"\u201CWe do not need a lot more than that,\u201D said Glen Bol\u00ADger, a Re\u00ADpub\u00ADlic\u00ADan "
       "poll\u00ADster who has worked for the party for years.",
       "The party's leaders met on Tuesday to talk about the plan."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Glen Bolger|person|d");
}

// "CLAUSE, X said Thursday, acknowledging that ... “...”": the participle goes on with the
// attribution clause's subject (the old code gave the quote to the sentence's first subject, the
// government the clause is about).
TEST(Quotes23, ParticipleAfterAttributionClause) {
  Article a = FromParagraphs(
      {"The Syrian government used chemical weapons against rebel forces, the Obama administration said "
       "Thursday, acknowledging that President Bashar Assad has crossed the \u201Cred line\u201D the "
       "president drew a year ago."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].substr(0, got[0].find('|')), "the Obama administration");
}

// "..., with researchers describing the issue as “...”": after "with", the group before the
// participle is its subject (the old code dropped a subject that is not a person and gave the
// quote to the sentence's subject, Facebook).
TEST(Quotes23, AbsoluteWithPhraseIsTheSubject) {
  Article a = FromParagraphs(
      {"Facebook has announced the results of its first Deepfake Detection Challenge. The results show there "
       "is still lots of work to be done, with researchers describing the issue as an \u201Cunsolved "
       "problem.\u201D"});
  std::vector<std::string> got = Attributions(a);  // the first sentence's report, then the quote
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1], "researchers|anonymous|d");
}

// "“Crooked Hillary!” Trump added": a capitalized exclamation with its cue right after it is speech,
// not a title (the old code dropped both quotes below as titles of works).
TEST(Quotes23, ExclamationWithItsCueIsSpeech) {
  Article a = FromParagraphs(
      {"Trump spent much of the rally attacking the Democratic candidate for the Senate seat.",
       "\u201CCrooked Hillary!\u201D Trump added gleefully, and the crowd cheered.",
       "\u201CFake News!\u201D he tweeted on Monday."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Trump|person|d");
  EXPECT_EQ(got[1], "Trump|social|d");
}

}  // namespace
}  // namespace parallax::quotes
