// Framing: lexicon format, longest-match scanning, quotes, tone, sourcing,
// labels across outlets, and the seed articles' loaded language.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "seed_articles.h"
#include "synth/framing.h"
#include "text/segment.h"

namespace parallax::synth {
namespace {

FramingLexicon TestLexicon() {
  auto lex = FramingLexicon::Parse(
      "parallax-framing-lexicon\t1\n"
      "# comment\n"
      "loaded\tslam\t-1\t1.000\tcurated\n"
      "loaded\tleft-wing megadonor\t-1\t1.000\tcurated\n"
      "loaded\tleft-wing\t-1\t0.800\tlearned\n"
      "loaded\tweak cue\t-1\t0.200\tlearned\n"
      "label\tCCP\tChina's government\n"
      "label\tthe Chinese government\tChina's government\n",
      "test");
  EXPECT_TRUE(lex.ok()) << lex.status().ToString();
  return lex.ok() ? std::move(*lex) : FramingLexicon();
}

Article Segmented(const std::string& title, const std::string& body) {
  Article a;
  a.title = title;
  a.body = body;
  a.paragraphs = text::SplitParagraphs(body);
  text::Segment(&a);
  return a;
}

TEST(FramingLexiconTest, RoundTripsAndRejectsBadLines) {
  FramingLexicon lex = TestLexicon();
  EXPECT_EQ(lex.size(), 6u);
  EXPECT_EQ(lex.max_words(), 3u);
  auto again = FramingLexicon::Parse(lex.Serialize(), "again");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->Serialize(), lex.Serialize());
  const LexiconEntry* e = lex.Find(FramingWord("slammed"), LexiconEntry::Kind::kLoaded);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->display, "slam");
  EXPECT_FALSE(FramingLexicon::Parse("nope\n", "x").ok());
  auto bad = FramingLexicon::Parse("parallax-framing-lexicon\t1\nloaded\tx\t7\t1\tcurated\n", "bad.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("bad.tsv line 2"), std::string::npos);
}

TEST(FramingTest, LongestMatchQuotesToneAndLabels) {
  FramingLexicon lex = TestLexicon();
  Article a = Segmented("Senator slams CCP deal",
                        "The left-wing megadonor met CCP officials. Critics said the deal was \xE2\x80\x9C" "a weak cue and they slammed it\xE2\x80\x9D.\n\n"
                        "Later the Chinese government replied.");
  Quotation q;
  q.speaker_name = "people familiar with the matter";
  q.source_type = "anonymous";
  a.quotes.push_back(q);
  q.speaker_name = "Jane Roe";
  q.source_type = "person";
  a.quotes.push_back(q);
  a.quotes.push_back(q);
  for (auto& x : a.quotes) x.span = {0, 0};
  ArticleFraming f = AnalyzeFraming(a, lex);
  std::vector<std::string> keys;
  for (const auto& t : f.loaded_terms) keys.push_back(t.display + (t.in_quote ? "(q)" : "") + (t.in_title ? "(t)" : ""));
  // The longest phrase wins; the weak learned cue is dropped; the quoted
  // "slammed" is a source's word.
  EXPECT_EQ(keys, (std::vector<std::string>{"slam(t)", "left-wing megadonor", "slam(q)"}));
  EXPECT_EQ(f.body.loaded, 1u);
  EXPECT_EQ(f.headline.loaded, 1u);
  EXPECT_TRUE(f.headline_more_loaded);
  EXPECT_LT(f.body.polarity, 0);
  ASSERT_EQ(f.labels.size(), 2u);
  EXPECT_EQ(f.labels[0].subject, "China's government");
  EXPECT_EQ(f.labels[0].label, "CCP");
  EXPECT_EQ(f.labels[1].label, "the Chinese government");
  EXPECT_EQ(f.sourcing.quotations, 3u);
  EXPECT_EQ(quotes::CountOfType(f.sourcing, "anonymous"), 1u);
  EXPECT_NEAR(f.sourcing.anonymous_share, 1.0 / 3, 1e-6);
  ASSERT_FALSE(f.sourcing.voices.empty());
  EXPECT_EQ(f.sourcing.voices[0].name, "Jane Roe");
  EXPECT_EQ(f.sourcing.voices[0].quotations, 2u);
}

TEST(FramingTest, AVerbOfAttackIsNotLoadedAsAPlainNoun) {
  FramingLexicon lex = TestLexicon();
  Article a = Segmented("", "The mayor slams the council. The slam of the door woke them. A grand slam won it. "
                            "Two slams shook the hall. She slammed the plan. The harbor slams were heard. "
                            "A horrific slam shook the city.");
  ArticleFraming f = AnalyzeFraming(a, lex);
  std::vector<uint32_t> at;
  for (const auto& t : f.loaded_terms) at.push_back(t.span.begin);
  ASSERT_EQ(at.size(), 2u);  // "slams the council" and "slammed the plan"
  EXPECT_EQ(a.body.substr(at[0], 5), "slams");
  EXPECT_EQ(a.body.substr(at[1], 7), "slammed");
}

// The scan asks whether a hit is quoted only at its hits, skipping the
// tokens between them; the answers must be those of the flags of every token
// (QuotedTokenFlags): a mark left open at a paragraph's end closes there, a
// straight mark toggles, a direct quotation of the quotes layer counts
// without marks, reported speech does not.
TEST(FramingTest, QuotedHitsAgreeWithTheFlagsOfEveryToken) {
  FramingLexicon lex = TestLexicon();
  const std::string body =
      "A left-wing plan. \"We are left-wing,\" she said, and they are left-wing again.\n\n"
      "\xE2\x80\x9CNo one is left-wing here, he said. Then the left-wing door.\n\n"
      "Plain left-wing here. Officials back a left-wing plan, according to Axios. He said we are left-wing now.\n\n"
      "\"Open mark left-wing. Next left-wing.\n\n"
      "Closing left-wing.";
  Article a = Segmented("", body);
  Quotation direct, reported;
  reported.direct = false;
  const size_t at = body.find("we are left-wing now");
  direct.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + 20)};
  direct.direct = true;
  const size_t rep = body.find("Officials back a left-wing plan");
  reported.span = {static_cast<uint32_t>(rep), static_cast<uint32_t>(rep + 31)};
  a.quotes = {reported, direct};
  std::sort(a.quotes.begin(), a.quotes.end(), [](const Quotation& x, const Quotation& y) { return x.span.begin < y.span.begin; });
  const std::vector<bool> flags = QuotedTokenFlags(a);
  ArticleFraming f = AnalyzeFraming(a, lex);
  std::vector<bool> got, want;
  for (const LoadedTerm& t : f.loaded_terms) {
    got.push_back(t.in_quote);
    size_t token = 0;
    while (token < a.tokens.size() && a.tokens[token].span.begin != t.span.begin) ++token;
    ASSERT_LT(token, a.tokens.size());
    want.push_back(flags[token]);
  }
  EXPECT_EQ(got, want);
  // plan, "We are", again | "No one (open to the paragraph's end), door |
  // plain, reported speech, direct quotation | "Open mark, Next | Closing.
  EXPECT_EQ(got, (std::vector<bool>{false, true, false, true, true, false, false, true, true, true, false}));
}

