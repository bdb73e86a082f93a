#include "annotate/time/time_tagger.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace parallax::time {
namespace {

class TimeTaggerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto t = TimeTagger::Create({});
    ASSERT_TRUE(t.ok());
    tagger_ = std::move(t).value();
  }
  // The single expression found in `text`, as "extent|TYPE|value".
  std::string One(const std::string& text, const std::string& dct) {
    const auto found = tagger_->Tag(text, dct);
    if (found.size() != 1) return "count=" + std::to_string(found.size());
    return std::string(found[0].span.Of(text)) + "|" + found[0].type + "|" + found[0].value;
  }
  // Every expression found in `text`, as "extent|TYPE|value".
  std::vector<std::string> Tag(const std::string& text, const std::string& dct) {
    std::vector<std::string> out;
    for (const Timex& t : tagger_->Tag(text, dct)) {
      out.push_back(std::string(t.span.Of(text)) + "|" + t.type + "|" + t.value);
    }
    return out;
  }
  std::unique_ptr<TimeTagger> tagger_;
};

TEST_F(TimeTaggerTest, UnknownLanguageIsNotFound) {
  auto t = TimeTagger::Create(TaggerOptions{"xx"});
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), Status::Code::kNotFound);
}

TEST_F(TimeTaggerTest, ExplicitDates) {
  EXPECT_EQ(One("It opened on July 16, 2023 in Paris.", "2020-01-01"), "July 16, 2023|DATE|2023-07-16");
  EXPECT_EQ(One("Posted 2023-07-12 03:58 by staff", ""), "2023-07-12 03:58|TIME|2023-07-12T03:58");
  EXPECT_EQ(One("Signed 16 July 2023.", ""), "16 July 2023|DATE|2023-07-16");
  EXPECT_EQ(One("On 7/4/1998 they met.", ""), "7/4/1998|DATE|1998-07-04");
  EXPECT_EQ(One("Sales rose in the 1990s.", ""), "the 1990s|DATE|199");
  EXPECT_EQ(One("Prices in 1998 were high.", ""), "1998|DATE|1998");
  EXPECT_EQ(One("Profit in the third quarter of 2009 rose.", ""), "the third quarter of 2009|DATE|2009-Q3");
  // A month with "last/this/next year" takes the DCT's year shifted by one.
  EXPECT_EQ(One("Prices fell in July last year.", "1998-02-19"), "July last year|DATE|1997-07");
  EXPECT_EQ(One("It opens June 3 next year.", "1998-02-19"), "June 3 next year|DATE|1999-06-03");
  {
    const std::string text = "The plant closes in October of next year.";
    const auto found = tagger_->Tag(text, "2009-05-15");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].span.Of(text), "October");
    EXPECT_EQ(found[0].value, "2010-10");
    EXPECT_EQ(found[1].value, "2010");
  }
  // A colon after the day (a listing heading) is not a clock time.
  EXPECT_EQ(One("Monday, Oct. 26: The court meets.", "1998-10-25"), "Monday, Oct. 26|DATE|1998-10-26");
}

TEST_F(TimeTaggerTest, PastParticiplesAfterAModalDoNotMakeThePast) {
  EXPECT_EQ(One("The split would be paid on a still unspecified date in January.", "1989-10-26"),
            "January|DATE|1990-01");
  EXPECT_EQ(One("The split was paid in January.", "1989-10-26"), "January|DATE|1989-01");
  // "is to" + verb and "as soon as" announce plans.
  EXPECT_EQ(One("The stock is to resume trading in Paris Tuesday.", "1989-10-27"), "Tuesday|DATE|1989-10-31");
  EXPECT_EQ(One("His father might come as soon as Tuesday.", "2000-04-03"), "Tuesday|DATE|2000-04-04");
}

