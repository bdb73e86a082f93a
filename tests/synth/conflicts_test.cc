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
    return EventDatesConflict(verb + " in Linden", verb + " in Linden", fox, "Ben Lee");
  };
  ASSERT_TRUE(conflict("met Ben Lee", "Ana Torres met with Ben Lee in Linden in February."));
  EXPECT_FALSE(conflict("met Ben Lee", "Ana Torres had a meeting in Linden in February."));
  ASSERT_TRUE(conflict("met residents", "Ana Torres met residents of Linden in February."));
  EXPECT_FALSE(conflict("met residents", "Ana Torres told Meet the Press in February that Linden would rebuild."));
  ASSERT_TRUE(conflict("was elected mayor", "Ana Torres was elected in Linden in February."));
  EXPECT_FALSE(conflict("was elected mayor", "Ana Torres joined a group of elected mayors in February."));
}

// Dates (session 17's blind months): a person signs several things in a
// story (a relief bill in March, another in April), travel someone restricts
// is no trip of theirs ("stopped some travel to ..."), and a date after
// "until" ends a span or is proposed ("tried to delay ... until February").
TEST_F(FloodStory, SigningsRestrictedTravelAndEndsOfSpansDateNoEvent) {
  auto conflict = [&](const std::string& verb, const std::string& fox) {
    return EventDatesConflict(verb + " in Linden", verb + " in Linden", fox);
  };
  ASSERT_TRUE(conflict("arrived", "Ana Torres arrived in Linden in February."));
  EXPECT_FALSE(conflict("signed the relief bill", "Ana Torres signed an order in Linden in February."));
  ASSERT_TRUE(conflict("visited", "Ana Torres visited Linden in February."));
  EXPECT_FALSE(conflict("visited", "Ana Torres stopped some travel to Linden in February."));
  EXPECT_FALSE(conflict("visited", "Ana Torres put a ban on travel to Linden in February."));
  EXPECT_FALSE(conflict("visited", "Ana Torres tried to delay her visit to Linden until February."));
  EXPECT_TRUE(conflict("visited", "Ana Torres made her visit to Linden in February."));
}

// Numbers (session 16's leftovers and session 17's blind months): a count
// over several events ("the two floods killed 31") is not one event's; a
// share after a verb is keyed by what it is about ("have a poor view of the
// council" / "of the levee board"); a share with no person is the place's
// named before it.
TEST_F(FloodStory, SumsSharesOfOtherThingsAndOtherPlacesAreOtherQuantities) {
  auto differ = [&](const std::string& a, const std::string& b) { return NumbersConflict(a, b); };
  ASSERT_TRUE(differ("and killed 22 people", "and killed at least 31 people"));
  EXPECT_FALSE(differ("and killed 22 people", "as the weekend floods killed at least 31 people"));
  EXPECT_FALSE(differ("and killed 22 people", "as both floods killed at least 31 people"));
  EXPECT_FALSE(differ("in this county with 20 electoral votes", "in eight counties worth 105 electoral votes"));
  ASSERT_TRUE(differ("as 50 percent have a poor view of the council", "as 40 percent have a poor view of the council"));
  EXPECT_FALSE(differ("as 50 percent have a poor view of the council", "as 40 percent have a poor view of the levee board"));
  auto shops = [&](const std::string& a_tail, const std::string& b_tail) {
    a_ = Make("a1", "CNN", "2024-03-11", "Mayor Ana Torres visited Linden on March 9. Shops in the flooded valley "
                                         "will reopen " + a_tail + ", officials said.");
    b_ = Make("b2", "Reuters", "2024-03-11", "Mayor Ana Torres visited Linden on March 10. Shops in the flooded "
                                             "valley will reopen " + b_tail + ", officials said.");
    Mark(&a_, "Carver", "LOC");
    Mark(&b_, "Carver", "LOC");
    return Find(Build(), "number") != nullptr;
  };
  ASSERT_TRUE(shops("at 50 percent capacity", "at 20 percent capacity"));
  EXPECT_FALSE(shops("at 50 percent capacity", "in Carver at 20 percent capacity"));
  EXPECT_TRUE(shops("in Carver at 50 percent capacity", "in Carver at 20 percent capacity"));
}

