#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "render/story_json.h"
#include "render/story_text.h"

namespace parallax::synth {
namespace {

Article TwoSentences() {
  Article a;
  a.id = "00000000000000aa";
  a.outlet = "CNN";
  a.body = "Kerry went to Beijing. He met Xie.";
  a.sentences = {{{0, 22}, 0, 0, 0}, {{23, 34}, 0, 0, 0}};
  return a;
}

TEST(StoryJson, CitationsPointAtSentences) {
  Article a = TwoSentences();
  Citation c = MakeCitation(a, 1);
  EXPECT_EQ(c.text, "He met Xie.");
  EXPECT_EQ(c.outlet, "CNN");

  StoryView v;
  v.id = "e1";
  v.articles.push_back({a.id, "CNN", "t", "2023-07-12", "metadata", "", ""});
  v.outlets.push_back({"CNN", "", "", {a.id}, 1});
  v.facts.push_back({"f1", c, {c}, {"CNN"}, {"Xie"}, {}, {}});
  v.coverage.outlets = {"CNN"};
  v.coverage.facts = {"f1"};
  v.coverage.matrix = {{1}};
  v.conflicts.push_back({"date", "Kerry: travel", "", {{"2023-06", "in June", {c}, {"CNN"}},
                                                        {"2023-07", "in July", {c}, {"CNN"}}}});
  v.summary.push_back({c, 0.5, "f1"});
  auto j = nlohmann::json::parse(render::StoryToJson(v));
  EXPECT_EQ(j["id"], "e1");
  EXPECT_EQ(j["facts"][0]["statements"][0]["span"][0], 23);
  EXPECT_EQ(j["facts"][0]["text"], "He met Xie.");
  EXPECT_EQ(j["coverage"]["matrix"][0][0], 1);
  EXPECT_EQ(j["conflicts"][0]["claims"][1]["value"], "2023-07");
  EXPECT_FALSE(j["outlets"][0].contains("leaning"));  // no sourced leaning, none shown
  EXPECT_FALSE(j["articles"][0].contains("duplicate_of"));
  EXPECT_EQ(j["summary"][0]["fact"], "f1");
}

TEST(StoryText, CountsAgreeInNumber) {
  EXPECT_EQ(render::Counted(1, "article"), "1 article");
  EXPECT_EQ(render::Counted(0, "outlet"), "0 outlets");
  EXPECT_EQ(render::Counted(3, "entry"), "3 entries");
  EXPECT_EQ(render::Counted(2, "day"), "2 days");

  StoryView v;
  v.id = "e1";
  v.title = "One article";
  Article a = TwoSentences();
  v.articles.push_back({a.id, "CNN", "t", "2023-07-12", "metadata", "", ""});
  v.outlets.push_back({"CNN", "", "", {a.id}, 1});
  std::string text = render::StoryToText(v);
  EXPECT_NE(text.find("| 1 article | 1 outlet\n"), std::string::npos) << text;
  EXPECT_NE(text.find("CNN (1 article, 1 fact)"), std::string::npos) << text;
  std::string html = render::ReportToHtml({v}, "Report");
  EXPECT_NE(html.find("1 outlet, 1 article, 0 conflicts"), std::string::npos);
}

}  // namespace
}  // namespace parallax::synth
