// BuildStoryView on small fictional stories whose layers the test fills in.
#include <gtest/gtest.h>

#include <algorithm>

#include "cluster/text_features.h"
#include "synth/conflicts.h"
#include "synth/corpus.h"
#include "synth/flood_story.h"
#include "synth/summary.h"
#include "synth/synthesize.h"
#include "text/segment.h"

namespace parallax::synth {
namespace {

TEST_F(FloodStory, ASentenceInsideAQuotationDoesNotFoundAFact) {
  // Torres' second and third quoted sentences continue her quotation; the
  // same words in Fox News' report of her speech may join a fact but not
  // found one.
  a_ = Make("a1", "CNN", "2024-03-11",
            "Mayor Ana Torres spoke in Linden on Monday. \"We saw the water come. The river rose in one night "
            "over the Linden levee. Linden will rebuild every home,\" Torres said.");
  d_ = Make("d4", "Fox News", "2024-03-12",
            "Torres said the river rose in one night over the Linden levee. Linden will rebuild every home, "
            "she promised. She said, \"We will.\"");
  StoryCorpus corpus = StoryCorpus::Build({&a_, &d_});
  ASSERT_EQ(corpus.sentences().size(), 7u);
  EXPECT_FALSE(corpus.sentences()[0].in_long_quote);
  EXPECT_TRUE(corpus.sentences()[1].in_long_quote);  // opens the quotation
  EXPECT_TRUE(corpus.sentences()[2].in_long_quote);
  EXPECT_TRUE(corpus.sentences()[3].in_long_quote);  // closes it
  EXPECT_FALSE(corpus.sentences()[4].in_long_quote);
  EXPECT_FALSE(corpus.sentences()[5].in_long_quote);
  EXPECT_FALSE(corpus.sentences()[6].in_long_quote);  // a quotation closed where it opened
  for (const FactGroup& f : Build().facts) {
    EXPECT_EQ(f.representative.text.find("The river rose"), std::string::npos) << f.representative.text;
    EXPECT_EQ(f.representative.text.find("Linden will rebuild every home,\""), std::string::npos)
        << f.representative.text;
  }
}

TEST_F(FloodStory, ArticlesOutletsAndCopies) {
  StoryView v = Build();
  ASSERT_EQ(v.articles.size(), 5u);
  EXPECT_EQ(v.articles[2].duplicate_of, "a1");
  EXPECT_EQ(v.first_date, "2024-03-11");
  EXPECT_EQ(v.last_date, "2024-03-12");
  EXPECT_EQ(v.outlets.size(), 5u);
  // The copy's sentences never count: no fact cites it.
  for (const auto& f : v.facts)
    for (const auto& s : f.statements) EXPECT_NE(s.article_id, "c3");
}

TEST_F(FloodStory, AlignsTheSameStatementAcrossOutlets) {
  StoryView v = Build();
  ASSERT_FALSE(v.facts.empty());
  const FactGroup& top = v.facts[0];
  EXPECT_GE(top.outlets.size(), 2u);
  // The damage statement of CNN and Reuters is one fact.
  bool damage = false;
  for (const auto& f : v.facts) {
    if (f.representative.text.find("damaged 4") == std::string::npos) continue;
    damage = std::find(f.outlets.begin(), f.outlets.end(), "CNN") != f.outlets.end() &&
             std::find(f.outlets.begin(), f.outlets.end(), "Reuters") != f.outlets.end();
  }
  EXPECT_TRUE(damage);
  ASSERT_EQ(v.coverage.matrix.size(), v.facts.size());
  EXPECT_EQ(v.coverage.outlets.size(), v.outlets.size());
}

TEST_F(FloodStory, FindsDateNumberRankAndRoleConflicts) {
  StoryView v = Build();
  const Conflict* date = Find(v, "date");
  ASSERT_NE(date, nullptr);
  EXPECT_EQ(date->subject, "Ana Torres: travel");
  ASSERT_EQ(date->claims.size(), 2u);  // March 9 and March 10 agree (one day apart); February does not
  EXPECT_EQ(date->claims[1].value, "2024-02");
  EXPECT_EQ(date->claims[1].outlets, std::vector<std::string>{"Fox News"});

  const Conflict* number = Find(v, "number");
  ASSERT_NE(number, nullptr);
  EXPECT_EQ(number->claims.size(), 2u);

  const Conflict* rank = Find(v, "rank");
  ASSERT_NE(rank, nullptr);
  EXPECT_EQ(rank->claims.size(), 2u);

  const Conflict* role = Find(v, "role");
  ASSERT_NE(role, nullptr);
  EXPECT_EQ(role->subject, "Ana Torres");
  EXPECT_EQ(role->claims[0].value, "mayor");
  EXPECT_EQ(role->claims[1].value, "governor");
}

TEST_F(FloodStory, RecurringActionsAndConditionsMakeNoDateClaims) {
  // Fox News dates Torres' trip in February against March 9/10: a conflict ...
  ASSERT_NE(Find(Build(), "date"), nullptr);
  // ... but not when the February date belongs to an "if" clause,
  d_ = Make("d4", "Fox News", "2024-03-12", "If Ana Torres visited Linden in February, aides did not say so.");
  Time(&d_, "February", "2024-02");
  EXPECT_EQ(Find(Build(), "date"), nullptr);
  // and announcements recur: one in March and one in February are two.
  a_ = Make("a1", "CNN", "2024-03-11", "Mayor Ana Torres announced new funds for Linden on March 9.");
  Time(&a_, "March 9", "2024-03-09");
  b_ = Make("b2", "Reuters", "2024-03-11", "Mayor Ana Torres announced new funds for Linden on March 9.");
  Time(&b_, "March 9", "2024-03-09");
  d_ = Make("d4", "Fox News", "2024-03-12", "Ana Torres announced the clean-up of Linden in February.");
  Time(&d_, "February", "2024-02");
  EXPECT_EQ(Find(Build(), "date"), nullptr);
}

TEST_F(FloodStory, APossibilityOrAConditionIsNoQuantity) {
  auto differ = [&](const std::string& a, const std::string& b) { return NumbersConflict(a, b); };
  EXPECT_TRUE(differ("and hurt 40 workers", "and hurt 45 workers"));
  EXPECT_FALSE(differ("and hurt 40 workers", "and could hurt 45 workers"));
  EXPECT_FALSE(differ("and hurt 40 workers", "and would hurt 45 workers"));
  EXPECT_FALSE(differ("and hurt 40 workers", "as if 45 workers fell"));
}

TEST_F(FloodStory, FormerOfficeIsNotAConflict) {
  // "former Governor" is history, not a contradiction.
  b_ = Make("b2", "Reuters", "2024-03-11",
            "Mayor Ana Torres visited the flooded town of Linden on March 10. Former Governor Ana Torres "
            "promised new funds for the flooded town.");
  StoryView v = Build();
  EXPECT_EQ(Find(v, "role"), nullptr);
}

TEST_F(FloodStory, AMagnitudeIsComparedWithWhatItCounts) {
  auto repairs = [&](const std::string& a_tail, const std::string& b_tail) {
    return NumbersConflict("and cost " + a_tail, "and cost " + b_tail);
  };
  EXPECT_TRUE(repairs("$5 million in repairs", "$7 million in repairs"));
  // "$5 million in repairs" and "a $7 million grant" count different things.
  EXPECT_FALSE(repairs("$5 million in repairs", "a $7 million grant"));
}

TEST_F(FloodStory, ATimeOfDayIsNoQuantity) {
  auto differ = [&](const std::string& a, const std::string& b) { return NumbersConflict(a, b); };
  EXPECT_TRUE(differ("and 10 homes", "and 9 homes"));
  EXPECT_FALSE(differ("at 10 a.m.", "at 9 a.m."));      // live blogs stamp entries with such times
  EXPECT_FALSE(differ("at 10:45 Tuesday", "at 10:50 Tuesday"));
  EXPECT_FALSE(differ("by 1500 GMT", "by 1400 GMT"));
}

TEST_F(FloodStory, ADurationIsNoQuantityButAnAgeIs) {
  auto differ = [&](const std::string& a, const std::string& b) { return NumbersConflict(a, b); };
  // The spans of one story measure different things (per side vs in all).
  EXPECT_FALSE(differ("after 24 hours of pumping", "after 48 hours of pumping"));
  EXPECT_FALSE(differ("for 3 days", "for 5 days"));
  EXPECT_FALSE(differ("after a 12-hour shift", "after a 10-hour shift"));
  EXPECT_TRUE(differ("and a 19-year-old", "and a 20-year-old"));
}

TEST_F(FloodStory, RangesAndModifiersBeforeTheCountedNoun) {
  auto differ = [&](const std::string& a, const std::string& b) { return NumbersConflict(a, b); };
  // A range agrees with the values it overlaps.
  EXPECT_FALSE(differ("and cost $35 million to $40 million in repairs", "and cost $40 million to $50 million in repairs"));
  EXPECT_FALSE(differ("and cost between $3 million and $4 million in repairs", "and cost $3.5 million in repairs"));
  EXPECT_TRUE(differ("and cost $35 million to $40 million in repairs", "and cost $45 million to $50 million in repairs"));
  // "a 100-seat council" counts seats, "47 council members" members; "2-1" is a score.
  EXPECT_FALSE(differ("before a 100-seat council", "before 47 council members"));
  EXPECT_FALSE(differ("before a 100-seat council", "before 47 seats"));
  EXPECT_FALSE(differ("after the Jan. 2 storm", "after the Jan. 3 storm"));  // days, not counts
  EXPECT_FALSE(differ("by a 2-1 vote", "by a 3-1 vote"));
  // The counted noun comes after an abbreviation or a run of capitalised words.
  ASSERT_TRUE(differ("and hurt 34 U.S. workers", "and hurt 11 U.S. workers"));
  EXPECT_EQ(Find(Build(), "number")->subject, cluster::StemWord("workers"));
  ASSERT_TRUE(differ("and 47 Linden Democrats resigned", "and 40 Linden Democrats resigned"));
  EXPECT_EQ(Find(Build(), "number")->subject, cluster::StemWord("democrats"));
  EXPECT_FALSE(differ("and 47 Linden Democrats resigned", "and 40 Linden Republicans resigned"));
}

TEST_F(FloodStory, TwoSpellingsOfOneOfficeAgree) {
  // "Treasury Secretary" and "Secretary of the Treasury" are one office; "Mayor"
  // (two outlets) against it would still be a conflict.
  a_ = Make("a1", "CNN", "2024-03-11", "Treasury Secretary Ana Torres visited the flooded town of Linden.");
  b_ = Make("b2", "Reuters", "2024-03-11", "Secretary of the Treasury Ana Torres visited the flooded town of Linden.");
  d_ = Make("d4", "Fox News", "2024-03-12", "Treasury Secretary Ana Torres toured the flooded town of Linden.");
  e_ = Make("e5", "BBC News", "2024-03-12", "Ana Torres saw the flood damage in Linden.");
  copy_ = Make("c3", "Yahoo News", "2024-03-11", "Secretary of the Treasury Ana Torres saw Linden.");
  EXPECT_EQ(Find(Build(), "role"), nullptr);
  e_ = Make("e5", "BBC News", "2024-03-12", "Mayor Ana Torres saw the flood damage in Linden.");
  copy_ = Make("c3", "Yahoo News", "2024-03-11", "Mayor Ana Torres visited Linden.");
  EXPECT_NE(Find(Build(), "role"), nullptr);
}

// The roles layer's reading of `surface` (the role words before "Ana Torres").
void Role(Article* a, const std::string& surface, const std::string& role) {
  const size_t p = a->body.find(surface + " Ana Torres");
  ASSERT_NE(p, std::string::npos) << surface;
  const size_t name = p + surface.size() + 1;
  for (uint32_t m = 0; m < a->entities.size(); ++m) {
    if (a->entities[m].span.begin != name) continue;
    a->roles.push_back({{static_cast<uint32_t>(p), static_cast<uint32_t>(p + surface.size())}, m, role, "", ""});
    return;
  }
  FAIL() << "no mention after " << surface;
}

TEST_F(FloodStory, OneOfficeWrittenFourWaysAndAHypotheticalOfficeAgree) {
  // Two outlets state one side; a third writes the same office another way,
  // or names an office only as a hypothetical.
  auto conflict = [&](const std::string& side, const std::string& side_role, const std::string& other,
                      const std::string& other_role, const std::string& lead_in = "Later,") {
    a_ = Make("a1", "CNN", "2024-03-11", side + " Ana Torres visited the flooded town of Linden.");
    b_ = Make("b2", "Reuters", "2024-03-11", side + " Ana Torres toured the flooded town of Linden.");
    d_ = Make("d4", "Fox News", "2024-03-12", lead_in + " " + other + " Ana Torres saw Linden.");
    e_ = Make("e5", "BBC News", "2024-03-12", "Ana Torres saw the flood damage in Linden.");
    copy_ = Make("c3", "Yahoo News", "2024-03-11", "Ana Torres saw Linden.");
    Role(&a_, side, side_role);
    Role(&b_, side, side_role);
    Role(&d_, other, other_role);
    return Find(Build(), "role") != nullptr;
  };
  EXPECT_FALSE(conflict("Secretary of Defense", "secretary of defense", "US defence secretary", "defence secretary"));
  EXPECT_FALSE(conflict("White House press secretary", "press secretary", "White House spokeswoman", "spokeswoman"));
  EXPECT_FALSE(conflict("impeachment manager Rep.", "manager rep.", "Intelligence Committee Chairman Rep.",
                        "chairman rep."));
  EXPECT_FALSE(conflict("Mayor", "mayor", "President", "president", "Rivals fear a"));
  EXPECT_FALSE(conflict("Mayor", "mayor", "President", "president", "Rivals fear a President Lee or"));
  // An ambassador is an envoy; "diplomat" names the class.
  EXPECT_FALSE(conflict("Ambassador", "ambassador", "US envoy", "envoy"));
  EXPECT_FALSE(conflict("Ambassador", "ambassador", "diplomat", "diplomat"));
  // Still conflicts: another office, and the office itself stated.
  EXPECT_TRUE(conflict("Ambassador", "ambassador", "Mayor", "mayor"));
  EXPECT_TRUE(conflict("Mayor", "mayor", "President", "president", "Later, the"));
  EXPECT_TRUE(conflict("Secretary of Defense", "secretary of defense", "US commerce secretary", "commerce secretary"));
}

TEST_F(FloodStory, QuotedSupposedAndMonarchTitlesClaimNoOffice) {
  // Two outlets call Torres mayor; a third gives her another title.
  auto conflict = [&](const std::string& other) {
    a_ = Make("a1", "CNN", "2024-03-11", "Mayor Ana Torres visited the flooded town of Linden.");
    b_ = Make("b2", "Reuters", "2024-03-11", "Mayor Ana Torres toured the flooded town of Linden.");
    d_ = Make("d4", "Fox News", "2024-03-12", other);
    e_ = Make("e5", "BBC News", "2024-03-12", "Ana Torres saw the flood damage in Linden.");
    copy_ = Make("c3", "Yahoo News", "2024-03-11", "Ana Torres saw Linden.");
    return Find(Build(), "role") != nullptr;
  };
  ASSERT_TRUE(conflict("Later, Governor Ana Torres saw Linden."));
  // A speaker's words: a resident may use an old title.
  EXPECT_FALSE(conflict("\xE2\x80\x9CGovernor Ana Torres always said Linden was open for business. She meant it.\xE2\x80\x9D"));
  // A sole office in a supposition.
  EXPECT_FALSE(conflict("Imagine if President Ana Torres were able to rebuild Linden."));
  EXPECT_TRUE(conflict("Since then, President Ana Torres rebuilt Linden."));
  // A monarch's title for an office holder is an epithet.
  EXPECT_FALSE(conflict("Critics mocked King Ana Torres and her court in Linden."));
}

TEST_F(FloodStory, PartsChangesSharesAndLaterCountsAreOtherQuantities) {
  auto differ = [&](const std::string& a, const std::string& b) { return NumbersConflict(a, b); };
  ASSERT_TRUE(differ("and damaged 22 homes", "and damaged 25 homes"));
  // A part and a whole: ten times apart or more.
  EXPECT_FALSE(differ("and damaged 22 homes", "and damaged more than 2,000 homes"));
  // An ordinal is a position, not a count.
  EXPECT_FALSE(differ("and the 13th home", "and 15 homes"));
  // A change against a level.
  ASSERT_TRUE(differ("as support reached 40 percent", "as support reached 49 percent"));
  EXPECT_FALSE(differ("as support jumped 40 percent", "as support reached 49 percent"));
  // Shares of different questions and populations.
  EXPECT_FALSE(differ("and 57 percent support repairs", "and 66 percent say repairs"));
  EXPECT_TRUE(differ("and 57 percent support repairs", "and 66 percent support repairs"));
  EXPECT_FALSE(differ("with 40 percent of these voters", "with 60 percent of independents"));
  EXPECT_TRUE(differ("with 40 percent of voters", "with 60 percent of the voters"));
  EXPECT_FALSE(differ("with 40 percent of the Linden electorate", "with 60 percent of Linden voters"));
  // "up from 40 percent": the earlier value.
  EXPECT_FALSE(differ("with support up from 40 percent", "with support at 49 percent"));
  // Shares of two people.
  auto poll = [&](const std::string& other) {
    a_ = Make("a1", "CNN", "2024-03-11", "Mayor Ana Torres visited Linden on March 9. In the Linden poll Ana Torres "
                                         "was at 40 percent on Sunday, officials said.");
    b_ = Make("b2", "Reuters", "2024-03-11", "Mayor Ana Torres visited Linden on March 10. In the Linden poll " +
                                                 other + " was at 49 percent on Sunday, officials said.");
    Mark(&b_, "Ben Lee", "PER");
    return Find(Build(), "number") != nullptr;
  };
  EXPECT_TRUE(poll("Ana Torres"));
  EXPECT_FALSE(poll("Ben Lee"));
  // Values handed out by order ("respectively") belong to no one claim.
  EXPECT_FALSE(differ("with 40 percent and 30 percent of the vote, respectively", "with 49 percent of the vote"));
  // Rounding.
  EXPECT_FALSE(differ("with 8 percent", "with 8.5 percent"));
  EXPECT_TRUE(differ("with 8 percent", "with 9.5 percent"));
  // A poll's margin of error.
  EXPECT_FALSE(differ("within plus or minus 4 percentage points", "within plus or minus 5.7 percentage points"));
  // A count reported days later measures a later state.
  ASSERT_TRUE(differ("and damaged 22 homes", "and damaged 25 homes"));
  b_.published.value = "2024-03-15";
  EXPECT_EQ(Find(Build(), "number"), nullptr);
  b_.published.value = "2024-03-13";
  EXPECT_NE(Find(Build(), "number"), nullptr);
}

TEST_F(FloodStory, WholesExamplesDistancesAndPastYearsAreOtherQuantities) {
  auto differ = [&](const std::string& a, const std::string& b) { return NumbersConflict(a, b); };
  ASSERT_TRUE(differ("and damaged 40 homes", "and damaged 45 homes"));
  // The whole a part is counted in ("22 of the town's 40 homes") is no claim.
  EXPECT_FALSE(differ("and damaged 22 of the town's 40 homes", "and damaged 45 homes"));
  EXPECT_FALSE(differ("and damaged 22 of 40 homes", "and damaged 45 homes"));
  // An example value.
  EXPECT_FALSE(differ("and could leave, say, 40 homes dry", "and damaged 45 homes"));
  EXPECT_FALSE(differ("and left, say, a 40 percent share", "and left a 45 percent share"));
  // A distance is measured from a place.
  ASSERT_TRUE(differ("40 miles south of Carver", "45 miles south of Carver"));
  EXPECT_FALSE(differ("40 miles south of Carver", "45 miles south of Dover"));
  EXPECT_FALSE(differ("40 miles from the Dover bridge", "45 miles from Carver"));
  // A value of a past year is compared only with values of that year.
  auto past = [&](const std::string& a_year, const std::string& b_year) {
    a_ = Make("a1", "CNN", "2024-03-11", "Mayor Ana Torres visited the flooded town of Linden on March 9. In " +
                                             a_year + ", the flood in Linden damaged 40 homes, officials said.");
    b_ = Make("b2", "Reuters", "2024-03-11", "Mayor Ana Torres visited the flooded town of Linden on March 10. In " +
                                                 b_year + ", the flood in Linden damaged 45 homes, officials said.");
    Time(&a_, a_year, a_year);
    Time(&b_, b_year, b_year);
    return Find(Build(), "number") != nullptr;
  };
  EXPECT_TRUE(past("2024", "2024"));
  EXPECT_TRUE(past("2019", "2019"));
  EXPECT_FALSE(past("2019", "2024"));
  EXPECT_FALSE(past("2019", "2021"));
  // A past year named only after the number may belong to another clause.
  a_ = Make("a1", "CNN", "2024-03-11", "Mayor Ana Torres visited the flooded town of Linden on March 9. The flood "
                                       "in Linden damaged 40 homes, the most since 2019, officials said.");
  Time(&a_, "2019", "2019");
  b_ = Make("b2", "Reuters", "2024-03-11", "Mayor Ana Torres visited the flooded town of Linden on March 10. The "
                                           "flood in Linden damaged 45 homes, officials said.");
  EXPECT_NE(Find(Build(), "number"), nullptr);
}

TEST_F(FloodStory, AffairsOfficesAndTitlesOfAPastYearAgree) {
  auto conflict = [&](const std::string& other, const std::string& other_role, const std::string& tail) {
    a_ = Make("a1", "CNN", "2024-03-11", "Foreign Minister Ana Torres visited the flooded town of Linden.");
    b_ = Make("b2", "Reuters", "2024-03-11", "Foreign Minister Ana Torres toured the flooded town of Linden.");
    d_ = Make("d4", "Fox News", "2024-03-12", other + " Ana Torres saw Linden" + tail + ".");
    e_ = Make("e5", "BBC News", "2024-03-12", "Ana Torres saw the flood damage in Linden.");
    copy_ = Make("c3", "Yahoo News", "2024-03-11", "Ana Torres saw Linden.");
    Role(&a_, "Foreign Minister", "foreign minister");
    Role(&b_, "Foreign Minister", "foreign minister");
    Role(&d_, other, other_role);
    if (tail.find("2019") != std::string::npos) Time(&d_, "2019", "2019");
    if (tail.find("January 2024") != std::string::npos) {
      Time(&d_, "January 2024", "2024-01");
    } else if (tail.find("March 2024") != std::string::npos) {
      Time(&d_, "March 2024", "2024-03");
    } else if (tail.find("2024") != std::string::npos) {
      Time(&d_, "2024", "2024");
    }
    return Find(Build(), "role") != nullptr;
  };
  ASSERT_TRUE(conflict("Mayor", "mayor", ""));
  // One office written with and without "affairs".
  EXPECT_FALSE(conflict("Foreign Affairs Minister", "foreign affairs minister", ""));
  EXPECT_FALSE(conflict("Minister of Foreign Affairs", "minister of foreign affairs", ""));
  // A title in a sentence about a past year (a picture caption) is the
  // office held then; one of the publication year still conflicts.
  EXPECT_FALSE(conflict("Mayor", "mayor", " in 2019"));
  EXPECT_TRUE(conflict("Mayor", "mayor", " in 2024"));
  // So is one in a sentence about an earlier month of the publication year;
  // the publication month still conflicts.
  EXPECT_FALSE(conflict("Mayor", "mayor", " in January 2024"));
  EXPECT_TRUE(conflict("Mayor", "mayor", " in March 2024"));
}

// A date without its year that names an event ("the March 9 flood", "the
// September 11 attacks") does not time its sentence: its year is a guess. A
// title in a sentence otherwise about an earlier month is the office held
// then; a date that times the sentence ("on March 9") still counts.
TEST_F(FloodStory, ADateThatNamesAnEventDoesNotTimeATitle) {
  auto conflict = [&](const std::string& tail) {
    a_ = Make("a1", "CNN", "2024-03-11", "Foreign Minister Ana Torres visited the flooded town of Linden.");
    b_ = Make("b2", "Reuters", "2024-03-11", "Foreign Minister Ana Torres toured the flooded town of Linden.");
    d_ = Make("d4", "Fox News", "2024-03-12", "Mayor Ana Torres saw Linden " + tail + ".");
    e_ = Make("e5", "BBC News", "2024-03-12", "Ana Torres saw the flood damage in Linden.");
    copy_ = Make("c3", "Yahoo News", "2024-03-11", "Ana Torres saw Linden.");
    Role(&a_, "Foreign Minister", "foreign minister");
    Role(&b_, "Foreign Minister", "foreign minister");
    Role(&d_, "Mayor", "mayor");
    Time(&d_, "March 9", "2024-03-09");
    Time(&d_, "January 2024", "2024-01");
    return Find(Build(), "role") != nullptr;
  };
  EXPECT_FALSE(conflict("after the March 9 flood, in January 2024"));
  EXPECT_FALSE(conflict("after March 9's flood, in January 2024"));
  EXPECT_TRUE(conflict("on March 9 and in January 2024"));
}

TEST_F(FloodStory, StatementsThatShareOnlyANameAreNotOneFact) {
  auto together = [&](const std::string& reuters) {
    a_ = Make("a1", "CNN", "2024-03-11", "On Monday, former Governor Ana Torres praised the volunteers of Linden.");
    b_ = Make("b2", "Reuters", "2024-03-11", reuters);
    Role(&a_, "former Governor", "governor");
    Role(&b_, "former Governor", "governor");
    copy_ = Make("c3", "Yahoo News", "2024-03-11", "The weather stayed calm over the weekend, forecasters said.");
    d_ = Make("d4", "Fox News", "2024-03-12", "The river fell by a foot overnight, engineers reported.");
    e_ = Make("e5", "BBC News", "2024-03-12", "Schools reopened after the storm, the district said.");
    for (const FactGroup& f : Build().facts) {
      if (f.outlets.size() >= 2) return true;
    }
    return false;
  };
  // Who they name is all the two sentences share ...
  EXPECT_FALSE(together("Reporters asked former Governor Ana Torres about the new tax bill."));
  // ... unlike two reports of what she did.
  EXPECT_TRUE(together("On Monday, former Governor Ana Torres thanked the volunteers of Linden."));
}

TEST_F(FloodStory, AnEstimateAgreesWithANearbyNumber) {
  // "nearly 40 homes" vs "45 homes": an estimate, not a contradiction.
  a_ = Make("a1", "CNN", "2024-03-11",
            "Mayor Ana Torres visited the flooded town of Linden on March 9. The flood damaged nearly 40 homes "
            "in Linden and cut the main road, officials said.");
  StoryView v = Build();
  EXPECT_EQ(Find(v, "number"), nullptr);
}

TEST_F(FloodStory, SummaryCitesThreeToFiveDistinctFacts) {
  StoryView v = Build();
  ASSERT_GE(v.summary.size(), 3u);
  ASSERT_LE(v.summary.size(), 5u);
  for (size_t i = 0; i < v.summary.size(); ++i) {
    EXPECT_FALSE(v.summary[i].source.text.empty());
    for (size_t j = 0; j < i; ++j) {
      if (!v.summary[i].fact.empty()) {
        EXPECT_NE(v.summary[i].fact, v.summary[j].fact);
      }
    }
  }
}

TEST_F(FloodStory, SummaryTakesAtMostTwoStatementsFromOneArticleWhileOthersHaveSome) {
  // A long report of six plain statements, and three articles whose only
  // statement opens with a pronoun (half weight): the long report alone
  // would fill the summary.
  a_ = Make("a1", "CNN", "2024-03-11",
            "Mayor Ana Torres visited the flooded town of Linden on Monday morning. The river rose four feet "
            "overnight and covered the main bridge. Crews from three counties worked through the night to rebuild "
            "the levee. Schools across Linden closed their doors until the water recedes. Farmers near the river "
            "lost most of their winter wheat crop. Volunteers handed out bottled water at the Linden community "
            "center.");
  b_ = Make("b2", "Reuters", "2024-03-11", "They said the storm dropped six inches of rain on the whole valley.");
  d_ = Make("d4", "Fox News", "2024-03-12", "It was the worst storm the valley has seen in fifty long years.");
  e_ = Make("e5", "BBC News", "2024-03-12", "They expect power lines along the highway to be repaired by Friday.");
  copy_ = Make("c3", "Yahoo News", "2024-03-11", a_.body);
  StoryView v = Build();
  ASSERT_EQ(v.summary.size(), 5u);
  size_t from_a = 0;
  for (const auto& s : v.summary) from_a += s.source.article_id == "a1";
  EXPECT_EQ(from_a, 2u);
  // With only the long report, it fills the summary.
  b_ = Make("b2", "Reuters", "2024-03-11", "Rain.");
  d_ = Make("d4", "Fox News", "2024-03-12", "Storm.");
  e_ = Make("e5", "BBC News", "2024-03-12", "Power.");
  v = Build();
  EXPECT_GE(v.summary.size(), 3u);
  for (const auto& s : v.summary) EXPECT_EQ(s.source.article_id, "a1");
}

TEST(DatesDisagree, ReadsTheTimeLayersCalendarValues) {
  DateInterval june, w29, we, day, prior;
  ASSERT_TRUE(ParseTimexDate("2023-06", &june) && ParseTimexDate("2023-W29", &w29) &&
              ParseTimexDate("2023-W28-WE", &we) && ParseTimexDate("2023-07-16", &day) &&
              ParseTimexDate("2023-07-01", &prior));
  EXPECT_EQ(we.first_day, day.first_day - 1);  // 2023-07-15/16 is the weekend of ISO week 28
  ConflictOptions o;
  EXPECT_TRUE(DatesDisagree(june, we, o));
  EXPECT_FALSE(DatesDisagree(we, w29, o));   // a weekend and the following week: one trip
  EXPECT_FALSE(DatesDisagree(day, w29, o));
  EXPECT_TRUE(DatesDisagree(prior, w29, o));  // day precision, 9 days apart
  EXPECT_TRUE(DatesDisagree(june, prior, o));  // "in June" vs July 1: month precision, no tolerance
}

TEST_F(FloodStory, SummaryLeavesOutStatementsThatLeanOnTheSentenceBefore) {
  // Central, widely echoed wording, but each of these answers or continues a
  // sentence the summary's reader does not see.
  e_ = Make("e5", "BBC News", "2024-03-12",
            "But the flood damaged 40 homes in Linden and cut the main road, officials said. However, the "
            "flood damaged 45 homes in Linden and cut the main road. \"The flood damaged homes in Linden and "
            "we will rebuild the main road. The flood cut the main road to Linden,\" said Ana Torres.");
  StoryView v = Build();
  ASSERT_GE(v.summary.size(), 3u);
  for (const auto& s : v.summary) {
    EXPECT_FALSE(s.source.text.starts_with("But ")) << s.source.text;
    EXPECT_FALSE(s.source.text.starts_with("However,")) << s.source.text;
    EXPECT_FALSE(s.source.text.starts_with("\"")) << s.source.text;
  }
}

TEST(BuildStoryView, RejectsLayersOutsideTheBody) {
  Article a;
  a.id = "x";
  a.body = "Short.";
  a.sentences.push_back({{0, 99}, 0, 0, 0});
  StoryInput in{"e1", "", {&a}, {}};
  EXPECT_FALSE(BuildStoryView(in).ok());
}

}  // namespace
}  // namespace parallax::synth