TEST_F(TimeTaggerTest, TheClauseAfterThatAndAPastPerfectPlanAreNotTheExpressionsTense) {
  // Published Monday 2019-10-07: the announcement was the day before.
  EXPECT_EQ(One("The White House announced late Sunday that Turkey will soon be launching an operation.",
                "2019-10-07"),
            "late Sunday|DATE|2019-10-06");
  EXPECT_EQ(One("Mulvaney announced during a meeting on Thursday that Doral would host the summit.", "2019-10-20"),
            "Thursday|DATE|2019-10-17");
  // A present-tense verb on the left: "that" may open a relative clause.
  EXPECT_EQ(One("He is offering odds on her departure by December 31 that suggest she will go.", "2010-06-16"),
            "December 31|DATE|2010-12-31");
  // Published Friday 2019-10-25: the speech they had expected was on Thursday.
  EXPECT_EQ(One("Many had expected Pence to tread lightly on Thursday.", "2019-10-25"), "Thursday|DATE|2019-10-24");
  // Without a cue on the left the clause after "that" still counts.
  EXPECT_EQ(One("On Thursday, the court will rule.", "2019-10-20"), "Thursday|DATE|2019-10-24");
}

TEST_F(TimeTaggerTest, ANamedDayIsNotTheNearestWeekday) {
  // Published Tuesday 2020-02-18; Super Tuesday is March 3, not a weekday near the DCT.
  EXPECT_EQ(One("Sanders could come out of Super Tuesday with a lead.", "2020-02-18"), "count=0");
  EXPECT_EQ(One("Stores opened early on Black Friday.", "2019-11-25"), "count=0");
  EXPECT_EQ(One("The vote is on Tuesday.", "2020-02-18"), "Tuesday|DATE|2020-02-18");
}

TEST_F(TimeTaggerTest, AFrontedDateTakesThePastVerbBeforeTheReportedClause) {
  // Published Monday 2019-10-07; the verb after the fronted date is past.
  EXPECT_EQ(One("Late Sunday night, it released a statement declaring that Turkey would soon move.", "2019-10-07"),
            "Late Sunday night|DATE|2019-10-06");
  // Published Sunday 2010-08-01.
  EXPECT_EQ(One("On Friday night, the House passed legislation that would block new permits.", "2010-08-01"),
            "Friday night|DATE|2010-07-30");
  // A future verb after the fronted date still looks ahead.
  EXPECT_EQ(One("On Thursday, the court will rule that the law stands.", "2019-10-20"), "Thursday|DATE|2019-10-24");
}

// A month-day without its year that names an event (docs/time.md, "Named
// dates"): a well-known anniversary has its year ("the Sept. 11 attacks",
// plural: the singular also names the 2012 Benghazi attack), the same
// month-day written in full earlier gives its year, and an event told in the
// past cannot lie after the publication date.
TEST_F(TimeTaggerTest, ADateThatNamesAnEventTakesTheEventsYear) {
  EXPECT_EQ(One("Security cameras spread after the Sept. 11 attacks.", "2013-04-21"), "Sept. 11|DATE|2001-09-11");
  EXPECT_EQ(One("She lost her husband in the September 11 terrorist attacks.", "2016-09-24"),
            "September 11|DATE|2001-09-11");
  EXPECT_EQ(One("He spoke about the Sept. 11 attack on the consulate.", "2012-10-02"), "Sept. 11|DATE|2012-09-11");
  EXPECT_EQ(One("Clinton arrives at a ceremony in New York on September 11.", "2016-09-24"),
            "September 11|DATE|2016-09-11");
  // The same month-day in full earlier in the text.
  EXPECT_EQ(Tag("The department sent a letter on Feb. 4, 2011. Issa wants the drafts of the Feb. 4 letter.",
                "2012-06-14"),
            (std::vector<std::string>{"Feb. 4, 2011|DATE|2011-02-04", "Feb. 4|DATE|2011-02-04"}));
  EXPECT_EQ(Tag("The department sent a letter on Feb. 4, 2011. Issa wants answers by Feb. 4.", "2012-06-14"),
            (std::vector<std::string>{"Feb. 4, 2011|DATE|2011-02-04", "Feb. 4|DATE|2012-02-04"}));
  // Told in the past, after the publication date: last year's.
  EXPECT_EQ(One("The March 9 flood destroyed 200 homes, officials said.", "2016-03-05"), "March 9|DATE|2015-03-09");
  EXPECT_EQ(One("Officials said the March 9 hearing has been scheduled.", "2016-03-05"), "March 9|DATE|2016-03-09");
  EXPECT_EQ(One("Meissner gave no reason for the Jan. 14 deadline.", "2000-01-05"), "Jan. 14|DATE|2000-01-14");
  EXPECT_EQ(One("The flood destroyed 200 homes on March 9, officials said.", "2016-03-05"), "March 9|DATE|2016-03-09");
  // A weekday counted from an event is a day of the event's week, unknown here.
  EXPECT_EQ(One("Rice appeared on five shows the Sunday following the attack.", "2013-05-10"),
            "Sunday|DATE|XXXX-WXX-7");
  EXPECT_EQ(One("Rice appeared on five shows on Sunday after the attack.", "2013-05-10"), "Sunday|DATE|2013-05-05");
  EXPECT_EQ(Tag("Stores open early the Friday after Thanksgiving.", "2013-05-10"),
            (std::vector<std::string>{"Friday|DATE|2013-05-10", "Thanksgiving|DATE|2012-11-22"}));
}

