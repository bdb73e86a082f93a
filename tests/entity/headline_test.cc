// Headline layers: the title is tagged for times and entities like a body
// sentence, its names are linked to the body's chains, Title Case noise is
// dropped, and the layers survive the store (read back from it here).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "annotate/entity/coref.h"
#include "seed_ingest.h"
#include "store/layer_json.h"
#include "test_util.h"

namespace parallax {
namespace {

class HeadlineSeedsTest : public testing_util::SeedStoreSuite {
 protected:
  static void SetUpTestSuite() { IngestOnce("headline_test", {"time", "ner", "coref"}); }
  // "text|type|chain name" for every headline mention.
  static std::vector<std::string> Mentions(const Article& a) {
    std::vector<std::string> out;
    for (const auto& m : a.title_entities) {
      std::string chain = m.chain >= 0 ? a.entity_chains[m.chain].name : "-";
      out.push_back(std::string(m.span.Of(a.title)) + "|" + m.type + "|" + chain);
    }
    return out;
  }
};

TEST_F(HeadlineSeedsTest, RelativeDateInHeadlineResolvesAgainstPublication) {
  Article a = Get("001");  // "... set to travel to Beijing this weekend", published 2023-07-12
  ASSERT_EQ(a.title_times.size(), 1u);
  EXPECT_EQ(a.title_times[0].span.Of(a.title), "this weekend");
  EXPECT_EQ(a.title_times[0].value, "2023-W28-WE");
  EXPECT_FALSE(a.title_times[0].needs_dct);
}

TEST_F(HeadlineSeedsTest, HeadlineNamesJoinTheBodyChains) {
  Article a = Get("001");
  std::vector<std::string> m = Mentions(a);
  EXPECT_NE(std::find(m.begin(), m.end(), "John Kerry|PER|John Kerry"), m.end()) << ::testing::PrintToString(m);
  EXPECT_NE(std::find(m.begin(), m.end(), "Beijing|LOC|Beijing"), m.end()) << ::testing::PrintToString(m);
}

TEST_F(HeadlineSeedsTest, TitleCaseHeadlineKeepsOnlyNamesOfTheBody) {
  // "John Kerry Discloses His Climate Mission to China Was a Failure"
  Article a = Get("004");
  std::vector<std::string> m = Mentions(a);
  EXPECT_EQ(m, (std::vector<std::string>{"John Kerry|PER|John Kerry", "China|LOC|China"}));
}

Article WithHeadlineMention(std::string title, std::string_view name, std::string type) {
  Article a;
  a.title = std::move(title);
  a.body = "The mayor spoke.";
  size_t at = a.title.find(name);
  a.title_entities.push_back(
      EntityMention{Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + name.size())}, type, "", 0.5f});
  return a;
}

TEST(HeadlineCorefTest, UnlinkedNameKeptOnlyInSentenceCase) {
  Article sentence_case = WithHeadlineMention("Jacksonville adopts a mandatory mask policy", "Jacksonville", "LOC");
  entity::BuildChains(&sentence_case);
  ASSERT_EQ(sentence_case.title_entities.size(), 1u);
  EXPECT_EQ(sentence_case.title_entities[0].chain, -1);

  Article title_case = WithHeadlineMention("Unfrozen Caveman Pundit Debates Climate Change", "Caveman Pundit", "ORG");
  entity::BuildChains(&title_case);
  EXPECT_TRUE(title_case.title_entities.empty());
}

TEST(HeadlineLayerJsonTest, RoundTripsAndRejectsSpansOutsideTheTitle) {
  Article a = WithHeadlineMention("Kerry heads to Beijing", "Beijing", "LOC");
  a.title_times.push_back(TimeExpression{Span{0, 5}, "DATE", "2023", "", false});
  std::string json = store::TitleLayersToJson(a);
  Article back;
  back.title = a.title;
  ASSERT_TRUE(store::TitleLayersFromJson(json, &back).ok()) << json;
  ASSERT_EQ(back.title_entities.size(), 1u);
  EXPECT_EQ(back.title_entities[0].span, a.title_entities[0].span);
  ASSERT_EQ(back.title_times.size(), 1u);
  EXPECT_EQ(back.title_times[0].value, "2023");

  back.title = "Kerry";  // shorter than the stored spans
  EXPECT_EQ(store::TitleLayersFromJson(json, &back).code(), Status::Code::kCorruption);
  back.title = a.title;  // a chain index with no chain to point at
  a.title_entities[0].chain = 3;
  EXPECT_EQ(store::TitleLayersFromJson(store::TitleLayersToJson(a), &back).code(), Status::Code::kCorruption);
  EXPECT_TRUE(store::TitleLayersFromJson("{}", &back).ok());
  EXPECT_TRUE(back.title_entities.empty() && back.title_times.empty());
  EXPECT_EQ(store::TitleLayersFromJson("[1]", &back).code(), Status::Code::kCorruption);
}

}  // namespace
}  // namespace parallax
