// The fixture of the canonical-entity tests (entity_store_test.cc,
// entity_evidence_test.cc): a fresh store per test and articles built by
// hand (mentions and chains set directly), so the tests do not depend on the
// NER model.
#ifndef PARALLAX_TESTS_STORE_ENTITY_FIXTURE_H_
#define PARALLAX_TESTS_STORE_ENTITY_FIXTURE_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "parallax/store.h"
#include "test_util.h"
#include "text/article_builder.h"

namespace parallax {

class EntityStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    scratch_ = std::make_unique<testing_util::ScratchDir>(
        std::string("entity_store_") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    auto s = Store::Open((scratch_->path() / "t.db").string());
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
  }

  // An article whose `names` (type, text) each appear in the text and form
  // one chain each, named `chain_names` (same order); `role` is given to
  // the first mention when not empty.
  Article Make(const std::string& outlet, const std::vector<std::pair<std::string, std::string>>& names,
               const std::vector<std::string>& chain_names, const std::string& role = "") {
    std::string text;
    for (const auto& [type, name] : names) text += name + " spoke. ";
    ingest::RawDocument d;
    d.uri = "mem/" + std::to_string(n_++);
    d.format = "text";
    d.outlet = outlet;
    d.raw = text + std::to_string(n_);
    d.blocks.push_back({d.raw, false});
    Article a = *text::BuildArticle(d);
    size_t pos = 0;
    for (size_t i = 0; i < names.size(); ++i) {
      size_t at = a.body.find(names[i].second, pos);
      Span sp{static_cast<uint32_t>(at), static_cast<uint32_t>(at + names[i].second.size())};
      a.entities.push_back(EntityMention{sp, names[i].first, "", 0.9f, static_cast<int32_t>(i)});
      a.entity_chains.push_back(EntityChain{chain_names[i], names[i].first, "", {static_cast<uint32_t>(i)}});
      pos = at + 1;
    }
    if (!role.empty()) a.roles.push_back(RoleMention{Span{0, 1}, 0, role, "", "United States"});
    return a;
  }

  // `a` with all its mentions in its first chain (as coreference makes of
  // "Federal Bureau of Investigation ... FBI").
  static Article OneChain(Article a) {
    a.entity_chains.resize(1);
    a.entity_chains[0].mentions.clear();
    for (size_t i = 0; i < a.entities.size(); ++i) {
      a.entities[i].chain = 0;
      a.entity_chains[0].mentions.push_back(static_cast<uint32_t>(i));
    }
    return a;
  }

  void PutAndLink(const Article& a) {
    std::vector<PutOutcome> out;
    ASSERT_TRUE(store_->PutBatch({&a}, &out).ok());
    Status s = store_->LinkEntities({&a});
    ASSERT_TRUE(s.ok()) << s.ToString();
  }

  std::vector<EntitySummary> List(const std::string& type = "", const std::string& prefix = "") {
    EntityQuery q;
    q.type = type;
    q.name_prefix = prefix;
    auto r = store_->ListEntities(q);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : std::vector<EntitySummary>{};
  }

  std::unique_ptr<testing_util::ScratchDir> scratch_;
  std::unique_ptr<Store> store_;
  int n_ = 0;
};

}  // namespace parallax

#endif  // PARALLAX_TESTS_STORE_ENTITY_FIXTURE_H_
