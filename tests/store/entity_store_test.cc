// Canonical entities in the store: linking rules, idempotence, roles by
// outlet, filters. Articles are built by hand (mentions and chains set
// directly), so these tests do not depend on the NER model.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "parallax/store.h"
#include "store/entity_fixture.h"

namespace parallax {
namespace {

TEST_F(EntityStoreTest, ExactNamesAndAliasesShareAnEntity) {
  PutAndLink(Make("CNN", {{"LOC", "U.S."}}, {"United States"}));
  PutAndLink(Make("Reuters", {{"LOC", "US"}}, {"United States"}));
  PutAndLink(Make("AP", {{"LOC", "United States"}}, {"United States"}));
  auto list = List("LOC");
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].name, "United States");
  EXPECT_EQ(list[0].articles, 3u);
  EXPECT_EQ(list[0].aliases, (std::vector<std::string>{"U.S.", "US", "United States"}));
}

TEST_F(EntityStoreTest, SurnameSeenFirstJoinsTheFullNameLater) {
  PutAndLink(Make("CNN", {{"PER", "Kerry"}}, {"Kerry"}));
  PutAndLink(Make("Reuters", {{"PER", "John Kerry"}}, {"John Kerry"}));
  PutAndLink(Make("AP", {{"PER", "Kerry"}}, {"Kerry"}));
  auto list = List("PER");
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].name, "John Kerry");
  EXPECT_EQ(list[0].articles, 3u);
}

TEST_F(EntityStoreTest, AmbiguousSurnameStaysApart) {
  PutAndLink(Make("CNN", {{"PER", "Joe Biden"}}, {"Joe Biden"}));
  PutAndLink(Make("CNN", {{"PER", "Jill Biden"}}, {"Jill Biden"}));
  PutAndLink(Make("AP", {{"PER", "Biden"}}, {"Biden"}));
  EXPECT_EQ(List("PER").size(), 3u);
}

TEST_F(EntityStoreTest, SurnameGoesToThePersonTheCorpusNamesFarMoreOften) {
  // A bare "Biden" seen before anyone of that name: its own entity for now.
  PutAndLink(Make("AP", {{"PER", "Biden"}}, {"Biden"}));
  for (int i = 0; i < 4; ++i) PutAndLink(Make("CNN", {{"PER", "Joe Biden"}}, {"Joe Biden"}));
  PutAndLink(Make("CNN", {{"PER", "Jill Biden"}}, {"Jill Biden"}));
  // Joe Biden is named in four times as many chains as Jill Biden: a bare
  // "Biden" is his, and the earlier bare entity folds into him.
  PutAndLink(Make("Reuters", {{"PER", "Biden"}}, {"Biden"}));
  auto list = List("PER");
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].name, "Joe Biden");
  EXPECT_EQ(list[0].articles, 6u);
  EXPECT_EQ(list[1].name, "Jill Biden");
}

TEST_F(EntityStoreTest, ANameFirstSeenInCapitalsTakesTheOrdinarySpelling) {
  PutAndLink(Make("AP", {{"LOC", "NEW YORK"}}, {"NEW YORK"}));
  PutAndLink(Make("CNN", {{"LOC", "New York"}}, {"New York"}));
  PutAndLink(Make("AP", {{"ORG", "NASA"}}, {"NASA"}));
  PutAndLink(Make("CNN", {{"ORG", "Nasa"}}, {"Nasa"}));
  PutAndLink(Make("AP", {{"LOC", "DALLAS"}}, {"DALLAS"}));
  PutAndLink(Make("CNN", {{"LOC", "Dallas"}}, {"Dallas"}));
  std::set<std::string> places;
  for (const auto& e : List("LOC")) places.insert(e.name);
  EXPECT_EQ(places, (std::set<std::string>{"New York", "Dallas"}));
  auto org = List("ORG");
  ASSERT_EQ(org.size(), 1u);
  EXPECT_EQ(org[0].name, "NASA");  // one word in capitals is an acronym: kept
}

TEST_F(EntityStoreTest, RolesOfArticlesWithoutOutletAreNotPooled) {
  Article a = Make("", {{"PER", "John Kerry"}}, {"John Kerry"}, "climate envoy");
  Article b = Make("", {{"PER", "John Kerry"}}, {"John Kerry"}, "climate envoy");
  Article c = Make("Bloomberg", {{"PER", "John Kerry"}}, {"John Kerry"}, "climate envoy");
  Article d = Make("Bloomberg", {{"PER", "John Kerry"}}, {"John Kerry"}, "climate envoy");
  for (const Article* x : {&a, &b, &c, &d}) PutAndLink(*x);
  auto list = List("PER");
  ASSERT_EQ(list.size(), 1u);
  std::set<std::string> unknown_articles;
  for (const auto& r : list[0].roles) {
    if (r.outlet.empty()) {
      EXPECT_EQ(r.articles, 1u);
      unknown_articles.insert(r.article_id);
    } else {
      EXPECT_EQ(r.outlet, "Bloomberg");
      EXPECT_EQ(r.articles, 2u);  // a known outlet's articles are counted together
      EXPECT_EQ(r.article_id, "");
    }
  }
  EXPECT_EQ(list[0].roles.size(), 3u);
  EXPECT_EQ(unknown_articles, (std::set<std::string>{a.id, b.id}));
}

TEST_F(EntityStoreTest, TypesNeverMix) {
  PutAndLink(Make("CNN", {{"PER", "Michael Bloomberg"}, {"ORG", "Bloomberg"}}, {"Michael Bloomberg", "Bloomberg"}));
  EXPECT_EQ(List("PER").size(), 1u);
  auto orgs = List("ORG");
  ASSERT_EQ(orgs.size(), 1u);
  EXPECT_EQ(orgs[0].name, "Bloomberg");
}