// Trips to places that share none are different trips ("travel to Carver"
// vs "travel to Linden"); a trip that names no place, or one of the same
// places, is still set against the others.
TEST_F(FloodStory, TripsToDifferentPlacesAreDifferentTrips) {
  auto conflict = [&](const std::string& fox) {
    return EventDatesConflict("traveled to Linden and Carver", "traveled to Linden", fox);
  };
  ASSERT_TRUE(conflict("Ana Torres traveled to Linden in February."));
  EXPECT_TRUE(conflict("Ana Torres traveled to Carver in February."));
  EXPECT_TRUE(conflict("Ana Torres traveled there in February."));
  EXPECT_FALSE(conflict("Ana Torres traveled to France in February."));
  EXPECT_FALSE(conflict("Ana Torres will travel to Paris in February for the summit."));
}

// Roles: a title written only after the name, by one outlet, may be a list
// read as an apposition ("barred Ana Torres, her deputy governor, and Ben
// Lee"); it makes no side unless a second outlet states it, or an outlet
// writes it before the name.
TEST_F(FloodStory, AnAppositionOfOneOutletMakesNoRoleSide) {
  auto conflict = [&](const std::string& fox, const std::string& bbc) {
    a_ = Make("a1", "CNN", "2024-03-11", "Mayor Ana Torres visited the flooded town of Linden.");
    b_ = Make("b2", "Reuters", "2024-03-11", "Mayor Ana Torres toured the flooded town of Linden.");
    d_ = Make("d4", "Fox News", "2024-03-12", fox);
    e_ = Make("e5", "BBC News", "2024-03-12", bbc);
    copy_ = Make("c3", "Yahoo News", "2024-03-11", "Ana Torres saw Linden.");
    return Find(Build(), "role") != nullptr;
  };
  const std::string list = "A judge barred Ana Torres, her deputy governor, and others from Linden.";
  ASSERT_TRUE(conflict("Later, Governor Ana Torres saw Linden.", "Ana Torres saw the flood damage in Linden."));
  EXPECT_FALSE(conflict(list, "Ana Torres saw the flood damage in Linden."));
  EXPECT_TRUE(conflict(list, "Ana Torres, the deputy governor, saw the flood damage in Linden."));
  EXPECT_TRUE(conflict(list, "Deputy Governor Ana Torres saw the flood damage in Linden."));
}

// A definite count names a set by its size ("in the 50 counties", "all 50
// counties"): the whole, not a count of the ones that did something; it
// compares with other definite counts.
TEST_F(FloodStory, ADefiniteCountNamesTheWholeSet) {
  auto differ = [&](const std::string& a, const std::string& b) { return NumbersConflict(a, b); };
  ASSERT_TRUE(differ("in 23 counties", "in 29 counties"));
  EXPECT_FALSE(differ("in 23 counties", "as in the 50 counties"));
  EXPECT_FALSE(differ("in 23 counties", "as in all 50 counties"));
  EXPECT_TRUE(differ("in all 48 counties", "in all 50 counties"));
}

// An age written after a name ("Ana Torres, 52,") is one fact about the
// person across the story, in any fact group; a middle initial names no one
// else ("Ana B. Torres, 53,").
TEST_F(FloodStory, AnAgeAfterANameIsOneFactAcrossTheStory) {
  auto ages = [&](const std::string& cnn, const std::string& reuters) {
    a_ = Make("a1", "CNN", "2024-03-11", "Mayor Ana Torres visited Linden on March 9. " + cnn);
    b_ = Make("b2", "Reuters", "2024-03-11", "The flood cut the main road. " + reuters);
    Mark(&a_, "Ana B. Torres", "PER");
    Mark(&b_, "Ana B. Torres", "PER");
    return Find(Build(), "number") != nullptr;
  };
  EXPECT_TRUE(ages("Ana Torres, 52, toured the levee.", "Officials said Ana Torres, 53, was tired."));
  EXPECT_TRUE(ages("Ana Torres, 52, toured the levee.", "Officials said Ana B. Torres, 53, was tired."));
  EXPECT_FALSE(ages("Ana Torres, 52, toured the levee.", "Officials said Ana Torres, 52, was tired."));
  EXPECT_FALSE(ages("Ana Torres, 52, toured the levee.", "Officials said Ana Torres was tired, 53 said."));
}

