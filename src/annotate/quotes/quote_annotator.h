// Who said what: direct quotations and indirect speech with their cue,
// speaker mention, canonical speaker and source type (Article::quotes).
//
// Needs a segmented Article; uses the entity layer when present (run after
// "ner") and its coreference chains when the entity annotator fills them.
// Pure function of the article; thread-safe.
#ifndef PARALLAX_ANNOTATE_QUOTES_QUOTE_ANNOTATOR_H_
#define PARALLAX_ANNOTATE_QUOTES_QUOTE_ANNOTATOR_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/article.h"
#include "parallax/outlets.h"

namespace parallax::quotes {

class SpeakerModel;  // speaker_model.h

// One speaker candidate the speaker model scored (see speaker_model.h), for
// training tools: its canonical name, source type, features and score.
struct SpeakerChoice {
  std::string name, type;
  std::vector<std::string> features;
  double score = 0;
};

struct QuoteOptions {
  const OutletRegistry* registry = nullptr;  // outlets as speakers; nullptr: OutletRegistry::Default()
  // A quoted span shorter than this many words with no attribution is a
  // scare quote or a title, not a quotation.
  uint32_t min_unattributed_words = 4;
  bool indirect = true;  // also report indirect speech ("X said that ...", "according to X")
  // Let the speaker model name the speakers the rules leave unnamed (see docs/quotes.md).
  bool speaker_model = true;
  // The speaker model's weights; nullptr: the model compiled in from models/quote-speakers.tsv.
  // For training tools (tools/eval_quotes.cc --model scores a refit before it is compiled in).
  // Not owned; must outlive the call.
  const SpeakerModel* speaker_weights = nullptr;
  // For training tools (tools/eval_quotes.cc --dump-candidates): when set, called for every
  // kept direct quotation with the candidates the model sees, whether or not it is used
  // there. `need` is "any" (who said it) or "author" (who wrote a document the rules found).
  std::function<void(const Span& quote, std::string_view need, const std::vector<SpeakerChoice>&)> explain;
};

// Replaces article->quotes with the quotations found, sorted by span.
void FindQuotations(Article* article, const QuoteOptions& options = {});

}  // namespace parallax::quotes

#endif  // PARALLAX_ANNOTATE_QUOTES_QUOTE_ANNOTATOR_H_
