// Store::Search: query parsing, ranking, filters, snippets, and the migration
// that indexes rows written before the search index existed.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <set>

#include "parallax/store.h"
#include "render/search_view.h"
#include "store/schema.h"
#include "store/search.h"
#include "test_util.h"
#include "text/article_builder.h"

namespace parallax {
namespace {

TEST(QueryTermsTest, WordsPhrasesPrefixesAndNoSyntaxErrors) {
  EXPECT_EQ(store::QueryTerms("Kerry  Beijing"), (std::vector<std::string>{"\"kerry\"", "\"beijing\""}));
  EXPECT_EQ(store::QueryTerms("\"climate envoy\" talk*"),
            (std::vector<std::string>{"\"climate envoy\"", "\"talk\"*"}));
  EXPECT_EQ(store::QueryTerms("AND OR ( ) \" NEAR"), (std::vector<std::string>{"\"and\"", "\"or\"", "\"near\""}));
  EXPECT_TRUE(store::QueryTerms("-- () :").empty());
  EXPECT_EQ(store::FtsExpression({"\"a\"", "\"b\""}, true), "\"a\" AND \"b\"");
  EXPECT_EQ(store::FtsExpression({"\"a\"", "\"b\""}, false), "\"a\" OR \"b\"");
}

// The API's compact search JSON is written directly; it must be byte for
// byte what nlohmann writes for the same results (the pretty form is still
// nlohmann's): quotes, backslashes, control bytes, marks, HTML, non-ASCII,
// bytes that are not UTF-8, scores of every magnitude.
TEST(SearchJsonTest, CompactWriterMatchesNlohmann) {
  SearchResults r;
  r.total = 12345678901ull;
  r.all_words = 7;
  r.relaxed = true;
  r.rank_window = 2000;
  const std::vector<std::string> texts = {
      "plain", "", "quote \" back\\slash / solidus", "tab\tnew\nline\rcr\bbs\fff \x01\x1f\x7f",
      std::string("a ") + kHitOpen + "mark" + kHitClose + " <b>&'\"", "caf\xC3\xA9 \xE2\x80\xA6 \xF0\x9F\x98\x80",
      "bad \xC3 byte", "overlong \xC0\xAF and \xE0\x80\xAF", "surrogate \xED\xA0\x80", "cut \xF0\x9F\x98",
      "past \xF4\x90\x80\x80 max", "stray \x80\xBF continuation"};
  const std::vector<double> scores = {0.0, -0.0, 6.776450157165527, 1e-7, 123456789012345.0, 1e300, -2.5, 0.1};
  for (size_t i = 0; i < texts.size(); ++i) {
    SearchHit h;
    h.id = texts[i];
    h.outlet = texts[(i + 1) % texts.size()];
    h.title = texts[(i + 2) % texts.size()];
    h.title_marked = texts[(i + 3) % texts.size()];
    h.published = texts[(i + 4) % texts.size()];
    h.snippet = texts[(i + 5) % texts.size()];
    h.score = scores[i % scores.size()];
    r.hits.push_back(h);
  }
  for (bool estimate : {false, true}) {
    r.total_is_estimate = estimate;
    std::string pretty = render::SearchResultsToJson(r, 40, 2);
    std::string expected = nlohmann::json::parse(pretty).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    EXPECT_EQ(render::SearchResultsToJson(r, 40, -1), expected);
  }
  r.hits.clear();
  EXPECT_EQ(render::SearchResultsToJson(r, 0, -1),
            nlohmann::json::parse(render::SearchResultsToJson(r, 0, 2)).dump());
}

TEST(NameContainsTest, WholeWordsIgnoringCase) {
  EXPECT_TRUE(store::NameContains("John Kerry", "kerry"));
  EXPECT_TRUE(store::NameContains("U.S. climate envoy John Kerry", "John Kerry"));
  EXPECT_FALSE(store::NameContains("Kerryville", "Kerry"));
  EXPECT_FALSE(store::NameContains("Kerry John", "John Kerry"));
}

class SearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    scratch_ = std::make_unique<testing_util::ScratchDir>(
        std::string("search_test_") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    path_ = (scratch_->path() / "s.db").string();
  }

  Article Make(const std::string& title, const std::string& text, const std::string& outlet, const std::string& date) {
    ingest::RawDocument d;
    d.uri = "mem/" + outlet + "/" + title;
    d.format = "text";
    d.outlet = outlet;
    d.title = title;
    d.raw = text;
    d.blocks.push_back({text, false});
    d.published = date;
    d.published_source = MetaSource::kHeader;
    return *text::BuildArticle(d);
  }

