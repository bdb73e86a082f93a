// json_lite: what it accepts equals nlohmann::json's parse; what it declines
// (malformed text and the forms it leaves to the general parser) still reads
// through ParseJsonObject's fallback.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/input_stream.h"
#include "ingest/json_reader.h"
#include "ingest/json_lite_compare.h"

namespace parallax::ingest {
namespace {

using testing_json::Agreement;
using testing_json::CompareWithNlohmann;

TEST(JsonLiteTest, ParsesArticleFormsToTheGeneralParsersValues) {
  const std::vector<std::string> same = {
      R"({"title":"A","text":"One.\n\nTwo \"quoted\" \\ \/ \b\f\r\t end","n":-42,"z":0,"ok":true,"no":false,"x":null})",
      R"( {"text": ["p1", ["s1", "s2"], 7, {"name": "obj"}], "a": [], "o": {}} )",
      "{\"text\":\"caf\\u00e9 \\u201Cq\\u201D \\ud83d\\ude00 \\u0000 nul\"}",
      "{\"text\":\"raw UTF-8: caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \xF0\x9F\x98\x80\"}",
      "[1, 2, [3, [4]], \"\"]", "\"just a string\"", "123456789012345678", "-0", "true", "null",
      "{\"\":1}\r\n\t "};
  for (const auto& s : same) EXPECT_EQ(CompareWithNlohmann(s), Agreement::kSame) << s;
}

TEST(JsonLiteTest, DeclinesMalformedTextAndTheFormsItLeavesToTheGeneralParser) {
  const std::vector<std::string> declined = {
      "", "   ", "{", "{\"a\":1,}", "[1,]", "{\"a\" 1}", "{a:1}", "01", "-", "1.5", "1e3", "-2E-1",
      "1234567890123456789", "tru", "nul", "{\"a\":1} x", "{\"a\":1}{}", "\"unterminated",
      "\"ctrl \x01 char\"", "\"tab\tinside\"", "\"bad \\x escape\"", "\"\\u12\"", "\"\\ud800\"",
      "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"\xC3\"", "\"\xC0\xAF\"", "\"\xED\xA0\x80\"", "\"\xF5\x80\x80\x80\"",
      "\xEF\xBB\xBF{\"a\":1}", "{\"a\":1,\"a\":2}", std::string(40, '[') + std::string(40, ']'),
      std::string("\"a\0b\"", 5)};
  for (const auto& s : declined) EXPECT_EQ(CompareWithNlohmann(s), Agreement::kDeclined) << s;
}

TEST(JsonLiteTest, DeclinedValidJsonStillReadsThroughTheFallback) {
  RawDocument doc;
  ASSERT_TRUE(ParseJsonObject(R"({"title":"T","text":"Body.","score":1.5,"title":"Last"})", &doc).ok());
  EXPECT_EQ(doc.title, "Last");  // duplicate keys: the general parser's rule (the last wins)
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "Body.");
  EXPECT_FALSE(ParseJsonObject(R"({"text":"x",})", &doc).ok());
}

// Every line of the real-news development set parses to nlohmann's values.
TEST(JsonLiteTest, AgreesOnRealNewsLines) {
  auto in = InputStream::Open(PARALLAX_SHARED_DIR "/data/allsides-news/allsides-news.jsonl.gz");
  if (!in.ok()) GTEST_SKIP() << "allsides-news not available";
  BufferedReader reader(std::move(*in));
  std::string line;
  size_t lines = 0, same = 0;
  while (lines < 500) {
    auto r = reader.ReadLine(&line, 1 << 24);
    ASSERT_TRUE(r.ok());
    if (!*r) break;
    ++lines;
    Agreement a = CompareWithNlohmann(line);
    ASSERT_NE(a, Agreement::kDifferent) << "line " << lines;
    same += a == Agreement::kSame;
  }
  EXPECT_GT(lines, 100u);
  EXPECT_EQ(same, lines);  // real lines are all in the fast parser's subset
}

}  // namespace
}  // namespace parallax::ingest
