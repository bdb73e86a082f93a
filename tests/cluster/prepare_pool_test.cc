// PreparePool: features prepared on worker threads, decisions in input order.
// The assignments, the returned bags and the clusterer's snapshot must be
// exactly those of sequential Add() calls, for any thread count and any way
// of cutting the stream into batches.
#include <gtest/gtest.h>

#include <span>
#include <string>
#include <vector>

#include "cluster/idf_prior.h"
#include "cluster/prepare_pool.h"
#include "cluster/story_clusterer.h"

namespace parallax::cluster {
namespace {

// A synthetic stream written for this test: 40 topics, each with its own
// words and names; every document mixes words of its topic with common
// filler, some carry entities and mentioned dates, some are copies of an
// earlier document of their topic under a new headline. Deterministic.
std::vector<Document> SyntheticStream(size_t n) {
  static const char* kFiller[] = {"officials", "said", "week", "government", "report", "people",
                                  "statement", "country", "plan", "meeting", "year", "new"};
  uint64_t state = 12345;
  auto next = [&state]() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<size_t>(state >> 33);
  };
  std::vector<Document> docs;
  for (size_t i = 0; i < n; ++i) {
    const size_t topic = next() % 40;
    Document d;
    d.id = "d" + std::to_string(i);
    d.outlet = "outlet" + std::to_string(next() % 7);
    if (next() % 10 != 0) d.date = FormatDay(19500 + static_cast<int32_t>(i / 12 + topic % 5));
    if (next() % 12 == 0 && i > 0) {  // a re-headlined copy of an earlier document
      const Document& earlier = docs[next() % docs.size()];
      d.title = "Copy: " + earlier.title;
      d.text = earlier.text;
      docs.push_back(d);
      continue;
    }
    const std::string t = std::to_string(topic);
    d.title = "Topic" + t + " crisis talks in Placeville" + t;
    for (int s = 0; s < 12; ++s) {
      d.text += "The Minister" + t + " met Envoy" + t + " about harbor" + t + " quota" + t + ". ";
      d.text += std::string(kFiller[next() % 12]) + " " + kFiller[next() % 12] + " vessel" +
                std::to_string(next() % 300) + " on day " + std::to_string(next() % 31) + ". ";
    }
    if (next() % 3 == 0) d.entities = {"Minister" + t, "Placeville " + t};
    if (next() % 4 == 0) d.mentioned_dates = {FormatDay(19500 + static_cast<int32_t>(i / 12)), "2023-W29"};
    docs.push_back(std::move(d));
  }
  return docs;
}

std::string Key(const Assignment& a) {
  return a.event_id + "/" + a.thread_id + "/" + a.duplicate_of + "/" + std::to_string(a.score) + "/" +
         a.inferred_date + "/" + std::to_string(a.date_uncertainty_days) + "/" + std::to_string(a.new_event) +
         std::to_string(a.new_thread);
}

ClusterOptions OptionsWithPrior() {
  ClusterOptions o;
  auto path = DefaultIdfPriorPath();
  EXPECT_TRUE(path.ok()) << path.status().ToString();
  if (!path.ok()) return o;
  auto prior = IdfPrior::Load(*path);
  EXPECT_TRUE(prior.ok()) << prior.status().ToString();
  if (prior.ok()) o.idf_prior = *prior;
  return o;
}

struct StreamRun {
  std::vector<std::string> keys;
  std::vector<std::vector<TermCount>> terms;
  std::string snapshot;
};

StreamRun Sequential(const ClusterOptions& o, const std::vector<Document>& docs) {
  auto c = StoryClusterer::Create(o);
  EXPECT_TRUE(c.ok());
  StreamRun r;
  for (const Document& d : docs) {
    r.terms.emplace_back();
    r.keys.push_back(Key((*c)->Add(d, &r.terms.back())));
  }
  r.snapshot = (*c)->Serialize();
  return r;
}

// The stream cut into batches of the given sizes (the last one takes the rest).
StreamRun Pooled(const ClusterOptions& o, const std::vector<Document>& docs, int threads, std::vector<size_t> cuts) {
  auto c = StoryClusterer::Create(o);
  EXPECT_TRUE(c.ok());
  PreparePool pool(threads);
  EXPECT_EQ(pool.threads(), threads);
  StreamRun r;
  std::span<const Document> rest(docs);
  cuts.push_back(docs.size());
  for (size_t cut : cuts) {
    const size_t take = std::min(cut, rest.size());
    std::vector<Assignment> out;
    std::vector<std::vector<TermCount>> terms;
    EXPECT_TRUE(pool.AddBatch(c->get(), rest.first(take), &out, &terms).ok());
    EXPECT_EQ(out.size(), take);
    for (size_t i = 0; i < out.size(); ++i) {
      r.keys.push_back(Key(out[i]));
      r.terms.push_back(std::move(terms[i]));
    }
    rest = rest.subspan(take);
  }
  r.snapshot = (*c)->Serialize();
  return r;
}

void ExpectSame(const StreamRun& want, const StreamRun& got, const std::string& label) {
  ASSERT_EQ(want.keys.size(), got.keys.size()) << label;
  for (size_t i = 0; i < want.keys.size(); ++i) {
    EXPECT_EQ(want.keys[i], got.keys[i]) << label << " document " << i;
    ASSERT_EQ(want.terms[i].size(), got.terms[i].size()) << label << " document " << i;
    for (size_t k = 0; k < want.terms[i].size(); ++k) {
      EXPECT_EQ(want.terms[i][k].term, got.terms[i][k].term);
      EXPECT_EQ(want.terms[i][k].count, got.terms[i][k].count);
    }
  }
  EXPECT_TRUE(want.snapshot == got.snapshot) << label << ": snapshots differ";
}

TEST(PreparePoolTest, AnyThreadCountGivesTheSequentialAssignments) {
  const std::vector<Document> docs = SyntheticStream(600);
  for (const ClusterOptions& o : {ClusterOptions{}, OptionsWithPrior()}) {
    const StreamRun want = Sequential(o, docs);
    // The stream must exercise every path: joins, new events, copies.
    size_t copies = 0, joins = 0, opened = 0;
    for (const std::string& k : want.keys) {
      const bool copy = k.find("/d") != std::string::npos;
      const bool new_event = k[k.size() - 2] == '1';
      copies += copy;
      opened += new_event;
      joins += !copy && !new_event;
    }
    EXPECT_GT(copies, 10u);
    EXPECT_GT(joins, 100u);
    EXPECT_GT(opened, 20u);
    for (int threads : {1, 2, 4}) {
      ExpectSame(want, Pooled(o, docs, threads, {}), "one batch, threads " + std::to_string(threads));
      ExpectSame(want, Pooled(o, docs, threads, {1, 0, 37, 200, 3}),
                 "uneven batches, threads " + std::to_string(threads));
    }
  }
}

TEST(PreparePoolTest, PrepareIsTheFirstHalfOfAdd) {
  const std::vector<Document> docs = SyntheticStream(50);
  auto a = StoryClusterer::Create(ClusterOptions{});
  auto b = StoryClusterer::Create(ClusterOptions{});
  ASSERT_TRUE(a.ok() && b.ok());
  PreparedDocument p;
  for (const Document& d : docs) {
    (*b)->Prepare(d, &p);  // the same object reused: stale buffers must not leak into the next document
    EXPECT_EQ(Key((*a)->Add(d)), Key((*b)->Add(d, p))) << d.id;
  }
  EXPECT_TRUE((*a)->Serialize() == (*b)->Serialize());
}

TEST(PreparePoolTest, RejectsMissingArguments) {
  PreparePool pool(2);
  std::vector<Assignment> out;
  EXPECT_FALSE(pool.AddBatch(nullptr, {}, &out).ok());
  auto c = StoryClusterer::Create(ClusterOptions{});
  ASSERT_TRUE(c.ok());
  EXPECT_FALSE(pool.AddBatch(c->get(), {}, nullptr).ok());
  EXPECT_TRUE(pool.AddBatch(c->get(), {}, &out).ok());
  EXPECT_TRUE(out.empty());
  EXPECT_GE(ResolveThreads(0), 1);
  EXPECT_EQ(ResolveThreads(3), 3);
}

}  // namespace
}  // namespace parallax::cluster