TEST_F(EntityStoreTest, OrganisationsWithAndWithoutTheirLegalFormAreOne) {
  PutAndLink(Make("AP", {{"ORG", "Apple Inc."}}, {"Apple Inc."}));
  PutAndLink(Make("CNN", {{"ORG", "Apple"}}, {"Apple"}));
  PutAndLink(Make("Reuters", {{"ORG", "General Motors"}}, {"General Motors"}));
  PutAndLink(Make("AP", {{"ORG", "General Motors Corporation"}}, {"General Motors Corporation"}));
  PutAndLink(Make("AP", {{"ORG", "Eurasia Group"}, {"LOC", "Eurasia"}}, {"Eurasia Group", "Eurasia"}));
  PutAndLink(Make("AP", {{"ORG", "Procter & Gamble Co."}}, {"Procter & Gamble Co."}));
  PutAndLink(Make("CNN", {{"ORG", "Procter and Gamble"}}, {"Procter and Gamble"}));
  auto orgs = List("ORG");
  ASSERT_EQ(orgs.size(), 4u);
  EXPECT_EQ(orgs[0].name, "Apple Inc.");
  EXPECT_EQ(orgs[0].articles, 2u);
  EXPECT_EQ(orgs[1].name, "General Motors");
  EXPECT_EQ(orgs[1].articles, 2u);
  EXPECT_EQ(orgs[2].name, "Procter & Gamble Co.");  // "&" = "and"
  EXPECT_EQ(orgs[2].articles, 2u);
  EXPECT_EQ(orgs[3].name, "Eurasia Group");
  EXPECT_EQ(List("LOC").size(), 1u);
}

TEST_F(EntityStoreTest, ANameTypedDifferentlyInAnotherArticleIsOneEntity) {
  // The tagger calls "Boeing" an organisation here, a place or MISC there.
  PutAndLink(Make("AP", {{"MISC", "Boeing"}}, {"Boeing"}));
  PutAndLink(Make("CNN", {{"ORG", "Boeing"}}, {"Boeing"}));
  PutAndLink(Make("Reuters", {{"LOC", "Boeing"}}, {"Boeing"}));
  auto all = List();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].type, "MISC");  // the type first seen
  EXPECT_EQ(all[0].articles, 3u);
  // An abbreviation and an acronym with the same letters are not one name
  // across types ("VA" the department, "Va." the state); capitals alone are
  // no acronym ("TEXAS").
  PutAndLink(Make("AP", {{"ORG", "VA"}}, {"VA"}));
  PutAndLink(Make("AP", {{"LOC", "Va."}}, {"Va."}));
  PutAndLink(Make("CNN", {{"MISC", "VA"}}, {"VA"}));
  EXPECT_EQ(List("ORG", "VA").size(), 1u);
  EXPECT_EQ(List("ORG", "VA")[0].articles, 2u);
  EXPECT_EQ(List("LOC", "Va").size(), 1u);
  PutAndLink(Make("AP", {{"LOC", "Texas"}}, {"Texas"}));
  PutAndLink(Make("AP", {{"ORG", "TEXAS"}}, {"TEXAS"}));
  EXPECT_EQ(List("", "Tex").size(), 1u);
}

TEST_F(EntityStoreTest, AnAcronymJoinsTheNameAnArticleSpelledOut) {
  // An article that writes only "FBI", then one that spells it out (its
  // chain holds both forms), then another acronym-only article.
  PutAndLink(Make("AP", {{"ORG", "FBI"}}, {"FBI"}));
  PutAndLink(OneChain(Make("CNN", {{"ORG", "Federal Bureau of Investigation"}, {"ORG", "FBI"}},
                           {"Federal Bureau of Investigation", "Federal Bureau of Investigation"})));
  PutAndLink(Make("Reuters", {{"ORG", "FBI"}}, {"FBI"}));
  // Initials alone are no evidence: no article wrote both of these.
  PutAndLink(Make("AP", {{"ORG", "NBC"}}, {"NBC"}));
  PutAndLink(Make("AP", {{"ORG", "National Butterfly Center"}}, {"National Butterfly Center"}));
  auto orgs = List("ORG");
  ASSERT_EQ(orgs.size(), 3u);
  EXPECT_EQ(orgs[0].name, "Federal Bureau of Investigation");
  EXPECT_EQ(orgs[0].articles, 3u);
  EXPECT_EQ(orgs[0].aliases, (std::vector<std::string>{"FBI", "Federal Bureau of Investigation"}));
}

TEST_F(EntityStoreTest, TheAcronymOfAWellKnownBodyJoinsItsNameWithoutAnArticleSpellingItOut) {
  // No article writes both; the acronym is in the known-body list.
  PutAndLink(Make("AP", {{"ORG", "FDA"}}, {"FDA"}));
  PutAndLink(Make("CNN", {{"ORG", "Food and Drug Administration"}}, {"Food and Drug Administration"}));
  PutAndLink(Make("Reuters", {{"ORG", "F.D.A."}}, {"F.D.A."}));
  PutAndLink(Make("Reuters", {{"MISC", "FDA"}}, {"FDA"}));
  // Not listed: initials stay no evidence.
  PutAndLink(Make("AP", {{"ORG", "Federal Drug Agency"}}, {"Federal Drug Agency"}));
  PutAndLink(Make("AP", {{"ORG", "NBC"}}, {"NBC"}));
  PutAndLink(Make("AP", {{"ORG", "National Butterfly Center"}}, {"National Butterfly Center"}));
  auto orgs = List("ORG");
  ASSERT_EQ(orgs.size(), 4u);
  EXPECT_EQ(orgs[0].name, "Food and Drug Administration");
  EXPECT_EQ(orgs[0].articles, 4u);
  ASSERT_TRUE(store_->RelinkEntities().ok());
  orgs = List("ORG");
  ASSERT_EQ(orgs.size(), 4u);
  EXPECT_EQ(orgs[0].name, "Food and Drug Administration");
  EXPECT_EQ(orgs[0].articles, 4u);
}

TEST_F(EntityStoreTest, AnAcronymTwoSpelledOutNamesShareStaysApart) {
  PutAndLink(OneChain(Make("AP", {{"ORG", "Republican National Committee"}, {"ORG", "RNC"}},
                           {"Republican National Committee", "Republican National Committee"})));
  PutAndLink(OneChain(Make("CNN", {{"MISC", "Republican National Convention"}, {"MISC", "RNC"}},
                           {"Republican National Convention", "Republican National Convention"})));
  PutAndLink(Make("Reuters", {{"ORG", "RNC"}}, {"RNC"}));
  EXPECT_EQ(List().size(), 3u);
}

