// Coreference rules on hand-made mentions (the tagger's types given), so each
// rule is checked apart from the model.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "annotate/entity/coref.h"
#include "annotate/entity/roles.h"
#include "mentions_util.h"
#include "text/segment.h"

namespace parallax {
namespace {

TEST(CorefTest, APersonMentionTakesTheGenerationalSuffixAfterIt) {
  Article a = WithMentions("Judge John E. Jones III ruled. Jones wrote it. Ann Lee Jr.'s aide and Bo Sr spoke.",
                           {{"John E. Jones", "PER"}, {"Jones", "PER"}, {"Ann Lee", "PER"}, {"Bo", "PER"}});
  entity::BuildChains(&a);
  EXPECT_EQ(a.entities[0].span.Of(a.body), "John E. Jones III");
  EXPECT_EQ(a.entities[1].chain, a.entities[0].chain);
  EXPECT_EQ(a.entity_chains[a.entities[0].chain].name, "John E. Jones III");
  EXPECT_EQ(a.entities[2].span.Of(a.body), "Ann Lee Jr.");  // before a possessive
  EXPECT_EQ(a.entities[3].span.Of(a.body), "Bo Sr");
  // A father and his namesake son: the surname is the father's, the son keeps his own chain.
  Article c = WithMentions("Donald Trump spoke. Donald Trump Jr. spoke. Trump left.",
                           {{"Donald Trump", "PER"}, {"Donald Trump", "PER"}, {"Trump", "PER"}});
  entity::BuildChains(&c);
  EXPECT_EQ(c.entities[1].span.Of(c.body), "Donald Trump Jr.");
  EXPECT_NE(c.entities[1].chain, c.entities[0].chain);
  EXPECT_EQ(c.entities[2].chain, c.entities[0].chain);
  Article b = WithMentions("John Jones Iowa left. Ann Lee IVF clinics.", {{"John Jones", "PER"}, {"Ann Lee", "PER"}});
  entity::BuildChains(&b);
  EXPECT_EQ(b.entities[0].span.Of(b.body), "John Jones");
  EXPECT_EQ(b.entities[1].span.Of(b.body), "Ann Lee");
}

TEST(CorefTest, LeaderNamedByAdministrationIsAPersonEverywhere) {
  Article a = WithMentions("A Biden administration official spoke. Biden's climate czar agreed.",
                           {{"Biden", "LOC"}, {"Biden", "LOC"}});
  entity::BuildChains(&a);
  EXPECT_EQ(a.entities[0].type, "PER");
  EXPECT_EQ(a.entities[1].type, "PER");
  ASSERT_EQ(a.entity_chains.size(), 1u);
  EXPECT_EQ(a.entity_chains[0].type, "PER");
}

TEST(CorefTest, PlacesAndPartiesBeforeAdministrationKeepTheirType) {
  Article a = WithMentions("The US administration and a Democratic administration and the Israeli campaign.",
                           {{"US", "LOC"}, {"Democratic", "MISC"}, {"Israeli", "MISC"}});
  entity::BuildChains(&a);
  EXPECT_EQ(a.entities[0].type, "LOC");
  EXPECT_EQ(a.entities[1].type, "MISC");
  EXPECT_EQ(a.entities[2].type, "MISC");
}

TEST(CorefTest, CapitalisedAdministrationIsPartOfAName) {
  // "Administration" capitalised is a name's own word (Food and Drug Administration), no leader cue.
  Article a = WithMentions("Officials at Labor Administration said so.", {{"Labor", "ORG"}});
  entity::BuildChains(&a);
  EXPECT_EQ(a.entities[0].type, "ORG");
}

TEST(RolesTest, UnderIsATitleWordOnlyBeforeSecretary) {
  Article a = WithMentions("Abrams, a deputy adviser under President Bush, met Under Secretary Nuland.",
                           {{"Abrams", "PER"}, {"Bush", "PER"}, {"Nuland", "PER"}});
  a.paragraphs = text::SplitParagraphs(a.body);
  text::Segment(&a);
  entity::BuildChains(&a);
  entity::FindRoles(&a);
  std::vector<std::string> roles;
  for (const RoleMention& r : a.roles) roles.push_back(std::string(a.body.substr(a.entities[r.mention].span.begin, 4)) + ":" + r.role);
  EXPECT_NE(std::find(roles.begin(), roles.end(), "Bush:president"), roles.end());
  EXPECT_NE(std::find(roles.begin(), roles.end(), "Nula:under secretary"), roles.end());
  for (const auto& r : roles) EXPECT_EQ(r.find("under president"), std::string::npos) << r;
}

// Each role the layer gives a mention, as "<first 4 bytes of the name>:<role>[/qualifier]".
std::vector<std::string> RolesOf(const std::string& body, const std::vector<std::pair<std::string, std::string>>& mentions) {
  Article a = WithMentions(body, mentions);
  a.paragraphs = text::SplitParagraphs(a.body);
  text::Segment(&a);
  entity::BuildChains(&a);
  entity::FindRoles(&a);
  std::vector<std::string> roles;
  for (const RoleMention& r : a.roles) {
    roles.push_back(std::string(a.body.substr(a.entities[r.mention].span.begin, 4)) + ":" + r.role +
                    (r.qualifier.empty() ? "" : "/" + r.qualifier));
  }
  return roles;
}

TEST(RolesTest, AnOfficeHeldBeforeIsScopedAndABareNounIsNoTitle) {
  using V = std::vector<std::string>;
  EXPECT_EQ(RolesOf("Perry, who served as governor until 2015, spoke.", {{"Perry", "PER"}}), V{"Perr:governor/former"});
  EXPECT_EQ(RolesOf("Perry, who served as the governor, spoke.", {{"Perry", "PER"}}), V{"Perr:governor/former"});
  EXPECT_EQ(RolesOf("Perry, who was governor, spoke.", {{"Perry", "PER"}}), V{"Perr:governor/former"});
  EXPECT_EQ(RolesOf("Perry, who was the governor of Texas, spoke.", {{"Perry", "PER"}, {"Texas", "LOC"}}), V{"Perr:governor/former"});
  EXPECT_EQ(RolesOf("Perry, the governor until 2015, spoke.", {{"Perry", "PER"}}), V{"Perr:governor/former"});
  EXPECT_EQ(RolesOf("Perry, who is the governor, spoke.", {{"Perry", "PER"}}), V{"Perr:governor"});
  // "the president" is a noun phrase of its own here, not Barr's title.
  EXPECT_EQ(RolesOf("It is a question of how much commentary from the president Barr will stomach.",
                    {{"Barr", "PER"}}), V{});
  EXPECT_EQ(RolesOf("The talks with the US envoy Kerry ended.", {{"US", "LOC"}, {"Kerry", "PER"}}),
            V{"Kerr:envoy"});
}

TEST(CorefTest, AStockIndexNamedWithoutItsIndexWordsIsOneChain) {
  // Session 23 (MEANTIME): "Dow Jones" and "Dow Jones Industrial Average", both MISC, are one
  // index; a MISC name that is no index's short name ("World" / "World Cup") stays apart.
  Article a = WithMentions("The Dow Jones Industrial Average fell. Every stock in the Dow Jones fell. "
                           "The World Cup began. The World watched.",
                           {{"Dow Jones Industrial Average", "MISC"}, {"Dow Jones", "MISC"}, {"World Cup", "MISC"},
                            {"World", "MISC"}});
  entity::BuildChains(&a);
  EXPECT_EQ(a.entities[1].chain, a.entities[0].chain);
  EXPECT_EQ(a.entity_chains[a.entities[0].chain].name, "Dow Jones Industrial Average");
  EXPECT_NE(a.entities[3].chain, a.entities[2].chain);
}

}  // namespace
}  // namespace parallax
