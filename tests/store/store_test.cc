#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>

#include "parallax/store.h"
#include "store/layer_json.h"
#include "store/schema.h"
#include "test_util.h"
#include "text/article_builder.h"

namespace parallax {
namespace {

namespace fs = std::filesystem;

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    scratch_ = std::make_unique<testing_util::ScratchDir>(
        std::string("store_test_") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    dir_ = scratch_->path();
    path_ = (dir_ / "t.db").string();
  }
  void TearDown() override { scratch_.reset(); }

  Article Make(const std::string& text, const std::string& outlet) {
    ingest::RawDocument d;
    d.uri = "mem/" + outlet;
    d.format = "text";
    d.outlet = outlet;
    d.raw = "raw bytes of " + text;
    d.blocks.push_back({text, false});
    d.published = "2024-05-06";
    d.published_source = MetaSource::kHeader;
    return *text::BuildArticle(d);
  }

  std::unique_ptr<testing_util::ScratchDir> scratch_;
  fs::path dir_;
  std::string path_;
};

TEST_F(StoreTest, PutIsIdempotentAndGetRoundTripsEveryLayer) {
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ((*store)->SchemaVersion(), store::LatestSchemaVersion());
  Article a = Make("The bridge opened. Crowds came.", "Reuters");
  Article b = Make("The bridge opened. Crowds came.", "CNN");  // same text, other outlet: another article
  std::vector<PutOutcome> out;
  ASSERT_TRUE((*store)->PutBatch({&a, &b, &a}, &out).ok());
  EXPECT_EQ(out, (std::vector<PutOutcome>{PutOutcome::kStored, PutOutcome::kStored, PutOutcome::kDuplicate}));
  EXPECT_EQ(*(*store)->CountArticles(), 2u);

  auto got = (*store)->Get(a.id.substr(0, 8));
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(got->body, a.body);
  EXPECT_EQ(got->outlet, "Reuters");
  EXPECT_EQ(got->published.value, "2024-05-06");
  EXPECT_EQ(got->published.source, MetaSource::kHeader);
  EXPECT_EQ(got->raw, a.raw);
  auto lean = (*store)->GetWithoutRaw(a.id);  // views: the layers without the raw bytes
  ASSERT_TRUE(lean.ok()) << lean.status().ToString();
  EXPECT_FALSE(a.raw.empty());
  EXPECT_TRUE(lean->raw.empty());
  EXPECT_EQ(lean->body, a.body);
  EXPECT_EQ(lean->sentences.size(), a.sentences.size());
  ASSERT_EQ(got->sentences.size(), a.sentences.size());
  EXPECT_EQ(got->sentences[1].span, a.sentences[1].span);
  ASSERT_EQ(got->tokens.size(), a.tokens.size());
  EXPECT_EQ(got->tokens.back().span, a.tokens.back().span);
  EXPECT_EQ((*store)->Get("ffffffffffff").status().code(), Status::Code::kNotFound);
  EXPECT_EQ((*store)->Get("xyz").status().code(), Status::Code::kInvalidArgument);
}

TEST_F(StoreTest, CommittedArticlesSurviveReopenAndReadOnlyCannotWrite) {
  Article a = Make("Only one article here.", "AP");
  {
    auto store = Store::Open(path_);
    std::vector<PutOutcome> out;
    ASSERT_TRUE((*store)->PutBatch({&a}, &out).ok());
  }
  StoreOptions ro;
  ro.read_only = true;
  auto store = Store::Open(path_, ro);
  ASSERT_TRUE(store.ok());
  auto list = (*store)->List({});
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].id, a.id);
  std::vector<PutOutcome> out;
  EXPECT_FALSE((*store)->PutBatch({&a}, &out).ok());
}

// Summaries count bytes, not characters: a body with multi-byte characters
// still reports its size in bytes and its sentences.
TEST_F(StoreTest, SummaryOfANonAsciiBodyCountsBytesAndSentences) {
  Article a = Make("Xie Zhenhua met Kerry in Beijing \u2014 again. The talks lasted four days.", "AP");
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok());
  std::vector<PutOutcome> out;
  ASSERT_TRUE((*store)->PutBatch({&a}, &out).ok());
  auto list = (*store)->List({});
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].body_bytes, a.body.size());
  EXPECT_EQ((*list)[0].sentences, a.sentences.size());
  EXPECT_EQ((*list)[0].sentences, 2u);
}