TEST_F(EntityStoreTest, MiddleInitialsNameTheSamePerson) {
  PutAndLink(Make("CNN", {{"PER", "Donald Trump"}}, {"Donald Trump"}));
  PutAndLink(Make("NYT", {{"PER", "Donald J. Trump"}}, {"Donald J. Trump"}));
  PutAndLink(Make("NYT", {{"PER", "Robert S. Mueller"}}, {"Robert S. Mueller"}));
  PutAndLink(Make("CNN", {{"PER", "Robert Mueller"}}, {"Robert Mueller"}));
  // Once "George Bush" holds "George W. Bush", other initials stay apart.
  PutAndLink(Make("AP", {{"PER", "George Bush"}}, {"George Bush"}));
  PutAndLink(Make("NYT", {{"PER", "George W. Bush"}}, {"George W. Bush"}));
  PutAndLink(Make("NYT", {{"PER", "George H.W. Bush"}}, {"George H.W. Bush"}));
  auto people = List("PER");
  ASSERT_EQ(people.size(), 4u);
  std::set<std::string> names;
  for (const auto& p : people) names.insert(p.name + " " + std::to_string(p.articles));
  EXPECT_EQ(names, (std::set<std::string>{"Donald Trump 2", "Robert S. Mueller 2", "George Bush 2", "George H.W. Bush 1"}));
}

TEST_F(EntityStoreTest, AFullMiddleNameWithTheSameInitialDoesNotKeepInitialsApart) {
  PutAndLink(Make("CNN", {{"PER", "Donald Trump"}}, {"Donald Trump"}));
  PutAndLink(Make("AP", {{"PER", "Donald John Trump"}}, {"Donald John Trump"}));
  PutAndLink(Make("NYT", {{"PER", "Donald J. Trump"}}, {"Donald J. Trump"}));
  // Other initials than the full middle name's stay apart (the full middle
  // name itself joins the one person with the same first and last word:
  // entity_evidence_test.cc).
  PutAndLink(Make("AP", {{"PER", "John Smith"}}, {"John Smith"}));
  PutAndLink(Make("AP", {{"PER", "John Paul Smith"}}, {"John Paul Smith"}));
  PutAndLink(Make("NYT", {{"PER", "John Q. Smith"}}, {"John Q. Smith"}));
  std::map<std::string, uint64_t> articles;
  for (const auto& p : List("PER")) articles[p.name] = p.articles;
  EXPECT_EQ(articles, (std::map<std::string, uint64_t>{{"Donald Trump", 3}, {"John Smith", 2}, {"John Q. Smith", 1}}));
}

TEST_F(EntityStoreTest, AnInitialAndASurnameAreAnAliasOnlyWhenTheInitialFits) {
  // The tagger cut "J. Trump" out of "Donald J. Trump": in the chain it is
  // no alias; alone it names the person whose middle initial it is.
  PutAndLink(OneChain(Make("CNN", {{"PER", "Donald J. Trump"}, {"PER", "J. Trump"}, {"PER", "D. Trump"}},
                           {"Donald J. Trump", "Donald J. Trump", "Donald J. Trump"})));
  PutAndLink(Make("AP", {{"PER", "J. Trump"}}, {"J. Trump"}));
  PutAndLink(Make("AP", {{"PER", "Paul Manafort"}}, {"Paul Manafort"}));
  PutAndLink(Make("NYT", {{"PER", "P. Manafort"}}, {"P. Manafort"}));
  PutAndLink(Make("NYT", {{"PER", "K. Manafort"}}, {"K. Manafort"}));
  auto check = [this] {
    std::map<std::string, uint64_t> articles;
    for (const auto& p : List("PER")) {
      articles[p.name] = p.articles;
      if (p.name == "Donald J. Trump") {
        EXPECT_EQ(p.aliases, (std::vector<std::string>{"D. Trump", "Donald J. Trump"}));
      }
    }
    EXPECT_EQ(articles, (std::map<std::string, uint64_t>{
                            {"Donald J. Trump", 2}, {"Paul Manafort", 2}, {"K. Manafort", 1}}));
  };
  check();
  ASSERT_TRUE(store_->RelinkEntities().ok());
  check();
}

TEST_F(EntityStoreTest, AnAmbiguousSurnameGoesToThePersonItsArticleNamedInFull) {
  PutAndLink(Make("CNN", {{"PER", "Hillary Clinton"}}, {"Hillary Clinton"}));
  PutAndLink(Make("CNN", {{"PER", "Hillary Clinton"}}, {"Hillary Clinton"}));
  PutAndLink(Make("AP", {{"PER", "Bill Clinton"}}, {"Bill Clinton"}));
  PutAndLink(Make("AP", {{"PER", "Bill Clinton"}}, {"Bill Clinton"}));
  // Neither is named four times as often as the other: a bare "Clinton"
  // alone is ambiguous, but after "Hillary Clinton" in the same article
  // (coreference left the two chains apart) it is her.
  PutAndLink(Make("Fox", {{"PER", "Hillary Clinton"}, {"PER", "Clinton"}}, {"Hillary Clinton", "Clinton"}));
  PutAndLink(Make("Reuters", {{"PER", "Clinton"}}, {"Clinton"}));
  // Named only after the bare surname: no evidence for it.
  PutAndLink(Make("NPR", {{"PER", "Clinton"}, {"PER", "Bill Clinton"}}, {"Clinton", "Bill Clinton"}));
  std::map<std::string, uint64_t> articles;
  for (const auto& p : List("PER")) articles[p.name] = p.articles;
  EXPECT_EQ(articles, (std::map<std::string, uint64_t>{{"Hillary Clinton", 3}, {"Bill Clinton", 3}, {"Clinton", 2}}));
}