TEST_F(TimeTaggerTest, AnElectionDateLooksAheadUnlessThePastIsSaid) {
  // Written in January: the election named by its day is the coming one.
  EXPECT_EQ(One("Biden is a contender for the nomination to oppose Trump in the Nov. 3 election.", "2020-01-27"),
            "Nov. 3|DATE|2020-11-03");
  EXPECT_EQ(One("Trump is seeking re-election on Nov. 3.", "2020-01-29"), "Nov. 3|DATE|2020-11-03");
  EXPECT_EQ(One("Biden is a leading contender for the nomination to face Trump in the Nov. 3 presidential election.",
                "2020-01-14"),
            "Nov. 3|DATE|2020-11-03");
  EXPECT_EQ(One("If the trend lasts until Election Day on Nov. 3, rural turnout rises.", "2020-01-19"),
            "Nov. 3|DATE|2020-11-03");
  // Said in the past, or after "since"/"after": the one held.
  EXPECT_EQ(One("Democrats won the Nov. 5 election in Virginia.", "2020-01-20"), "Nov. 5|DATE|2019-11-05");
  EXPECT_EQ(One("Tories gained seats after the Dec. 12 election.", "2020-01-20"), "Dec. 12|DATE|2019-12-12");
  EXPECT_EQ(One("Democrats hold the House since the Nov. 6 midterm elections.", "2019-01-20"),
            "Nov. 6|DATE|2018-11-06");
  // Other dates keep the nearer year.
  EXPECT_EQ(One("Trump is in court on Nov. 3.", "2020-01-29"), "Nov. 3|DATE|2019-11-03");
  // A month's possessive names the event as well as "the November election" does.
  EXPECT_EQ(One("The ruling brings the court into the debate ahead of November's election.", "2020-02-07"),
            "November|DATE|2020-11");
  EXPECT_EQ(One("The ruling brings the court into the debate ahead of November\u2019s presidential election.",
                "2020-02-07"),
            "November|DATE|2020-11");
  EXPECT_EQ(One("Democrats won the House in November's elections.", "2019-01-20"), "November|DATE|2018-11");
  EXPECT_EQ(One("The ruling brings the court into the debate in November's heat.", "2020-02-07"),
            "November|DATE|2019-11");
}

TEST_F(TimeTaggerTest, SeasonsAcrossTheYearBoundary) {
  // In February the latest fall is the previous year's.
  EXPECT_EQ(One("Sales dropped last fall.", "1998-02-06"), "last fall|DATE|1997-FA");
  EXPECT_EQ(One("Sales dropped last fall.", "1998-11-06"), "last fall|DATE|1997-FA");
  EXPECT_EQ(One("Sales dropped last spring.", "1998-11-06"), "last spring|DATE|1998-SP");
  // "this summer" is the DCT's year whatever the tense.
  EXPECT_EQ(One("He said the plant was to open this summer.", "1998-03-22"), "this summer|DATE|1998-SU");
  EXPECT_EQ(One("The plant opens next summer.", "1998-03-22"), "next summer|DATE|1998-SU");
}