  void Fill(Store* store) {
    docs_ = {Make("Harbour bridge reopens", "The harbour bridge reopened on Monday after repairs. Drivers cheered.",
                  "Reuters", "2024-05-06"),
             Make("City budget vote", "Council members negotiated the budget. The bridge repairs were costly.",
                  "CNN", "2024-05-08"),
             Make("Mayor Ana Ortiz speaks", "Mayor Ana Ortiz said negotiations on the harbour would resume.",
                  "Reuters", "2024-06-01")};
    // Mark "Ana Ortiz" as a PER mention in the third article.
    Article& c = docs_[2];
    size_t at = c.body.find("Ana Ortiz");
    ASSERT_NE(at, std::string::npos);
    EntityMention m;
    m.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + 9)};
    m.type = "PER";
    c.entities.push_back(m);
    std::vector<const Article*> batch;
    for (const auto& d : docs_) batch.push_back(&d);
    std::vector<PutOutcome> out;
    ASSERT_TRUE(store->PutBatch(batch, &out).ok());
  }

  std::unique_ptr<testing_util::ScratchDir> scratch_;
  std::string path_;
  std::vector<Article> docs_;
};

TEST_F(SearchTest, RanksTitleMatchesFirstAndStems) {
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok());
  Fill(store->get());
  SearchQuery q;
  q.text = "bridge";
  auto r = (*store)->Search(q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->total, 2u);
  EXPECT_EQ(r->hits[0].id, docs_[0].id);  // "bridge" in the title
  EXPECT_GT(r->hits[0].score, r->hits[1].score);
  EXPECT_EQ(render::MarkedToHtml(r->hits[0].title_marked), "Harbour <mark>bridge</mark> reopens");
  EXPECT_NE(r->hits[1].snippet.find(std::string(1, kHitOpen) + "bridge" + kHitClose), std::string::npos);

  q.text = "negotiating";  // stems to the same word as "negotiated" and "negotiations"
  r = (*store)->Search(q);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->total, 2u);
  EXPECT_FALSE(r->relaxed);
}

TEST_F(SearchTest, AllWordsThenAnyWord) {
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok());
  Fill(store->get());
  SearchQuery q;
  q.text = "harbour drivers";
  auto r = (*store)->Search(q);
  ASSERT_TRUE(r.ok());
  // The one article with both words first, then the one with "harbour" only.
  EXPECT_EQ(r->all_words, 1u);
  EXPECT_EQ(r->total, 2u);
  EXPECT_TRUE(r->relaxed);
  ASSERT_EQ(r->hits.size(), 2u);
  EXPECT_EQ(r->hits[0].id, docs_[0].id);
  EXPECT_EQ(r->hits[1].id, docs_[2].id);
  q.limit = 1;  // the first page ends the all-words group: the rest is counted
  r = (*store)->Search(q);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(r->total, 2u);
  q.offset = 1;  // the second page is the first article with some words
  r = (*store)->Search(q);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(r->hits[0].id, docs_[2].id);
  q = SearchQuery{};
  q.text = "drivers council";  // no article has both
  r = (*store)->Search(q);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->relaxed);
  EXPECT_EQ(r->all_words, 0u);
  EXPECT_EQ(r->total, 2u);
  q.text = "() --";
  EXPECT_EQ((*store)->Search(q).status().code(), Status::Code::kInvalidArgument);
}

TEST_F(SearchTest, FiltersAndPagination) {
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok());
  Fill(store->get());
  SearchQuery q;
  q.text = "harbour";
  q.outlet = "Reuters";
  q.until = "2024-05-06";  // inclusive
  auto r = (*store)->Search(q);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->total, 1u);
  EXPECT_EQ(r->hits[0].id, docs_[0].id);
  q = SearchQuery{};
  q.since = "2024-05-07";  // filters only: newest first
  r = (*store)->Search(q);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->total, 2u);
  EXPECT_EQ(r->hits[0].id, docs_[2].id);
  q.limit = 1;
  q.offset = 1;
  r = (*store)->Search(q);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(r->hits[0].id, docs_[1].id);
  EXPECT_EQ(r->total, 2u);
  q = SearchQuery{};
  q.text = "bridge";
  q.article_ids = {docs_[1].id};
  r = (*store)->Search(q);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->total, 1u);
  EXPECT_EQ(r->hits[0].id, docs_[1].id);
}

TEST_F(SearchTest, UnfilteredPagesMatchTheFilteredPathRowForRow) {
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok());
  Fill(store->get());
  // No filter takes the index-only paging; a filter that keeps everything
  // takes the joined path. Every page and the total must agree.
  for (size_t offset = 0; offset < 4; ++offset) {
    SearchQuery plain;
    plain.text = "harbour bridge";
    plain.limit = 1;
    plain.offset = offset;
    SearchQuery joined = plain;
    joined.since = "0000";
    auto a = (*store)->Search(plain);
    auto b = (*store)->Search(joined);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->total, b->total);
    EXPECT_EQ(a->relaxed, b->relaxed);
    ASSERT_EQ(a->hits.size(), b->hits.size()) << offset;
    for (size_t i = 0; i < a->hits.size(); ++i) {
      EXPECT_EQ(a->hits[i].id, b->hits[i].id);
      EXPECT_EQ(a->hits[i].snippet, b->hits[i].snippet);
    }
  }
}

TEST_F(SearchTest, EntityFilterNeedsAMentionNotJustTheWords) {
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok());
  Fill(store->get());
  Article plain = Make("Ortiz family reunion", "The Ortiz family met.", "CNN", "2024-06-02");  // no NER mention
  std::vector<PutOutcome> out;
  ASSERT_TRUE((*store)->PutBatch({&plain}, &out).ok());
  SearchQuery q;
  q.entity = "Ortiz";
  auto r = (*store)->Search(q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->total, 1u);
  EXPECT_EQ(r->hits[0].id, docs_[2].id);
}