TEST_F(EntityStoreTest, AnAcronymTwoNamesShareGoesToTheOneTheCorpusNamesFarMoreOften) {
  for (int i = 0; i < 4; ++i)
    PutAndLink(OneChain(
        Make("CNN", {{"ORG", "Associated Press"}, {"ORG", "AP"}}, {"Associated Press", "Associated Press"})));
  PutAndLink(OneChain(
      Make("AP", {{"ORG", "AmeriSpeak Panel"}, {"ORG", "AP"}}, {"AmeriSpeak Panel", "AmeriSpeak Panel"})));
  PutAndLink(Make("Reuters", {{"ORG", "AP"}}, {"AP"}));
  auto orgs = List("ORG");
  ASSERT_EQ(orgs.size(), 2u);
  EXPECT_EQ(orgs[0].name, "Associated Press");
  EXPECT_EQ(orgs[0].articles, 5u);
}

TEST_F(EntityStoreTest, AliasesDifferingOnlyInCaseAreListedOnce) {
  PutAndLink(OneChain(Make("AP", {{"PER", "Donald Trump"}, {"PER", "TRUMP"}, {"PER", "Trump"}},
                           {"Donald Trump", "Donald Trump", "Donald Trump"})));
  PutAndLink(OneChain(Make("AP", {{"PER", "Ted Cruz"}, {"PER", "CRUZ"}, {"PER", "Cruz"}},
                           {"Ted Cruz", "Ted Cruz", "Ted Cruz"})));
  PutAndLink(OneChain(Make("AP", {{"ORG", "Immigration and Customs Enforcement"}, {"ORG", "Ice"}, {"ORG", "ICE"}},
                           {"Immigration and Customs Enforcement", "Immigration and Customs Enforcement",
                            "Immigration and Customs Enforcement"})));
  PutAndLink(Make("AP", {{"LOC", "UNITED STATES"}}, {"UNITED STATES"}));
  PutAndLink(Make("AP", {{"LOC", "United States"}}, {"United States"}));
  PutAndLink(Make("AP", {{"LOC", "United states"}}, {"United states"}));
  auto people = List("PER");
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[0].aliases, (std::vector<std::string>{"Donald Trump", "Trump"}));
  EXPECT_EQ(people[1].aliases, (std::vector<std::string>{"Cruz", "Ted Cruz"}));
  auto orgs = List("ORG");
  ASSERT_EQ(orgs.size(), 1u);
  EXPECT_EQ(orgs[0].aliases, (std::vector<std::string>{"ICE", "Immigration and Customs Enforcement"}));
  auto places = List("LOC");
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].name, "United States");
  EXPECT_EQ(places[0].aliases, (std::vector<std::string>{"United States"}));
  // Every spelling still finds the entity.
  EXPECT_EQ(List("", "TRUMP").size(), 1u);
}

TEST_F(EntityStoreTest, PartyAndStateTagsAreNoEntities) {
  PutAndLink(Make("AP", {{"PER", "Ted Cruz"}, {"ORG", "R-Texas"}, {"LOC", "D-Calif."}, {"ORG", "R-S.C"}},
                  {"Ted Cruz", "R-Texas", "D-Calif.", "R-S.C"}));
  PutAndLink(Make("AP", {{"MISC", "D-Day"}, {"LOC", "Texas"}}, {"D-Day", "Texas"}));
  std::set<std::string> names;
  for (const auto& e : List()) names.insert(e.name);
  EXPECT_EQ(names, (std::set<std::string>{"Ted Cruz", "D-Day", "Texas"}));
}

TEST_F(EntityStoreTest, DepartmentOfXIsTheXDepartment) {
  PutAndLink(Make("AP", {{"ORG", "Justice Department"}}, {"Justice Department"}));
  PutAndLink(Make("CNN", {{"ORG", "Department of Justice"}}, {"Department of Justice"}));
  PutAndLink(Make("NYT", {{"ORG", "Department of the Interior"}}, {"Department of the Interior"}));
  PutAndLink(Make("NYT", {{"MISC", "Interior Department"}}, {"Interior Department"}));
  PutAndLink(Make("NYT", {{"ORG", "US Labor Department"}}, {"US Labor Department"}));
  PutAndLink(Make("NYT", {{"ORG", "U.S. Department of Labor"}}, {"U.S. Department of Labor"}));
  PutAndLink(Make("NYT", {{"ORG", "Department of Labor"}}, {"Department of Labor"}));
  std::map<std::string, uint64_t> articles;
  for (const auto& e : List()) articles[e.name] = e.articles;
  // The country's name before a federal body is left out of the key.
  EXPECT_EQ(articles, (std::map<std::string, uint64_t>{
                          {"Justice Department", 2}, {"Department of the Interior", 2}, {"US Labor Department", 3}}));
}

TEST_F(EntityStoreTest, AUsFederalBodyIsOneEntityWithOrWithoutTheCountrysName) {
  PutAndLink(Make("AP", {{"ORG", "Supreme Court"}}, {"Supreme Court"}));
  PutAndLink(Make("AP", {{"ORG", "U.S. Supreme Court"}}, {"U.S. Supreme Court"}));
  PutAndLink(Make("CNN", {{"ORG", "US Senate"}}, {"US Senate"}));
  PutAndLink(Make("CNN", {{"ORG", "Senate"}}, {"Senate"}));
  PutAndLink(Make("NPR", {{"ORG", "United States Census Bureau"}}, {"United States Census Bureau"}));
  PutAndLink(Make("NPR", {{"ORG", "Census Bureau"}}, {"Census Bureau"}));
  // One word that is no listed body: a name of its own.
  PutAndLink(Make("WSJ", {{"ORG", "U.S. Steel"}}, {"U.S. Steel"}));
  PutAndLink(Make("WSJ", {{"ORG", "Steel"}}, {"Steel"}));
  std::map<std::string, uint64_t> articles;
  for (const auto& e : List()) articles[e.name] = e.articles;
  EXPECT_EQ(articles, (std::map<std::string, uint64_t>{{"Supreme Court", 2},
                                                       {"US Senate", 2},
                                                       {"United States Census Bureau", 2},
                                                       {"U.S. Steel", 1},
                                                       {"Steel", 1}}));
}