TEST_F(TimeTaggerTest, NotTimeExpressions) {
  EXPECT_TRUE(tagger_->Tag("He may go. We march on. It cost $1998 and 2,000 people came.", "2023-07-06").empty());
  EXPECT_TRUE(tagger_->Tag("A 44-year-old man and his three-year-old son.", "2023-07-06").empty());
  EXPECT_TRUE(tagger_->Tag("Prices fall in the city.", "2023-07-06").empty());
  // "of" with no year: the noun, not the season (a headline's "The Fall of the DOJ").
  EXPECT_TRUE(tagger_->Tag("The Fall of the DOJ", "2020-06-01").empty());
  EXPECT_TRUE(tagger_->Tag("It was the winter of discontent.", "2020-06-01").empty());
  EXPECT_EQ(One("They met in the fall of 2019.", "2020-06-01"), "the fall of 2019|DATE|2019-FA");
}

TEST_F(TimeTaggerTest, RangesGiveTwoExpressions) {
  const std::string text = "The talks ran July 16-19, 2023.";
  const auto found = tagger_->Tag(text, "2023-07-01");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].value, "2023-07-16");
  EXPECT_EQ(found[1].value, "2023-07-19");
  EXPECT_EQ(found[1].span.Of(text), "19, 2023");  // the shared year joins the second half
}

TEST_F(TimeTaggerTest, WeekdaysFollowTense) {
  // 2023-07-06 is a Thursday.
  EXPECT_EQ(One("Yellen is set to meet Li in Beijing Friday.", "2023-07-06"), "Friday|DATE|2023-07-07");
  EXPECT_EQ(One("Yellen said on Friday that talks went well.", "2023-07-06"), "Friday|DATE|2023-06-30");
  // The clause governing the expression decides, not the reporting frame.
  EXPECT_EQ(One("Officials announced that the father would be traveling Thursday.", "2000-04-05"),
            "Thursday|DATE|2000-04-06");
  // A possessive weekday names a day already reached unless the sentence looks ahead.
  EXPECT_EQ(One("The premium is 24% over Thursday's closing price.", "1989-10-30"), "Thursday|DATE|1989-10-26");
  EXPECT_EQ(One("They met last Thursday.", "2023-07-06"), "last Thursday|DATE|2023-06-29");
  EXPECT_EQ(One("They will meet next Monday.", "2023-07-06"), "next Monday|DATE|2023-07-10");
  // Irregular past forms ("shot", "broke", "fled") look back as "-ed" forms do.
  EXPECT_EQ(One("The officer shot him on Friday after his car broke down.", "2023-07-05"),
            "Friday|DATE|2023-06-30");
  EXPECT_EQ(One("Thousands fled the city Friday.", "2023-07-05"), "Friday|DATE|2023-06-30");
}

TEST_F(TimeTaggerTest, RelativeUnits) {
  EXPECT_EQ(One("He travels this weekend.", "2023-07-12"), "this weekend|DATE|2023-W28-WE");
  EXPECT_EQ(One("Last week saw records.", "2023-07-12"), "Last week|DATE|2023-W27");
  EXPECT_EQ(One("It rained last November.", "2023-07-06"), "last November|DATE|2022-11");
  EXPECT_EQ(One("He goes later this month.", "2023-07-06"), "later this month|DATE|2023-07");
  EXPECT_EQ(One("Three days later, he resigned.", "2023-07-06"), "Three days|DURATION|P3D");
  EXPECT_EQ(One("He took office two and a half years ago.", "2023-07-06"),
            "two and a half years ago|DATE|2021-01");
  EXPECT_EQ(One("Sales fell last year.", "2023-07-06"), "last year|DATE|2022");
  EXPECT_EQ(One("It happened yesterday.", "2023-07-06"), "yesterday|DATE|2023-07-05");
  EXPECT_EQ(One("He spoke this morning.", "2023-07-06"), "this morning|TIME|2023-07-06TMO");
  EXPECT_EQ(One("We expect growth next quarter.", "2023-07-06"), "next quarter|DATE|2023-Q4");
  EXPECT_EQ(One("The crisis is now over.", "2023-07-06"), "now|DATE|PRESENT_REF");
}

