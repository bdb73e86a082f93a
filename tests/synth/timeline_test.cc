// Timeline: date parsing, merging, background marking, and the golden
// timeline of the seed story (2021 -> COP28, the Beijing trip in July 2023).
#include <gtest/gtest.h>

#include <algorithm>

#include "seed_articles.h"
#include "synth/timeline.h"

namespace parallax::synth {
namespace {

TEST(TimexDateTest, ParsesCalendarValues) {
  DateInterval d;
  ASSERT_TRUE(ParseTimexDate("2023-07-16", &d));
  EXPECT_EQ(d.granularity, DateGranularity::kDay);
  EXPECT_EQ(d.first_day, d.last_day);
  EXPECT_EQ(DayString(d.first_day), "2023-07-16");
  ASSERT_TRUE(ParseTimexDate("2023-07-12T03:58", &d));
  EXPECT_EQ(d.value, "2023-07-12");
  ASSERT_TRUE(ParseTimexDate("2024-02", &d));
  EXPECT_EQ(d.granularity, DateGranularity::kMonth);
  EXPECT_EQ(DayString(d.last_day), "2024-02-29");  // leap year
  ASSERT_TRUE(ParseTimexDate("2021", &d));
  EXPECT_EQ(d.granularity, DateGranularity::kYear);
  EXPECT_EQ(DayString(d.first_day), "2021-01-01");
  EXPECT_EQ(DayString(d.last_day), "2021-12-31");
  ASSERT_TRUE(ParseTimexDate("2023-W29", &d));  // ISO week of July 16, 2023: Mon 17 .. Sun 23
  EXPECT_EQ(d.granularity, DateGranularity::kWeek);
  EXPECT_EQ(DayString(d.first_day), "2023-07-17");
  ASSERT_TRUE(ParseTimexDate("2023-W28-WE", &d));
  EXPECT_EQ(DayString(d.first_day), "2023-07-15");
  EXPECT_EQ(DayString(d.last_day), "2023-07-16");
  ASSERT_TRUE(ParseTimexDate("2021-W01-1", &d));  // ISO week 1 of 2021 starts Jan 4
  EXPECT_EQ(d.value, "2021-01-04");
  for (const char* bad : {"PAST_REF", "XXXX-WXX-3", "2023-SU", "202X", "2023-13", "2023-02-30", "P2Y"}) {
    EXPECT_FALSE(ParseTimexDate(bad, &d)) << bad;
  }
}

TEST(TimexDateTest, DayNumbersRoundTrip) {
  EXPECT_EQ(DayNumber(1970, 1, 1), 0);
  for (int32_t n = DayNumber(1, 1, 1); n < DayNumber(9999, 12, 31); n += 997) {
    std::string s = DayString(n);
    DateInterval d;
    ASSERT_TRUE(ParseTimexDate(s, &d)) << s;
    EXPECT_EQ(d.first_day, n);
  }
}

// A hand-made article: body with one sentence per line and DATE times.
Article MakeArticle(const std::string& outlet, const std::string& published,
                    const std::vector<std::pair<std::string, std::string>>& sentences) {
  Article a;
  a.outlet = outlet;
  a.id = outlet;
  a.published.value = published;
  a.published.precision = PublishedTime::Precision::kDay;
  for (const auto& [text, value] : sentences) {
    Sentence s;
    s.span.begin = static_cast<uint32_t>(a.body.size());
    s.first_token = static_cast<uint32_t>(a.tokens.size());
    size_t pos = 0;
    while (pos < text.size()) {
      size_t end = text.find(' ', pos);
      if (end == std::string::npos) end = text.size();
      a.tokens.push_back({{static_cast<uint32_t>(a.body.size() + pos), static_cast<uint32_t>(a.body.size() + end)}});
      pos = end + 1;
    }
    s.token_count = static_cast<uint32_t>(a.tokens.size()) - s.first_token;
    if (!value.empty()) {
      TimeExpression t;
      t.span = a.tokens[s.first_token].span;  // the first word stands for the expression
      t.type = "DATE";
      t.value = value;
      a.times.push_back(t);
    }
    a.body += text;
    s.span.end = static_cast<uint32_t>(a.body.size());
    a.sentences.push_back(s);
    a.body += "\n\n";
  }
  return a;
}

TEST(TimelineTest, MergesSameEventAcrossOutletsAndMarksBackground) {
  Article a = MakeArticle("A", "2023-07-18", {
      {"Sunday envoy Kerry arrived in Beijing for climate talks", "2023-07-16"},
      {"June Blinken visited Beijing", "2023-06"},
      {"Nothing dated here", ""}});
  Article b = MakeArticle("B", "2023-07-19", {
      {"Sunday Kerry arrived in Beijing for talks on climate", "2023-07-16"},
      {"Sunday markets in Shanghai rallied strongly", "2023-07-16"}});
  std::vector<const Article*> story = {&a, &b};
  auto tl = BuildTimeline(story);
  ASSERT_TRUE(tl.ok()) << tl.status().ToString();
  EXPECT_EQ(tl->story_start, "2023-07-18");
  ASSERT_EQ(tl->entries.size(), 3u);
  EXPECT_EQ(tl->entries[0].date.value, "2023-06");
  EXPECT_TRUE(tl->entries[0].background);
  // The trip, merged across outlets, comes before the unrelated same-day entry.
  const TimelineEntry& trip = tl->entries[1];
  EXPECT_EQ(trip.date.value, "2023-07-16");
  EXPECT_FALSE(trip.background);
  EXPECT_EQ(trip.article_count, 2u);
  EXPECT_EQ(trip.support.size(), 2u);
  EXPECT_EQ(trip.outlets, (std::vector<std::string>{"A", "B"}));
  EXPECT_NE(trip.statement.find("Kerry arrived"), std::string::npos);
  EXPECT_EQ(tl->entries[2].article_count, 1u);
  EXPECT_NE(tl->entries[2].statement.find("markets"), std::string::npos);
}

TEST(TimelineTest, LimitsAndPublicationDating) {
  Article a = MakeArticle("A", "2023-07-18", {
      {"Sunday Kerry arrived", "2023-07-16"}, {"Undated lede sentence", ""}});
  Article b = MakeArticle("B", "2023-07-19", {{"Sunday Kerry landed", "2023-07-16"}});
  std::vector<const Article*> story = {&a, &b};
  TimelineOptions options;
  options.date_by_publication = true;
  options.max_dates = 1;
  auto tl = BuildTimeline(story, options);
  ASSERT_TRUE(tl.ok());
  ASSERT_FALSE(tl->entries.empty());
  for (const auto& e : tl->entries) EXPECT_EQ(e.date.value, "2023-07-16");
  options.max_dates = 0;
  tl = BuildTimeline(story, options);
  ASSERT_TRUE(tl.ok());
  bool lede = false;
  for (const auto& e : tl->entries) {
    if (e.date.value == "2023-07-18") lede = e.representative.time.empty();
  }
  EXPECT_TRUE(lede);
}

TEST(TimelineTest, RepresentativeReadsOnItsOwnAndLimitsCountWhatTheyLeaveOut) {
  // One event told three ways on one day: a first-person line, a transcript
  // turn, and a plain report. The plain report stands for the entry.
  Article a = MakeArticle("A", "2023-07-18", {
      {"Sunday I watched envoy Kerry arrive in Beijing for climate talks", "2023-07-16"},
      {"Sunday markets in Shanghai rallied strongly after weak data", "2023-07-16"},
      {"Monday the talks on climate finance resumed in Beijing", "2023-07-17"}});
  Article b = MakeArticle("B", "2023-07-19", {
      {"SMITH: Sunday envoy Kerry arrived in Beijing for the climate talks", "2023-07-16"},
      {"Sunday envoy Kerry arrived in Beijing for talks on climate", "2023-07-16"}});
  std::vector<const Article*> story = {&a, &b};
  auto tl = BuildTimeline(story);
  ASSERT_TRUE(tl.ok()) << tl.status().ToString();
  EXPECT_EQ(tl->omitted, 0u);
  ASSERT_EQ(tl->entries.size(), 3u);
  EXPECT_EQ(tl->entries[0].statement, "Sunday envoy Kerry arrived in Beijing for talks on climate");
  EXPECT_EQ(tl->entries[0].support.size(), 3u);
  TimelineOptions options;
  options.max_entries_per_date = 1;
  tl = BuildTimeline(story, options);
  ASSERT_TRUE(tl.ok());
  ASSERT_EQ(tl->entries.size(), 2u);
  EXPECT_EQ(tl->omitted, 1u);  // the markets entry
  options.max_entries = 1;
  tl = BuildTimeline(story, options);
  ASSERT_TRUE(tl.ok());
  ASSERT_EQ(tl->entries.size(), 1u);
  EXPECT_EQ(tl->omitted, 2u);
  EXPECT_EQ(tl->entries[0].date.value, "2023-07-16");
}

// A second DATE on the word `word` of article `a`'s sentence `sentence`.
void AddDate(Article* a, uint32_t sentence, const std::string& word, const std::string& value) {
  const Sentence& s = a->sentences[sentence];
  const size_t p = a->body.find(word, s.span.begin);
  ASSERT_LT(p, s.span.end) << word;
  TimeExpression t;
  t.span = {static_cast<uint32_t>(p), static_cast<uint32_t>(p + word.size())};
  t.type = "DATE";
  t.value = value;
  a->times.push_back(t);
  std::sort(a->times.begin(), a->times.end(),
            [](const TimeExpression& x, const TimeExpression& y) { return x.span.begin < y.span.begin; });
}

TEST(TimelineTest, OneEntryPerStatementForReaders) {
  // One sentence names two days; the markets report stands alone.
  Article a = MakeArticle("A", "2023-07-19", {
      {"Monday envoy Kerry met premier Li in Beijing and on Tuesday flew home to Washington", "2023-07-17"},
      {"Sunday markets in Shanghai rallied strongly after weak data", "2023-07-16"}});
  AddDate(&a, 0, "Tuesday", "2023-07-18");
  std::vector<const Article*> story = {&a};
  TimelineOptions options;
  auto tl = BuildTimeline(story, options);
  ASSERT_TRUE(tl.ok()) << tl.status().ToString();
  ASSERT_EQ(tl->entries.size(), 3u);  // the sentence stands for Monday and for Tuesday
  EXPECT_EQ(tl->entries[1].statement, tl->entries[2].statement);
  options.one_entry_per_statement = true;
  tl = BuildTimeline(story, options);
  ASSERT_TRUE(tl.ok());
  ASSERT_EQ(tl->entries.size(), 2u);
  EXPECT_EQ(tl->omitted, 1u);
  EXPECT_NE(tl->entries[0].statement, tl->entries[1].statement);

  // Another outlet reports Tuesday's flight: the Tuesday entry (two
  // articles, the more salient) shows that report, and the Monday entry,
  // which has nothing else, keeps the two-day sentence.
  Article b = MakeArticle("B", "2023-07-19", {
      {"Tuesday envoy Kerry flew home to Washington after the talks in Beijing", "2023-07-18"}});
  story = {&a, &b};
  tl = BuildTimeline(story, options);
  ASSERT_TRUE(tl.ok());
  ASSERT_EQ(tl->entries.size(), 3u);
  EXPECT_EQ(tl->omitted, 0u);
  std::vector<std::string> statements;
  for (const auto& e : tl->entries) statements.push_back(e.statement);
  std::sort(statements.begin(), statements.end());
  EXPECT_EQ(std::unique(statements.begin(), statements.end()), statements.end());
  for (const auto& e : tl->entries) {
    if (e.date.value == "2023-07-17") EXPECT_NE(e.statement.find("Monday"), std::string::npos);
    if (e.date.value == "2023-07-18") EXPECT_EQ(e.statement.find("Monday"), std::string::npos);
  }
}

TEST(TimelineTest, RejectsLayersOutsideTheBody) {
  Article a = MakeArticle("A", "2023-07-18", {{"Sunday Kerry arrived", "2023-07-16"}});
  a.times[0].span.end = 10000;
  std::vector<const Article*> story = {&a};
  EXPECT_FALSE(BuildTimeline(story).ok());
}

TEST(TimelineSeedsTest, FromTwentyTwentyOneToCop28) {
  auto seeds = testing_util::LoadSeedArticles();
  if (seeds.size() != 5) GTEST_SKIP() << "no seeds";
  std::vector<const Article*> story;
  for (const auto& [prefix, article] : seeds) story.push_back(&article);
  auto tl = BuildTimeline(story);
  ASSERT_TRUE(tl.ok()) << tl.status().ToString();
  ASSERT_FALSE(tl->entries.empty());
  if (getenv("TIMELINE_DUMP")) {
    for (const auto& e : tl->entries) {
      printf("%s %s bg=%d n=%u %.2f | %s\n", e.date.value.c_str(), DateGranularityName(e.date.granularity),
             e.background, e.article_count, e.score, e.statement.substr(0, 150).c_str());
    }
  }
  EXPECT_EQ(tl->story_start, "2023-07-06");  // 002, the earliest dated article
  // Chronological, from 2021 to COP28 in November 2023.
  for (size_t i = 1; i < tl->entries.size(); ++i) {
    EXPECT_LE(tl->entries[i - 1].date.first_day, tl->entries[i].date.first_day);
  }
  auto find = [&](const std::string& value) -> const TimelineEntry* {
    for (const auto& e : tl->entries) {
      if (e.date.value == value) return &e;
    }
    return nullptr;
  };
  const TimelineEntry* joint = find("2021");
  ASSERT_NE(joint, nullptr);
  EXPECT_TRUE(joint->background);
  EXPECT_NE(joint->statement.find("joint statement"), std::string::npos) << joint->statement;
  const TimelineEntry* cop27 = find("2022-11");
  ASSERT_NE(cop27, nullptr);
  EXPECT_TRUE(cop27->background);
  const TimelineEntry* june = find("2023-06");  // Blinken's June trip (002, 001, 000)
  ASSERT_NE(june, nullptr);
  EXPECT_TRUE(june->background);
  EXPECT_GE(june->article_count, 2u);
  const TimelineEntry* trip = find("2023-W28-WE");  // "this weekend": July 15-16
  ASSERT_NE(trip, nullptr);
  EXPECT_FALSE(trip->background);
  EXPECT_NE(trip->statement.find("Beijing"), std::string::npos);
  EXPECT_EQ(trip->date.granularity, DateGranularity::kWeek);
  const TimelineEntry* cop28 = find("2023-11");
  ASSERT_NE(cop28, nullptr);
  EXPECT_FALSE(cop28->background);
  EXPECT_EQ(tl->entries.back().date.first_day, cop28->date.first_day);  // nothing after COP28
  // Every citation points at a sentence of its article.
  for (const auto& e : tl->entries) {
    for (const auto& c : e.support) {
      ASSERT_LT(c.article, story.size());
      ASSERT_LT(c.sentence, story[c.article]->sentences.size());
      EXPECT_EQ(story[c.article]->sentences[c.sentence].span, c.span);
    }
  }
}

}  // namespace
}  // namespace parallax::synth