TEST_F(StoreTest, AnnotationLayersRoundTripAndOldFilesMigrate) {
  Article a = Make("Talks resume in July. Mayor Ann Roe said so.", "AP");
  a.times.push_back(TimeExpression{Span{13, 20}, "DATE", "2024-07", "", false});
  a.entities.push_back(EntityMention{Span{28, 35}, "PER", "", 0.5f});
  {
    auto store = Store::Open(path_);
    std::vector<PutOutcome> out;
    ASSERT_TRUE((*store)->PutBatch({&a}, &out).ok());
    auto got = (*store)->Get(a.id);
    ASSERT_TRUE(got.ok()) << got.status().ToString();
    ASSERT_EQ(got->times.size(), 1u);
    EXPECT_EQ(got->times[0].value, "2024-07");
    EXPECT_EQ(got->times[0].span, (Span{13, 20}));
    ASSERT_EQ(got->entities.size(), 1u);
    EXPECT_EQ(got->entities[0].type, "PER");
  }
  // Make the file look like schema version 1 (no layer columns), then reopen.
  sqlite3* db;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  // (The search index came later still; drop it too.)
  ASSERT_EQ(sqlite3_exec(db, "DROP TRIGGER articles_fts_insert; DROP TRIGGER articles_fts_delete; "
                             "DROP TRIGGER articles_fts_update; DROP TABLE articles_fts;", nullptr, nullptr, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "ALTER TABLE articles DROP COLUMN times; ALTER TABLE articles DROP COLUMN entities; "
                             "ALTER TABLE articles DROP COLUMN entity_chains; ALTER TABLE articles DROP COLUMN roles; "
                             "ALTER TABLE articles DROP COLUMN quotes; ALTER TABLE articles DROP COLUMN title_layers; "
                             "PRAGMA user_version = 1;", nullptr, nullptr, nullptr), SQLITE_OK);
  // ... and drop every table a later migration created.
  std::vector<std::string> later;
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                                   "('articles', 'article_sources', 'rejections', 'sqlite_sequence')", -1, &st, nullptr),
            SQLITE_OK);
  while (sqlite3_step(st) == SQLITE_ROW) later.push_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
  sqlite3_finalize(st);
  for (const auto& t : later) {
    ASSERT_EQ(sqlite3_exec(db, ("DROP TABLE " + t).c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << t;
  }
  sqlite3_close(db);
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ((*store)->SchemaVersion(), store::LatestSchemaVersion());
  auto got = (*store)->Get(a.id);
  ASSERT_TRUE(got.ok());
  EXPECT_TRUE(got->times.empty());
  EXPECT_EQ(got->body, a.body);
}

TEST_F(StoreTest, ChainsRolesQuotesRoundTripAndUpdateRewritesDerivedParts) {
  Article a = Make("Envoy John Kerry arrived. Kerry said: \"We will talk.\"", "AP");
  a.entities.push_back(EntityMention{Span{6, 16}, "PER", "", 0.9f, 0});
  a.entities.push_back(EntityMention{Span{26, 31}, "PER", "", 0.9f, 0});
  a.entity_chains.push_back(EntityChain{"John Kerry", "PER", "", {0, 1}});
  a.roles.push_back(RoleMention{Span{0, 5}, 0, "envoy", "", "US"});
  Quotation q;
  q.span = Span{39, 52};
  q.cue = Span{32, 36};
  q.speaker = Span{26, 31};
  q.speaker_name = "John Kerry";
  q.source_type = "person";
  q.speaker_chain = 0;
  a.quotes.push_back(q);
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok());
  std::vector<PutOutcome> out;
  ASSERT_TRUE((*store)->PutBatch({&a}, &out).ok());
  auto got = (*store)->Get(a.id);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  ASSERT_EQ(got->entity_chains.size(), 1u);
  EXPECT_EQ(got->entity_chains[0].mentions, (std::vector<uint32_t>{0, 1}));
  EXPECT_EQ(got->entities[1].chain, 0);
  ASSERT_EQ(got->roles.size(), 1u);
  EXPECT_EQ(got->roles[0].affiliation, "US");
  ASSERT_EQ(got->quotes.size(), 1u);
  EXPECT_EQ(got->quotes[0].cue, (Span{32, 36}));
  EXPECT_EQ(got->quotes[0].speaker_name, "John Kerry");
  EXPECT_EQ(got->quotes[0].speaker_chain, 0);

  // An inferred date and a re-resolved layer replace the stored ones; the text stays.
  got->published.value = "2023-07-17";
  got->published.source = MetaSource::kInferred;
  got->quotes.clear();
  ASSERT_TRUE((*store)->UpdateAnnotations({&*got}).ok());
  auto again = (*store)->Get(a.id);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->published.value, "2023-07-17");
  EXPECT_EQ(again->published.source, MetaSource::kInferred);
  EXPECT_TRUE(again->quotes.empty());
  EXPECT_EQ(again->body, a.body);
  Article unknown = a;
  unknown.id = "ffffffffffffffff";
  EXPECT_TRUE((*store)->UpdateAnnotations({&unknown}).code() == Status::Code::kNotFound);
}