// A date after "before"/"after" that follows the event word dates the other
// clause's event; "the resignation of Ben Lee" is Lee's, not that of the
// person named before it; an amount asked for is not one had.
TEST_F(FloodStory, AnotherClausesDateAnotherPersonsEventAndASoughtAmount) {
  auto conflict = [&](const std::string& fox) {
    return EventDatesConflict("resigned in Linden", "resigned in Linden", fox, "Ben Lee");
  };
  ASSERT_TRUE(conflict("Ana Torres resigned in Linden in February."));
  EXPECT_FALSE(conflict("Ana Torres had resigned before the flood reached Linden in February."));
  EXPECT_FALSE(conflict("Ana Torres was shaken by the February resignation of Ben Lee."));
  auto differ = [&](const std::string& a, const std::string& b) { return NumbersConflict(a, b); };
  ASSERT_TRUE(differ("and will cost $2 billion", "and cost $2.65 billion"));
  EXPECT_FALSE(differ("as the mayor will ask for an extra $2 billion", "and cost $2.65 billion"));
}

// A change ("closed 600 points lower", "fell 300 points") or an increment
// ("174 additional cases") is the quantity of one day: it compares only
// between articles published on one day, and a sentence that names no day
// takes the day of the nearest dated sentence before it in its article.
TEST_F(FloodStory, ChangesAndIncrementsAreQuantitiesOfOneDay) {
  auto differ = [&](const std::string& a_date, const std::string& a_text, const std::string& b_date,
                    const std::string& b_text) {
    a_ = Make("a1", "CNN", a_date, "Mayor Ana Torres visited the flooded town of Linden. " + a_text);
    b_ = Make("b2", "Reuters", b_date, "Mayor Ana Torres visited the flooded town of Linden. " + b_text);
    for (Article* x : {&a_, &b_}) {
      for (const auto& [day, value] : {std::pair<std::string, std::string>{"On Friday", "2024-03-08"},
                                       {"On Monday", "2024-03-11"}}) {
        if (x->body.find(day) != std::string::npos) Time(x, day, value);
      }
    }
    return Find(Build(), "number") != nullptr;
  };
  const std::string fell600 = "The Linden index closed 600 points lower, traders said.";
  const std::string fell300 = "The Linden index closed 300 points lower, traders said.";
  ASSERT_TRUE(differ("2024-03-11", fell600, "2024-03-11", fell300));
  EXPECT_FALSE(differ("2024-03-11", fell600, "2024-03-12", fell300));
  EXPECT_TRUE(differ("2024-03-11", "On Friday the index slid. " + fell600, "2024-03-11", "On Friday the index slid. " + fell300));
  EXPECT_FALSE(differ("2024-03-11", "On Friday the index slid. " + fell600, "2024-03-11", "On Monday the index slid. " + fell300));
  const std::string cases174 = "The county reported 174 additional cases of cholera in Linden.";
  const std::string cases505 = "The county reported 505 additional cases of cholera in Linden.";
  ASSERT_TRUE(differ("2024-03-11", cases174, "2024-03-11", cases505));
  EXPECT_FALSE(differ("2024-03-11", cases174, "2024-03-12", cases505));
}

