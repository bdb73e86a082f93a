// Stories in the store: assignments, summaries, filters, checkpoint atomicity.
#include <gtest/gtest.h>

#include "parallax/store.h"
#include "test_util.h"
#include "text/article_builder.h"

namespace parallax {
namespace {

class StoryStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    scratch_ = std::make_unique<testing_util::ScratchDir>(
        std::string("story_store_") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    auto s = Store::Open((scratch_->path() / "t.db").string());
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
  }

  // Stores an article and returns its id.
  std::string Put(const std::string& text, const std::string& outlet, const std::string& date,
                  const std::string& title = "") {
    ingest::RawDocument d;
    d.uri = "mem/" + outlet + "/" + std::to_string(n_++);
    d.format = "text";
    d.outlet = outlet;
    d.title = title;
    d.raw = text;
    d.blocks.push_back({text, false});
    d.published = date;
    d.published_source = date.empty() ? MetaSource::kNone : MetaSource::kHeader;
    Article a = *text::BuildArticle(d);
    // One entity: the first word, in a chain named after it.
    size_t sp = a.body.find(' ');
    a.entities.push_back(EntityMention{Span{0, static_cast<uint32_t>(sp)}, "PER", "", 0.9f, 0});
    a.entity_chains.push_back(EntityChain{"Chain " + a.body.substr(0, sp), "PER", "", {0}});
    std::vector<PutOutcome> out;
    EXPECT_TRUE(store_->PutBatch({&a}, &out).ok());
    return a.id;
  }

  static StoryAssignment Assign(const std::string& id, const std::string& story, const std::string& thread,
                                const std::string& dup = "") {
    StoryAssignment a;
    a.article_id = id;
    a.story_id = story;
    a.thread_id = thread;
    a.duplicate_of = dup;
    a.score = dup.empty() ? 0.5 : 0.9;
    return a;
  }

