// BuildArticle: the clean stage. Turns what a reader found (RawDocument) into
// an Article: boilerplate removed, publisher and cited outlets identified,
// metadata normalized, body segmented into paragraphs, sentences and tokens,
// language identified, id computed.
//
// Pure function of its inputs; thread-safe.
#ifndef PARALLAX_TEXT_ARTICLE_BUILDER_H_
#define PARALLAX_TEXT_ARTICLE_BUILDER_H_

#include "ingest/document.h"
#include "parallax/article.h"
#include "parallax/outlets.h"
#include "parallax/status.h"
#include "text/clean.h"

namespace parallax::text {

struct BuildOptions {
  CleanOptions clean;
  const OutletRegistry* registry = nullptr;  // nullptr: OutletRegistry::Default()
  size_t max_body_bytes = 16 << 20;          // a clean body must fit 32-bit spans comfortably
};

// Errors: kInvalidArgument when no article text is left after cleaning,
// kResourceExhausted when the body exceeds max_body_bytes.
Result<Article> BuildArticle(ingest::RawDocument doc, const BuildOptions& options = {});

}  // namespace parallax::text

#endif  // PARALLAX_TEXT_ARTICLE_BUILDER_H_