// A person's share in one place is not theirs in another: "In Linden, Ana
// Torres won 17 percent" and "In Carver, Ana Torres won 18 percent" are two
// quantities.
TEST_F(FloodStory, APersonsSharesInTwoPlacesAreTwoQuantities) {
  auto differ = [&](const std::string& a_place, const std::string& b_place) {
    a_ = Make("a1", "CNN", "2024-03-11", "The flood cut the main road. In " + a_place + ", Ana Torres won 17 percent.");
    b_ = Make("b2", "Reuters", "2024-03-11", "The flood cut the main road. In " + b_place + ", Ana Torres won 18 percent.");
    Mark(&a_, "Carver", "LOC");
    Mark(&b_, "Carver", "LOC");
    return Find(Build(), "number") != nullptr;
  };
  ASSERT_TRUE(differ("Linden", "Linden"));
  EXPECT_FALSE(differ("Linden", "Carver"));
}

// A date without its year that names an election ("February's election",
// "the February election") makes no date claim about it: the year is the
// resolver's guess, as likely another election's. A trip named so still
// claims.
TEST_F(FloodStory, ADateThatNamesAnElectionClaimsNoDate) {
  auto conflict = [&](const std::string& fox) { return EventDatesConflict("was elected", "was elected", fox); };
  ASSERT_TRUE(conflict("Ana Torres was elected in February."));
  EXPECT_FALSE(conflict("Ana Torres had tried to cheat her way to victory in February's election."));
  EXPECT_FALSE(conflict("Ana Torres had tried to cheat her way to victory in the February election."));
  ASSERT_TRUE(EventDatesConflict("visited Linden", "visited Linden", "Ana Torres made a February visit to Linden."));
}

// Givers: "Ana Torres and her wife gave $20 million" and "Ana Torres and her
// family gave $21 million" name different givers. A population that opens
// the sentence as its subject ("Teenagers ... have a rate approaching 25
// percent") owns the share, not the whole population.
TEST_F(FloodStory, AFamilyAPersonAndAPopulationSubjectAreOtherHolders) {
  auto differ = [&](const std::string& a, const std::string& b) { return NumbersConflict(a, b); };
  ASSERT_TRUE(differ("as Ana Torres and her family gave $20 million", "as Ana Torres and her family gave $21 million"));
  EXPECT_FALSE(differ("as Ana Torres and her wife gave $20 million", "as Ana Torres and her family gave $21 million"));
  auto rates = [&](const std::string& a, const std::string& b) {
    a_ = Make("a1", "CNN", "2024-03-11", "The flood cut the main road. " + a);
    b_ = Make("b2", "Reuters", "2024-03-11", "The flood cut the main road. " + b);
    return Find(Build(), "number") != nullptr;
  };
  ASSERT_TRUE(rates("The jobless rate in the county reached 8.2 percent after the flood.",
                    "The jobless rate in the county reached 25 percent after the flood."));
  EXPECT_FALSE(rates("The jobless rate in the county reached 8.2 percent after the flood.",
                     "Teenagers, the county says, now have a jobless rate approaching 25 percent after the flood."));
}

// "A 30-day ban" is the length of the ban (a claim keyed "day ban"); "a
// 12-hour day" or "a 30-day window" is no quantity.
TEST_F(FloodStory, ASpanBeforeWhatLastsIsItsLength) {
  auto differ = [&](const std::string& a, const std::string& b) { return NumbersConflict(a, b); };
  EXPECT_TRUE(differ("and imposed a 30-day ban on fishing", "and imposed a 60-day ban on fishing"));
  EXPECT_FALSE(differ("and imposed a 30-day window for claims", "and imposed a 60-day window for claims"));
  EXPECT_FALSE(differ("and imposed a 30-day ban on fishing", "and imposed a 60-day curfew on fishing"));
}

// "A 30-mile trail" measures in miles as "45 miles" does: a hyphenated unit
// of length, weight or volume is keyed by the unit alone ("100-seat" still
// keys what it describes).
TEST_F(FloodStory, AHyphenatedMeasureKeepsItsUnit) {
  auto differ = [&](const std::string& a, const std::string& b) { return NumbersConflict(a, b); };
  EXPECT_TRUE(differ("and left a 30-mile trail of debris", "and left debris along 45 miles"));
  EXPECT_FALSE(differ("and left a 30-mile trail of debris", "and left debris along 30 miles"));
  EXPECT_FALSE(differ("and flooded a 30-seat hall", "and flooded 45 seats"));
}

