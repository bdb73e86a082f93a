// Readers: format detection, gzip, encodings, text headers, JSON, WARC.
#include <gtest/gtest.h>

#include "ingest/encoding.h"
#include "ingest/format.h"
#include "ingest/meta_date.h"
#include "ingest/reader.h"
#include "ingest/text_reader.h"
#include "test_util.h"

namespace parallax::ingest {
namespace {

using testing_util::GzipBytes;

struct Collected {
  std::vector<RawDocument> docs;
  std::vector<Status> errors;
};

Collected ReadAll(std::string bytes, const std::string& name) {
  Collected c;
  ReadBytes(std::move(bytes), name, ReadOptions{}, [&](Result<RawDocument> d) {
    if (d.ok()) c.docs.push_back(std::move(*d));
    else c.errors.push_back(d.status());
    return true;
  });
  return c;
}

TEST(FormatTest, DetectsByContentNotExtension) {
  std::string why;
  EXPECT_EQ(DetectFormat("<!DOCTYPE html><html>", "a.txt", &why), Format::kHtml);
  EXPECT_EQ(DetectFormat("WARC/1.0\r\nWARC-Type: warcinfo", "x", &why), Format::kWarc);
  EXPECT_EQ(DetectFormat("{\"a\":1}\n{\"a\":2}\n", "x", &why), Format::kJsonl);
  EXPECT_EQ(DetectFormat("{\"title\": \"x\",\n \"text\": \"y\"}", "x", &why), Format::kJson);
  EXPECT_EQ(DetectFormat("Plain words here.", "page.html", &why), Format::kText);
  EXPECT_EQ(DetectFormat(std::string("\x89PNG\r\n\x1a\n", 8), "a.txt", &why), Format::kBinary);
  EXPECT_EQ(why, "PNG image");
  EXPECT_EQ(DetectFormat(std::string("ab\0cd", 5), "a.txt", &why), Format::kBinary);
}

TEST(ReaderTest, GzipIsTransparentAndTruncationIsAnError) {
  std::string text = "Headline Of A Fictional Story\n\nThe first paragraph ends here.\n";
  auto ok = ReadAll(GzipBytes(text), "story.txt.gz");
  ASSERT_EQ(ok.docs.size(), 1u);
  EXPECT_EQ(ok.docs[0].title, "Headline Of A Fictional Story");
  std::string gz = GzipBytes(std::string(5000, 'x') + text);
  auto cut = ReadAll(gz.substr(0, gz.size() / 2), "cut.txt.gz");
  EXPECT_TRUE(cut.docs.empty());
  ASSERT_EQ(cut.errors.size(), 1u);
  EXPECT_NE(cut.errors[0].message().find("cut.txt.gz"), std::string::npos);
  EXPECT_NE(cut.errors[0].message().find("truncated gzip"), std::string::npos);
}

TEST(ReaderTest, BinaryAndEmptyInputsAreRejectedWithTheirName) {
  auto bin = ReadAll(std::string("%PDF-1.7 ...", 12), "report.pdf");
  ASSERT_EQ(bin.errors.size(), 1u);
  EXPECT_EQ(bin.errors[0].message(), "report.pdf: not an article: PDF document");
  auto empty = ReadAll("  \n\n ", "empty.txt");
  ASSERT_EQ(empty.errors.size(), 1u);
  EXPECT_EQ(empty.errors[0].message(), "empty.txt: empty file");
}

TEST(ReaderTest, OversizedFileIsRejected) {
  ReadOptions o;
  o.max_file_bytes = 1000;
  std::vector<Status> errors;
  ReadBytes(std::string(5000, 'a'), "big.txt", o, [&](Result<RawDocument> d) {
    if (!d.ok()) errors.push_back(d.status());
    return true;
  });
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].code(), Status::Code::kResourceExhausted);
  EXPECT_NE(errors[0].message().find("big.txt"), std::string::npos);
}