// Nine articles about a storm, ingested one after another; the oldest has
// the word in its title (the best bm25 score), the rest once in the body.
std::vector<std::string> FillStorms(Store* store, const std::function<Article(int)>& make) {
  std::vector<std::string> ids;
  for (int i = 0; i < 9; ++i) {
    Article a = make(i);
    std::vector<PutOutcome> out;
    EXPECT_TRUE(store->PutBatch({&a}, &out).ok());
    ids.push_back(a.id);
  }
  return ids;
}

TEST_F(SearchTest, ManyMatchesAreRankedWindowByWindowNewestFirst) {
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok());
  auto ids = FillStorms(store->get(), [&](int i) {
    std::string n = std::to_string(i);
    return i == 0 ? Make("Storm hits coast", "The storm hit the coast overnight.", "Reuters", "2024-01-01")
                  : Make("Report " + n, "Residents of town " + n + " cleared roads after the storm.", "CNN",
                         "2024-01-0" + n);
  });
  SearchQuery q;
  q.text = "storm";
  q.rank_window = 0;  // exact: the title match first
  auto exact = (*store)->Search(q);
  ASSERT_TRUE(exact.ok()) << exact.status().ToString();
  ASSERT_EQ(exact->hits.size(), 9u);
  EXPECT_EQ(exact->hits[0].id, ids[0]);
  EXPECT_EQ(exact->rank_window, 0u);

  q.rank_window = 3;  // windows {8,7,6}, {5,4,3}, {2,1,0}: the title match leads the last one
  auto windowed = (*store)->Search(q);
  ASSERT_TRUE(windowed.ok());
  EXPECT_EQ(windowed->rank_window, 3u);
  EXPECT_EQ(windowed->total, 9u);
  ASSERT_EQ(windowed->hits.size(), 9u);
  EXPECT_EQ(windowed->hits[6].id, ids[0]);
  for (size_t w = 0; w < 3; ++w) {
    std::set<std::string> got, want = {ids[8 - 3 * w], ids[7 - 3 * w], ids[6 - 3 * w]};
    for (size_t i = 0; i < 3; ++i) got.insert(windowed->hits[3 * w + i].id);
    EXPECT_EQ(got, want) << "window " << w;
  }
  // Pages of two, unfiltered and through a filter that keeps everything,
  // concatenate to the same list.
  for (bool filtered : {false, true}) {
    std::vector<std::string> paged;
    for (size_t offset = 0; offset < 10; offset += 2) {
      SearchQuery p = q;
      p.limit = 2;
      p.offset = offset;
      if (filtered) p.since = "0000";
      auto r = (*store)->Search(p);
      ASSERT_TRUE(r.ok());
      for (const auto& h : r->hits) paged.push_back(h.id);
      // The total counts the windows read: "at least" until the oldest.
      EXPECT_GE(r->total, offset + r->hits.size());
      EXPECT_EQ(r->total_is_estimate, r->total < 9u) << offset;
      if (offset == 8) EXPECT_EQ(r->total, 9u);
    }
    ASSERT_EQ(paged.size(), 9u) << filtered;
    for (size_t i = 0; i < 9; ++i) EXPECT_EQ(paged[i], windowed->hits[i].id) << i << " filtered " << filtered;
  }
  q.outlet = "Reuters";  // a filter inside the windows: one match, in the oldest window
  auto reuters = (*store)->Search(q);
  ASSERT_TRUE(reuters.ok());
  ASSERT_EQ(reuters->hits.size(), 1u);
  EXPECT_EQ(reuters->hits[0].id, ids[0]);
}

TEST_F(SearchTest, MigrationIndexesExistingRows) {
  // A database as the binary before the search index wrote it, with one article.
  const int fts = store::MigrationCreating("articles_fts");
  ASSERT_GT(fts, 1);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  int version = 0;
  ASSERT_TRUE(store::MigrateTo(db, fts - 1, &version).ok());
  ASSERT_EQ(version, fts - 1);
  const char* insert = R"sql(INSERT INTO articles (id, uri, input_format, outlet, outlet_source, title, byline,
      published, published_precision, published_source, language, dateline, url, body, paragraphs, sentences,
      tokens, removed, cited_outlets, raw_size)
    VALUES ('00112233aabbccdd', 'mem/x', 'text', 'Reuters', 'header', 'Old row', '', '2024-01-02', 3, 'header',
      'en', '', '', 'Drivers cheered the old bridge.', x'', x'', x'', '[]', '[]', 0))sql";
  ASSERT_EQ(sqlite3_exec(db, insert, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_close(db);

  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ((*store)->SchemaVersion(), store::LatestSchemaVersion());
  SearchQuery q;
  q.text = "cheering";
  auto r = (*store)->Search(q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->total, 1u);
  EXPECT_EQ(r->hits[0].id, "00112233aabbccdd");
}

}  // namespace
}  // namespace parallax