namespace parallax::synth {
namespace {

// The similarity pass that keeps only the pairs above a threshold still sums
// every sentence's best match per other article over all pairs, and the
// summary built from those sums is the summary built from all pairs.
TEST_F(FloodStory, ThresholdedPairsKeepTheSummaryCentrality) {
  StoryCorpus corpus = StoryCorpus::Build({&a_, &b_, &d_, &e_});
  const StoryCorpus::Pairs all = corpus.SimilarPairs(0);
  std::vector<double> sums;
  const StoryCorpus::Pairs kept = corpus.SimilarPairs(0.25, &sums);
  const auto& ss = corpus.sentences();
  ASSERT_EQ(sums.size(), ss.size());
  size_t below = 0;
  for (size_t i = 0; i < ss.size(); ++i) {
    std::vector<double> best(corpus.articles().size(), 0);
    std::vector<StoryCorpus::Pairs::Pair> above;
    for (const auto& [j, sim] : all[i]) {
      best[ss[j].article] = std::max(best[ss[j].article], sim);
      if (sim >= 0.25) above.push_back({j, sim}); else ++below;
    }
    double want = 0;
    for (double b : best) want += b;
    EXPECT_DOUBLE_EQ(sums[i], want) << i;
    EXPECT_TRUE(std::equal(above.begin(), above.end(), kept[i].begin(), kept[i].end())) << i;
  }
  EXPECT_GT(below, 0u);  // the story has pairs the thresholded pass drops
  const std::vector<std::string> fact_of(ss.size());
  const auto from_pairs = Summarize(corpus, all, fact_of, {}, 4, {});
  const auto from_sums = Summarize(corpus, sums, fact_of, {}, 4, {});
  ASSERT_FALSE(from_pairs.empty());
  ASSERT_EQ(from_pairs.size(), from_sums.size());
  for (size_t k = 0; k < from_pairs.size(); ++k) {
    EXPECT_EQ(from_pairs[k].source.text, from_sums[k].source.text);
    EXPECT_DOUBLE_EQ(from_pairs[k].score, from_sums[k].score);
  }
}

}  // namespace
}  // namespace parallax::synth

