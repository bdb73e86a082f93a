#include "annotate/time/timeml.h"

#include <gtest/gtest.h>

namespace parallax::time {
namespace {

const char kDoc[] =
    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>X</DOCID>\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-11-20\" functionInDocument=\"CREATION_TIME\">"
    "Nov 20</TIMEX3></DCT>\n<TEXT>\nAT&amp;T <EVENT eid=\"e1\">said</EVENT> "
    "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-11-20\">Friday</TIMEX3> it grew.\n</TEXT>\n"
    "<TLINK lid=\"l1\"/>\n</TimeML>\n";

TEST(TimemlTest, ParsesTextDctAndGold) {
  auto doc = ParseTimeml(kDoc);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->dct, "1998-11-20");
  EXPECT_EQ(doc->plain, "\nAT&T said Friday it grew.\n");
  ASSERT_EQ(doc->gold.size(), 1u);
  EXPECT_EQ(doc->gold[0].span.Of(doc->plain), "Friday");
  EXPECT_EQ(doc->gold[0].value, "1998-11-20");
}

TEST(TimemlTest, WriteReplacesTimexesAndKeepsTheRest) {
  auto doc = ParseTimeml(kDoc);
  ASSERT_TRUE(doc.ok());
  Timex t;
  t.span = Span{1, 5};  // "AT&T": an entity inside the extent
  t.type = "DATE";
  t.value = "XXXX";
  const std::string out = WriteTimeml(*doc, {t});
  EXPECT_NE(out.find("<EVENT eid=\"e1\">said</EVENT>"), std::string::npos);
  EXPECT_NE(out.find("<TLINK lid=\"l1\"/>"), std::string::npos);
  EXPECT_EQ(out.find(">Friday</TIMEX3>"), std::string::npos);
  auto again = ParseTimeml(out);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->plain, doc->plain);
  ASSERT_EQ(again->gold.size(), 1u);
  EXPECT_EQ(again->gold[0].span.Of(again->plain), "AT&T");
  EXPECT_EQ(again->gold[0].value, "XXXX");
}

TEST(TimemlTest, TimexCrossingAnEventIsDropped) {
  auto doc = ParseTimeml(kDoc);
  ASSERT_TRUE(doc.ok());
  Timex t;
  t.span = Span{6, 17};  // "said Friday" would cross </EVENT>
  t.type = "DATE";
  t.value = "1998-11-20";
  auto again = ParseTimeml(WriteTimeml(*doc, {t}));
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->gold.empty());
}

TEST(TimemlTest, MissingTextIsInvalid) {
  EXPECT_FALSE(ParseTimeml("<TimeML></TimeML>").ok());
  EXPECT_FALSE(ParseTimeml("<TEXT>a <b </TEXT>").ok());
}

}  // namespace
}  // namespace parallax::time
