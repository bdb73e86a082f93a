// ViewCache: exact (id, version) hits, stale versions dropped, least
// recently used views evicted past the byte budget.
#include "serve/view_cache.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>
#include <vector>

namespace parallax::serve {
namespace {

std::shared_ptr<const std::string> Body(size_t n, char c) { return std::make_shared<const std::string>(n, c); }

TEST(ViewCacheTest, HitsOnlyTheSameVersion) {
  ViewCache cache(1000);
  EXPECT_EQ(cache.Find("e1", 1), nullptr);
  cache.Put("e1", 1, Body(10, 'a'));
  auto hit = cache.Find("e1", 1);
  ASSERT_NE(hit, nullptr);
  EXPECT_EQ(*hit, std::string(10, 'a'));
  EXPECT_EQ(cache.Find("e1", 2), nullptr);  // the story changed: stale view dropped
  EXPECT_EQ(cache.size(), 0u);
  EXPECT_EQ(cache.bytes(), 0u);
  cache.Put("e1", 2, Body(20, 'b'));
  cache.Put("e1", 3, Body(30, 'c'));  // replaces the older version
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.bytes(), 30u);
}

TEST(ViewCacheTest, EvictsLeastRecentlyUsedPastTheBudget) {
  ViewCache cache(100);
  cache.Put("e1", 1, Body(40, 'a'));
  cache.Put("e2", 1, Body(40, 'b'));
  ASSERT_NE(cache.Find("e1", 1), nullptr);  // e1 is now the most recent
  cache.Put("e3", 1, Body(40, 'c'));         // over budget: e2 goes
  EXPECT_EQ(cache.Find("e2", 1), nullptr);
  EXPECT_NE(cache.Find("e1", 1), nullptr);
  EXPECT_NE(cache.Find("e3", 1), nullptr);
  EXPECT_LE(cache.bytes(), 100u);
  cache.Put("e4", 1, Body(101, 'd'));  // larger than the budget: not kept
  EXPECT_EQ(cache.Find("e4", 1), nullptr);
  ViewCache off(0);
  off.Put("e1", 1, Body(1, 'a'));
  EXPECT_EQ(off.Find("e1", 1), nullptr);
}

TEST(ViewCacheTest, ConcurrentMissesRenderOnce) {
  ViewCache cache(1000);
  std::atomic<int> renders{0};
  std::promise<void> release;
  std::shared_future<void> gate = release.get_future().share();
  auto render = [&]() -> Result<std::string> {
    ++renders;
    gate.wait();  // hold the render until every caller has asked
    return std::string("view");
  };
  std::vector<std::thread> callers;
  std::atomic<int> served{0};
  for (int i = 0; i < 8; ++i) {
    callers.emplace_back([&] {
      auto body = cache.GetOrRender("e1", 7, render);
      if (body.ok() && **body == "view") ++served;
    });
  }
  while (renders.load() == 0) std::this_thread::yield();
  std::this_thread::sleep_for(std::chrono::milliseconds(50));  // let the others queue behind it
  release.set_value();
  for (auto& t : callers) t.join();
  EXPECT_EQ(served.load(), 8);
  EXPECT_EQ(renders.load(), 1);
  EXPECT_NE(cache.Find("e1", 7), nullptr);
  // A failed render reaches its caller and is not cached.
  auto failed = cache.GetOrRender("e2", 1, [] { return Result<std::string>(Status::NotFound("no story e2")); });
  EXPECT_EQ(failed.status().code(), Status::Code::kNotFound);
  EXPECT_EQ(cache.Find("e2", 1), nullptr);
}

}  // namespace
}  // namespace parallax::serve