TEST(EncodingTest, ConvertsLegacyEncodingsAndRejectsGarbage) {
  // "café au lait. Déjà vu." in windows-1252, long enough for detection.
  std::string latin;
  for (int i = 0; i < 20; ++i) latin += "Le caf\xE9 est d\xE9j\xE0 servi \xE0 la client\xE8le. ";
  auto r = DecodeToUtf8(latin);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r->text.find("caf\xC3\xA9"), std::string::npos);
  auto declared = DecodeToUtf8("na\xEFve", "iso-8859-1");
  ASSERT_TRUE(declared.ok());
  EXPECT_EQ(declared->text, "na\xC3\xAFve");
  auto utf16 = DecodeToUtf8(std::string("\xFF\xFEh\0i\0", 6));
  ASSERT_TRUE(utf16.ok());
  EXPECT_EQ(utf16->text, "hi");
}

TEST(TextReaderTest, RecognisesAggregatorHeaders) {
  RawDocument d;
  ParsePlainText("A Fictional Mayor Opens A Bridge\nViews: 120\n2024-03-05 10:15\nThe mayor opened it.\n\nMore text.",
                 &d);
  EXPECT_EQ(d.title, "A Fictional Mayor Opens A Bridge");
  EXPECT_EQ(d.published, "2024-03-05T10:15");
  EXPECT_EQ(d.published_source, MetaSource::kHeader);
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_EQ(d.blocks[0].text, "The mayor opened it.");
  ASSERT_EQ(d.header_lines.size(), 2u);
  EXPECT_EQ(d.header_lines[0], "Views: 120");
}

TEST(TextReaderTest, DateMarkerMayShareTheLineWithTheBody) {
  RawDocument d;
  ParsePlainText(" date 2024-01-02 The council voted on Monday.\n\nIt passed.", &d);
  EXPECT_EQ(d.published, "2024-01-02");
  EXPECT_TRUE(d.title.empty());
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_EQ(d.blocks[0].text, "The council voted on Monday.");
}

TEST(TextReaderTest, JoinsHardWrappedLines) {
  std::vector<Block> blocks;
  SplitParagraphs("This is a long line of prose that has been wrapped at some\ncolumn by an old tool so it continues\nhere.", &blocks);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_NE(blocks[0].text.find("some column"), std::string::npos);
}

TEST(MetaDateTest, ParsesCommonForms) {
  EXPECT_EQ(ParseMetaDate("2020-01-19T14:03:00Z", MetaSource::kMetadata).value, "2020-01-19T14:03:00");
  EXPECT_EQ(ParseMetaDate("Wed, 12 Jul 2023 03:58:00 GMT", MetaSource::kMetadata).value, "2023-07-12T03:58:00");
  EXPECT_EQ(ParseMetaDate("July 12, 2023 3:58 PM", MetaSource::kMetadata).value, "2023-07-12T15:58");
  EXPECT_EQ(ParseMetaDate("Sept. 5, 2019", MetaSource::kMetadata).value, "2019-09-05");
  EXPECT_EQ(ParseMetaDate("2023-07", MetaSource::kMetadata).precision, PublishedTime::Precision::kMonth);
  EXPECT_EQ(ParseMetaDate("25/12/2021", MetaSource::kMetadata).value, "2021-12-25");
  EXPECT_FALSE(ParseMetaDate("no date here", MetaSource::kMetadata).known());
  EXPECT_FALSE(ParseMetaDate("2023-02-30", MetaSource::kMetadata).precision == PublishedTime::Precision::kDay);
}