namespace parallax::synth {
namespace {

// A sentence similar to hundreds of sentences of another article keeps only
// its most similar pairs (memory stays linear in the story's sentences).
TEST(SimilarPairs, KeepsABoundedNumberOfTheMostSimilarPairsPerSentence) {
  const Article a = Make("a", "Ledger", "2024-03-05", "The council approved the river budget on Monday after a long debate.");
  std::string body;
  const char* extra[] = {"ferry", "bridge", "school", "market", "harbor", "station"};
  for (int k = 0; k < 300; ++k) {
    // Sentences differ in how many of the first sentence's words they share.
    body += k % 3 == 0 ? "The council approved the river budget on Monday" : "The council approved the budget";
    body += " for the " + std::string(extra[k % 6]) + " number " + std::to_string(k) + ". ";
  }
  body.pop_back();
  const Article b = Make("b", "Courier", "2024-03-05", body);
  StoryCorpus corpus = StoryCorpus::Build({&a, &b});
  ASSERT_EQ(corpus.sentences().size(), 301u);
  const StoryCorpus::Pairs pairs = corpus.SimilarPairs(0);
  ASSERT_EQ(pairs[0].size(), 256u);
  double least_kept = 1;
  for (const auto& [j, sim] : pairs[0]) least_kept = std::min(least_kept, sim);
  // Every sentence of b is similar to a's; the ones left out are no more
  // similar than the least similar one kept, and they keep no pair with it.
  size_t dropped = 0;
  for (uint32_t j = 1; j < 301; ++j) {
    if (pairs[j].empty()) {
      ++dropped;
      EXPECT_LE(corpus.Similarity(corpus.sentences()[0], corpus.sentences()[j]), least_kept) << j;
    }
  }
  EXPECT_EQ(dropped, 44u);
}

}  // namespace
}  // namespace parallax::synth

