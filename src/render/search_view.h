// Views of search results (Store::Search) for people and programs. The JSON
// shape is shared by `parallax search --format json` and GET /api/search
// (docs/formats/search.md). Pure functions; thread-safe.
#ifndef PARALLAX_RENDER_SEARCH_VIEW_H_
#define PARALLAX_RENDER_SEARCH_VIEW_H_

#include <string>
#include <string_view>

#include "parallax/store.h"

namespace parallax::render {

// `marked` (matches between kHitOpen/kHitClose) as HTML: text escaped,
// matches in <mark>...</mark>. Safe to insert into a page.
std::string MarkedToHtml(std::string_view marked);

// `marked` with the marks replaced by `open` and `close` ("" to drop them).
std::string MarkedToText(std::string_view marked, std::string_view open, std::string_view close);

// {"total", "relaxed", "offset", "hits": [{"id", "outlet", "title", "published", "score", "snippet",
//  "snippet_html", "title_html"}]} (compact when indent < 0).
std::string SearchResultsToJson(const SearchResults& results, size_t offset, int indent = 2);

// Numbered lines for a terminal; matches bold when `color`, else [in brackets].
std::string SearchResultsToText(const SearchResults& results, size_t offset, bool color);

}  // namespace parallax::render

#endif  // PARALLAX_RENDER_SEARCH_VIEW_H_