TEST_F(TimeTaggerTest, AnaphoricShiftsCountFromTheLastMentionedDate) {
  const std::string text = "The firm was founded in 1995. The following year it listed. "
                           "Talks began on March 3, 1998. The next day, they collapsed.";
  const auto found = tagger_->Tag(text, "1999-06-01");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[1].span.Of(text), "The following year");
  EXPECT_EQ(found[1].value, "1996");
  EXPECT_EQ(found[3].span.Of(text), "The next day");
  EXPECT_EQ(found[3].value, "1998-03-04");
  const std::string same = "Talks began on March 3, 1998. Earlier that day, police came. "
                           "The plant opened in 1987. Later that year it closed.";
  const auto same_found = tagger_->Tag(same, "1999-06-01");
  ASSERT_EQ(same_found.size(), 4u);
  EXPECT_EQ(same_found[1].span.Of(same), "Earlier that day");
  EXPECT_EQ(same_found[1].value, "1998-03-03");
  EXPECT_EQ(same_found[3].span.Of(same), "Later that year");
  EXPECT_EQ(same_found[3].value, "1987");
  const std::string day = "Talks began on March 3, 1998. The same day, police came.";
  const auto day_found = tagger_->Tag(day, "1999-06-01");
  ASSERT_EQ(day_found.size(), 2u);
  EXPECT_EQ(day_found[1].span.Of(day), "The same day");
  EXPECT_EQ(day_found[1].value, "1998-03-03");
  EXPECT_EQ(One("The following Monday they met.", "1999-06-01"), "The following Monday|DATE|1999-06-07");
  const std::string wd = "Talks began on Wednesday, March 4, 1998. The following Monday they collapsed.";
  const auto wd_found = tagger_->Tag(wd, "1999-06-01");
  ASSERT_EQ(wd_found.size(), 2u);
  EXPECT_EQ(wd_found[1].span.Of(wd), "The following Monday");
  EXPECT_EQ(wd_found[1].value, "1998-03-09");
  // A later, coarser mention does not hide the last day from "the day".
  const std::string market = "Stocks rose on Friday, the best week since 1983. The Dow ended the day at 8,017.";
  const auto market_found = tagger_->Tag(market, "2009-04-04");
  ASSERT_EQ(market_found.size(), 3u);
  EXPECT_EQ(market_found[2].span.Of(market), "the day");
  EXPECT_EQ(market_found[2].value, "2009-04-03");
  // Without a fine enough date before it, the DCT is the reference.
  EXPECT_EQ(One("The following month it closed.", "1999-06-01"), "The following month|DATE|1999-07");
}

TEST_F(TimeTaggerTest, DurationsAndSets) {
  EXPECT_EQ(One("It lasted two and a half years.", ""), "two and a half years|DURATION|P2Y6M");
  EXPECT_EQ(One("A three-year deal.", ""), "three-year|DURATION|P3Y");
  EXPECT_EQ(One("It took several weeks to finish.", ""), "several weeks|DURATION|PXW");
  EXPECT_EQ(One("Wait 90 minutes.", ""), "90 minutes|DURATION|PT90M");
  EXPECT_EQ(One("They talk daily.", ""), "daily|SET|P1D");
  EXPECT_EQ(One("We meet every Monday.", ""), "every Monday|SET|XXXX-WXX-1");
  EXPECT_EQ(One("Over the past three years it grew.", "2023-07-06"),
            "the past three years|DURATION|P3Y");
}

TEST_F(TimeTaggerTest, Holidays) {
  EXPECT_EQ(One("Stores open on Thanksgiving Day.", "2023-07-06"), "Thanksgiving Day|DATE|2023-11-23");
  EXPECT_EQ(One("Parades were held on Memorial Day 2022.", ""), "Memorial Day 2022|DATE|2022-05-30");
  EXPECT_EQ(One("He will return by Christmas.", "2023-07-06"), "Christmas|DATE|2023-12-25");
  EXPECT_TRUE(tagger_->Tag("The labor market grew.", "2023-07-06").empty());
}

TEST_F(TimeTaggerTest, ClockTimes) {
  EXPECT_EQ(One("It starts at 10:30 a.m. today.", "2023-07-06"), "10:30 a.m. today|TIME|2023-07-06T10:30");
  EXPECT_EQ(One("Markets closed at 16:00 UTC.", "2023-07-06"), "16:00 UTC|TIME|2023-07-06T16:00Z");
}

