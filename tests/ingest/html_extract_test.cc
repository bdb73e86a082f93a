// Tests for parallax_html on small hand-written pages (fictional content).
#include "ingest/html/html_extract.h"

#include <gtest/gtest.h>

#include <string>

namespace parallax::ingest {
namespace {

std::string Joined(const HtmlDocument& doc) {
  std::string out;
  for (const HtmlBlock& b : doc.blocks) out += b.text + "\n";
  return out;
}

const char kArticle[] = R"(<!doctype html>
<html lang="en-GB"><head>
<meta charset="utf-8">
<title>Lighthouse keepers return to Varnholm | The Coastal Gazette</title>
<meta name="description" content="A fictional island welcomes back its keepers.">
<meta property="og:site_name" content="The Coastal Gazette">
<link rel="canonical" href="https://gazette.example/varnholm-keepers">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Gazette"},
 {"@type":"NewsArticle","headline":"Lighthouse keepers return to Varnholm",
  "author":[{"@type":"Person","name":"Mira Okafor"},{"@type":"Person","name":"Jonas Feld"}],
  "datePublished":"2031-05-14T09:30:00Z","publisher":{"@type":"Organization","name":"The Coastal Gazette"}}]}
</script>
</head><body>
<header class="site-header"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></header>
<nav class="main-nav"><ul><li><a href="/a">Politics</a></li><li><a href="/b">Business</a></li></ul></nav>
<div id="page">
 <main>
  <article class="article">
   <h1>Lighthouse keepers return to Varnholm</h1>
   <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
   <div class="article-body">
    <p>For the first time in forty years, the lighthouse on the fictional island of Varnholm has keepers again, after the harbour council voted, by a narrow margin, to restore the post.</p>
    <p>The two keepers, both former fishermen, will live in the tower from April to October, logging the weather, guiding the ferry, and welcoming the few visitors who make the crossing.</p>
    <h2>A contested decision</h2>
    <p>Critics on the council argued that automated beacons are cheaper, safer, and more reliable, but the majority said the island needed people, not machines, on its oldest building.</p>
    <div class="advertisement">Advertisement</div>
    <p>The first shift begins next week, weather permitting, and the council has promised a review after the first season.</p>
   </div>
   <div class="related-articles"><h3>Related</h3><ul><li><a href="/x">Ferry timetable changes for the summer season</a></li><li><a href="/y">Harbour festival returns</a></li></ul></div>
  </article>
  <section id="comments" class="comments"><h3>Comments</h3><p>Great news, I remember the old keeper from my childhood, he used to wave at every boat.</p></section>
 </main>
 <aside class="sidebar"><h3>Most read</h3><p>Storm warning issued for the northern coast, residents are advised to stay at home.</p></aside>
</div>
<footer class="site-footer"><p>Copyright 2031 The Coastal Gazette. All rights reserved. Contact us, careers, privacy policy.</p></footer>
</body></html>)";

TEST(HtmlExtractTest, KeepsArticleAndDropsBoilerplate) {
  Result<HtmlDocument> doc = ExtractHtml(kArticle);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  std::string text = Joined(*doc);
  EXPECT_NE(text.find("For the first time in forty years"), std::string::npos);
  EXPECT_NE(text.find("The first shift begins next week"), std::string::npos);
  EXPECT_EQ(text.find("Share on Facebook"), std::string::npos);
  EXPECT_EQ(text.find("Advertisement"), std::string::npos);
  EXPECT_EQ(text.find("Ferry timetable"), std::string::npos);
  EXPECT_EQ(text.find("I remember the old keeper"), std::string::npos);
  EXPECT_EQ(text.find("Storm warning"), std::string::npos);
  EXPECT_EQ(text.find("All rights reserved"), std::string::npos);
  EXPECT_EQ(text.find("Politics"), std::string::npos);
}

TEST(HtmlExtractTest, KeepsHeadingsAndDropsRepeatedTitle) {
  Result<HtmlDocument> doc = ExtractHtml(kArticle);
  ASSERT_TRUE(doc.ok());
  bool found_heading = false;
  for (const HtmlBlock& b : doc->blocks) {
    EXPECT_NE(b.text, "Lighthouse keepers return to Varnholm");
    if (b.text == "A contested decision") {
      found_heading = true;
      EXPECT_TRUE(b.heading);
    }
  }
  EXPECT_TRUE(found_heading);
  ASSERT_FALSE(doc->blocks.empty());
  EXPECT_FALSE(doc->blocks.front().heading);
  EXPECT_EQ(doc->blocks.front().text.rfind("For the first time", 0), 0u);  // reading order
}