TEST(MetaDateTest, AMonthIsAWholeMonthWordNotAPrefix) {
  // A word that only begins like a month is no month ("Mayor", "Decision").
  EXPECT_FALSE(ParseMetaDate("Mayor 12, 2023", MetaSource::kMetadata).known());
  EXPECT_FALSE(ParseMetaDate("Decision 3, 2020", MetaSource::kMetadata).known());
  EXPECT_EQ(ParseMetaDate("Sep 5, 2019", MetaSource::kMetadata).value, "2019-09-05");
  EXPECT_EQ(ParseMetaDate("5 Oktober 2019", MetaSource::kMetadata).value, "2019-10-05");
  EXPECT_EQ(ParseMetaDate("5 juin 2019", MetaSource::kMetadata).value, "2019-06-05");
}

TEST(JsonReaderTest, ReadsCommonFieldNamesAndNestedParagraphs) {
  auto c = ReadAll(R"({"title": "T", "date": "2015-03-02", "source": "fox",
                       "body-paragraphs": [["First sentence.", "Second one."], ["Next paragraph."]]})",
                   "a.json");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].title, "T");
  EXPECT_EQ(c.docs[0].outlet, "fox");
  ASSERT_EQ(c.docs[0].blocks.size(), 2u);
  EXPECT_EQ(c.docs[0].blocks[0].text, "First sentence. Second one.");
}

TEST(JsonReaderTest, JsonlBadLinesDoNotStopTheFile) {
  auto c = ReadAll("{\"title\":\"a\",\"text\":\"One.\"}\n{broken\n{\"title\":\"c\",\"text\":\"Three.\"}\n", "x.jsonl");
  ASSERT_EQ(c.docs.size(), 2u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].message().find("x.jsonl line 2"), std::string::npos);
  EXPECT_EQ(c.docs[1].uri, "x.jsonl#3");
}

std::string WarcRecord(const std::string& type, const std::string& uri, const std::string& payload) {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2024-02-03T04:05:06Z\r\nContent-Length: " + std::to_string(payload.size()) + "\r\n\r\n" +
         payload + "\r\n\r\n";
}

TEST(WarcReaderTest, CutRecordIsReportedAfterGoodOnes) {
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nnot html";
  std::string warc = WarcRecord("warcinfo", "", "software: test") + WarcRecord("response", "http://example.org/a", http);
  std::string full = warc + WarcRecord("response", "http://example.org/b", http);
  auto c = ReadAll(full.substr(0, full.size() - 20), "crawl.warc");
  EXPECT_TRUE(c.docs.empty());  // text/plain responses are not articles
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].message().find("crawl.warc record 3"), std::string::npos);
  EXPECT_NE(c.errors[0].message().find("cut off"), std::string::npos);
}

}  // namespace
}  // namespace parallax::ingest

namespace parallax::ingest {
namespace {

TEST(WarcReaderTest, HtmlResponsesBecomeArticlesWithTargetUriAndDate) {
  std::string page =
      "<!DOCTYPE html><html><head><title>Fictional Bridge Opens</title></head><body><nav><a href='/'>Home</a></nav>"
      "<article><h1>Fictional Bridge Opens</h1><p>The new bridge over the fictional river opened on Monday after "
      "three years of work, the town council said in a statement.</p><p>Hundreds of residents walked across it "
      "during the first hour, and the mayor cut a ribbon at noon.</p></article></body></html>";
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page;
  std::string warc = WarcRecord("request", "http://example.org/bridge", "GET / HTTP/1.1\r\n\r\n") +
                     WarcRecord("response", "http://example.org/bridge", http);
  auto c = ReadAll(warc, "crawl.warc");
  ASSERT_EQ(c.docs.size(), 1u) << (c.errors.empty() ? "" : c.errors[0].ToString());
  EXPECT_TRUE(c.errors.empty());
  EXPECT_EQ(c.docs[0].uri, "http://example.org/bridge");
  EXPECT_EQ(c.docs[0].format, "warc");
  EXPECT_EQ(c.docs[0].published, "2024-02-03T04:05:06Z");
  ASSERT_FALSE(c.docs[0].blocks.empty());
  EXPECT_NE(c.docs[0].blocks[0].text.find("new bridge"), std::string::npos);
}

}  // namespace
}  // namespace parallax::ingest