// Gives the mention of `name` after `title` in `a` the role `role`, as the
// roles layer would (the layer's role words are `title`'s span).
void Role(Article* a, const std::string& title, const std::string& name, const std::string& role) {
  const size_t t = a->body.find(title);
  ASSERT_NE(t, std::string::npos) << title;
  const size_t n = a->body.find(name, t + title.size());
  ASSERT_NE(n, std::string::npos) << name;
  for (uint32_t m = 0; m < a->entities.size(); ++m) {
    if (a->entities[m].span.begin != n) continue;
    a->roles.push_back({{static_cast<uint32_t>(t), static_cast<uint32_t>(t + title.size())}, m, role, "", ""});
    return;
  }
  FAIL() << "no mention of " << name;
}

// Session 19's blind months: a title before the name with a comma between
// ("confidence in the governor, Torres replied") is an apposition; a
// lower-case verb before a capitalised title ("Emails show Mayor Ana Torres")
// is no part of it; a sentence that tells of a move to another office
// ("appointed Governor Ana Torres to the Senate seat") gives the office held
// before; a party's general secretary holds that post beside an office.
TEST_F(FloodStory, ACommaAVerbAMoveAndAPartyPostClaimNoOtherOffice) {
  auto conflict = [&](const std::string& reuters, const std::string& fox, const std::string& title,
                      const std::string& role) {
    a_ = Make("a1", "CNN", "2024-03-11", "Mayor Ana Torres visited the flooded town of Linden.");
    b_ = Make("b2", "Reuters", "2024-03-11", reuters);
    d_ = Make("d4", "Fox News", "2024-03-12", fox);
    e_ = Make("e5", "BBC News", "2024-03-12", "Ana Torres saw the flood damage in Linden.");
    copy_ = Make("c3", "Yahoo News", "2024-03-11", "Ana Torres saw Linden.");
    Mark(&d_, "Ben Lee", "PER");
    if (!title.empty()) Role(&d_, title, "Ana Torres", role);
    return Find(Build(), "role") != nullptr;
  };
  const std::string mayor = "Mayor Ana Torres toured the flooded town of Linden.";
  ASSERT_TRUE(conflict(mayor, "Asked about Linden, Governor Ana Torres replied.", "Governor", "governor"));
  EXPECT_FALSE(conflict(mayor, "Asked about the governor, Ana Torres replied.", "governor", "governor"));
  // Reuters' "show mayor" made its side's fullest form; Fox's "deputy mayor"
  // agrees with "mayor", not with it.
  b_ = Make("b2", "Reuters", "2024-03-11", "Emails show Mayor Ana Torres toured the flooded town of Linden.");
  const std::string emails = b_.body;
  auto shown = [&](const std::string& role) {
    a_ = Make("a1", "CNN", "2024-03-11", "Mayor Ana Torres visited the flooded town of Linden.");
    b_ = Make("b2", "Reuters", "2024-03-11", emails);
    Role(&b_, "show Mayor", "Ana Torres", role);
    d_ = Make("d4", "Fox News", "2024-03-12", "Deputy Mayor Ana Torres saw Linden.");
    e_ = Make("e5", "BBC News", "2024-03-12", "Ana Torres saw the flood damage in Linden.");
    copy_ = Make("c3", "Yahoo News", "2024-03-11", "Ana Torres saw Linden.");
    return Find(Build(), "role") != nullptr;
  };
  ASSERT_TRUE(shown("city mayor"));
  EXPECT_FALSE(shown("show mayor"));
  ASSERT_TRUE(conflict(mayor, "Ben Lee thanked Governor Ana Torres in the Senate.", "", ""));
  EXPECT_FALSE(conflict(mayor, "Ben Lee appointed Governor Ana Torres to the Senate seat.", "", ""));
  EXPECT_FALSE(conflict(mayor, "Governor Ana Torres was picked by Ben Lee to fill the Senate seat.", "", ""));
  EXPECT_FALSE(conflict(mayor, "General Secretary Ana Torres saw Linden.", "General Secretary", "general secretary"));
}