  std::unique_ptr<testing_util::ScratchDir> scratch_;
  std::unique_ptr<Store> store_;
  int n_ = 0;
};

TEST_F(StoryStoreTest, SummariesCountOutletsNotCopies) {
  std::string a = Put("Kerry lands in Beijing for talks.", "Reuters", "2023-07-16", "Kerry lands in Beijing");
  std::string b = Put("Xie meets the envoy on Monday.", "Planet", "2023-07-17", "Xie meets envoy");
  std::string c = Put("Kerry lands in Beijing for talks, copied.", "Yahoo", "2023-07-16", "Copy headline");
  std::string d = Put("Marathon results from Boston.", "Planet", "2023-04-17", "Boston marathon");
  ASSERT_TRUE(store_
                  ->PutStoryAssignments({Assign(a, "e1", "t1"), Assign(b, "e1", "t1"), Assign(c, "e1", "t1", a),
                                         Assign(d, "e2", "t2")},
                                        {}, ClusterCheckpoint{"snap", 4})
                  .ok());
  auto stories = store_->ListStories({});
  ASSERT_TRUE(stories.ok()) << stories.status().ToString();
  ASSERT_EQ(stories->size(), 2u);
  const StorySummary& s = (*stories)[0];  // newest first
  EXPECT_EQ(s.id, "e1");
  EXPECT_EQ(s.thread_id, "t1");
  EXPECT_EQ(s.title, "Kerry lands in Beijing");
  EXPECT_EQ(s.first_date, "2023-07-16");
  EXPECT_EQ(s.last_date, "2023-07-17");
  EXPECT_EQ(s.outlets, (std::vector<std::string>{"Planet", "Reuters", "Yahoo"}));
  EXPECT_EQ(s.articles, 3u);
  EXPECT_EQ(s.duplicates, 1u);
  EXPECT_EQ((*stories)[1].id, "e2");
  EXPECT_EQ((*stories)[1].articles, 1u);

  auto ids = store_->StoryArticleIds("e1");
  ASSERT_TRUE(ids.ok());
  EXPECT_EQ(*ids, (std::vector<std::string>{a, b, c}));
  EXPECT_FALSE(store_->StoryArticleIds("e99").ok());
  auto of = store_->StoryOf(c.substr(0, 8));
  ASSERT_TRUE(of.ok()) << of.status().ToString();
  EXPECT_EQ(of->story_id, "e1");
  EXPECT_EQ(of->duplicate_of, a);
  EXPECT_DOUBLE_EQ(of->score, 0.9);
  auto cp = store_->LoadClusterCheckpoint();
  ASSERT_TRUE(cp.ok());
  EXPECT_EQ(cp->snapshot, "snap");
  EXPECT_EQ(cp->last_seq, 4);
}

// An untitled story is named by the same rule as the story view's untitled
// articles (synth::ArticleLead): the first segmented sentence, not the text
// up to the first ". " ("U.S. envoy" would cut it after "U.S.").
TEST_F(StoryStoreTest, UntitledStoryIsNamedByItsLeadSentence) {
  std::string a = Put("Will the U.S. envoy reach a deal in Beijing this week? Officials doubt it \u2014 again.", "Planet",
                      "2023-07-16");
  ASSERT_TRUE(store_->PutStoryAssignments({Assign(a, "e1", "t1")}, {}, ClusterCheckpoint{"snap", 1}).ok());
  auto stories = store_->ListStories({});
  ASSERT_TRUE(stories.ok()) << stories.status().ToString();
  ASSERT_EQ(stories->size(), 1u);
  EXPECT_EQ((*stories)[0].title, "Will the U.S. envoy reach a deal in Beijing this week?");
}

TEST_F(StoryStoreTest, FiltersAndPagination) {
  std::string a = Put("Kerry lands in Beijing.", "Reuters", "2023-07-16");
  std::string b = Put("Biden speaks in Ohio.", "Planet", "2023-09-01");
  std::string c = Put("Xie replies to Kerry.", "CNN", "2023-12-01");
  std::string d = Put("Undated note about trade.", "Planet", "");
  ASSERT_TRUE(store_
                  ->PutStoryAssignments({Assign(a, "e1", "t1"), Assign(b, "e2", "t2"), Assign(c, "e3", "t1"),
                                         Assign(d, "e4", "t3")},
                                        {}, ClusterCheckpoint{"s", 4})
                  .ok());
  auto ids = [&](const StoryQuery& q) {
    std::vector<std::string> out;
    auto r = store_->ListStories(q);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    if (r.ok()) for (const auto& s : *r) out.push_back(s.id);
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(ids({}), (V{"e3", "e2", "e1", "e4"}));  // undated last
  StoryQuery q;
  q.since = "2023-08-01";
  EXPECT_EQ(ids(q), (V{"e3", "e2"}));
  q.until = "2023-10-01";
  EXPECT_EQ(ids(q), (V{"e2"}));
  q = {};
  q.outlet = "Planet";
  EXPECT_EQ(ids(q), (V{"e2", "e4"}));
  q = {};
  q.thread = "t1";
  EXPECT_EQ(ids(q), (V{"e3", "e1"}));
  q = {};
  q.entity = "chain xie";  // chain name, case-insensitive
  EXPECT_EQ(ids(q), (V{"e3"}));
  q.entity = "BIDEN";  // mention text
  EXPECT_EQ(ids(q), (V{"e2"}));
  q = {};
  q.limit = 2;
  q.offset = 1;
  EXPECT_EQ(ids(q), (V{"e2", "e1"}));
}

TEST_F(StoryStoreTest, FailedCommitLeavesNothing) {
  std::string a = Put("Kerry lands in Beijing.", "Reuters", "2023-07-16");
  ASSERT_TRUE(store_->PutStoryAssignments({Assign(a, "e1", "t1")}, {}, ClusterCheckpoint{"one", 1}).ok());
  // Second commit names an unknown article: nothing of it may stick.
  Status s = store_->PutStoryAssignments({Assign(a, "e5", "t5"), Assign("0123456789abcdef", "e5", "t5")}, {},
                                         ClusterCheckpoint{"two", 2});
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_EQ(store_->StoryOf(a)->story_id, "e1");
  EXPECT_EQ(store_->LoadClusterCheckpoint()->snapshot, "one");
  EXPECT_EQ(store_->ListStories({})->size(), 1u);
}

TEST_F(StoryStoreTest, RedatedArticlesMoveTheStoryDatesAndReassignmentMovesMembers) {
  std::string a = Put("Kerry lands in Beijing.", "Reuters", "2023-07-16");
  std::string b = Put("Undated Kerry piece.", "Planet", "");
  StoryAssignment ab = Assign(b, "e1", "t1");
  ab.undated = true;
  ASSERT_TRUE(store_->PutStoryAssignments({Assign(a, "e1", "t1"), ab}, {}, ClusterCheckpoint{"x", 2}).ok());
  EXPECT_EQ(store_->ListStories({})->at(0).last_date, "2023-07-16");
  Article got = *store_->Get(b);
  got.published = PublishedTime{"2023-07-20", PublishedTime::Precision::kDay, MetaSource::kInferred};
  ab.inferred_date = "2023-07-20";
  ab.date_uncertainty_days = 4;
  ASSERT_TRUE(store_->PutStoryAssignments({ab}, {&got}, ClusterCheckpoint{"y", 2}).ok());
  auto s = store_->ListStories({});
  ASSERT_EQ(s->size(), 1u);
  EXPECT_EQ(s->at(0).last_date, "2023-07-20");
  EXPECT_EQ(store_->Get(b)->published.source, MetaSource::kInferred);
  auto of = store_->StoryOf(b);
  EXPECT_TRUE(of->undated);
  EXPECT_EQ(of->inferred_date, "2023-07-20");
  EXPECT_EQ(of->date_uncertainty_days, 4);
  // Moving b to another story refreshes both.
  ASSERT_TRUE(store_->PutStoryAssignments({Assign(b, "e2", "t1")}, {}, ClusterCheckpoint{"z", 2}).ok());
  s = store_->ListStories({});
  ASSERT_EQ(s->size(), 2u);
  for (const auto& st : *s) EXPECT_EQ(st.articles, 1u);
}

TEST_F(StoryStoreTest, VersionChangesWhenMembersOrTheirLayersChange) {
  std::string a = Put("Kerry lands in Beijing.", "Reuters", "2023-07-16");
  std::string b = Put("Marathon results from Boston.", "Planet", "2023-04-17");
  ASSERT_TRUE(
      store_->PutStoryAssignments({Assign(a, "e1", "t1"), Assign(b, "e2", "t2")}, {}, ClusterCheckpoint{"x", 2}).ok());
  auto v1 = store_->GetStory("e1");
  ASSERT_TRUE(v1.ok()) << v1.status().ToString();
  EXPECT_EQ(v1->articles, 1u);
  const int64_t e2_before = store_->GetStory("e2")->version;
  const StoreVersion sv1 = *store_->Version();
  EXPECT_EQ(store_->GetStory("e9").status().code(), Status::Code::kNotFound);
  // New layers of a member: its story gets a new version, the other keeps its own.
  Article got = *store_->Get(a);
  got.quotes.push_back(Quotation{});
  ASSERT_TRUE(store_->UpdateAnnotations({&got}).ok());
  auto v2 = store_->GetStory("e1");
  ASSERT_TRUE(v2.ok());
  EXPECT_NE(v2->version, v1->version);
  EXPECT_EQ(store_->GetStory("e2")->version, e2_before);
  const StoreVersion sv2 = *store_->Version();
  EXPECT_GT(sv2.stories, sv1.stories);
  EXPECT_EQ(sv2.articles, sv1.articles);
  Put("A third article arrives.", "CNN", "2023-07-18");
  EXPECT_GT(store_->Version()->articles, sv2.articles);
  // A member moving: both stories change; listing reports the same versions.
  ASSERT_TRUE(store_->PutStoryAssignments({Assign(b, "e1", "t1")}, {}, ClusterCheckpoint{"y", 2}).ok());
  auto v3 = store_->GetStory("e1");
  ASSERT_TRUE(v3.ok());
  EXPECT_NE(v3->version, v2->version);
  EXPECT_NE(v3->version, v1->version);  // never reused
  EXPECT_EQ(v3->articles, 2u);
  EXPECT_EQ(store_->ListStories({})->at(0).version, v3->version);
  EXPECT_FALSE(store_->GetStory("e2").ok());  // its last member left
}

}  // namespace
}  // namespace parallax