// The entity tables as text (ids left out): name, type, articles, mentions,
// aliases, roles by outlet, in listing order.
std::string Tables(Store* store) {
  EntityQuery q;
  q.limit = 1000;
  auto list = store->ListEntities(q);
  EXPECT_TRUE(list.ok());
  std::string out;
  if (!list.ok()) return out;
  std::vector<std::string> lines;
  for (const auto& e : *list) {
    std::string line = e.name + "|" + e.type + "|" + std::to_string(e.articles) + "|" + std::to_string(e.mentions) + "|";
    for (const auto& a : e.aliases) line += a + ";";
    for (const auto& r : e.roles) line += "|" + r.outlet + ":" + r.role;
    lines.push_back(line);
  }
  std::sort(lines.begin(), lines.end());
  for (const auto& l : lines) out += l + "\n";
  return out;
}

TEST_F(EntityStoreTest, RelinkingEndsWithTheSameEntitiesWhateverTheIngestOrder) {
  std::vector<Article> arts = {
      Make("AP", {{"PER", "George Bush"}}, {"George Bush"}),
      Make("NYT", {{"PER", "George W. Bush"}}, {"George W. Bush"}, "president"),
      Make("NYT", {{"PER", "George H.W. Bush"}}, {"George H.W. Bush"}),
      Make("AP", {{"PER", "Trump"}}, {"Trump"}),
      Make("CNN", {{"PER", "Donald Trump"}}, {"Donald Trump"}, "president"),
      Make("CNN", {{"PER", "Donald Trump"}}, {"Donald Trump"}),
      Make("Fox", {{"PER", "Donald Trump"}}, {"Donald Trump"}),
      Make("CNN", {{"PER", "Donald J. Trump"}}, {"Donald J. Trump"}),
      Make("AP", {{"PER", "Melania Trump"}}, {"Melania Trump"}),
      Make("AP", {{"ORG", "FBI"}}, {"FBI"}),
      OneChain(Make("CNN", {{"ORG", "Federal Bureau of Investigation"}, {"ORG", "FBI"}},
                    {"Federal Bureau of Investigation", "Federal Bureau of Investigation"})),
  };
  auto other = Store::Open((scratch_->path() / "reversed.db").string());
  ASSERT_TRUE(other.ok());
  for (const Article& a : arts) PutAndLink(a);
  for (auto it = arts.rbegin(); it != arts.rend(); ++it) {
    std::vector<PutOutcome> out;
    ASSERT_TRUE((*other)->PutBatch({&*it}, &out).ok());
    ASSERT_TRUE((*other)->LinkEntities({&*it}).ok());
  }
  // Streaming links depend on the order ("George Bush" takes "George W.
  // Bush" only when it came first; a bare "Trump" before any full name stays
  // alone in one order).
  EXPECT_NE(Tables(store_.get()), Tables(other->get()));
  ASSERT_TRUE(store_->RelinkEntities().ok());
  ASSERT_TRUE((*other)->RelinkEntities().ok());
  const std::string relinked = Tables(store_.get());
  EXPECT_EQ(relinked, Tables(other->get()));
  ASSERT_TRUE(store_->RelinkEntities().ok());  // idempotent
  EXPECT_EQ(relinked, Tables(store_.get()));
  // Each Bush stays apart (two sets of initials: the short form is
  // ambiguous); "Donald J. Trump" and the bare "Trump" join Donald Trump,
  // named by his most frequent name; "FBI" joins the spelled-out name.
  EXPECT_EQ(relinked,
            "Donald Trump|PER|5|5|Donald J. Trump;Donald Trump;Trump;|CNN:president\n"
            "Federal Bureau of Investigation|ORG|2|3|FBI;Federal Bureau of Investigation;\n"
            "George Bush|PER|1|1|George Bush;\n"
            "George H.W. Bush|PER|1|1|George H.W. Bush;\n"
            "George W. Bush|PER|1|1|George W. Bush;|The New York Times:president\n"
            "Melania Trump|PER|1|1|Melania Trump;\n");
}

TEST_F(EntityStoreTest, RelinkingTypesAnEntityByTheMajorityOfItsChains) {
  PutAndLink(Make("AP", {{"MISC", "Boeing"}}, {"Boeing"}));
  PutAndLink(Make("CNN", {{"ORG", "Boeing"}}, {"Boeing"}));
  PutAndLink(Make("Reuters", {{"ORG", "Boeing"}}, {"Boeing"}));
  ASSERT_EQ(List().size(), 1u);
  EXPECT_EQ(List()[0].type, "MISC");  // streaming: the type first seen
  ASSERT_TRUE(store_->RelinkEntities().ok());
  auto all = List();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].type, "ORG");
  EXPECT_EQ(all[0].articles, 3u);
  // New articles still link to it after the re-link.
  PutAndLink(Make("AP", {{"LOC", "Boeing"}}, {"Boeing"}));
  ASSERT_EQ(List().size(), 1u);
  EXPECT_EQ(List()[0].articles, 4u);
  // Named by its most frequent name of several words, a legal form not
  // counting as a word.
  PutAndLink(Make("AP", {{"ORG", "Boeing Co."}}, {"Boeing Co."}));
  ASSERT_TRUE(store_->RelinkEntities().ok());
  ASSERT_EQ(List().size(), 1u);
  EXPECT_EQ(List()[0].name, "Boeing");
}

TEST_F(EntityStoreTest, APersonNameNeverJoinsAnOrganisation) {
  // A lone "Bloomberg" tagged PER before the person's full name is known
  // may be the man: it is kept apart from the company, and joins him later.
  PutAndLink(Make("Reuters", {{"PER", "Bloomberg"}}, {"Bloomberg"}));
  PutAndLink(Make("AP", {{"ORG", "Bloomberg"}}, {"Bloomberg"}));
  PutAndLink(Make("CNN", {{"PER", "Michael Bloomberg"}}, {"Michael Bloomberg"}));
  auto people = List("PER");
  ASSERT_EQ(people.size(), 1u);
  EXPECT_EQ(people[0].name, "Michael Bloomberg");
  EXPECT_EQ(people[0].articles, 2u);
  auto orgs = List("ORG");
  ASSERT_EQ(orgs.size(), 1u);
  EXPECT_EQ(orgs[0].articles, 1u);
}

