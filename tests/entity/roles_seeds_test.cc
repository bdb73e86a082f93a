// Golden test on the seeds: the people of the Kerry-in-Beijing story get the
// roles each outlet gives them, and their name mentions form one chain per
// person. Runs the real pipeline (NER model + coref) and reads the layers
// back from the store, so it also checks that chains and roles persist.
#include <gtest/gtest.h>

#include <map>

#include "seed_ingest.h"
#include "test_util.h"

namespace parallax {
namespace {

class RolesSeedsTest : public testing_util::SeedStoreSuite {
 protected:
  static void SetUpTestSuite() { IngestOnce("roles_seeds_test", {"ner", "coref"}); }
  // "role|qualifier|affiliation" of every role of the person whose chain is `name`.
  static std::vector<std::string> RolesOf(const Article& a, const std::string& name) {
    std::vector<std::string> out;
    for (const auto& r : a.roles) {
      int32_t c = a.entities[r.mention].chain;
      if (c >= 0 && a.entity_chains[c].name == name) out.push_back(r.role + "|" + r.qualifier + "|" + r.affiliation);
    }
    return out;
  }
  static const EntityChain* Chain(const Article& a, const std::string& name) {
    for (const auto& c : a.entity_chains)
      if (c.name == name) return &c;
    return nullptr;
  }
  static bool Has(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  }
};


TEST_F(RolesSeedsTest, KerryIsClimateEnvoyForTheUnitedStates) {
  EXPECT_TRUE(Has(RolesOf(Get("002"), "John Kerry"), "climate envoy||United States"));
  EXPECT_TRUE(Has(RolesOf(Get("003"), "John Kerry"), "climate envoy||United States"));
  EXPECT_TRUE(Has(RolesOf(Get("004"), "John Kerry"), "special climate envoy||United States"));
}

TEST_F(RolesSeedsTest, OneOutletCallsKerrySecretaryOfState) {
  EXPECT_TRUE(Has(RolesOf(Get("004"), "John Kerry"), "secretary of state||"));
  EXPECT_FALSE(Has(RolesOf(Get("002"), "John Kerry"), "secretary of state||"));
}

TEST_F(RolesSeedsTest, TitlesOfOtherOfficials) {
  Article a = Get("002");
  EXPECT_TRUE(Has(RolesOf(a, "Janet Yellen"), "treasury secretary||"));
  EXPECT_TRUE(Has(RolesOf(a, "Antony Blinken"), "secretary of state||"));
  EXPECT_TRUE(Has(RolesOf(a, "Nancy Pelosi"), "house speaker|then|"));
  EXPECT_TRUE(Has(RolesOf(a, "Xie Zhenhua"), "counterpart||China"));
  EXPECT_TRUE(Has(RolesOf(a, "Li Qiang"), "premier||China"));
  // "China's top diplomat": "top" ranks the holder and is dropped, as the role gold's guideline has it
  // ("top aides" -> aide; session 23).
  EXPECT_TRUE(Has(RolesOf(Get("004"), "Wang Yi"), "diplomat||China"));
  EXPECT_TRUE(Has(RolesOf(Get("000"), "Mike Gallagher"), "representative||Republican, Wisconsin"));
  EXPECT_TRUE(Has(RolesOf(Get("000"), "Xie Zhenhua"), "counterpart||Chinese Communist Party"));
}

TEST_F(RolesSeedsTest, SurnamesJoinTheFullName) {
  Article a = Get("002");
  const EntityChain* xie = Chain(a, "Xie Zhenhua");
  ASSERT_NE(xie, nullptr);
  EXPECT_GE(xie->mentions.size(), 3u);  // "Xie Zhenhua", then "Xie" (family name first)
  const EntityChain* kerry = Chain(a, "John Kerry");
  ASSERT_NE(kerry, nullptr);
  for (uint32_t m : kerry->mentions) {
    std::string_view text = a.entities[m].span.Of(a.body);
    EXPECT_TRUE(text == "John Kerry" || text == "Kerry") << text;
    EXPECT_EQ(a.entities[m].chain, kerry - a.entity_chains.data());
  }
  EXPECT_GE(kerry->mentions.size(), 4u);
  EXPECT_EQ(Chain(a, "Kerry"), nullptr);
}

TEST_F(RolesSeedsTest, AcronymsAndAliasesJoin) {
  Article a = Get("000");
  const EntityChain* ccp = Chain(a, "Chinese Communist Party");
  ASSERT_NE(ccp, nullptr);
  bool has_acronym = false;
  for (uint32_t m : ccp->mentions) has_acronym |= a.entities[m].span.Of(a.body) == "CCP";
  EXPECT_TRUE(has_acronym);
  ASSERT_NE(Chain(a, "United Nations"), nullptr);
  EXPECT_EQ(Chain(a, "U.N."), nullptr);
  const EntityChain* us = Chain(Get("004"), "United States");
  ASSERT_NE(us, nullptr);
  EXPECT_GE(us->mentions.size(), 2u);  // "United States" and "U.S."
}

TEST_F(RolesSeedsTest, Cop28IsAnEvent) {
  const EntityChain* cop = Chain(Get("000"), "COP28");
  ASSERT_NE(cop, nullptr);
  EXPECT_EQ(cop->type, "MISC");
  EXPECT_EQ(cop->subtype, "EVENT");
}

TEST_F(RolesSeedsTest, KerrysConflictingRolesAreRecordedByOutlet) {
  EntityQuery q;
  q.type = "PER";
  q.name_prefix = "Kerry";
  auto list = store_->ListEntities(q);
  ASSERT_TRUE(list.ok()) << list.status().ToString();
  ASSERT_EQ(list->size(), 1u);
  const EntitySummary& kerry = (*list)[0];
  EXPECT_EQ(kerry.name, "John Kerry");
  EXPECT_EQ(kerry.articles, 5u);
  std::string outlet_004 = Get("004").outlet, outlet_002 = Get("002").outlet;
  ASSERT_NE(outlet_002, outlet_004);
  bool envoy = false, secretary = false;
  for (const auto& r : kerry.roles) {
    envoy |= r.role == "climate envoy" && r.affiliation == "United States" && r.outlet == outlet_002;
    secretary |= r.role == "secretary of state" && r.outlet == outlet_004;
    EXPECT_FALSE(r.role == "secretary of state" && r.outlet == outlet_002);
  }
  EXPECT_TRUE(envoy);
  EXPECT_TRUE(secretary);
}

TEST_F(RolesSeedsTest, CanonicalPeopleOfTheStory) {
  EntityQuery q;
  q.type = "PER";
  auto list = store_->ListEntities(q);
  ASSERT_TRUE(list.ok());
  std::map<std::string, uint64_t> articles;
  for (const auto& e : *list) articles[e.name] = e.articles;
  EXPECT_EQ(articles["Xie Zhenhua"], 3u);
  EXPECT_GE(articles["Janet Yellen"], 2u);
  EXPECT_EQ(articles.count("Kerry"), 0u);
  EXPECT_EQ(articles.count("Xie"), 0u);
}

TEST_F(RolesSeedsTest, EveryMentionIsInItsChain) {
  for (const char* seed : {"000", "001", "002", "003", "004"}) {
    Article a = Get(seed);
    ASSERT_FALSE(a.entity_chains.empty()) << seed;
    for (size_t m = 0; m < a.entities.size(); ++m) {
      int32_t c = a.entities[m].chain;
      ASSERT_GE(c, 0) << seed;
      const auto& ms = a.entity_chains[c].mentions;
      EXPECT_NE(std::find(ms.begin(), ms.end(), m), ms.end()) << seed;
    }
  }
}

}  // namespace
}  // namespace parallax
