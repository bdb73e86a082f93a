// Canonical entities, session 21: names read only in page furniture (page_furniture.h) and the
// evidence the person rules ask for. Articles built by hand, as in entity_store_test.cc.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "parallax/store.h"
#include "store/entity_fixture.h"

namespace parallax {
namespace {

class EntityEvidenceTest : public EntityStoreTest {
 protected:
  // An article of `text` whose `names` (type, text) form one chain each,
  // every occurrence of the name in the text a mention of it.
  Article FromText(const std::string& outlet, const std::string& text,
                   const std::vector<std::pair<std::string, std::string>>& names) {
    ingest::RawDocument d;
    d.uri = "mem/text" + std::to_string(n_++);
    d.format = "text";
    d.outlet = outlet;
    d.raw = text;
    d.blocks.push_back({d.raw, false});
    Article a = *text::BuildArticle(d);
    for (size_t i = 0; i < names.size(); ++i) {
      EntityChain chain{names[i].second, names[i].first, "", {}};
      for (size_t at = a.body.find(names[i].second); at != std::string::npos;
           at = a.body.find(names[i].second, at + 1)) {
        Span sp{static_cast<uint32_t>(at), static_cast<uint32_t>(at + names[i].second.size())};
        chain.mentions.push_back(static_cast<uint32_t>(a.entities.size()));
        a.entities.push_back(EntityMention{sp, names[i].first, "", 0.9f, static_cast<int32_t>(i)});
      }
      a.entity_chains.push_back(std::move(chain));
    }
    return a;
  }

  std::set<std::string> Names() {
    std::set<std::string> out;
    for (const auto& e : List()) out.insert(e.name);
    return out;
  }
};

TEST_F(EntityEvidenceTest, NamesReadOnlyInNewsletterPromptsAreNoEntities) {
  PutAndLink(FromText("Monitor",
                      "Voters in Boston waited for hours. Get the Monitor Stories you care about delivered to your "
                      "inbox. By signing up, you agree to our Privacy Policy.\n\nMany consumers are signing up for "
                      "coverage through Obamacare, Acme Health said.",
                      {{"LOC", "Boston"}, {"ORG", "Monitor Stories"}, {"ORG", "Privacy Policy"},
                       {"MISC", "Obamacare"}, {"ORG", "Acme Health"}}));
  PutAndLink(FromText("Politico",
                      "POLITICO reported the vote. Sign up for Morning Defense, a daily briefing on Washington's "
                      "national security apparatus. By signing up you agree to receive email newsletters or alerts "
                      "from POLITICO. This site is protected by reCAPTCHA and the Google Privacy Policy and Terms "
                      "of Service apply.",
                      {{"ORG", "POLITICO"}, {"ORG", "Morning Defense"}, {"LOC", "Washington"},
                       {"ORG", "Google Privacy Policy and Terms of Service"}}));
  // A name also read outside the prompts (POLITICO) keeps its entity; "signing up for coverage" is news.
  const std::set<std::string> want{"Boston", "Obamacare", "Acme Health", "POLITICO"};
  EXPECT_EQ(Names(), want);
  ASSERT_TRUE(store_->RelinkEntities().ok());
  EXPECT_EQ(Names(), want);
}

}  // namespace
}  // namespace parallax