// "along with a man arrested in February": a past form right after an
// indefinite noun phrase is that phrase's event, not Ana Torres's; "in
// February after her visit" is counted from the visit, not its date.
TEST_F(FloodStory, AnIndefinitePhrasesEventAndADateCountedFromAnEventClaimNothing) {
  auto arrested = [&](const std::string& fox) {
    return EventDatesConflict("was arrested in Linden", "was arrested in Linden", fox);
  };
  ASSERT_TRUE(arrested("Ana Torres was arrested in Linden in February."));
  EXPECT_FALSE(arrested("Ana Torres spoke with a man arrested in Linden in February."));
  EXPECT_FALSE(arrested("Ana Torres spoke with a young man arrested in Linden in February."));
  auto visited = [&](const std::string& fox) { return EventDatesConflict("visited Linden", "visited Linden", fox); };
  ASSERT_TRUE(visited("Ana Torres gave interviews in February on her visit to Linden."));
  EXPECT_FALSE(visited("Ana Torres gave interviews in February after her visit to Linden."));
}

// A video player's teaser ("CLOSE <blurb> <credit>") was written for the clip,
// weeks before the article: page furniture, so its dates claim nothing.
TEST_F(FloodStory, AVideoTeaserClaimsNoDate) {
  auto visited = [&](const std::string& fox) { return EventDatesConflict("visited Linden", "visited Linden", fox); };
  ASSERT_TRUE(visited("Close aides said Ana Torres visited Linden in February."));
  EXPECT_FALSE(visited("CLOSE Ana Torres visited Linden in February, a week after the storm Linden Gazette"));
}

// The death toll of an event of an earlier year ("the 2011 flood that hit
// Linden, when 161 people were killed") is one fact across the story, in any
// fact group, as an age is: keyed by the place and the year. A toll of this
// year's event (a running count) or of another place is not set against it,
// nor a count inside a quotation; the narration after one is the writer's.
TEST_F(FloodStory, APastEventsTollIsOneFactAcrossTheStory) {
  auto tolls = [&](const std::string& cnn, const std::string& reuters) {
    a_ = Make("a1", "CNN", "2024-03-11", "Mayor Ana Torres visited Linden on March 9. " + cnn);
    b_ = Make("b2", "Reuters", "2024-03-11", "The flood cut the main road. " + reuters);
    for (Article* x : {&a_, &b_}) {
      Mark(x, "Carver", "LOC");
      for (const char* y : {"2011", "2024"}) {
        if (x->body.find(y) != std::string::npos) Time(x, y, y);
      }
      if (x->body.find("now") != std::string::npos) Time(x, "now", "PRESENT_REF");
    }
    return Find(Build(), "number") != nullptr;
  };
  const std::string cnn = "Had classes been in session, the district would have faced the same trouble, says the "
                          "superintendent of schools in Linden, where a storm decimated the town in 2011, killing "
                          "162 people.";
  auto insurer = [](const std::string& year, const std::string& place, const std::string& toll) {
    return "State insurance commissioner Ben Lee said claims were likely to exceed the $3 billion paid after the " +
           year + " tornado that devastated " + place + ", when " + toll + " people were killed.";
  };
  ASSERT_TRUE(tolls(cnn, insurer("2011", "Linden", "161")));
  EXPECT_FALSE(tolls(cnn, insurer("2011", "Linden", "162")));
  EXPECT_FALSE(tolls(cnn, insurer("2011", "Carver", "161")));
  EXPECT_FALSE(tolls(cnn, insurer("2024", "Linden", "161")));
  EXPECT_FALSE(tolls(cnn, "Residents said: \"The 2011 tornado in Linden killed 161 people, we remember.\""));
  EXPECT_TRUE(tolls("\"We face the same now,\" says Ana Torres of Linden, where a storm struck in 2011, killing 162 people.",
                    insurer("2011", "Linden", "161")));
}

}  // namespace
// Two posts that every outlet stating either writes together ("Mayor Ana
// Torres ... Governor Ana Torres" in each of two outlets) are held at once: no
// outlet contradicts another. A post that only some of them state still
// makes a side.
TEST_F(FloodStory, TwoPostsStatedByTheSameOutletsAreNoConflict) {
  auto conflict = [&](const std::string& fox) {
    a_ = Make("a1", "CNN", "2024-03-11",
              "Mayor Ana Torres visited the flooded town of Linden. Later, Governor Ana Torres saw the river.");
    b_ = Make("b2", "Reuters", "2024-03-11",
              "Mayor Ana Torres toured the flooded town of Linden. Governor Ana Torres met farmers there.");
    d_ = Make("d4", "Fox News", "2024-03-12", fox);
    e_ = Make("e5", "BBC News", "2024-03-12", "Ana Torres saw the flood damage in Linden.");
    copy_ = Make("c3", "Yahoo News", "2024-03-11", "Ana Torres saw Linden.");
    return Find(Build(), "role") != nullptr;
  };
  EXPECT_FALSE(conflict("Ana Torres saw Linden."));
  EXPECT_TRUE(conflict("Later, Governor Ana Torres saw Linden."));
}