TEST_F(EntityStoreTest, ANameOfSeveralWordsJoinsTheKindMostArticlesGiveIt) {
  // Four articles type "Barack Obama" a person, then one an organisation:
  // the organisation chain joins the person. The other way round for "Al
  // Qaeda". Under 3 chains of the other kind, a name stays apart ("Walt
  // Disney"); a minority entity made first ("Rush Limbaugh" ORG) stays
  // apart when streaming and joins on a re-link.
  for (int i = 0; i < 4; ++i) PutAndLink(Make("AP", {{"PER", "Barack Obama"}}, {"Barack Obama"}));
  PutAndLink(Make("CNN", {{"ORG", "Barack Obama"}}, {"Barack Obama"}));
  for (int i = 0; i < 4; ++i) PutAndLink(Make("AP", {{"ORG", "Al Qaeda"}}, {"Al Qaeda"}));
  PutAndLink(Make("CNN", {{"PER", "Al Qaeda"}}, {"Al Qaeda"}));
  PutAndLink(Make("AP", {{"PER", "Walt Disney"}}, {"Walt Disney"}));
  PutAndLink(Make("AP", {{"PER", "Walt Disney"}}, {"Walt Disney"}));
  PutAndLink(Make("AP", {{"ORG", "Walt Disney"}}, {"Walt Disney"}));
  PutAndLink(Make("AP", {{"ORG", "Rush Limbaugh"}}, {"Rush Limbaugh"}));
  for (int i = 0; i < 4; ++i) PutAndLink(Make("AP", {{"PER", "Rush Limbaugh"}}, {"Rush Limbaugh"}));
  auto articles = [this] {
    std::map<std::string, uint64_t> out;
    for (const auto& e : List()) out[e.name + "/" + e.type] = e.articles;
    return out;
  };
  EXPECT_EQ(articles(), (std::map<std::string, uint64_t>{{"Barack Obama/PER", 5},
                                                         {"Al Qaeda/ORG", 5},
                                                         {"Walt Disney/PER", 2},
                                                         {"Walt Disney/ORG", 1},
                                                         {"Rush Limbaugh/PER", 4},
                                                         {"Rush Limbaugh/ORG", 1}}));
  ASSERT_TRUE(store_->RelinkEntities().ok());
  EXPECT_EQ(articles(), (std::map<std::string, uint64_t>{{"Barack Obama/PER", 5},
                                                         {"Al Qaeda/ORG", 5},
                                                         {"Walt Disney/PER", 2},
                                                         {"Walt Disney/ORG", 1},
                                                         {"Rush Limbaugh/PER", 5}}));
}

TEST_F(EntityStoreTest, AShortFormOfTheGivenNameNamesTheSamePerson) {
  PutAndLink(Make("NYT", {{"PER", "Charles E. Schumer"}}, {"Charles E. Schumer"}));
  PutAndLink(Make("Fox", {{"PER", "Chuck Schumer"}}, {"Chuck Schumer"}));
  PutAndLink(Make("CNN", {{"PER", "Chuck Schumer"}}, {"Chuck Schumer"}));
  PutAndLink(Make("AP", {{"PER", "Bill Barr"}}, {"Bill Barr"}));
  PutAndLink(Make("AP", {{"PER", "William Barr"}}, {"William Barr"}));
  // Not a short form of the other (given names shared by men and women are
  // not listed), a full middle name, a generational suffix: apart.
  PutAndLink(Make("AP", {{"PER", "Pat Smith"}}, {"Pat Smith"}));
  PutAndLink(Make("AP", {{"PER", "Patricia Smith"}}, {"Patricia Smith"}));
  PutAndLink(Make("AP", {{"PER", "Bill Clinton"}}, {"Bill Clinton"}));
  PutAndLink(Make("AP", {{"PER", "William Jefferson Clinton"}}, {"William Jefferson Clinton"}));
  PutAndLink(Make("AP", {{"PER", "Joe Manchin III"}}, {"Joe Manchin III"}));
  PutAndLink(Make("AP", {{"PER", "Joseph Wood III"}}, {"Joseph Wood III"}));
  auto persons = [this] {
    std::map<std::string, uint64_t> out;
    for (const auto& e : List("PER")) out[e.name] = e.articles;
    return out;
  };
  EXPECT_EQ(persons(), (std::map<std::string, uint64_t>{{"Charles E. Schumer", 3},
                                                         {"Bill Barr", 2},
                                                         {"Pat Smith", 1},
                                                         {"Patricia Smith", 1},
                                                         {"Bill Clinton", 1},
                                                         {"William Jefferson Clinton", 1},
                                                         {"Joe Manchin III", 1},
                                                         {"Joseph Wood III", 1}}));
  // Re-linked, each person is named by its most frequent spelling.
  ASSERT_TRUE(store_->RelinkEntities().ok());
  const auto relinked = persons();
  EXPECT_EQ(relinked.count("Chuck Schumer"), 1u);
  EXPECT_EQ(relinked.size(), 8u);
}

