#include "annotate/ner/gazetteer.h"

#include <gtest/gtest.h>

#include "annotate/ner/lexicon.h"

namespace parallax::ner {
namespace {

std::vector<uint64_t> Hashes(const std::vector<std::string>& toks) {
  std::vector<uint64_t> h;
  for (const auto& t : toks) h.push_back(Gazetteer::TokenHash(t));
  return h;
}

TEST(GazetteerTest, MarksLongestMatchWithBilu) {
  Gazetteer g;
  g.Add({"new", "york"}, kGazSubdivision, kAllFolds);
  g.Add({"new", "york", "city"}, kGazSubdivision, kAllFolds);
  g.Add({"york"}, kGazCountry, kAllFolds);
  auto h = Hashes({"in", "new", "york", "city", "today"});
  std::vector<uint8_t> out(h.size() * kGazLists);
  g.Match(h.data(), h.size(), -1, out.data());
  EXPECT_EQ(out[0 * kGazLists + kGazSubdivision], 0);
  EXPECT_EQ(out[1 * kGazLists + kGazSubdivision], 1);  // B
  EXPECT_EQ(out[2 * kGazLists + kGazSubdivision], 2);  // I
  EXPECT_EQ(out[3 * kGazLists + kGazSubdivision], 3);  // L
  EXPECT_EQ(out[2 * kGazLists + kGazCountry], 4);      // U
  EXPECT_TRUE(g.Contains(h.data(), 1, 2, kGazSubdivision));
  EXPECT_FALSE(g.Contains(h.data(), 1, 2, kGazCountry));
}

// MatchSparse gives Match's marks at the tokens it lists and leaves the other
// rows alone; tokens that cannot start a phrase (MayStart) may be skipped.
TEST(GazetteerTest, SparseMatchEqualsDense) {
  Gazetteer g;
  g.Add({"new", "york"}, kGazSubdivision, kAllFolds);
  g.Add({"new", "york", "city"}, kGazSubdivision, kAllFolds);
  g.Add({"york"}, kGazCountry, kAllFolds);
  g.Add({"acme"}, kGazTrainOrg, 1u << 3);
  auto h = Hashes({"in", "new", "york", "city", "acme", "today", "york"});
  const size_t n = h.size();
  EXPECT_FALSE(g.MayStart(h[0]));
  EXPECT_TRUE(g.MayStart(h[1]));
  EXPECT_FALSE(g.MayStart(h[3]));  // "city" only ends a phrase
  std::vector<uint8_t> starts(n);
  for (size_t i = 0; i < n; ++i) starts[i] = g.MayStart(h[i]);
  for (int fold : {-1, 3}) {
    std::vector<uint8_t> dense(n * kGazLists);
    g.Match(h.data(), n, fold, dense.data());
    for (const uint8_t* s : {static_cast<const uint8_t*>(nullptr), static_cast<const uint8_t*>(starts.data())}) {
      std::vector<uint8_t> sparse(n * kGazLists, 0xEE);  // rows not listed keep this
      std::vector<uint16_t> lists(n, 0xFFFF);
      g.MatchSparse(h.data(), n, fold, s, sparse.data(), lists.data());
      for (size_t i = 0; i < n; ++i) {
        uint16_t want = 0;
        for (int l = 0; l < kGazLists; ++l)
          if (dense[i * kGazLists + l]) want |= static_cast<uint16_t>(1u << l);
        EXPECT_EQ(lists[i], want) << "token " << i << " fold " << fold;
        for (int l = 0; l < kGazLists; ++l)
          EXPECT_EQ(sparse[i * kGazLists + l], want ? dense[i * kGazLists + l] : 0xEE) << i << " " << l;
      }
    }
  }
  std::vector<uint16_t> lists(n);
  std::vector<uint8_t> out(n * kGazLists);
  g.MatchSparse(h.data(), n, -1, starts.data(), out.data(), lists.data());
  EXPECT_EQ(lists[0], 0);
  EXPECT_EQ(lists[2], (1u << kGazSubdivision) | (1u << kGazCountry));
  EXPECT_EQ(lists[4], 1u << kGazTrainOrg);
  EXPECT_EQ(lists[6], 1u << kGazCountry);
}

TEST(GazetteerTest, JackknifeExcludesOwnFold) {
  Gazetteer g;
  g.Add({"acme"}, kGazTrainOrg, 1u << 3);
  auto h = Hashes({"acme"});
  std::vector<uint8_t> out(kGazLists);
  g.Match(h.data(), 1, 3, out.data());
  EXPECT_EQ(out[kGazTrainOrg], 0);
  g.Match(h.data(), 1, 2, out.data());
  EXPECT_EQ(out[kGazTrainOrg], 4);
}

TEST(GazetteerTest, SerialisationRoundTrip) {
  Gazetteer g;
  g.Add({"united", "kingdom"}, kGazCountry, kAllFolds);
  g.Add({"acme", "corp"}, kGazTrainOrg, 1u);
  std::string bytes;
  g.AppendTo(&bytes);
  Gazetteer back;
  size_t pos = 0;
  ASSERT_TRUE(back.ParseFrom(bytes, &pos).ok());
  EXPECT_EQ(pos, bytes.size());
  auto h = Hashes({"acme", "corp"});
  EXPECT_TRUE(back.Contains(h.data(), 0, 1, kGazTrainOrg));
  size_t pos2 = 0;
  EXPECT_FALSE(back.ParseFrom(std::string_view(bytes).substr(0, bytes.size() - 3), &pos2).ok());
}

// Lists past the eighth (the external ones) need the two-byte list mask of
// model version 2; a version-1 gazetteer (one-byte masks) still parses.
TEST(GazetteerTest, ExternalListsNeedTwoByteMasks) {
  Gazetteer g;
  g.Add({"carnegie", "mellon", "university"}, kGazExtFac, kAllFolds);
  g.Add({"kerry"}, kGazExtPer, kAllFolds);
  std::string bytes;
  g.AppendTo(&bytes);
  Gazetteer back;
  size_t pos = 0;
  ASSERT_TRUE(back.ParseFrom(bytes, &pos, 2).ok());
  auto h = Hashes({"carnegie", "mellon", "university", "kerry"});
  EXPECT_TRUE(back.Contains(h.data(), 0, 2, kGazExtFac));
  EXPECT_TRUE(back.Contains(h.data(), 3, 3, kGazExtPer));
  EXPECT_FALSE(back.Contains(h.data(), 3, 3, kGazTrainPer));
  // Version 1 layout: u32 count, then (u64 hash, u8 lists, u8 prefix flag).
  std::string v1;
  for (char c : std::string("\x01\0\0\0", 4)) v1.push_back(c);
  for (int i = 0; i < 8; ++i) v1.push_back(static_cast<char>(i + 1));
  v1.push_back(static_cast<char>(1u << kGazTrainOrg));
  v1.push_back(0);
  Gazetteer old;
  size_t pos1 = 0;
  ASSERT_TRUE(old.ParseFrom(v1, &pos1, 1).ok());
  EXPECT_EQ(pos1, v1.size());
  EXPECT_EQ(old.size(), 1u);
  size_t pos3 = 0;
  EXPECT_FALSE(old.ParseFrom(v1, &pos3, 3).ok());  // no such mask width
}

TEST(LexiconTest, FindsHeadlineCaseThroughTitlecase) {
  Lexicon lex;
  lex.AddCluster("Japan", {1, 2, 3, 4});
  Lexicon::Clusters c{};
  EXPECT_TRUE(lex.FindClusters("JAPAN", &c));
  EXPECT_EQ(c[0], 1);
  EXPECT_FALSE(lex.FindClusters("Narnia", &c));
  lex.AddCaps("paris", 90, 1);
  lex.AddCaps("table", 1, 500);
  EXPECT_EQ(lex.CapsBucket(Gazetteer::TokenHash("paris")), 4);
  EXPECT_EQ(lex.CapsBucket(Gazetteer::TokenHash("table")), 0);
  EXPECT_EQ(lex.CapsBucket(Gazetteer::TokenHash("unseen")), kCapsUnknown);
}

}  // namespace
}  // namespace parallax::ner