TEST(LayerJsonTest, DecodersRejectOutOfRangeSpansAndIndices) {
  std::vector<EntityChain> chains;
  EXPECT_TRUE(store::ChainsFromJson(R"([{"name":"A","mentions":[0,2]}])", 2, &chains).code() == Status::Code::kCorruption);
  std::vector<RoleMention> roles;
  EXPECT_TRUE(store::RolesFromJson(R"([{"b":0,"e":50,"m":0}])", 10, 1, &roles).code() == Status::Code::kCorruption);
  EXPECT_TRUE(store::RolesFromJson(R"([{"b":0,"e":5,"m":1}])", 10, 1, &roles).code() == Status::Code::kCorruption);
  std::vector<Quotation> quotes;
  EXPECT_TRUE(store::QuotesFromJson(R"([{"b":0,"e":5,"cue":[4,2]}])", 10, 0, &quotes).code() == Status::Code::kCorruption);
  EXPECT_TRUE(store::QuotesFromJson(R"([{"b":0,"e":5,"chain":3}])", 10, 1, &quotes).code() == Status::Code::kCorruption);
  EXPECT_TRUE(store::QuotesFromJson("not json", 10, 0, &quotes).code() == Status::Code::kCorruption);
  EXPECT_TRUE(store::QuotesFromJson(R"([{"b":0,"e":5,"chain":0,"direct":false}])", 10, 1, &quotes).ok());
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_FALSE(quotes[0].direct);
}

TEST_F(StoreTest, RefusesNewerSchemaAndNonDatabaseFiles) {
  {
    sqlite3* db;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  auto s = Store::Open(path_);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), Status::Code::kCorruption);
  std::string junk = (dir_ / "junk.db").string();
  FILE* f = fopen(junk.c_str(), "w");
  fputs("this is not a database file at all, just text that is long enough to fill a header block......", f);
  fclose(f);
  EXPECT_FALSE(Store::Open(junk).ok());
}

}  // namespace
}  // namespace parallax

#include "store/span_codec.h"

namespace parallax {
namespace {

// Regression (found by fuzz_layer_codec): a huge gap varint wrapped around
// and produced a span with begin > end.
TEST(SpanCodecTest, RejectsWrappingGapsAndBadHeaders) {
  std::string blob = store::EncodeTokens({Token{Span{0, 3}}, Token{Span{4, 8}}});
  std::vector<Token> toks;
  ASSERT_TRUE(store::DecodeTokens(blob, 8, &toks).ok());
  EXPECT_EQ(toks[1].span, (Span{4, 8}));
  EXPECT_EQ(store::DecodeTokens(blob, 7, &toks).code(), Status::Code::kCorruption);  // span past the text
  std::string wrap = std::string("L\x01T\x02", 4) + std::string("\x01\x01", 2) +
                     std::string("\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01", 10) + std::string("\x02", 1);
  EXPECT_EQ(store::DecodeTokens(wrap, 4096, &toks).code(), Status::Code::kCorruption);
  std::vector<Paragraph> paras;
  EXPECT_EQ(store::DecodeParagraphs(blob, 8, &paras).code(),
            Status::Code::kCorruption);  // a token blob is not a paragraph blob
}

}  // namespace
}  // namespace parallax
