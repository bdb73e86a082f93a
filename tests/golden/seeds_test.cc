// Golden tests on the user's five seed articles (read from ../shared/seeds at
// run time; never copied into the repository): metadata and cleaning.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "ingest/reader.h"
#include "text/article_builder.h"

namespace parallax {
namespace {

namespace fs = std::filesystem;

const std::map<std::string, Article>& Seeds() {
  static const auto* seeds = [] {
    auto* m = new std::map<std::string, Article>();
    std::string dir = std::string(PARALLAX_SHARED_DIR) + "/seeds";
    ingest::ReadPaths({dir}, {}, [&](Result<ingest::RawDocument> d) {
      if (!d.ok()) return true;
      std::string name = fs::path(d->uri).filename().string().substr(0, 3);
      auto a = text::BuildArticle(std::move(*d));
      if (a.ok()) (*m)[name] = std::move(*a);
      return true;
    });
    return m;
  }();
  return *seeds;
}

const Article& Seed(const std::string& n) {
  static const Article kEmpty;
  auto it = Seeds().find(n);
  return it == Seeds().end() ? kEmpty : it->second;
}

std::vector<std::string> RemovedKinds(const Article& a) {
  std::vector<std::string> kinds;
  for (const auto& r : a.removed) kinds.push_back(r.substr(0, r.find(':')));
  return kinds;
}

bool BodyHas(const Article& a, const std::string& s) { return a.body.find(s) != std::string::npos; }

TEST(SeedsTest, AllFiveSeedsAreRead) { EXPECT_EQ(Seeds().size(), 5u); }

TEST(SeedsTest, Seed000DailyCallerFooterTweetAndRelatedInsert) {
  const Article& a = Seed("000");
  EXPECT_EQ(a.published.value, "2023-09-19");
  EXPECT_EQ(a.published.source, MetaSource::kHeader);
  EXPECT_EQ(a.outlet, "The Daily Caller");  // from the DCNF licensing footer
  EXPECT_EQ(a.outlet_source, MetaSource::kText);
  EXPECT_TRUE(a.title.empty());  // the file has no headline line
  EXPECT_EQ(RemovedKinds(a), (std::vector<std::string>{"inline insert", "social post", "licensing footer"}));
  EXPECT_FALSE(BodyHas(a, "RELATED"));
  EXPECT_FALSE(BodyHas(a, "pic.twitter.com"));
  EXPECT_FALSE(BodyHas(a, "DCNF"));
  EXPECT_FALSE(BodyHas(a, " date "));
  EXPECT_EQ(a.cited_outlets, (std::vector<std::string>{"Axios", "Forbes", "Fox News", "Reuters"}));
  EXPECT_EQ(a.paragraphs.size(), 8u);
}

TEST(SeedsTest, Seed001HeadlineCountersRepeatedLeadAndTags) {
  const Article& a = Seed("001");
  EXPECT_NE(a.title.find("John Kerry"), std::string::npos);
  EXPECT_EQ(a.title.find("Views"), std::string::npos);
  EXPECT_EQ(a.published.value, "2023-07-12T03:58");
  EXPECT_EQ(a.published.precision, PublishedTime::Precision::kMinute);
  EXPECT_EQ(RemovedKinds(a), (std::vector<std::string>{"header line", "header line", "repeated paragraph",
                                                       "update note", "tag cloud"}));
  EXPECT_FALSE(BodyHas(a, "Views"));
  EXPECT_FALSE(BodyHas(a, "Tags"));
  EXPECT_FALSE(BodyHas(a, "has been updated"));
  // "told CNN" is a citation, not the publisher.
  EXPECT_EQ(a.outlet, "");
  EXPECT_EQ(a.cited_outlets, (std::vector<std::string>{"CNN"}));
  // The lead paragraph appears once.
  size_t first = a.body.find("a Biden administration official told CNN");
  ASSERT_NE(first, std::string::npos);
  EXPECT_EQ(a.body.find("a Biden administration official told CNN", first + 1), std::string::npos);
}

TEST(SeedsTest, Seed002BloombergDatelineIsThePublisher) {
  const Article& a = Seed("002");
  EXPECT_EQ(a.outlet, "Bloomberg");
  EXPECT_EQ(a.outlet_source, MetaSource::kText);
  EXPECT_EQ(a.dateline, "(Bloomberg)");
  EXPECT_EQ(a.body.rfind("US Climate Envoy", 0), 0u);  // dateline cut from the body
  EXPECT_EQ(a.published.value, "2023-07-06");
  EXPECT_TRUE(a.cited_outlets.empty());
  EXPECT_TRUE(a.removed.empty());
}

TEST(SeedsTest, Seed003CitesReutersAndXinhua) {
  const Article& a = Seed("003");
  EXPECT_EQ(a.published.value, "2023-07-19");
  EXPECT_EQ(a.outlet, "");
  EXPECT_EQ(a.cited_outlets, (std::vector<std::string>{"Reuters", "Xinhua"}));
}

TEST(SeedsTest, Seed004UndatedWithSubheadsAsHeadings) {
  const Article& a = Seed("004");
  EXPECT_FALSE(a.published.known());
  EXPECT_NE(a.title.find("Climate Mission"), std::string::npos);
  std::vector<std::string> headings;
  for (const auto& p : a.paragraphs) {
    if (p.heading) headings.emplace_back(p.span.Of(a.body));
  }
  ASSERT_EQ(headings.size(), 2u);
  EXPECT_NE(headings[0].find("More Time"), std::string::npos);
  EXPECT_EQ(headings[1], "Lowest Points");
  // Headings are not sentences.
  for (const auto& s : a.sentences) {
    EXPECT_EQ(std::string(s.span.Of(a.body)).find("Lowest Points"), std::string::npos);
  }
  EXPECT_EQ(a.cited_outlets, (std::vector<std::string>{"Politico", "Xinhua", "Associated Press"}));
}

TEST(SeedsTest, SentencesKeepAbbreviationsWhole) {
  const Article& a = Seed("000");
  bool found = false;
  for (const auto& s : a.sentences) {
    std::string_view t = s.span.Of(a.body);
    if (t.find("Secretary-General") != std::string_view::npos) {
      found = true;
      EXPECT_NE(t.find("U.N. Secretary-General"), std::string_view::npos);  // no break after "U.N."
    }
  }
  EXPECT_TRUE(found);
  for (const auto& [name, art] : Seeds()) {
    EXPECT_EQ(art.language, "en") << name;
    for (const auto& s : art.sentences) ASSERT_LE(s.span.end, art.body.size());
  }
}

}  // namespace
}  // namespace parallax