TEST_F(EntityStoreTest, AnEntityKeepsOnlyASubtypeThatFitsItsType) {
  // Coreference types a chain by most of its mentions and may keep the
  // subtype of another ("Fox News" ORG/GPE).
  Article a = Make("CNN", {{"ORG", "Fox News"}}, {"Fox News"});
  a.entity_chains[0].subtype = "GPE";
  PutAndLink(a);
  // First seen as a place, an organisation in most articles: re-linked it
  // is an organisation without the place's subtype.
  Article b = Make("AP", {{"LOC", "Acme Widgets"}}, {"Acme Widgets"});
  b.entity_chains[0].subtype = "GPE";
  PutAndLink(b);
  PutAndLink(Make("AP", {{"ORG", "Acme Widgets"}}, {"Acme Widgets"}));
  PutAndLink(Make("NPR", {{"ORG", "Acme Widgets"}}, {"Acme Widgets"}));
  Article c = Make("NPR", {{"LOC", "Heathrow Airport"}}, {"Heathrow Airport"});
  c.entity_chains[0].subtype = "FACILITY";
  PutAndLink(c);
  auto types = [this] {
    std::map<std::string, std::string> out;
    for (const auto& e : List()) out[e.name] = e.type + "/" + e.subtype;
    return out;
  };
  EXPECT_EQ(types(), (std::map<std::string, std::string>{
                         {"Fox News", "ORG/"}, {"Acme Widgets", "LOC/GPE"}, {"Heathrow Airport", "LOC/FACILITY"}}));
  ASSERT_TRUE(store_->RelinkEntities().ok());
  EXPECT_EQ(types(), (std::map<std::string, std::string>{
                         {"Fox News", "ORG/"}, {"Acme Widgets", "ORG/"}, {"Heathrow Airport", "LOC/FACILITY"}}));
}

TEST_F(EntityStoreTest, AFirstNameAloneNamesAPersonOnlyWithEvidence) {
  for (int i = 0; i < 3; ++i) PutAndLink(Make("AP", {{"PER", "Joe Biden"}}, {"Joe Biden"}));
  // "Trader Joe's", "the average Joe": no article or chain calls Biden "Joe".
  PutAndLink(Make("CNN", {{"PER", "Joe"}}, {"Joe"}));
  PutAndLink(Make("CNN", {{"PER", "Biden"}}, {"Biden"}));
  // A chain of Hillary Clinton calls her "Hillary": evidence for later
  // articles.
  PutAndLink(OneChain(Make("AP", {{"PER", "Hillary Clinton"}, {"PER", "Hillary"}}, {"Hillary Clinton", "Hillary"})));
  PutAndLink(Make("Fox", {{"PER", "Hillary"}}, {"Hillary"}));
  // The same article names him in full after the first name.
  PutAndLink(Make("AP", {{"PER", "Bernie Sanders"}}, {"Bernie Sanders"}));
  PutAndLink(Make("NPR", {{"PER", "Bernie"}, {"PER", "Bernie Sanders"}}, {"Bernie", "Bernie Sanders"}));
  std::map<std::string, uint64_t> articles;
  for (const auto& e : List("PER")) articles[e.name] = e.articles;
  const std::map<std::string, uint64_t> want{
      {"Joe Biden", 4}, {"Joe", 1}, {"Hillary Clinton", 2}, {"Bernie Sanders", 2}};
  EXPECT_EQ(articles, want);
  ASSERT_TRUE(store_->RelinkEntities().ok());
  articles.clear();
  for (const auto& e : List("PER")) articles[e.name] = e.articles;
  EXPECT_EQ(articles, want);
}

TEST_F(EntityStoreTest, AWellKnownPlaceTaggedAsAPersonIsLinkedAsAPlace) {
  PutAndLink(Make("Politico", {{"PER", "Capitol Hill"}}, {"Capitol Hill"}));
  PutAndLink(Make("CNN", {{"LOC", "Capitol Hill"}}, {"Capitol Hill"}));
  PutAndLink(Make("NPR", {{"PER", "Getty Images"}}, {"Getty Images"}));
  EXPECT_TRUE(List("PER").empty());
  std::map<std::string, uint64_t> articles;
  for (const auto& e : List()) articles[e.name + "/" + e.type] = e.articles;
  EXPECT_EQ(articles, (std::map<std::string, uint64_t>{{"Capitol Hill/LOC", 2}, {"Getty Images/ORG", 1}}));
}

TEST_F(EntityStoreTest, AWellKnownFirmTaggedAsAPlaceIsLinkedAsAFirm) {
  // The tagger reads "Facebook" as a place in most articles; the first
  // chain must not give the entity its type, nor a person chain start a
  // second entity.
  PutAndLink(Make("CNN", {{"LOC", "Facebook"}}, {"Facebook"}));
  PutAndLink(Make("AP", {{"MISC", "Facebook"}}, {"Facebook"}));
  PutAndLink(Make("NPR", {{"PER", "Facebook"}}, {"Facebook"}));
  PutAndLink(Make("Fox", {{"LOC", "Oval Office"}}, {"Oval Office"}));
  PutAndLink(Make("Fox", {{"ORG", "Oval Office"}}, {"Oval Office"}));
  PutAndLink(Make("Fox", {{"MISC", "Republican Party"}}, {"Republican Party"}));
  const std::map<std::string, uint64_t> want{
      {"Facebook/ORG", 3}, {"Oval Office/LOC", 2}, {"Republican Party/ORG", 1}};
  std::map<std::string, uint64_t> articles;
  for (const auto& e : List()) articles[e.name + "/" + e.type] = e.articles;
  EXPECT_EQ(articles, want);
  ASSERT_TRUE(store_->RelinkEntities().ok());
  articles.clear();
  for (const auto& e : List()) articles[e.name + "/" + e.type] = e.articles;
  EXPECT_EQ(articles, want);
}

TEST_F(EntityStoreTest, ABareNameFarMoreFrequentThanTheOnePersonWithThatSurnameStaysApart) {
  // "Hill" (The Hill, Capitol Hill) in four articles, then one "Chris Hill".
  for (int i = 0; i < 4; ++i) PutAndLink(Make("AP", {{"PER", "Hill"}}, {"Hill"}));
  PutAndLink(Make("CNN", {{"PER", "Chris Hill"}}, {"Chris Hill"}));
  PutAndLink(Make("AP", {{"PER", "Hill"}}, {"Hill"}));
  // A surname before the person, named as often: folded.
  PutAndLink(Make("AP", {{"PER", "Kerry"}}, {"Kerry"}));
  PutAndLink(Make("CNN", {{"PER", "John Kerry"}}, {"John Kerry"}));
  std::map<std::string, uint64_t> articles;
  for (const auto& e : List("PER")) articles[e.name] = e.articles;
  EXPECT_EQ(articles, (std::map<std::string, uint64_t>{{"Hill", 5}, {"Chris Hill", 1}, {"John Kerry", 2}}));
}