TEST_F(TimeTaggerTest, NoDctKeepsRelativeValuesAndResolveFillsThem) {
  const std::string text = "Kerry travels this weekend and met Xie on Friday. It began in 2021.";
  auto found = tagger_->Tag(text, "");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].value, "XXXX-WXX-WE");
  EXPECT_TRUE(found[0].needs_dct);
  EXPECT_EQ(found[1].value, "XXXX-WXX-5");
  EXPECT_TRUE(found[1].needs_dct);
  EXPECT_EQ(found[2].value, "2021");
  EXPECT_FALSE(found[2].needs_dct);
  tagger_->Resolve(text, "2023-07-12", &found);
  EXPECT_EQ(found[0].value, "2023-W28-WE");
  EXPECT_EQ(found[1].value, "2023-07-07");
  EXPECT_FALSE(found[1].needs_dct);
  EXPECT_EQ(found[2].value, "2021");
}

TEST_F(TimeTaggerTest, SpokenYearsCenturiesAndDecades) {
  EXPECT_EQ(One("It began in nineteen ninety-one.", ""), "nineteen ninety-one|DATE|1991");
  EXPECT_EQ(One("Prices rose in January nineteen ninety-seven.", ""),
            "January nineteen ninety-seven|DATE|1997-01");
  EXPECT_EQ(One("By the year two thousand it will end.", ""), "the year two thousand|DATE|2000");
  EXPECT_EQ(One("A cold snap in the winter of nineteen ninety-four.", ""),
            "the winter of nineteen ninety-four|DATE|1994-WI");
  EXPECT_EQ(One("Art of the 20th century sold well.", ""), "the 20th century|DATE|19");
  EXPECT_EQ(One("A castle from the eleventh century.", ""), "the eleventh century|DATE|10");
  EXPECT_EQ(One("The boxy cars of the 70s are gone.", ""), "the 70s|DATE|197");
  // An apostrophe year, but not a quoted count of a unit (the TV show "'60 Minutes'").
  EXPECT_EQ(One("She graduated with the class of '98.", ""), "'98|DATE|1998");
  EXPECT_EQ(One("He said so on '60 Minutes' on CBS.", ""), "60 Minutes|DURATION|PT60M");
  // Ages and adjectives are not periods.
  EXPECT_TRUE(tagger_->Tag("A man in his 70s bought 20th-century art.", "").empty());
  EXPECT_TRUE(tagger_->Tag("Two thousand people and nineteen dogs came.", "").empty());
}

TEST_F(TimeTaggerTest, MarketAndOutlookPhrases) {
  EXPECT_EQ(One("Trading was halted after six straight days of losses.", ""), "six straight days|DURATION|P6D");
  EXPECT_EQ(One("It fell over the past five trading days.", "2011-03-18"),
            "the past five trading days|DURATION|P5D");
  EXPECT_EQ(One("The outlook for the near term is good.", ""), "the near term|DATE|FUTURE_REF");
  EXPECT_EQ(One("Rates stay low for the time being.", ""), "the time being|DATE|PRESENT_REF");
  EXPECT_EQ(One("Layoffs are likely in coming months.", ""), "coming months|DATE|FUTURE_REF");
  EXPECT_EQ(One("Trading resumed at 0800 UTC.", "2008-09-18"), "0800 UTC|TIME|2008-09-18T08:00Z");
  {
    // A fronted "For the day," is the day under discussion, like "For the year,".
    const std::string text = "Stocks fell on Oct. 27, 2008. For the day, the Nikkei closed down 6.4 percent.";
    const auto found = tagger_->Tag(text, "2008-10-28");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[1].span.Of(text), "the day");
    EXPECT_EQ(found[1].value, "2008-10-27");
  }
  // "the day" a market ends is the day under discussion.
  const std::string text = "On Aug. 10, 2007 the index rebounded, ending the day up 31 points.";
  const auto found = tagger_->Tag(text, "2007-08-12");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].span.Of(text), "the day");
  EXPECT_EQ(found[1].value, "2007-08-10");
}

