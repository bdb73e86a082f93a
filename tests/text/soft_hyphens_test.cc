// Session 24: soft hyphens (U+00AD) leave the text in the cleaner, for every input format. The
// quotes stage used to remove them from speaker names only (quotes23_test's Glen Bolger); the body
// that NER, search and clustering read kept "Bol\u00ADger" when the input was text or JSON.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/article_builder.h"
#include "text/clean.h"
#include "text/soft_hyphens.h"

namespace parallax::text {
namespace {

// The bytes around and between soft hyphens stay, in order; other C2 sequences (NBSP, U+00B7)
// and a lone C2 at the end are not soft hyphens.
TEST(SoftHyphensTest, RemovesOnlyTheSoftHyphens) {
  std::string s = "Re\u00ADpub\u00ADlic\u00ADan";
  EXPECT_EQ(RemoveSoftHyphens(&s), 6u);
  EXPECT_EQ(s, "Republican");
  s = "\u00AD\u00ADa\u00A0b\u00B7c\u00AD";
  EXPECT_EQ(RemoveSoftHyphens(&s), 6u);
  EXPECT_EQ(s, "a\u00A0b\u00B7c");
  s = "no soft hyphen here \u00A0";
  EXPECT_EQ(RemoveSoftHyphens(&s), 0u);
  EXPECT_EQ(s, "no soft hyphen here \u00A0");
  s = std::string("ends with a lead byte \xC2", 23);
  EXPECT_EQ(RemoveSoftHyphens(&s), 0u);
  EXPECT_EQ(s.size(), 23u);
  s = "\u00AD";
  EXPECT_EQ(RemoveSoftHyphens(&s), 2u);
  EXPECT_TRUE(s.empty());
}

// The cleaner removes them from every block before its other rules run (the old code kept them).
TEST(SoftHyphensTest, CleanBlocksRemovesThem) {
  std::vector<ingest::Block> blocks = {
      {"\u201CWe do not need a lot more than that,\u201D said Glen Bol\u00ADger, a Re\u00ADpub\u00ADlic\u00ADan "
       "poll\u00ADster who has worked for the party for years.",
       false},
      {"The party's leaders met on Tuesday to talk about the plan.", false}};
  std::vector<Removal> removed;
  CleanBlocks(&blocks, {}, &removed);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].text,
            "\u201CWe do not need a lot more than that,\u201D said Glen Bolger, a Republican pollster who has worked "
            "for the party for years.");
  EXPECT_TRUE(removed.empty());
}

// A text document's body, sentences, tokens and title carry no soft hyphen: the speaker's name is
// the token "Bolger" every other article writes (the old code's tokens were "Bol\u00ADger").
TEST(SoftHyphensTest, ArticleFromTextInputHasNone) {
  ingest::RawDocument doc;
  doc.uri = "mem";
  doc.format = "text";
  doc.title = "Poll\u00ADster says the plan is enough";
  doc.blocks = {{"\u201CWe do not need a lot more than that,\u201D said Glen Bol\u00ADger, a pollster.", false},
                {"The party's leaders met on Tuesday.", false}};
  auto a = BuildArticle(doc);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Pollster says the plan is enough");
  EXPECT_EQ(a->body.find("\u00AD"), std::string::npos);
  bool bolger = false;
  for (const auto& t : a->tokens) bolger |= t.span.Of(a->body) == "Bolger";
  EXPECT_TRUE(bolger);
  ASSERT_EQ(a->sentences.size(), 2u);
  EXPECT_EQ(a->sentences[0].span.Of(a->body),
            "\u201CWe do not need a lot more than that,\u201D said Glen Bolger, a pollster.");
}

}  // namespace
}  // namespace parallax::text
