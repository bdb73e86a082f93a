// Full-text search over the article table (Store::Search), private to the
// store module. The index is the FTS5 table `articles_fts` (migration 4).
#ifndef PARALLAX_STORE_SEARCH_H_
#define PARALLAX_STORE_SEARCH_H_

#include <sqlite3.h>

#include <string>
#include <string_view>
#include <vector>

#include "parallax/status.h"
#include "parallax/store.h"

namespace parallax::store {

// The words and phrases of a typed query, each one FTS5 string ("kerry",
// "climate envoy", "beij*" keeps its star outside the quotes). Operators and
// punctuation are dropped so that any input is a valid FTS5 query.
std::vector<std::string> QueryTerms(std::string_view text);

// Joins terms with AND (all) or OR (any); "" when there are none.
std::string FtsExpression(const std::vector<std::string>& terms, bool all);

// True when `name` (lower-cased words) occurs as whole consecutive words in
// `candidate`, ignoring case and punctuation: "kerry" is in "John Kerry".
bool NameContains(std::string_view candidate, std::string_view name);

// Runs `query` on an open database with schema version >= 4.
Result<SearchResults> SearchArticles(sqlite3* db, const SearchQuery& query);

}  // namespace parallax::store

#endif  // PARALLAX_STORE_SEARCH_H_