// Session 21's blind months (2019-07, 2014-09). Dates: meetings with
// different groups are different meetings ("met congressional leaders" on
// one day, "will meet today with military officials" a week later), and a
// trip's place may be written before the trip noun ("closed out a Middle
// Eastern trip" is not the "July visit to Afghanistan"). Each EXPECT_FALSE
// fails on the old code (a group met or not, as a person met or not, makes
// another meeting).
TEST_F(FloodStory, GroupsMetAndPlacesBeforeATripNounAreOtherEvents) {
  auto meeting = [&](const std::string& fox) {
    return EventDatesConflict("met with farmers in Linden", "met with farmers in Linden", fox);
  };
  ASSERT_TRUE(meeting("Ana Torres met with farmers in Linden in February."));
  EXPECT_FALSE(meeting("Ana Torres had a meeting in Linden in February."));  // no one named: another meeting
  EXPECT_FALSE(meeting("Ana Torres will meet with army officials in Linden in February."));
  EXPECT_FALSE(meeting("Ana Torres spoke after meeting in February in the town hall with Linden officials."));
  // A person met named by title only is another meeting than one with no one named
  // (session 22: "during a meeting with Uzbekistan's president"; fails on the old code).
  auto unnamed = [&](const std::string& fox) {
    return EventDatesConflict("had a meeting in Linden", "had a meeting in Linden", fox);
  };
  ASSERT_TRUE(unnamed("Ana Torres had a meeting in Linden in February."));
  EXPECT_FALSE(unnamed("Ana Torres spoke during a meeting with the state's governor in February."));
  EXPECT_TRUE(unnamed("Ana Torres spoke during a meeting in Linden in February."));
  auto trip = [&](const std::string& fox) {
    return EventDatesConflict("traveled to Linden", "traveled to Linden", fox);
  };
  ASSERT_TRUE(trip("Ana Torres closed out her trip in February."));
  EXPECT_TRUE(trip("Ana Torres closed out a Linden trip in February."));
  EXPECT_FALSE(trip("Ana Torres closed out a Middle Eastern trip in February."));
}