TEST(HtmlExtractTest, ReadsJsonLdAndMetaTags) {
  Result<HtmlDocument> doc = ExtractHtml(kArticle);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->title, "Lighthouse keepers return to Varnholm");
  EXPECT_EQ(doc->byline, "Mira Okafor, Jonas Feld");
  EXPECT_EQ(doc->published, "2031-05-14T09:30:00Z");
  EXPECT_EQ(doc->site_name, "The Coastal Gazette");
  EXPECT_EQ(doc->url, "https://gazette.example/varnholm-keepers");
  EXPECT_EQ(doc->language, "en-GB");
  EXPECT_EQ(doc->description, "A fictional island welcomes back its keepers.");
}

TEST(HtmlExtractTest, TitleFallsBackToTitleTagWithoutSiteSuffix) {
  const char* page =
      "<html><head><title>Orchard thieves caught on camera - Valley Post</title></head>"
      "<body><div><p>Three fictional thieves, a ladder, and a very patient goat were filmed at dawn.</p>"
      "</div></body></html>";
  Result<HtmlDocument> doc = ExtractHtml(page);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->title, "Orchard thieves caught on camera");
}

TEST(HtmlExtractTest, BylineFromMetaAndRelAuthor) {
  const char* meta_page =
      "<html><head><meta name=\"author\" content=\"By Tamsin Reyes\"></head>"
      "<body><p>A short fictional note about the weather, the wind, and the tide.</p></body></html>";
  Result<HtmlDocument> doc = ExtractHtml(meta_page);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->byline, "Tamsin Reyes");
  const char* rel_page =
      "<html><body><p>By <a rel=\"author\" href=\"/staff/oleg\">Oleg Brandt</a></p>"
      "<p>A fictional report on the night market, the lanterns, and the rain.</p></body></html>";
  doc = ExtractHtml(rel_page);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->byline, "Oleg Brandt");
}

TEST(HtmlExtractTest, DateFromMetaIsNormalized) {
  const char* page =
      "<html><head><meta property=\"article:published_time\" content=\"2029/11/02 08:15\"></head>"
      "<body><p>Fictional text, long enough to be a paragraph of the article body.</p></body></html>";
  Result<HtmlDocument> doc = ExtractHtml(page);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->published, "2029-11-02T08:15");
}

TEST(HtmlExtractTest, JsonLdArticleBodyFallback) {
  const char* page =
      "<html><head><script type=\"application/ld+json\">"
      "{\"@type\":\"BlogPosting\",\"headline\":\"Kites\",\"articleBody\":"
      "\"The kite festival on the fictional dunes drew hundreds of families this weekend, organisers said.\\n"
      "Next year the festival moves to the northern beach, where the wind is steadier.\"}"
      "</script></head><body><div id=\"app\"></div></body></html>";
  Result<HtmlDocument> doc = ExtractHtml(page);
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->blocks.size(), 2u);
  EXPECT_EQ(doc->blocks[1].text, "Next year the festival moves to the northern beach, where the wind is steadier.");
  EXPECT_EQ(doc->title, "Kites");
}

TEST(HtmlExtractTest, MetadataOnlyPageHasNoBlocks) {
  const char* page = "<html><head><title>Empty</title><meta name=\"description\" content=\"d\"></head><body></body></html>";
  Result<HtmlDocument> doc = ExtractHtml(page);
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->blocks.empty());
  EXPECT_EQ(doc->title, "Empty");
}

TEST(HtmlExtractTest, SizeLimit) {
  HtmlOptions options;
  options.max_bytes = 100;
  std::string page = "<html><body><p>" + std::string(200, 'x') + "</p></body></html>";
  Result<HtmlDocument> doc = ExtractHtml(page, options);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kResourceExhausted);
  EXPECT_EQ(DecodeHtmlToUtf8(page, "", 100).status().code(), Status::Code::kResourceExhausted);
}

