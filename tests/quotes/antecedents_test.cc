// The quotes annotator's session-17 antecedent rules on constructed paragraphs (with the real NER
// model), found on the pooled development errors: a document named by a possessive pronoun, an
// unnamed person a pronoun points back to, a list's last name, and the cue "repeated".
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// "“...,” his statement said": the statement is the person the pronoun points back to (type
// document), and the quote that goes on after it too; "her letter" is the woman's.
TEST(Antecedents, APossessivePronounNamesTheDocumentsAuthor) {
  Article a = FromParagraphs(
      {"Senator Richard Burr sold most of his shares in February. He has denied any wrongdoing.",
       "\u201CI relied only on public news reports to guide my decision,\u201D his statement said. "
       "\u201CI followed the daily health reporting closely.\u201D",
       "Governor Kate Brown spoke to reporters on Monday. \u201CWe will reopen the schools slowly,\u201D "
       "her letter to the parents reads."});
  EXPECT_EQ(Attributions(a), (std::vector<std::string>{"Richard Burr|document|d", "Richard Burr|document|d",
                                                       "Kate Brown|document|d"}));
  // A document with its own author named is not the pronoun's: "his lawyer's letter".
  Article b = FromParagraphs(
      {"Senator Richard Burr sold most of his shares in February.",
       "\u201CThe senator acted on public information and broke no rule,\u201D his lawyer's letter said."});
  std::vector<std::string> got = Attributions(b);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_NE(got[0], "Richard Burr|document|d");
}

// "Their neighbor also told the station that ... “...,” he said": the unnamed person opening the
// paragraph, not the woman quoted in the paragraph before (nor a man named earlier).
TEST(Antecedents, HeAfterAnUnnamedSubjectIsThatPerson) {
  Article a = FromParagraphs(
      {"Walter Grant opened the envelope first. “It looked like junk mail to me,” Walter Grant said.",
       "Their neighbor also told the station that he threw his card away because the return address was in "
       "another state. “Nothing about it looked official to me,” he said."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back(), "Their neighbor|anonymous|d");
  // A named person between the description and the pronoun is the pronoun's antecedent.
  Article b = FromParagraphs(
      {"Walter Grant opened the envelope first. “It looked like junk mail to me,” Walter Grant said.",
       "Their neighbor called Thomas Reed, who runs the county office. Reed checked the card. "
       "“Nothing about it looked official to me,” he said."});
  got = Attributions(b);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back(), "Thomas Reed|person|d");
}

// "... so that he could meet with Defense Secretary A and B, the adviser. The meetings, he said,
// ...": B closes a list, so "he" is the sentence's subject, not B.
TEST(Antecedents, TheLastNameOfAListIsNoAntecedent) {
  Article a = FromParagraphs(
      {"Avigdor Liberman, the Israeli defense minister, said he planned to fly to Washington on Tuesday night "
       "so that he could meet with Defense Secretary Jim Mattis and John R. Bolton, the president's new "
       "national security adviser. The meetings, he said on Twitter, were to discuss “the threats we "
       "face in the north.”"});
  std::vector<std::string> got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back(), "Avigdor Liberman|social|d");
}

// "Democrats like the retiring Sen. Harry Reid are calling ... “...,” he tweeted": the example of
// the plural subject is the pronoun's antecedent, not the president who opened the sentence before.
TEST(Antecedents, TheExampleOfAPluralSubjectIsAnAntecedent) {
  Article a = FromParagraphs(
      {"President Donald Trump named a new senior adviser on Sunday. Rather than offering an olive branch, "
       "Democrats like the retiring Sen. Harry Reid are calling on their colleagues to stand firm. “We "
       "have a responsibility to speak for the millions of Americans who are afraid,” he tweeted."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back(), "Harry Reid|social|d");
}

// "because, as one former aide put it, “...”": the subject of "as X put it" says the quote, not the
// last speaker (put_it.cc).
TEST(Antecedents, AsXPutItNamesTheSpeaker) {
  Article a = FromParagraphs(
      {"Donna Brazile wrote the book last year. \u201CThis was not a criminal act,\u201D Brazile wrote.",
       "Party circles were abuzz on Thursday after the piece was published because, as one former "
       "campaign aide put it, \u201Cit poured buckets of salt on the wounds\u201D of the party."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back(), "one former campaign aide|anonymous|d");
}

// "“...,” he repeated": "repeated" is a cue, so the quote is the sentence before's subject's, not
// the last speaker's.
TEST(Antecedents, RepeatedIsACue) {
  Article a = FromParagraphs(
      {"“This deal is the worst deal,” South Carolina Sen. Lindsey Graham said at a town hall.",
       "Cruz promised to end the agreement itself. “On day one, I will tear up the deal,” he "
       "repeated at a rally in March."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back(), "Cruz|person|d");
}

}  // namespace
}  // namespace parallax::quotes