namespace parallax::synth {
namespace {

// A word no other sentence uses, made of letters no suffix rule strips.
std::string RareWord(int k) {
  const char* letters = "bcfhjkmnpqrtvwxz";
  std::string w = "zo";
  for (int d = 0; d < 3; ++d, k /= 16) w += letters[k % 16];
  return w;
}

// Stems in thousands of sentences (every sentence of two long articles says
// "The council discussed the budget ...") find no pairs by themselves: the
// pass scores the pairs the rare stems find, not every two sentences of the
// story, and those pairs keep their exact similarity.
TEST(SimilarPairs, StemsInThousandsOfSentencesDoNotMakeThePassQuadratic) {
  constexpr int kPerArticle = 2500;
  std::string body_a, body_b;
  for (int k = 0; k < kPerArticle; ++k) {
    body_a += "The council discussed the budget and the " + RareWord(k) + " plan. ";
    body_b += "The council discussed the budget of the " + RareWord(k) + " plan today. ";
  }
  body_a.pop_back();
  body_b.pop_back();
  const Article a = Make("a", "Ledger", "2024-03-05", body_a);
  const Article b = Make("b", "Courier", "2024-03-05", body_b);
  StoryCorpus corpus = StoryCorpus::Build({&a, &b});
  const auto& ss = corpus.sentences();
  ASSERT_EQ(ss.size(), 2u * kPerArticle);
  std::vector<double> sums;
  const StoryCorpus::Pairs pairs = corpus.SimilarPairs(0, &sums);
  // The old pass scored every sentence of a against every sentence of b
  // (6,250,000 pairs); now each finds its one counterpart.
  EXPECT_LE(pairs.candidates(), static_cast<size_t>(kPerArticle));
  for (uint32_t k = 0; k < kPerArticle; ++k) {
    ASSERT_EQ(pairs[k].size(), 1u) << k;
    EXPECT_EQ(pairs[k][0].first, kPerArticle + k);
    EXPECT_DOUBLE_EQ(pairs[k][0].second, corpus.Similarity(ss[k], ss[kPerArticle + k]));
    EXPECT_DOUBLE_EQ(sums[k], pairs[k][0].second);
  }
}

}  // namespace
}  // namespace parallax::synth