TEST_F(TimeTaggerTest, TheYearIsTheYearUnderDiscussion) {
  EXPECT_EQ(One("Sales for the full year rose 5%.", "1989-11-02"), "the full year|DATE|1989");
  {
    const std::string ended = "It earned $5 million in the year ended June 30.";
    const auto found = tagger_->Tag(ended, "1989-11-02");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].span.Of(ended), "the year");
    EXPECT_EQ(found[0].type + " " + found[0].value, "DURATION P1Y");
    EXPECT_EQ(found[1].value, "1989-06-30");
  }
  // A quarter names its year as the reference.
  const std::string text = "It lost $4.8 billion in the fourth quarter of 2005 and $8.6 billion for the entire year.";
  const auto found = tagger_->Tag(text, "2006-01-27");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].span.Of(text), "the entire year");
  EXPECT_EQ(found[1].value, "2005");
  // "the next year" in a forecast counts from the DCT and moves no reference time.
  const std::string next = "Sales will grow over the next year. For the year, volume was flat.";
  const auto next_found = tagger_->Tag(next, "1989-11-02");
  ASSERT_EQ(next_found.size(), 2u);
  EXPECT_EQ(next_found[0].value, "1990");
  EXPECT_EQ(next_found[1].value, "1989");
}

TEST_F(TimeTaggerTest, ClockTimeDatedByAWeekdayAfterAParenthesis) {
  // 1998-08-08 is a Saturday.
  const std::string text = "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.";
  const auto found = tagger_->Tag(text, "1998-08-08");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].span.Of(text), "10:35 a.m.");
  EXPECT_EQ(found[0].value, "1998-08-07T10:35");
  EXPECT_EQ(found[1].value, "1998-08-07T07:35Z");
  EXPECT_EQ(found[2].value, "1998-08-07");
}

TEST_F(TimeTaggerTest, WeekdayWithPartOfDay) {
  // Evenings and afternoons keep the part of day (a TIME); mornings and nights
  // stay day-level DATEs.
  EXPECT_EQ(One("The talks ended Friday evening.", "1989-10-30"), "Friday evening|TIME|1989-10-27TEV");
  EXPECT_EQ(One("The vote came Tuesday afternoon.", "1989-10-26"), "Tuesday afternoon|TIME|1989-10-24TAF");
  EXPECT_EQ(One("The plane landed Friday night.", "1989-10-30"), "Friday night|DATE|1989-10-27");
}

TEST_F(TimeTaggerTest, TenseCues) {
  // "effective" + date announces a change to come.
  EXPECT_EQ(One("The bank also created an office of the chairman, effective Feb. 1.", "1989-10-26"),
            "Feb. 1|DATE|1990-02-01");
  // "next to" is no future cue ("next week" would be).
  EXPECT_EQ(One("A bomb ripped through a building next to the embassy Friday morning.", "1998-08-08"),
            "Friday morning|DATE|1998-08-07");
  // "plans" is a future cue only before "to"/"for" ("vacation plans aside" is a noun).
  EXPECT_EQ(One("On Friday, when Albright set aside vacation plans, she flew home.", "1998-08-17"),
            "Friday|DATE|1998-08-14");
  // The auxiliary of a planning verb is no past cue: the plan points ahead.
  EXPECT_EQ(One("They did not plan to remove him on Thursday.", "2000-03-29"), "Thursday|DATE|2000-03-30");
  EXPECT_EQ(One("They did not remove him on Thursday.", "2000-03-29"), "Thursday|DATE|2000-03-23");
  // A full month name before a period ends the sentence: the next one's tense does not leak.
  const std::string text = "She will command a mission in December. She has been the co-pilot before.";
  const auto found = tagger_->Tag(text, "1998-03-04");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "1998-12");
}

TEST_F(TimeTaggerTest, FrontedAdverbialTakesTheTenseOfItsClause) {
  // 1999-05-07 is a Friday.
  EXPECT_EQ(One("Until Thursday, they had not called him a suspect.", "1999-05-07"),
            "Thursday|DATE|1999-05-06");
  EXPECT_EQ(One("Officials postponed until Tuesday any action on the case.", "2000-03-30"),
            "Tuesday|DATE|2000-04-04");
}

