// Annotator: one per-article analysis that adds a layer to an Article
// (times, entities, ...). Annotators are built once (models loaded) and then
// used concurrently: Annotate is const and thread-safe.
#ifndef PARALLAX_ANNOTATE_ANNOTATOR_H_
#define PARALLAX_ANNOTATE_ANNOTATOR_H_

#include <memory>
#include <string>
#include <vector>

#include "parallax/article.h"
#include "parallax/outlets.h"
#include "parallax/status.h"

namespace parallax::annotate {

class Annotator {
 public:
  virtual ~Annotator() = default;
  virtual const char* name() const = 0;
  // Replaces this annotator's layer on `article` (a segmented Article).
  virtual Status Annotate(Article* article) const = 0;
};

// Time expressions anchored to the article's publication date (or left
// relative, needs_dct, when it has none).
Result<std::unique_ptr<Annotator>> MakeTimeAnnotator();

// Named entities with the model at `model_path` ("" = the default model,
// see ner::DefaultModelPath). Errors: kNotFound / kCorruption for the model.
Result<std::unique_ptr<Annotator>> MakeEntityAnnotator(const std::string& model_path = "");

// Within-document name coreference (Article::entity_chains, each mention's
// chain) and roles (Article::roles) over the mentions "ner" found; run it
// after "ner". Never fails.
Result<std::unique_ptr<Annotator>> MakeCorefAnnotator();

// Quotations and speakers (src/annotate/quotes): direct and indirect speech
// with cue, speaker and source type. Run after "ner" (speakers are entity
// mentions). `registry` names outlets as speakers (nullptr: the default);
// it must outlive the annotator.
Result<std::unique_ptr<Annotator>> MakeQuoteAnnotator(const OutletRegistry* registry = nullptr);

// Builds the annotators named in `names` ("time", "ner", "coref" (alias "roles"), "quotes"; "none" or empty
// for none), in that order.
Result<std::vector<std::unique_ptr<Annotator>>> MakeAnnotators(const std::vector<std::string>& names);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_ANNOTATOR_H_
