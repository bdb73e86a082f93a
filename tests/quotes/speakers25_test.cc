// The quotes annotator's session-25 speaker rules on constructed paragraphs (with the real NER
// model), found on the errors of speaker audit 3 (docs/quotes.md "Session 25: speakers25").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/quotes_test_util.h"

namespace parallax::quotes {
namespace {

using test_util::Attributions;
using test_util::FromParagraphs;

// A profile's one-line subheads name each candidate in full; the tagger reads no heading, so the text
// after them tagged only "Rubio" and "Pataki", and their quotations went to the bare surnames.
TEST(HeadingNames, AFullNameInASubheadNamesTheBareSurname) {
  Article a = FromParagraphs(
      {"The candidates meet again on Tuesday night in Milwaukee for the fourth debate.",
       "Marco Rubio",
       "What he wants: Rubio is happy to take tough questions and turn them against the media.",
       "\u201CThe Democrats have the ultimate super PAC, and it is the mainstream media,\u201D Rubio said "
       "while on the debate stage.",
       "Lindsey Graham, Bobby Jindal, Rick Santorum and George Pataki",
       "What they want: Each man wants a chance to hit prime time.",
       "Former New York Gov. Pataki believes that voters will see him as a leader. As many Americans as "
       "possible must see the candidates, he said, as it is \u201Cthe best way to pick a president.\u201D"});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Marco Rubio|person|d");
  EXPECT_EQ(got[1], "George Pataki|person|d");
}

// Two subheads with one surname ("Gavin Baker", "Ken Baker") do not say which one a bare "Baker" is.
TEST(HeadingNames, TwoHeadingsWithOneSurnameNameNeither) {
  Article a = FromParagraphs(
      {"These are the people accused of misconduct since the allegations against the producer.",
       "Gavin Baker",
       "The fund manager was accused by several employees of harassment, the newspaper reported.",
       "Ken Baker",
       "The correspondent was accused by two women of harassment. \u201CI am very disturbed by these "
       "allegations, which make my heart ache,\u201D said Baker in a statement."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Baker|person|d");
}

// "A Democratic senator on this committee said", "A former head of the Democratic National Committee
// said": unnamed persons by role, anonymous sources under the guideline (they were a person described
// by a title, the committee, and the body named after "of").
TEST(UnnamedTitles, AnIndefiniteTitleIsAnAnonymousSource) {
  Article a = FromParagraphs(
      {"The hearing ran late on Thursday as members of the committee questioned the nominee.",
       "A Democratic senator on this committee said that the nominee was, quote, \u201Ccomplicit in a "
       "cover-up of the facts.\u201D",
       "A former head of the Democratic National Committee said, quote, \u201CHe will threaten the lives of "
       "millions of people.\u201D",
       "A Republican senator said the hearing was \u201Ca circus from start to finish.\u201D"});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0], "A Democratic senator|anonymous|d");
  EXPECT_EQ(got[1], "A former head|anonymous|d");
  EXPECT_EQ(got[2], "A Republican senator|anonymous|d");
}

// A spokesperson noun stays its body's voice ("a representative for the Hudson Institute said"), and a
// definite title keeps the person ("the senator").
TEST(UnnamedTitles, ASpokespersonStaysTheBody) {
  Article a = FromParagraphs(
      {"The report was released on Monday by the Hudson Institute in Washington.",
       "A representative for the Hudson Institute said the findings were \u201Cbeyond any reasonable "
       "doubt.\u201D"});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Hudson Institute|organization|d");
}

// "Another executive said ...", then "“...,” the executive said": the unnamed person again (an
// anonymous source is not the last person speaker, so the definite title was a new description).
TEST(UnnamedTitles, TheTitleAgainIsTheLastAnonymousSpeaker) {
  Article a = FromParagraphs(
      {"Business leaders met the president at the White House on Tuesday to discuss the tax plan.",
       "Another executive said the meeting created “good feelings about the agenda” among the "
       "chief executives.",
       "“Everyone left that meeting feeling good about the agenda and then we woke up to the news,” "
       "the executive said."});
  std::vector<std::string> got = Attributions(a);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Another executive|anonymous|d");
  EXPECT_EQ(got[1], "Another executive|anonymous|d");
}

}  // namespace
}  // namespace parallax::quotes
