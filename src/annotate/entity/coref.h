// Within-document coreference for named mentions.
//
// Groups an article's entity mentions (Article::entities, from the NER) into
// chains (Article::entity_chains) and sets each mention's `chain`. Before
// grouping it trims a title the tagger left inside a person mention ("Ohio
// Governor John Kasich" -> "John Kasich") and makes a name right after a
// title a person ("Chinese leader Xi Jinping" tagged ORG). Every
// mention ends up in exactly one chain (singletons included); chains are
// ordered by their first mention. See coref.cc for the rules. Pure function
// of the article; thread-safe.
#ifndef PARALLAX_ANNOTATE_ENTITY_COREF_H_
#define PARALLAX_ANNOTATE_ENTITY_COREF_H_

#include "parallax/article.h"

namespace parallax::entity {

// Replaces article->entity_chains and every mention's chain index; may move
// the start of a person mention past a title and retype a mention (above).
void BuildChains(Article* article);

}  // namespace parallax::entity

#endif  // PARALLAX_ANNOTATE_ENTITY_COREF_H_
