// Main-content detection on the light DOM: boilerplate pruning, container
// scoring, and block emission with a precision pass.
//
// Internal header of parallax_html. Pure functions over a caller-owned Dom.
#ifndef PARALLAX_INGEST_HTML_HTML_CONTENT_H_
#define PARALLAX_INGEST_HTML_HTML_CONTENT_H_

#include <string>
#include <string_view>
#include <vector>

#include "ingest/html/html_dom.h"
#include "ingest/html/html_extract.h"

namespace parallax::ingest::html {

// Marks boilerplate subtrees of `dom` as dropped (tags, roles, hidden
// elements, class/id vocabulary). Leaves statistics up to date.
void PruneBoilerplate(Dom* dom);

// Returns the main-text blocks of a pruned dom, in reading order. `title`
// (may be empty) is used to drop a repeated headline.
// True when a class/id value carries a positive word (article, content,
// post, story, entry...).
bool HasPositiveClass(std::string_view cls, std::string_view id);

// The subtrees chosen as main content (node indices, document order).
// Scores nodes as a side effect; exposed for diagnostics.
std::vector<int> ChooseRoots(Dom* dom, const HtmlOptions& options);

std::vector<HtmlBlock> ExtractMainBlocks(Dom* dom, const std::string& title, const HtmlOptions& options);

}  // namespace parallax::ingest::html

#endif  // PARALLAX_INGEST_HTML_HTML_CONTENT_H_
