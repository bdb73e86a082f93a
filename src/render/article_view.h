// Views of an Article for people and programs: JSON (the shape the CLI's
// --format json, the HTTP API and the web UI share; docs/formats/article.md)
// and plain text. Pure functions; thread-safe.
#ifndef PARALLAX_RENDER_ARTICLE_VIEW_H_
#define PARALLAX_RENDER_ARTICLE_VIEW_H_

#include <string>

#include "parallax/article.h"

namespace parallax::render {

struct ArticleJsonOptions {
  bool body = true;         // include the clean text and paragraphs
  bool layers = false;      // include sentence and token spans
  bool removed = true;      // include what cleaning removed
};

// One JSON object (compact when indent < 0).
std::string ArticleToJson(const Article& a, const ArticleJsonOptions& options = {}, int indent = 2);

// Readable text: a header block (title, outlet, date, ...) then the body with
// headings marked.
std::string ArticleToText(const Article& a);

}  // namespace parallax::render

#endif  // PARALLAX_RENDER_ARTICLE_VIEW_H_
