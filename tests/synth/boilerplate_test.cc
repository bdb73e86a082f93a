// Page-furniture sentences (synth/boilerplate.h): captions, promotions,
// notes and embedded-post signatures, against prose that shares their words.
#include <gtest/gtest.h>

#include <string>

#include "synth/boilerplate.h"

namespace parallax::synth {
namespace {

TEST(Boilerplate, CaptionsPromotionsAndNotesButNotProse) {
  for (const char* furniture : {
           "FILE - In this Jan. 4, 2020, file photo a sign at Fort Bragg, N.C., is shown.",
           "President Donald Trump speaks to the media as he visits the center, Wednesday, Aug. 7, 2019, in El Paso.",
           "President Donald Trump answers questions on the South Lawn of the White House in Washington, D.C., July 15, 2019.",
           "Sign up for Take Action Now and get three actions in your inbox every week.",
           "Representatives of the US State Department did not respond to a request for comment.",
           "Reporting by Jane Doe; Editing by John Roe", "12,345 views", "You can read our Privacy Policy here.",
           "Subscribe now for as little as $2 a month!", "Contributing: Jane Doe, USA TODAY.", "Updated at 10:32 a.m.",
           "Facebook Twitter Pinterest The minister greets officials on his arrival on Tuesday.",
           "The mayor attends the gala at Linden Hall on April 4, 2019 in Linden, Ohio.",
           "Jane Doe is an award-winning columnist for the Linden Ledger and the author of a book on rivers.",
           "The mayor listens during the council debate in Linden, Ohio October 15, 2019.",
           "The Linden Ledger has reached out to the mayor's office for comment."}) {
    EXPECT_TRUE(IsBoilerplateSentence(furniture)) << furniture;
  }
  for (const char* prose : {
           "The law was signed on July 15, 2019.",
           "The Senate voted on Wednesday, and the House followed on Aug. 7, 2019, after a long debate.",
           "That video, posted on July 5, currently has been played 9.9 million times.",
           "Kerry is set to travel to the country later this month, according to people familiar with the matter.",
           "Contributing to the delay, the court updated at least two rules.",
           "The mayor spoke on Jan. 12, 2019, in Linden.",
           "The council met on April 4, 2019 in the old town hall of Linden after the flood.",
           "The council has not met since October 15, 2019.", "The flood began in the night of October 15, 2019."}) {
    EXPECT_FALSE(IsBoilerplateSentence(prose)) << prose;
  }
}

TEST(Boilerplate, PictureCaptionsAndEmbeddedPostSignatures) {
  for (const char* furniture : {
           "From left: Ann Lee, Ben Ross and Carla Diaz.",
           "From left, the mayor, the governor and the fire chief.",
           "In this Feb. 26, 2020 photo, the mayor speaks at the town hall in Linden.",
           "The mayor speaks during a news conference about the flood in Linden.",
           "The governor gestures as she speaks to reporters in Linden.",
           "A council member looks on as the mayor signs the bill.",
           "The levee will hold! \xE2\x80\x94 Ann Lee (@annlee) February 12, 2020",
           "Stay tuned! \xE2\x80\x94 Ann Lee (@annlee) February 21, 2020.",
           "Mayoral candidate Ann Lee appears at an election night rally in Linden, Ohio.",
           "Ann Lee speaks on Saturday in Linden, after winning the primary.",
           "see also Linden mayor wins primary The mayor won on Tuesday.",
           "CLOSE The mayor of Linden speaks at a vigil for the victims of last week's flood Linden Gazette"}) {
    EXPECT_TRUE(IsBoilerplateSentence(furniture)) << furniture;
  }
  for (const char* prose : {
           "From left field came a new proposal on the levee.",
           "In this town, the flood of 2019 is still remembered.",
           "The mayor (@annlee on Twitter) said the levee held in 2020.",
           "The mayor speaks to residents every week, aides said.",
           "Ann Lee speaks at the council on Saturday.",
           "Ann Lee, who lives in Linden, speaks often in public.",
           "Officials said Ann Lee appears in court in Linden on Monday.",
           "Close aides of the mayor said the levee held.",
           "CLOSE to 40 homes were damaged, officials said."}) {
    EXPECT_FALSE(IsBoilerplateSentence(prose)) << prose;
  }
}

// The phrase search moves a window over the text by several bytes at a time:
// a phrase is found wherever it begins and wherever it closes the sentence,
// and a phrase that differs in its last byte is not.
TEST(Boilerplate, PhrasesAreFoundAtEveryOffset) {
  for (const std::string phrase : {"sign up for", "in your inbox", "(photo", "click here", "reader-supported",
                                   "editor\xE2\x80\x99s note", "looks on during", "be the first to know"}) {
    for (size_t k = 0; k < 14; ++k) {
      const std::string before = "The levee " + std::string(k, 'o') + " held ";
      EXPECT_TRUE(IsBoilerplateSentence(before + phrase + " the river")) << k << " " << phrase;
      EXPECT_TRUE(IsBoilerplateSentence(before + phrase)) << k << " " << phrase;
      std::string near = phrase;
      near.back() = near.back() == 'q' ? 'z' : 'q';
      EXPECT_FALSE(IsBoilerplateSentence(before + near + " the river")) << k << " " << near;
    }
  }
  // The agency-caption rule's " on " is found at every offset too.
  for (size_t k = 0; k < 9; ++k) {
    const std::string council = "The council" + std::string(k, 'n') + " met";
    EXPECT_TRUE(IsBoilerplateSentence(council + " on April 4, 2019 in Linden, Ohio.")) << k;
    EXPECT_FALSE(IsBoilerplateSentence(council + " onto April 4, 2019 in Linden, Ohio.")) << k;
  }
}

}  // namespace
}  // namespace parallax::synth
