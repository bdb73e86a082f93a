// Who said what: direct quotations and indirect speech with their cue,
// speaker mention, canonical speaker and source type (Article::quotes).
//
// Needs a segmented Article; uses the entity layer when present (run after
// "ner") and its coreference chains when the entity annotator fills them.
// Pure function of the article; thread-safe.
#ifndef PARALLAX_ANNOTATE_QUOTES_QUOTE_ANNOTATOR_H_
#define PARALLAX_ANNOTATE_QUOTES_QUOTE_ANNOTATOR_H_

#include "parallax/article.h"
#include "parallax/outlets.h"

namespace parallax::quotes {

struct QuoteOptions {
  const OutletRegistry* registry = nullptr;  // outlets as speakers; nullptr: OutletRegistry::Default()
  // A quoted span shorter than this many words with no attribution is a
  // scare quote or a title, not a quotation.
  uint32_t min_unattributed_words = 4;
  bool indirect = true;  // also report indirect speech ("X said that ...", "according to X")
};

// Replaces article->quotes with the quotations found, sorted by span.
void FindQuotations(Article* article, const QuoteOptions& options = {});

}  // namespace parallax::quotes

#endif  // PARALLAX_ANNOTATE_QUOTES_QUOTE_ANNOTATOR_H_
