// Fuzzes StoryClusterer::Restore (the snapshot reader). The input is taken as
// a snapshot body; the checksum trailer is appended here so that the fuzzer
// reaches the parser instead of stopping at the checksum. A snapshot that
// restores must leave a usable clusterer: a few documents are added and the
// state is serialized and restored again.
#include <xxhash.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "cluster/story_clusterer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using parallax::cluster::StoryClusterer;
  std::string snapshot(reinterpret_cast<const char*>(data), size);
  uint64_t sum = XXH3_64bits(snapshot.data(), snapshot.size());
  for (int i = 0; i < 8; ++i) snapshot.push_back(static_cast<char>(sum >> (8 * i)));
  auto c = StoryClusterer::Create(parallax::cluster::ClusterOptions{});
  if (!c.ok()) return 0;
  if (!(*c)->Restore(snapshot).ok()) return 0;
  parallax::cluster::Document d;
  d.id = "fuzz";
  d.date = "2023-07-12";
  d.title = "Kerry arrives in Beijing";
  d.text = "US climate envoy John Kerry arrived in Beijing for talks with Xie Zhenhua.";
  d.entities = {"John Kerry"};
  (*c)->Add(d);
  d.date.clear();
  d.id = "fuzz2";
  (*c)->Add(d);
  std::string again = (*c)->Serialize();
  auto c2 = StoryClusterer::Create(parallax::cluster::ClusterOptions{});
  if (c2.ok() && !(*c2)->Restore(again).ok()) __builtin_trap();
  return 0;
}