TEST(HtmlExtractTest, NotHtmlIsInvalidArgument) {
  EXPECT_EQ(ExtractHtml("").status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(ExtractHtml("just some words, no markup").status().code(), Status::Code::kInvalidArgument);
  std::string binary(1000, '\x01');
  EXPECT_EQ(ExtractHtml(binary).status().code(), Status::Code::kInvalidArgument);
}

TEST(HtmlExtractTest, GarbageDoesNotCrash) {
  const char* inputs[] = {
      "<", "<<<>>>", "<html", "</p></div></body>", "<p><b><i><u>unclosed", "<table><td><tr><th>",
      "<script>never closed", "<!-- comment never closed", "<div class=\"a\" id='b' \xff\xfe>\xc3\x28</div>",
      "<svg><p>foreign</p></svg><math><mi>x</mi></math>", "<a href=\"x\"><div><a>nested</a></div></a>",
  };
  for (const char* in : inputs) {
    Result<HtmlDocument> doc = ExtractHtml(in);
    if (doc.ok()) {
      for (const HtmlBlock& b : doc->blocks) EXPECT_FALSE(b.text.empty());
    }
  }
  std::string deep;
  for (int i = 0; i < 20000; ++i) deep += "<div>";
  deep += "deep text";
  Result<HtmlDocument> doc = ExtractHtml(deep);  // cut at max_nesting, not parsed for minutes
  ASSERT_TRUE(doc.ok());
  HtmlOptions shallow;
  shallow.max_nesting = 50;
  std::string nested = "<html><body>";
  for (int i = 0; i < 40; ++i) nested += "<div>";
  nested += "<p>Fictional text inside forty nested divisions, long enough to count.</p>";
  doc = ExtractHtml(nested, shallow);
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->blocks.size(), 1u);  // within the limit: nothing is cut
}

TEST(HtmlCharsetTest, SniffsMetaCharset) {
  EXPECT_EQ(SniffHtmlCharset("<html><head><meta charset=\"ISO-8859-1\"></head>"), "iso-8859-1");
  EXPECT_EQ(SniffHtmlCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Windows-1251\">"),
            "windows-1251");
  EXPECT_EQ(SniffHtmlCharset("<META CHARSET=utf-8>"), "utf-8");
  EXPECT_EQ(SniffHtmlCharset("\xEF\xBB\xBF<html>"), "utf-8");
  EXPECT_EQ(SniffHtmlCharset("<html><body>no declaration</body></html>"), "");
  std::string late(5000, ' ');
  late += "<meta charset=\"koi8-r\">";
  EXPECT_EQ(SniffHtmlCharset(late), "");  // beyond the first 4 KiB
}

TEST(HtmlCharsetTest, DecodesLegacyEncodings) {
  Result<std::string> latin = DecodeHtmlToUtf8("<meta charset=\"iso-8859-1\"><p>caf\xe9</p>");
  ASSERT_TRUE(latin.ok());
  EXPECT_NE(latin->find("caf\xc3\xa9"), std::string::npos);
  // Mislabeled: declared latin-1 but valid UTF-8 stays UTF-8.
  Result<std::string> utf = DecodeHtmlToUtf8("<meta charset=\"iso-8859-1\"><p>caf\xc3\xa9</p>");
  ASSERT_TRUE(utf.ok());
  EXPECT_NE(utf->find("caf\xc3\xa9"), std::string::npos);
  Result<std::string> cyr = DecodeHtmlToUtf8("<p>\xcf\xf0\xe8\xe2\xe5\xf2</p>", "windows-1251");
  ASSERT_TRUE(cyr.ok());
  EXPECT_NE(cyr->find("\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82"), std::string::npos);  // Привет
  EXPECT_EQ(DecodeHtmlToUtf8("<p>caf\xe9</p>", "no-such-charset").status().code(), Status::Code::kUnsupported);
}

TEST(HtmlExtractTest, WhitespaceAndEntitiesAreNormalized) {
  const char* page =
      "<html><body><article><p>Fish&nbsp;&amp;\n\n   chips,\tthe fictional   town's&#x20;favourite "
      "dish, sold out again on Friday evening.</p></article></body></html>";
  Result<HtmlDocument> doc = ExtractHtml(page);
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->blocks.size(), 1u);
  EXPECT_EQ(doc->blocks[0].text,
            "Fish & chips, the fictional town's favourite dish, sold out again on Friday evening.");
}

}  // namespace
}  // namespace parallax::ingest
