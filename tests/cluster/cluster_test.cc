#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "cluster/bcubed.h"
#include "cluster/idf_prior.h"
#include "cluster/near_duplicate.h"
#include "cluster/story_clusterer.h"
#include "cluster/text_features.h"

namespace parallax::cluster {
namespace {

// --- Test-local seed reader (until the lead's reader lands) -----------------
// Seed files start with either " date YYYY-MM-DD <body...>" or a title line,
// optionally followed by "Views: N", a bare "YYYY-MM-DD HH:MM" line and, at
// the end, "Tags ..." lines. Returns title/date/body.
Document ReadSeed(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::string line;
  Document d;
  d.id = path.filename().string().substr(0, 3);
  bool first = true;
  while (std::getline(in, line)) {
    if (first) {
      first = false;
      if (line.rfind(" date ", 0) == 0 && line.size() >= 16) {
        d.date = line.substr(6, 10);
        d.text += line.substr(16) + "\n";
      } else {
        d.title = line;
      }
      continue;
    }
    if (line.rfind("Views:", 0) == 0 || line.rfind("Tags", 0) == 0) continue;
    if (line.size() == 16 && line[4] == '-' && line[7] == '-' && line[10] == ' ' && line[13] == ':') {
      d.date = line.substr(0, 10);
      continue;
    }
    d.text += line + "\n";
  }
  return d;
}

std::vector<Document> ReadSeeds() {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(PARALLAX_SHARED_DIR "/seeds")) {
    if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Document> docs;
  for (const auto& f : files) docs.push_back(ReadSeed(f));
  return docs;
}

// Seeds in publication order (undated last), as a feed would deliver them.
std::vector<Document> SeedsByDate() {
  std::vector<Document> docs = ReadSeeds();
  std::stable_sort(docs.begin(), docs.end(), [](const Document& a, const Document& b) {
    std::string ka = a.date.empty() ? "9999" : a.date, kb = b.date.empty() ? "9999" : b.date;
    return ka < kb;
  });
  return docs;
}

std::unique_ptr<StoryClusterer> NewClusterer(const ClusterOptions& o = ClusterOptions{}) {
  auto c = StoryClusterer::Create(o);
  EXPECT_TRUE(c.ok()) << c.status().ToString();
  return std::move(c).value();
}

// Two look-alike events written for this test: a strong earthquake in the
// north of a fictional country and, three weeks later, another one on its
// south coast, each reported by three outlets.
std::vector<Document> TwoQuakes() {
  auto doc = [](std::string id, std::string date, std::string title, std::string text) {
    Document d;
    d.id = std::move(id);
    d.date = std::move(date);
    d.title = std::move(title);
    d.text = std::move(text);
    return d;
  };
  return {
      doc("a1", "2024-03-02", "Magnitude 6.8 earthquake strikes Varnholt province",
          "A magnitude 6.8 earthquake shook Varnholt province early on Saturday, toppling homes in "
          "the mountain town of Kessel. Governor Alma Brisk said rescuers were searching collapsed "
          "buildings in Kessel and nearby Orrin. The quake struck at a depth of 12 kilometres."),
      doc("a2", "2024-03-02", "Deadly quake hits Kessel in Varnholt",
          "Rescue teams in Kessel dug through rubble after the 6.8 magnitude quake in Varnholt "
          "province. Governor Alma Brisk asked for tents and blankets as aftershocks rattled Orrin "
          "and the mountain villages around Kessel."),
      doc("a3", "2024-03-03", "Kessel counts its dead after Varnholt earthquake",
          "The death toll from Saturday's magnitude 6.8 earthquake in Varnholt rose to 41, Governor "
          "Alma Brisk said, as families in Kessel and Orrin spent a second night outdoors."),
      doc("b1", "2024-03-24", "Magnitude 6.1 earthquake rattles coastal Lumira",
          "A magnitude 6.1 earthquake struck off the coast of Lumira on Sunday, damaging the harbour "
          "of Port Selden. Mayor Tomas Reyk said fishing boats were wrecked and the seafront road "
          "cracked. The quake was centred 30 kilometres offshore."),
      doc("b2", "2024-03-24", "Port Selden harbour wrecked by Lumira quake",
          "Fishermen in Port Selden surveyed wrecked boats after the 6.1 magnitude quake off Lumira. "
          "Mayor Tomas Reyk said the seafront road in Port Selden would stay closed."),
      doc("b3", "2024-03-25", "Lumira coast cleans up after earthquake",
          "Workers cleared the cracked seafront road of Port Selden a day after the magnitude 6.1 "
          "earthquake off Lumira, Mayor Tomas Reyk said, adding that no one was killed."),
  };
}

TEST(BCubedTest, KnownValues) {
  std::map<std::string, std::string> gold = {{"a", "1"}, {"b", "1"}, {"c", "2"}, {"d", "2"}};
  auto perfect = ScoreBCubed(gold, gold);
  ASSERT_TRUE(perfect.ok());
  EXPECT_DOUBLE_EQ(perfect->f1, 1.0);
  std::map<std::string, std::string> one = {{"a", "x"}, {"b", "x"}, {"c", "x"}, {"d", "x"}};
  auto merged = ScoreBCubed(gold, one);
  ASSERT_TRUE(merged.ok());
  EXPECT_DOUBLE_EQ(merged->precision, 0.5);
  EXPECT_DOUBLE_EQ(merged->recall, 1.0);
  // Missing predictions are singletons.
  auto missing = ScoreBCubed(gold, {});
  ASSERT_TRUE(missing.ok());
  EXPECT_DOUBLE_EQ(missing->precision, 1.0);
  EXPECT_DOUBLE_EQ(missing->recall, 0.5);
  EXPECT_EQ(missing->missing, 4u);
  EXPECT_FALSE(ScoreBCubed({}, gold).ok());
}

TEST(TextFeaturesTest, StemmingConflatesInflections) {
  EXPECT_EQ(StemWord("talks"), StemWord("talk"));
  EXPECT_EQ(StemWord("visited"), StemWord("visiting"));
  EXPECT_EQ(StemWord("countries"), StemWord("country"));
  EXPECT_EQ(StemWord("changed"), StemWord("change"));
  EXPECT_TRUE(IsStopWord("the"));
  EXPECT_FALSE(IsStopWord("kerry"));
}

TEST(TextFeaturesTest, HeadlineDoesNotChangeShingles) {
  FeatureOptions o;
  std::string body = "Kerry met Xie in Beijing on Monday to restart climate talks between the two "
                     "largest emitters, officials said after the meeting.";
  TextFeatures a = ExtractFeatures("Kerry in Beijing", body, o);
  TextFeatures b = ExtractFeatures("Climate envoy lands in China", body, o);
  EXPECT_EQ(a.body_hash, b.body_hash);
  EXPECT_EQ(ComputeMinHash(a.shingles), ComputeMinHash(b.shingles));
  EXPECT_NE(a.terms.size(), b.terms.size());
}

// The tokenizer moves through ASCII eight bytes at a time: a token's
// features must not depend on where it falls relative to those words.
TEST(TextFeaturesTest, TokensDoNotDependOnTheirByteOffset) {
  FeatureOptions o;
  const std::string body =
      "Internationalization of Xi'an talks: 1234567890123 abc1234567 re-elected "
      "Z\xC3\xBCrich-based \xC3\x9C" "berwachung committee, 42 governments (\xE2\x80\x9Cquoted\xE2\x80\x9D) "
      "ThisIsAVeryLongCamelCasedTokenOfMoreThanSixteenBytes.  x 7";
  const TextFeatures reference = ExtractFeatures("", body, o);
  ASSERT_GT(reference.terms.size(), 10u);
  for (int pad = 1; pad <= 9; ++pad) {
    TextFeatures f = ExtractFeatures("", std::string(pad, ' ') + body, o);
    ASSERT_EQ(f.terms.size(), reference.terms.size()) << pad;
    for (size_t i = 0; i < f.terms.size(); ++i) {
      EXPECT_EQ(f.terms[i].term, reference.terms[i].term) << pad;
      EXPECT_EQ(f.terms[i].count, reference.terms[i].count) << pad;
    }
    EXPECT_EQ(f.shingles, reference.shingles) << pad;
    EXPECT_EQ(f.body_hash, reference.body_hash) << pad;
  }
  auto count_of = [&](std::string_view term) {
    for (const TermCount& t : reference.terms) {
      if (t.term == HashTerm(term)) return t.count;
    }
    return 0.0f;
  };
  EXPECT_EQ(count_of(StemWord("internationalization")), 1.0f);        // sentence-initial: not a name
  EXPECT_EQ(count_of("1234567890123"), o.number_weight);               // all digits, 13 bytes
  EXPECT_EQ(count_of("abc1234567"), 1.0f);                             // letters and digits: a word
  EXPECT_EQ(count_of(StemWord("thisisaverylongcamelcasedtokenofmorethansixteenbytes")), o.name_weight);
  EXPECT_EQ(count_of("z\xC3\xBCrich"), o.name_weight);                   // non-ASCII letters inside a token
  EXPECT_EQ(count_of("\xC3\x9C" "berwachung"), o.name_weight);              // upper-case non-ASCII start
  EXPECT_EQ(count_of("quot"), 1.0f);                                   // typographic quotes separate
  EXPECT_EQ(reference.body_tokens, 19u);
}

TEST(DatesTest, RoundTrip) {
  auto d = ParseDay("2023-07-19");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(FormatDay(*d), "2023-07-19");
  EXPECT_EQ(*ParseDay("1970-01-01T00:00"), 0);
  EXPECT_FALSE(ParseDay("2023-13-01").has_value());
  EXPECT_FALSE(ParseDay("July 2023").has_value());
}

TEST(StoryClustererTest, RejectsBadOptions) {
  ClusterOptions o;
  o.event_threshold = 1.5;
  EXPECT_FALSE(StoryClusterer::Create(o).ok());
  o = ClusterOptions{};
  o.thread_window_days = 1;
  o.event_window_days = 30;
  EXPECT_FALSE(StoryClusterer::Create(o).ok());
}

TEST(StoryClustererTest, ReheadlinedCopyIsLinkedNotDropped) {
  std::vector<Document> seeds = ReadSeeds();
  ASSERT_EQ(seeds.size(), 5u);
  auto c = NewClusterer();
  Assignment original = c->Add(seeds[2]);
  Document copy = seeds[2];
  copy.id = "copy";
  copy.title = "A completely different headline";
  copy.outlet = "Syndicator";
  Assignment a = c->Add(copy);
  EXPECT_EQ(a.duplicate_of, seeds[2].id);
  EXPECT_EQ(a.event_id, original.event_id);
  // A lightly edited rewrite (last paragraph dropped) is still a copy.
  Document rewrite = seeds[2];
  rewrite.id = "rewrite";
  rewrite.text = rewrite.text.substr(0, rewrite.text.size() * 4 / 5);
  EXPECT_EQ(c->Add(rewrite).duplicate_of, seeds[2].id);
  auto info = c->Event(original.event_id);
  ASSERT_TRUE(info.has_value());
  EXPECT_EQ(info->documents, 3u);
  EXPECT_EQ(info->duplicates, 2u);
  EXPECT_EQ(info->outlets, std::vector<std::string>{"Syndicator"});
  // A different article is not a copy.
  EXPECT_EQ(c->Add(seeds[3]).duplicate_of, "");
}

TEST(StoryClustererTest, SimilarButDifferentEventsStaySeparate) {
  auto c = NewClusterer();
  std::map<std::string, std::string> event, thread;
  for (const Document& d : TwoQuakes()) {
    Assignment a = c->Add(d);
    event[d.id] = a.event_id;
    thread[d.id] = a.thread_id;
  }
  EXPECT_EQ(event["a1"], event["a2"]);
  EXPECT_EQ(event["a1"], event["a3"]);
  EXPECT_EQ(event["b1"], event["b2"]);
  EXPECT_EQ(event["b1"], event["b3"]);
  EXPECT_NE(event["a1"], event["b1"]);
}

// A preview published two weeks before the event it announces joins the
// event's reports when it names the event's week, even arriving after them.
TEST(StoryClustererTest, PreviewNamingTheEventWeekJoinsLaterReports) {
  auto run = [](const std::vector<std::string>& preview_mentions) {
    auto c = NewClusterer();
    Document report{"r", "Envoy ends Orrick harbor talks",
                    "The envoy ended three days of harbor talks in Orrick on Wednesday without a deal on fishing quotas.",
                    "Plains Sentinel", "2023-07-19", {}, {}};
    Document preview{"p", "Envoy to hold Orrick harbor talks",
                     "The envoy will travel to Orrick for harbor talks on fishing quotas, officials said.",
                     "Harbor Wire", "2023-07-05", {}, preview_mentions};
    std::string e = c->Add(report).event_id;
    return c->Add(preview).event_id == e;
  };
  EXPECT_FALSE(run({}));             // 14 days apart, no date evidence: another event
  EXPECT_TRUE(run({"2023-W29"}));    // "the week of July 17"
  EXPECT_TRUE(run({"2023-07-18"}));  // a day of the event
  EXPECT_FALSE(run({"2023-W20"}));   // a week far from the event does not help
}

TEST(StoryClustererTest, SeedsFormOneEventAndOneThread) {
  auto c = NewClusterer();
  std::map<std::string, Assignment> by_id;
  for (const Document& d : SeedsByDate()) by_id[d.id] = c->Add(d);
  ASSERT_EQ(by_id.size(), 5u);
  for (const char* id : {"002", "003", "004"}) {
    EXPECT_EQ(by_id[id].event_id, by_id["001"].event_id) << id;
  }
  EXPECT_NE(by_id["000"].event_id, by_id["001"].event_id);
  EXPECT_EQ(by_id["000"].thread_id, by_id["001"].thread_id);
  // 004 is undated: it gets the event's median date with its uncertainty.
  EXPECT_EQ(by_id["004"].inferred_date, "2023-07-12");
  EXPECT_EQ(by_id["004"].date_uncertainty_days, 7);
  EXPECT_EQ(by_id["003"].inferred_date, "2023-07-19");
  EXPECT_EQ(by_id["003"].date_uncertainty_days, 0);
}

// File order puts the September follow-up (000) first. With the background
// IDF prior, "kerry"/"china"/"climate" are common from the first document
// on, so 004 still joins 001-003 and gets their date.
TEST(StoryClustererTest, SeedsInFileOrderWithIdfPrior) {
  auto path = DefaultIdfPriorPath();
  ASSERT_TRUE(path.ok()) << path.status().ToString();
  auto prior = IdfPrior::Load(*path);
  ASSERT_TRUE(prior.ok()) << prior.status().ToString();
  ClusterOptions o;
  o.idf_prior = *prior;
  auto c = NewClusterer(o);
  std::vector<Document> docs = ReadSeeds();
  std::sort(docs.begin(), docs.end(), [](const Document& a, const Document& b) { return a.id < b.id; });
  ASSERT_EQ(docs.front().id, "000");
  std::map<std::string, Assignment> by_id;
  for (const Document& d : docs) by_id[d.id] = c->Add(d);
  for (const char* id : {"002", "003", "004"}) {
    EXPECT_EQ(by_id[id].event_id, by_id["001"].event_id) << id;
  }
  EXPECT_NE(by_id["000"].event_id, by_id["001"].event_id);
  EXPECT_EQ(by_id["000"].thread_id, by_id["001"].thread_id);
  EXPECT_EQ(by_id["004"].inferred_date, "2023-07-12");
  EXPECT_EQ(by_id["004"].date_uncertainty_days, 7);
}

std::vector<Document> MixedStream() {
  std::vector<Document> docs = SeedsByDate();
  for (const Document& d : TwoQuakes()) docs.push_back(d);
  Document copy = docs[1];
  copy.id = "copy";
  docs.push_back(copy);
  return docs;
}

std::vector<std::string> Feed(StoryClusterer* c, const std::vector<Document>& docs, size_t from,
                             size_t to) {
  std::vector<std::string> out;
  for (size_t i = from; i < to; ++i) {
    Assignment a = c->Add(docs[i]);
    out.push_back(a.event_id + "/" + a.thread_id + "/" + a.duplicate_of);
  }
  return out;
}

TEST(StoryClustererTest, DeterministicAndResumable) {
  std::vector<Document> docs = MixedStream();
  auto a = NewClusterer();
  auto b = NewClusterer();
  std::vector<std::string> run_a = Feed(a.get(), docs, 0, docs.size());
  std::vector<std::string> run_b = Feed(b.get(), docs, 0, docs.size());
  EXPECT_EQ(run_a, run_b);
  EXPECT_EQ(a->Serialize(), b->Serialize());

  // Stop half-way, snapshot, restore into a fresh clusterer, continue.
  auto first = NewClusterer();
  size_t half = docs.size() / 2;
  std::vector<std::string> resumed = Feed(first.get(), docs, 0, half);
  auto second = NewClusterer();
  ASSERT_TRUE(second->Restore(first->Serialize()).ok());
  std::vector<std::string> rest = Feed(second.get(), docs, half, docs.size());
  resumed.insert(resumed.end(), rest.begin(), rest.end());
  EXPECT_EQ(resumed, run_a);
  EXPECT_EQ(second->Serialize(), a->Serialize());
}

// Add(doc, &terms) hands back the bag the clusterer extracted (what a
// revision keeps), and assigns exactly as Add(doc).
TEST(StoryClustererTest, AddReturnsTheDocumentsTerms) {
  std::vector<Document> docs = MixedStream();
  auto plain = NewClusterer();
  auto with_terms = NewClusterer();
  std::vector<TermCount> terms;
  for (const Document& d : docs) {
    Assignment a = plain->Add(d);
    Assignment b = with_terms->Add(d, &terms);
    EXPECT_EQ(a.event_id + a.thread_id + a.duplicate_of, b.event_id + b.thread_id + b.duplicate_of) << d.id;
    const TextFeatures f = ExtractFeatures(d.title, d.text, FeatureOptions{});
    ASSERT_EQ(terms.size(), f.terms.size()) << d.id;
    ASSERT_FALSE(terms.empty()) << d.id;
    for (size_t i = 0; i < terms.size(); ++i) {
      EXPECT_EQ(terms[i].term, f.terms[i].term);
      EXPECT_EQ(terms[i].count, f.terms[i].count);
    }
  }
  EXPECT_EQ(plain->Serialize(), with_terms->Serialize());
}

TEST(StoryClustererTest, RestoreRejectsDamagedSnapshots) {
  auto c = NewClusterer();
  Feed(c.get(), MixedStream(), 0, 4);
  std::string snap = c->Serialize();
  auto fresh = NewClusterer();
  EXPECT_EQ(fresh->Restore("not a snapshot").code(), Status::Code::kCorruption);
  EXPECT_FALSE(fresh->Restore(snap.substr(0, snap.size() / 2)).ok());
  std::string flipped = snap;
  flipped[flipped.size() / 2] ^= 0x40;
  EXPECT_EQ(fresh->Restore(flipped).code(), Status::Code::kCorruption);
  EXPECT_EQ(fresh->num_documents(), 0u);  // unchanged after failures
  ASSERT_TRUE(fresh->Restore(snap).ok());
  EXPECT_EQ(fresh->num_documents(), 4u);
  EXPECT_EQ(fresh->num_events(), c->num_events());
}

}  // namespace
}  // namespace parallax::cluster