// Numbers: two bounds one way less than twofold apart can both hold ("more
// than 30 million" / "more than 37 million" Americans with kidney disease);
// twofold apart they read as estimates that disagree, and a lower bound
// against an upper one is compared as before; so are bounds published on two
// days. Each EXPECT_FALSE fails on the old code.
TEST_F(FloodStory, CloseBoundsOneWayAreNoConflict) {
  ASSERT_TRUE(NumbersConflict("and flooded 30 homes", "and flooded 37 homes"));
  EXPECT_FALSE(NumbersConflict("and flooded more than 30 homes", "and flooded more than 37 homes"));
  EXPECT_FALSE(NumbersConflict("and flooded at least 30 homes", "and flooded over 37 homes"));
  EXPECT_FALSE(NumbersConflict("and flooded fewer than 30 homes", "and flooded under 37 homes"));
  EXPECT_TRUE(NumbersConflict("and flooded more than 30 homes", "and flooded more than 60 homes"));
  EXPECT_TRUE(NumbersConflict("and flooded more than 30 homes", "and flooded fewer than 37 homes"));
  EXPECT_TRUE(NumbersConflict("and flooded more than 30 homes", "and flooded 37 homes"));
  // On two publication days, close bounds are a running count's states: a
  // count that moved, still reported.
  a_ = Make("a1", "CNN", "2024-03-11", "The flood in Linden cut the main road and flooded more than 30 homes.");
  b_ = Make("b2", "Reuters", "2024-03-12", "The flood in Linden cut the main road and flooded more than 37 homes.");
  EXPECT_TRUE(Find(Build(), "number") != nullptr);
}

// Roles: a chamber's presiding post is held by one of its members: "Rep."
// and "House Speaker" for one person make no conflict; another office does.
// The EXPECT_FALSE fails on the old code.
TEST_F(FloodStory, ASpeakerIsARepresentative) {
  auto conflict = [&](const std::string& fox) {
    a_ = Make("a1", "CNN", "2024-03-11", "House Speaker Ana Torres visited the flooded town of Linden.");
    b_ = Make("b2", "Reuters", "2024-03-11", "House Speaker Ana Torres toured the flooded town of Linden.");
    d_ = Make("d4", "Fox News", "2024-03-12", fox);
    e_ = Make("e5", "BBC News", "2024-03-12", "Ana Torres saw the flood damage in Linden.");
    copy_ = Make("c3", "Yahoo News", "2024-03-11", "Ana Torres saw Linden.");
    return Find(Build(), "role") != nullptr;
  };
  ASSERT_TRUE(conflict("Senator Ana Torres saw Linden."));
  EXPECT_FALSE(conflict("Rep. Ana Torres saw Linden."));
  EXPECT_TRUE(conflict("Governor Ana Torres saw Linden."));
}

// Roles: the courtesy titles "Sen." and "Gov." name the office in the
// fallback title reader (its office heads held "rep." only, so "Sen. Ana
// Torres" claimed no role). The EXPECT_TRUEs on "Sen."/"Gov." fail on the
// old code.
TEST_F(FloodStory, CourtesyTitlesNameTheirOffice) {
  auto conflict = [&](const std::string& title, const std::string& fox) {
    a_ = Make("a1", "CNN", "2024-03-11", title + " Ana Torres visited the flooded town of Linden.");
    b_ = Make("b2", "Reuters", "2024-03-11", title + " Ana Torres toured the flooded town of Linden.");
    d_ = Make("d4", "Fox News", "2024-03-12", fox);
    e_ = Make("e5", "BBC News", "2024-03-12", "Ana Torres saw the flood damage in Linden.");
    copy_ = Make("c3", "Yahoo News", "2024-03-11", "Ana Torres saw Linden.");
    return Find(Build(), "role") != nullptr;
  };
  ASSERT_TRUE(conflict("Mayor", "Senator Ana Torres saw Linden."));
  EXPECT_TRUE(conflict("Mayor", "Sen. Ana Torres saw Linden."));
  EXPECT_TRUE(conflict("Mayor", "Gov. Ana Torres saw Linden."));
  EXPECT_FALSE(conflict("Senator", "Sen. Ana Torres saw Linden."));
  EXPECT_FALSE(conflict("Governor", "Gov. Ana Torres saw Linden."));
}

}  // namespace parallax::synth
