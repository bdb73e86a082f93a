// Name normal forms and the short-name rules of within-document coreference.
#include "annotate/entity/names.h"

#include <gtest/gtest.h>

#include "annotate/entity/lexicon.h"

namespace parallax::entity {
namespace {

using Words = std::vector<std::string>;

TEST(NamesTest, WordsDropPossessiveAndHonorific) {
  EXPECT_EQ(NameWords("Kerry’s"), (Words{"Kerry"}));
  EXPECT_EQ(NameWords("Mr. John Kerry"), (Words{"John", "Kerry"}));
  EXPECT_EQ(NameWords("the United Nations"), (Words{"United", "Nations"}));
}

TEST(NamesTest, KeysResolveAliasesAndPeriods) {
  EXPECT_EQ(NameKey({"U.S."}), "united states");
  EXPECT_EQ(NameKey({"US"}), "united states");
  EXPECT_EQ(NameKey({"United", "States"}), "united states");
  EXPECT_EQ(NameKey({"U.N."}), "united nations");
  EXPECT_EQ(NameKey({"KERRY"}), NameKey({"Kerry"}));
  EXPECT_EQ(DisplayName({"U.S."}), "United States");
}

TEST(NamesTest, Acronyms) {
  EXPECT_TRUE(IsAcronymOf({"CCP"}, {"Chinese", "Communist", "Party"}));
  EXPECT_TRUE(IsAcronymOf({"AP"}, {"Associated", "Press"}));
  EXPECT_TRUE(IsAcronymOf({"DHS"}, {"Department", "of", "Homeland", "Security"}));
  EXPECT_FALSE(IsAcronymOf({"Ap"}, {"Associated", "Press"}));
  EXPECT_FALSE(IsAcronymOf({"CNN"}, {"Chinese", "Communist", "Party"}));
}

TEST(NamesTest, AGenerationalSuffixDoesNotHideTheSurname) {
  bool family_first = false;
  EXPECT_TRUE(IsShortPersonName({"Jones"}, {"John", "E.", "Jones", "III"}, &family_first));
  EXPECT_FALSE(IsShortPersonName({"Donald", "Trump"}, {"Donald", "Trump", "Jr."}, &family_first));
  EXPECT_TRUE(IsShortPersonName({"Kennedy"}, {"Robert", "F.", "Kennedy", "Jr."}, &family_first));
  EXPECT_FALSE(family_first);
  EXPECT_FALSE(IsShortPersonName({"Smith"}, {"John", "Jones", "III"}, &family_first));
}

TEST(NamesTest, ShortPersonNames) {
  bool family_first = false;
  EXPECT_TRUE(IsShortPersonName({"Kerry"}, {"John", "Kerry"}, &family_first));
  EXPECT_FALSE(family_first);
  EXPECT_TRUE(IsShortPersonName({"Xie"}, {"Xie", "Zhenhua"}, &family_first));
  EXPECT_TRUE(family_first);
  EXPECT_TRUE(IsShortPersonName({"al-Jaber"}, {"Sultan", "Ahmed", "al-Jaber"}, &family_first));
  EXPECT_FALSE(IsShortPersonName({"Ahmed"}, {"Sultan", "Ahmed", "al-Jaber"}, &family_first));
  EXPECT_FALSE(IsShortPersonName({"John", "Kerry"}, {"John", "Kerry"}, &family_first));
}

TEST(NamesTest, ShortOrgNames) {
  EXPECT_TRUE(IsShortOrgName({"Xinhua"}, {"Xinhua", "News", "Agency"}));
  EXPECT_FALSE(IsShortOrgName({"Bloomberg"}, {"Bloomberg", "Philanthropies"}));
  EXPECT_TRUE(IsShortOrgName({"Aer", "Lingus"}, {"Aer", "Lingus", "Group", "PLC"}));
  EXPECT_TRUE(IsShortOrgName({"Apple"}, {"Apple", "Inc."}));
  EXPECT_FALSE(IsShortOrgName({"Northrop"}, {"Northrop", "Grumman"}));
}

// Session 22: words of a firm's formal name on MEANTIME ("Ford Motor Company", "Apple Computer",
// "Cerberus Capital Management"), which left the short name its own chain.
TEST(NamesTest, ShortOrgNamesBeforeAFirmsFormalWords) {
  EXPECT_TRUE(IsShortOrgName({"Ford"}, WithoutLegalForm({"Ford", "Motor", "Company"})));
  EXPECT_TRUE(IsShortOrgName({"Apple"}, {"Apple", "Computer"}));
  EXPECT_TRUE(IsShortOrgName({"Cerberus"}, {"Cerberus", "Capital", "Management"}));
  EXPECT_FALSE(IsShortOrgName({"Boeing"}, {"Boeing", "Commercial", "Airplanes"}));
}

TEST(NamesTest, LegalFormsEndingAnOrganisationNameAreDropped) {
  using W = std::vector<std::string>;
  EXPECT_EQ(WithoutLegalForm({"Apple", "Inc."}), (W{"Apple"}));
  EXPECT_EQ(WithoutLegalForm({"Apple", "Inc.,"}), (W{"Apple"}));
  EXPECT_EQ(WithoutLegalForm({"Apple,", "Inc."}), (W{"Apple"}));
  EXPECT_EQ(WithoutLegalForm({"General", "Motors", "Corporation"}), (W{"General", "Motors"}));
  EXPECT_EQ(WithoutLegalForm({"Fiat", "S.p.A."}), (W{"Fiat"}));
  EXPECT_EQ(WithoutLegalForm({"Acme", "Co.", "Ltd"}), (W{"Acme"}));
  EXPECT_EQ(WithoutLegalForm({"Eurasia", "Group"}), (W{"Eurasia", "Group"}));
  EXPECT_EQ(WithoutLegalForm({"Florida", "AG"}), (W{"Florida", "AG"}));
  EXPECT_EQ(WithoutLegalForm({"Company"}), (W{"Company"}));
  EXPECT_EQ(WithoutLegalForm({"The", "Inc."}), (W{"The"}));
  EXPECT_EQ(WithoutLegalForm({}), (W{}));
}

TEST(LexiconTest, TitlesAndAffiliations) {
  EXPECT_TRUE(IsRoleHead("envoy"));
  EXPECT_TRUE(IsRoleHead(LowerWord("Rep.")));
  EXPECT_EQ(ExpandTitleWord("rep"), "representative");
  EXPECT_EQ(QualifierOf("ex"), "former");
  EXPECT_EQ(CountryOfDemonym("chinese"), "China");
  EXPECT_EQ(StateOfAbbreviation("wis"), "Wisconsin");
  EXPECT_EQ(CanonicalAlias("U.S."), "United States");
  EXPECT_EQ(CanonicalAlias("Kerry"), "");
}

}  // namespace
}  // namespace parallax::entity
