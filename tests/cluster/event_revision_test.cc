// ReviseThreadEvents: a merged pair of look-alike events is split, small
// fragments stay, duplicates follow their originals, split-off events of the
// stream re-merge, ids stay stable, oversized threads are left alone.
#include <gtest/gtest.h>

#include "cluster/event_revision.h"
#include "cluster/near_duplicate.h"

namespace parallax::cluster {
namespace {

// A member whose bag is the shared terms 1..shared plus `own` terms from
// `first` on (all counts 1).
RevisionMember Member(int64_t event, uint64_t first, int own, int shared = 2) {
  RevisionMember m;
  for (int i = 1; i <= shared; ++i) m.terms.push_back({static_cast<uint64_t>(i), 1.0f});
  for (int i = 0; i < own; ++i) m.terms.push_back({first + static_cast<uint64_t>(i), 1.0f});
  m.day = kNoDay;
  m.event = event;
  return m;
}

const IdfFunction kFlatIdf = [](uint64_t) { return 1.0; };

TEST(EventRevisionTest, SplitsTwoLookAlikeEventsMergedByTheStream) {
  std::vector<RevisionMember> members;
  for (int i = 0; i < 4; ++i) members.push_back(Member(7, 100, 8));  // event A
  for (int i = 0; i < 4; ++i) members.push_back(Member(7, 200, 8));  // event B, same streaming label
  std::vector<uint32_t> group;
  std::vector<int64_t> label = ReviseThreadEvents(members, kFlatIdf, RevisionOptions(), &group);
  for (int i = 0; i < 4; ++i) EXPECT_EQ(label[i], 7) << i;  // the part with the first member keeps the id
  for (int i = 4; i < 8; ++i) {
    EXPECT_EQ(label[i], -1) << i;
    EXPECT_EQ(group[i], group[4]);
  }
  EXPECT_NE(group[0], group[4]);
}

TEST(EventRevisionTest, AStreamIsRevisedThreadByThreadWithItsIds) {
  // Thread t1: the stream put two look-alike events into e7, interleaved
  // with thread t2's single event e4, which must come through untouched.
  std::vector<RevisionMember> members;
  std::vector<std::string> ids;
  std::vector<Assignment> assigned;
  auto add = [&](const std::string& event, const std::string& thread, uint64_t first) {
    members.push_back(Member(0, first, 8));
    ids.push_back("d" + std::to_string(ids.size()));
    Assignment a;
    a.event_id = a.story_id = event;
    a.thread_id = thread;
    assigned.push_back(a);
  };
  for (int i = 0; i < 4; ++i) {
    add("e7", "t1", 100);
    add("e4", "t2", 500);
  }
  for (int i = 0; i < 4; ++i) add("e7", "t1", 200);
  assigned[3].duplicate_of = "d1";  // a copy within t2: stays with its original
  std::vector<std::string> out = ReviseStreamEvents(members, ids, assigned, kFlatIdf, RevisionOptions());
  ASSERT_EQ(out.size(), 12u);
  for (int i = 0; i < 8; i += 2) EXPECT_EQ(out[i], "e7") << i;
  for (int i = 1; i < 8; i += 2) EXPECT_EQ(out[i], "e4") << i;
  for (int i = 8; i < 12; ++i) EXPECT_EQ(out[i], "rt1-1") << i;  // the split-off part: a new id in its thread
}

TEST(EventRevisionTest, SmallFragmentsStayAndDuplicatesFollowTheirOriginal) {
  std::vector<RevisionMember> members;
  for (int i = 0; i < 4; ++i) members.push_back(Member(3, 100, 8));
  for (int i = 0; i < 2; ++i) members.push_back(Member(3, 200, 8));  // only 2 < min_split_size
  RevisionMember copy = Member(3, 300, 8);  // other words, but linked as a copy of member 0
  copy.duplicate_of = 0;
  members.push_back(copy);
  std::vector<int64_t> label = ReviseThreadEvents(members, kFlatIdf, RevisionOptions());
  for (int64_t l : label) EXPECT_EQ(l, 3);
}

TEST(EventRevisionTest, PartsOfOneGroupMergeUnderTheLargerEventsId) {
  std::vector<RevisionMember> members;
  for (int i = 0; i < 5; ++i) members.push_back(Member(2, 100, 8));
  for (int i = 0; i < 3; ++i) members.push_back(Member(9, 100, 8));  // the stream opened a second event
  std::vector<int64_t> label = ReviseThreadEvents(members, kFlatIdf, RevisionOptions());
  for (int64_t l : label) EXPECT_EQ(l, 2);
  RevisionOptions no_merge;
  no_merge.merge_parts = false;
  label = ReviseThreadEvents(members, kFlatIdf, no_merge);
  EXPECT_EQ(label[0], 2);
  EXPECT_EQ(label[7], 9);
}

TEST(EventRevisionTest, DistantDatesKeepLookAlikesApartAndLargeThreadsStayAsStreamed) {
  std::vector<RevisionMember> members;
  for (int i = 0; i < 6; ++i) {
    members.push_back(Member(1, 100, 8));
    members.back().day = i < 3 ? 1000 : 1090;  // the same words three months apart
  }
  std::vector<int64_t> label = ReviseThreadEvents(members, kFlatIdf, RevisionOptions());
  EXPECT_EQ(label[0], 1);
  EXPECT_EQ(label[5], -1);
  RevisionOptions small;
  small.max_members = 5;
  label = ReviseThreadEvents(members, kFlatIdf, small);
  for (int64_t l : label) EXPECT_EQ(l, 1);
}

}  // namespace
}  // namespace parallax::cluster