TEST_F(EntityStoreTest, RolesAreRecordedByOutletAndRelinkingIsIdempotent) {
  Article a = Make("Bloomberg", {{"PER", "John Kerry"}}, {"John Kerry"}, "climate envoy");
  Article b = Make("Breitbart", {{"PER", "John Kerry"}}, {"John Kerry"}, "secretary of state");
  PutAndLink(a);
  PutAndLink(b);
  ASSERT_TRUE(store_->LinkEntities({&a, &b}).ok());  // again: nothing doubles
  auto list = List("PER", "kerr");                   // alias prefix, any case
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].mentions, 2u);
  ASSERT_EQ(list[0].roles.size(), 2u);
  EXPECT_EQ(list[0].roles[0].outlet, "Bloomberg");
  EXPECT_EQ(list[0].roles[0].role, "climate envoy");
  EXPECT_EQ(list[0].roles[0].affiliation, "United States");
  EXPECT_EQ(list[0].roles[1].outlet, "Breitbart");
  EXPECT_EQ(list[0].roles[1].role, "secretary of state");
  auto one = store_->GetEntity(list[0].id);
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->name, "John Kerry");
  EXPECT_EQ(store_->GetEntity(999999).status().code(), Status::Code::kNotFound);
}

TEST_F(EntityStoreTest, ArticlesStoredButNotLinkedAreListed) {
  Article linked = Make("AP", {{"PER", "Ann Roe"}}, {"Ann Roe"});
  PutAndLink(linked);
  Article unlinked = Make("AP", {{"PER", "Bo Lin"}}, {"Bo Lin"});
  Article no_chains = Make("AP", {}, {});
  std::vector<PutOutcome> out;
  ASSERT_TRUE(store_->PutBatch({&unlinked, &no_chains}, &out).ok());  // a crash before LinkEntities
  auto ids = store_->UnlinkedArticleIds();
  ASSERT_TRUE(ids.ok()) << ids.status().ToString();
  EXPECT_EQ(*ids, std::vector<std::string>{unlinked.id});
  ASSERT_TRUE(store_->LinkEntities({&unlinked}).ok());
  EXPECT_TRUE(store_->UnlinkedArticleIds()->empty());
}

TEST_F(EntityStoreTest, RewrittenLayersAreRelinked) {
  Article a = Make("AP", {{"PER", "Ann Roe"}, {"ORG", "Acme Corp"}}, {"Ann Roe", "Acme Corp"});
  PutAndLink(a);
  Article b = Make("AP", {{"PER", "Bo Lin"}}, {"Bo Lin"});
  std::vector<PutOutcome> out;
  ASSERT_TRUE(store_->PutBatch({&b}, &out).ok());  // stored, link left for later
  ASSERT_EQ(List("ORG").size(), 1u);
  Article changed = a;  // a re-annotation found no organisation
  changed.entities.pop_back();
  changed.entity_chains.pop_back();
  ASSERT_TRUE(store_->UpdateAnnotations({&changed, &b}).ok());
  auto orgs = List("ORG");
  EXPECT_TRUE(orgs.empty() || orgs[0].mentions == 0) << orgs.size();
  EXPECT_EQ(List("PER").size(), 2u);
  EXPECT_TRUE(store_->UnlinkedArticleIds()->empty());
  ASSERT_TRUE(store_->UpdateAnnotations({&a}).ok());  // and back
  ASSERT_EQ(List("ORG").size(), 1u);
  EXPECT_EQ(List("ORG")[0].mentions, 1u);
}

// A re-dating rewrites an article's layers without touching its entities;
// linking it again would apply the surname rule to today's corpus and move
// "Smith" away from the person it was linked to.
TEST_F(EntityStoreTest, UnchangedEntityLayersKeepTheirLinks) {
  Article a = Make("AP", {{"PER", "Smith"}}, {"Smith"});
  PutAndLink(a);
  PutAndLink(Make("AP", {{"PER", "John Smith"}}, {"John Smith"}));  // absorbs "Smith"
  PutAndLink(Make("AP", {{"PER", "Jane Smith"}}, {"Jane Smith"}));  // now two Smiths
  ASSERT_EQ(List("PER", "John").size(), 1u);
  EXPECT_EQ(List("PER", "John")[0].articles, 2u);
  Article redated = a;
  redated.published.value = "2023-07-19";
  redated.published.precision = PublishedTime::Precision::kDay;
  redated.published.source = MetaSource::kInferred;
  ASSERT_TRUE(store_->UpdateAnnotations({&redated}).ok());
  auto john = List("PER", "John");
  ASSERT_EQ(john.size(), 1u);
  EXPECT_EQ(john[0].articles, 2u);   // "Smith" is still John Smith
  EXPECT_EQ(List("PER").size(), 2u);  // and no new one-word "Smith" appeared
}

TEST_F(EntityStoreTest, UnknownArticleWritesNothing) {
  Article a = Make("CNN", {{"PER", "John Kerry"}}, {"John Kerry"});
  EXPECT_EQ(store_->LinkEntities({&a}).code(), Status::Code::kNotFound);
  EXPECT_TRUE(List().empty());
}

TEST_F(EntityStoreTest, StoryFilter) {
  Article a = Make("CNN", {{"PER", "John Kerry"}}, {"John Kerry"});
  Article b = Make("CNN", {{"PER", "Xie Zhenhua"}}, {"Xie Zhenhua"});
  PutAndLink(a);
  PutAndLink(b);
  StoryAssignment s;
  s.article_id = a.id;
  s.story_id = "e1";
  s.thread_id = "t1";
  ASSERT_TRUE(store_->PutStoryAssignments({s}, {}, ClusterCheckpoint{}).ok());
  EntityQuery q;
  q.story = "e1";
  auto list = store_->ListEntities(q);
  ASSERT_TRUE(list.ok()) << list.status().ToString();
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].name, "John Kerry");
  q.story = "e404";
  EXPECT_EQ(store_->ListEntities(q).status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace parallax
