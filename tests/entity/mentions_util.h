// Test helper for the entity rules: articles with hand-made mentions, so a
// rule is checked apart from the tagger.
#ifndef PARALLAX_TESTS_ENTITY_MENTIONS_UTIL_H_
#define PARALLAX_TESTS_ENTITY_MENTIONS_UTIL_H_

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "parallax/article.h"

namespace parallax {

// An article with `body` whose mentions are the given (text, type) pairs,
// each found after the previous one (a text not found fails the test).
// Nothing else is set: no paragraphs, sentences or chains.
inline Article WithMentions(std::string body, const std::vector<std::pair<std::string, std::string>>& mentions) {
  Article a;
  a.body = std::move(body);
  size_t from = 0;
  for (const auto& [text, type] : mentions) {
    size_t at = a.body.find(text, from);
    EXPECT_NE(at, std::string::npos) << text;
    a.entities.push_back(
        EntityMention{Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + text.size())}, type, "", 0.9f});
    from = at + text.size();
  }
  return a;
}

}  // namespace parallax

#endif  // PARALLAX_TESTS_ENTITY_MENTIONS_UTIL_H_