namespace parallax::synth {
namespace {

void TimeEverywhere(Article* a, const std::string& text, const std::string& value) {
  for (size_t p = a->body.find(text); p != std::string::npos; p = a->body.find(text, p + 1)) {
    a->times.push_back({{static_cast<uint32_t>(p), static_cast<uint32_t>(p + text.size())}, "DATE", value, "", false});
  }
}

// A statement repeated in hundreds of sentences is judged on its first 256
// claims (claims are set against each other pair by pair): the conflict's
// March side cites 255 sentences, not all 300 of them.
TEST(StatementConflicts, AKeyIsJudgedOnItsFirstClaims) {
  std::string body;
  for (int k = 0; k < 300; ++k) body += "Mayor Ana Torres visited Linden on March 9 for talk number " + std::to_string(k) + ". ";
  body.pop_back();
  Article a = Make("a", "CNN", "2024-03-11", body);
  TimeEverywhere(&a, "March 9", "2024-03-09");
  Article b = Make("b", "Fox News", "2024-03-12", "Ana Torres visited Linden in February to see the flood damage.");
  TimeEverywhere(&b, "February", "2024-02");
  for (bool february_first : {true, false}) {
    StoryInput in{"s", "t", february_first ? std::vector<const Article*>{&b, &a} : std::vector<const Article*>{&a, &b},
                  {}};
    auto v = BuildStoryView(in);
    ASSERT_TRUE(v.ok()) << v.status().ToString();
    const Conflict* date = nullptr;
    for (const Conflict& c : v->conflicts) if (c.kind == "date") date = &c;
    if (!february_first) {
      EXPECT_EQ(date, nullptr);  // the February claim comes after the first 256
      continue;
    }
    ASSERT_NE(date, nullptr);
    ASSERT_EQ(date->claims.size(), 2u);
    EXPECT_EQ(date->claims[0].value, "2024-03-09");
    EXPECT_EQ(date->claims[0].sources.size(), 255u);
    EXPECT_EQ(date->claims[1].value, "2024-02");
  }
}

}  // namespace
}  // namespace parallax::synth