TEST(FramingTest, CompareLabelsAcrossOutlets) {
  FramingLexicon lex = TestLexicon();
  Article a = Segmented("", "The CCP said so.");
  a.outlet = "Right";
  Article b = Segmented("", "The Chinese government said so.");
  b.outlet = "Center";
  Article c = Segmented("", "The CCP agreed.");
  c.outlet = "Right2";
  std::vector<const Article*> story = {&a, &b, &c};
  std::vector<ArticleFraming> framings;
  for (const Article* x : story) framings.push_back(AnalyzeFraming(*x, lex));
  auto cmp = CompareLabels(story, framings);
  ASSERT_EQ(cmp.size(), 1u);
  EXPECT_EQ(cmp[0].subject, "China's government");
  EXPECT_TRUE(cmp[0].differs);
  ASSERT_EQ(cmp[0].choices.size(), 3u);
  EXPECT_EQ(cmp[0].choices[1].outlet, "Center");
  EXPECT_EQ(cmp[0].choices[1].label, "The Chinese government");
}

TEST(FramingSeedsTest, LoadedRhetoricWithoutFalseAlarms) {
  auto seeds = testing_util::LoadSeedArticles();
  if (seeds.size() != 5) GTEST_SKIP() << "no seeds";
  auto lex = FramingLexicon::LoadDefault();
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  std::map<std::string, ArticleFraming> f;
  for (const auto& [prefix, a] : seeds) {
    f[prefix] = AnalyzeFraming(a, *lex);
    if (getenv("FRAMING_DUMP")) {
      printf("%s title=%.2f body=%.2f (%u hits / %u words)\n", prefix.c_str(), f[prefix].headline.density,
             f[prefix].body.density, f[prefix].body.loaded, f[prefix].body.words);
      for (const auto& t : f[prefix].loaded_terms) {
        std::string_view text = t.in_title ? std::string_view(a.title) : std::string_view(a.body);
        printf("   %s%s%s [%s] w=%.2f\n", std::string(t.span.Of(text)).c_str(), t.in_quote ? " (quote)" : "",
               t.in_title ? " (title)" : "", t.display.c_str(), t.weight);
      }
      for (const auto& l : f[prefix].labels) printf("   label %s: %s x%u\n", l.subject.c_str(), l.label.c_str(), l.count);
      const SourcingProfile& sp = f[prefix].sourcing;
      printf("   sourcing: %u quotes, %u direct, %u anonymous (%.2f)\n", sp.quotations, sp.direct,
             quotes::CountOfType(sp, "anonymous"),
             sp.anonymous_share);
      for (const auto& v : sp.voices) printf("     %s (%s) x%u\n", v.name.c_str(), v.source_type.c_str(), v.quotations);
    }
  }
  auto has = [&](const std::string& prefix, const std::string& surface) {
    const Article& a = seeds[prefix];
    for (const auto& t : f[prefix].loaded_terms) {
      std::string_view text = t.in_title ? std::string_view(a.title) : std::string_view(a.body);
      if (t.span.Of(text) == surface) return true;
    }
    return false;
  };
  // 000's partisan rhetoric.
  EXPECT_TRUE(has("000", "left-wing megadonor"));
  EXPECT_TRUE(has("000", "failed Democratic presidential candidate"));
  EXPECT_TRUE(has("000", "pleaded with"));
  // 004's headline calls the trip a failure.
  EXPECT_TRUE(has("004", "Failure"));
  EXPECT_TRUE(f["004"].headline_more_loaded);
  // The wire-style reports (Bloomberg, CNN, the 003 summary) stay calm: at
  // most one hit outside quotes, far below 000's density.
  for (const char* calm : {"001", "002", "003"}) {
    EXPECT_LE(f[calm].body.loaded, 1u) << calm;
    EXPECT_LT(f[calm].body.density, f["000"].body.density / 2) << calm;
  }
  // 000 calls China's government "CCP".
  bool ccp = false;
  for (const auto& l : f["000"].labels) ccp |= l.subject == "China's government" && l.label == "CCP";
  EXPECT_TRUE(ccp);
  // 000's partisan labels are its own words (reported speech, not a direct quote).
  for (const auto& t : f["000"].loaded_terms) {
    if (t.display == "left-wing megadonor") EXPECT_FALSE(t.in_quote);
  }
  EXPECT_GE(f["000"].body.loaded, 3u);
  // Bloomberg (002) leans on unnamed people; the others name their sources.
  ASSERT_GT(f["002"].sourcing.quotations, 0u);
  EXPECT_GT(f["002"].sourcing.anonymous_share, 0.3);
  EXPECT_GT(f["002"].sourcing.anonymous_share, f["001"].sourcing.anonymous_share);
  // Across outlets: Kerry is a "climate envoy" for most, "secretary of state" in 004.
  std::vector<const Article*> story;
  std::vector<ArticleFraming> framings;
  for (const auto& [prefix, a] : seeds) story.push_back(&a), framings.push_back(f[prefix]);
  bool kerry_differs = false, china_compared = false;
  for (const auto& c : CompareLabels(story, framings)) {
    if (c.subject == "John Kerry") {
      for (const auto& ch : c.choices) kerry_differs |= c.differs && ch.label == "secretary of state";
    }
    china_compared |= c.subject == "China's government";
  }
  if (!seeds["004"].roles.empty()) EXPECT_TRUE(kerry_differs);
  EXPECT_TRUE(china_compared);
}

}  // namespace
}  // namespace parallax::synth
