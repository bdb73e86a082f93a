// Test helpers for the quotes annotator tests: articles built from
// paragraphs and annotated with the real "ner", "coref" and "quotes"
// annotators, and their quotations as "speaker|type|direct" strings.
#ifndef PARALLAX_TESTS_QUOTES_QUOTES_TEST_UTIL_H_
#define PARALLAX_TESTS_QUOTES_QUOTES_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "annotate/annotator.h"
#include "ingest/reader.h"
#include "text/article_builder.h"

namespace parallax::quotes::test_util {

inline const std::vector<std::unique_ptr<annotate::Annotator>>& Annotators() {
  static auto* a = [] {
    auto r = annotate::MakeAnnotators({"ner", "coref", "quotes"});
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    auto* v = new std::vector<std::unique_ptr<annotate::Annotator>>();
    if (r.ok()) *v = std::move(*r);
    return v;
  }();
  return *a;
}

inline Article Annotate(ingest::RawDocument doc) {
  auto a = text::BuildArticle(std::move(doc));
  EXPECT_TRUE(a.ok()) << a.status().ToString();
  if (!a.ok()) return {};
  for (const auto& an : Annotators()) EXPECT_TRUE(an->Annotate(&*a).ok());
  return std::move(*a);
}

// One text block per paragraph.
inline Article FromParagraphs(const std::vector<std::string>& paragraphs) {
  ingest::RawDocument d;
  d.uri = "test.txt";
  d.format = "text";
  for (const auto& p : paragraphs) d.blocks.push_back(ingest::Block{p});
  return Annotate(std::move(d));
}

// "speaker|type|direct" per quotation, in text order ("d" direct, "i" indirect).
inline std::vector<std::string> Attributions(const Article& a) {
  std::vector<std::string> out;
  for (const auto& q : a.quotes) out.push_back(q.speaker_name + "|" + q.source_type + "|" + (q.direct ? "d" : "i"));
  return out;
}

// The indirect reports of Attributions alone, in text order.
inline std::vector<std::string> IndirectAttributions(const Article& a) {
  std::vector<std::string> out;
  for (const auto& s : Attributions(a)) if (s.ends_with("|i")) out.push_back(s);
  return out;
}

}  // namespace parallax::quotes::test_util

#endif  // PARALLAX_TESTS_QUOTES_QUOTES_TEST_UTIL_H_
