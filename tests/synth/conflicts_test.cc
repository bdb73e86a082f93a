// Statement conflicts (dates, numbers) on the FloodStory fixture: the false
// alarms read on news nobody had labelled before (docs/story.md, Session 16),
// each rebuilt from constructed sentences.
#include <gtest/gtest.h>

#include <string>

#include "synth/flood_story.h"

namespace parallax::synth {
namespace {

// "$76 million to $60 million" sets two values against each other; it is no
// range, and one sentence giving a key two values claims neither.
TEST_F(FloodStory, AContrastOfTwoValuesIsNoRange) {
  auto differ = [&](const std::string& a, const std::string& b) { return NumbersConflict(a, b); };
  ASSERT_TRUE(differ("and cost $76 million", "and cost $60 million"));
  EXPECT_TRUE(differ("and cost $40 million to $45 million", "and cost $60 million"));
  EXPECT_FALSE(differ("as Linden outspent Carver $76 million to $60 million", "and cost roughly $17 million"));
}

// A sentence that also states the other side's value knows it: its own value
// is another quantity ("$100 million for the school and $65 million to
// rebuild" against "$100 million to rebuild").
TEST_F(FloodStory, AnOutletThatStatesBothValuesDisagreesWithNeither) {
  auto differ = [&](const std::string& a, const std::string& b) { return NumbersConflict(a, b); };
  ASSERT_TRUE(differ("and will cost $100 million to rebuild", "and will cost $65 million to rebuild"));
  EXPECT_FALSE(differ("and will cost $100 million to rebuild",
                      "and will cost $100 million for the school and $65 million to rebuild"));
}

// A change is keyed by what changed (the capitalised name before its verb),
// and values of sentences dated on different days are the states of two days.
TEST_F(FloodStory, ChangesOfTwoIndexesOrTwoDaysAreOtherQuantities) {
  auto differ = [&](const std::string& a, const std::string& b) { return NumbersConflict(a, b); };
  ASSERT_TRUE(differ("as the Linden index fell 600 points", "as the Linden index fell 300 points"));
  EXPECT_FALSE(differ("as the Linden index fell 600 points", "as the Carver index fell 300 points"));
  auto days = [&](const std::string& a_day, const std::string& a_value, const std::string& b_day,
                  const std::string& b_value) {
    a_ = Make("a1", "CNN", "2024-03-11", "Mayor Ana Torres visited the flooded town of Linden on March 9. The flood "
                                         "in Linden cut the main road as the index fell 600 points " + a_day +
                                         ", officials said.");
    b_ = Make("b2", "Reuters", "2024-03-11", "Mayor Ana Torres visited the flooded town of Linden on March 10. The "
                                             "flood in Linden cut the main road as the index fell 300 points " +
                                                 b_day + ", officials said.");
    Time(&a_, "March 9", "2024-03-09");
    Time(&b_, "March 10", "2024-03-10");
    Time(&a_, a_day, a_value);
    Time(&b_, b_day, b_value);
    return Find(Build(), "number") != nullptr;
  };
  EXPECT_TRUE(days("on Friday", "2024-03-08", "last Friday", "2024-03-08"));
  EXPECT_FALSE(days("on Friday", "2024-03-08", "on Monday", "2024-03-11"));
}

// Whose a share is: "46 percent for Ben Lee" is Lee's, not that of the
// person named before it; a share "among" a group, or in a sentence that goes
// on with a breakdown of a group begun by the one before it ("Among the
// voters who ..., Ben Lee led. Ana Torres got 11 percent."), is the group's.
TEST_F(FloodStory, SharesOfAnotherPersonOrOfASubgroupAreOtherQuantities) {
  auto poll = [&](const std::string& before, const std::string& reuters) {
    a_ = Make("a1", "CNN", "2024-03-11", "Mayor Ana Torres visited Linden on March 9. In the Linden poll Ana Torres "
                                         "was at 54 percent on Sunday, officials said.");
    b_ = Make("b2", "Reuters", "2024-03-11", "Mayor Ana Torres visited Linden on March 10. " + before +
                                                 "In the Linden poll " + reuters + " on Sunday, officials said.");
    Mark(&b_, "Ben Lee", "PER");
    return Find(Build(), "number") != nullptr;
  };
  ASSERT_TRUE(poll("", "Ana Torres was at 46 percent"));
  EXPECT_FALSE(poll("", "Ana Torres had 53 percent of the vote, against 46 percent for Ben Lee"));
  EXPECT_FALSE(poll("", "Ana Torres was at 46 percent among older voters"));
  EXPECT_FALSE(poll("", "among older voters Ana Torres was at 46 percent"));
  EXPECT_FALSE(poll("Among the voters who want a new levee, Ben Lee led. ", "Ana Torres was at 46 percent"));
  EXPECT_TRUE(poll("Ben Lee spoke about the levee. ", "Ana Torres was at 46 percent"));
}

// Dates: "met Ben Lee" and "had a meeting" are two meetings; a capitalised
// event word inside a name ("Meet the Press") and a participle before a noun
// ("a group of elected mayors") date no event.
TEST_F(FloodStory, MeetingsWithSomeoneTitlesAndAdjectivesAreOtherEvents) {
  auto conflict = [&](const std::string& verb, const std::string& fox) {
    a_ = Make("a1", "CNN", "2024-03-11", "Mayor Ana Torres " + verb + " in Linden on March 9.");
    b_ = Make("b2", "Reuters", "2024-03-11", "Mayor Ana Torres " + verb + " in Linden on March 10.");
    d_ = Make("d4", "Fox News", "2024-03-12", fox);
    e_ = Make("e5", "BBC News", "2024-03-12", "The flood damaged homes in Linden.");
    Time(&a_, "March 9", "2024-03-09");
    Time(&b_, "March 10", "2024-03-10");
    Time(&d_, "February", "2024-02");
    Mark(&a_, "Ben Lee", "PER");
    Mark(&b_, "Ben Lee", "PER");
    Mark(&d_, "Ben Lee", "PER");
    return Find(Build(), "date") != nullptr;
  };
  ASSERT_TRUE(conflict("met Ben Lee", "Ana Torres met with Ben Lee in Linden in February."));
  EXPECT_FALSE(conflict("met Ben Lee", "Ana Torres had a meeting in Linden in February."));
  ASSERT_TRUE(conflict("met residents", "Ana Torres met residents of Linden in February."));
  EXPECT_FALSE(conflict("met residents", "Ana Torres told Meet the Press in February that Linden would rebuild."));
  ASSERT_TRUE(conflict("was elected mayor", "Ana Torres was elected in Linden in February."));
  EXPECT_FALSE(conflict("was elected mayor", "Ana Torres joined a group of elected mayors in February."));
}

}  // namespace
}  // namespace parallax::synth