// Function words that open an expression (approximators, "that") are not
// skipped as non-temporal words.
TEST_F(TimeTaggerTest, ApproximatorsAndThatOpenExpressions) {
  EXPECT_EQ(Tag("The talks lasted nearly two weeks.", "2023-07-06"),
            std::vector<std::string>{"nearly two weeks|DURATION|P2W"});
  EXPECT_EQ(Tag("It was held for at least 72 hours.", "2023-07-06"),
            std::vector<std::string>{"at least 72 hours|DURATION|PT72H"});
  EXPECT_EQ(Tag("He left more than four decades ago.", "2000-04-01"),
            std::vector<std::string>{"more than four decades ago|DATE|196"});
  const auto found = tagger_->Tag("He left nearly two weeks ago.", "2023-07-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].mod, "LESS_THAN");
  EXPECT_EQ(Tag("Exports were $1.5 billion in 1988, up from $1 billion that year.", "1989-11-02"),
            (std::vector<std::string>{"1988|DATE|1988", "that year|DATE|1988"}));
}

TEST_F(TimeTaggerTest, ClockTimeTakesTheDayNamedBeforeItInItsSentence) {
  {
    const std::string text = "The jet made its first flight Tuesday in Everett, Washington at 18:00 UTC.";
    const auto found = tagger_->Tag(text, "2009-12-16");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[1].span.Of(text), "18:00 UTC");
    EXPECT_EQ(found[1].value, "2009-12-15T18:00Z");
  }
  {
    // Another paragraph: the DCT's day.
    const std::string text = "Dozens died in Tuesday's earthquake.\n\nUpdate at 1:53 p.m. ET.";
    const auto found = tagger_->Tag(text, "2015-05-14");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[1].value, "2015-05-14T13:53");
  }
  // "today" names the day itself.
  EXPECT_EQ(Tag("It opened June 3. Trading resumes at 10 a.m. today.", "2015-06-10").back(),
            "10 a.m. today|TIME|2015-06-10T10:00");
}

TEST_F(TimeTaggerTest, WeekdayDoesNotJoinADateOnTheNextLine) {
  const std::string text = "Markets to remain closed until Friday\nSeptember 18, 2008\nThe government said so.";
  const auto found = tagger_->Tag(text, "2008-09-18");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].span.Of(text), "Friday");
  EXPECT_EQ(found[0].value, "2008-09-19");
  EXPECT_EQ(found[1].value, "2008-09-18");
}

// The scanner reads words eight bytes at a time: words longer than eight
// bytes, words ending within the last eight bytes of the text, upper-case and
// non-ASCII neighbours must all read as before.
TEST_F(TimeTaggerTest, WordsAtEveryLengthAndPosition) {
  EXPECT_EQ(One("Wednesday", "2023-07-06"), "Wednesday|DATE|2023-07-05");
  EXPECT_EQ(One("It closed Wednesday", "2023-07-06"), "Wednesday|DATE|2023-07-05");
  EXPECT_EQ(One("They met YESTERDAY.", "2023-07-06"), "YESTERDAY|DATE|2023-07-05");
  EXPECT_EQ(One("Thanksgiving dinner was late.", "2023-12-06"), "Thanksgiving|DATE|2023-11-23");
  EXPECT_EQ(One("Économie: the policy changed in SEPTEMBER 2022.", ""), "SEPTEMBER 2022|DATE|2022-09");
  EXPECT_EQ(One("naïveté aside, prices rose last week", "2023-07-06"), "last week|DATE|2023-W26");
  EXPECT_EQ(One("The meeting ran at 10 a.m. today", "2023-07-06"), "10 a.m. today|TIME|2023-07-06T10:00");
  EXPECT_EQ(One("Extraordinarily, yesterday", "2023-07-06"), "yesterday|DATE|2023-07-05");
}

TEST_F(TimeTaggerTest, HostileInputDoesNotCrash) {
  std::string text(100000, '9');
  text += " years ago ";
  for (int i = 0; i < 5000; ++i) text += "last last the the - , July ";
  text += std::string("\xff\xfe\xe2\x80", 4);
  const auto found = tagger_->Tag(text, "2023-07-06");
  for (const Timex& t : found) {
    EXPECT_LE(t.span.end, text.size());
    EXPECT_LT(t.span.begin, t.span.end);
  }
}

}  // namespace
}  // namespace parallax::time
