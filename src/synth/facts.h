// Fact alignment and coverage (internal to parallax_synth).
//
// A fact group is a set of statements, at most one per article, that say the
// same thing: their IDF-weighted content stems and participants are similar
// (StoryCorpus::Similarity >= threshold). Grouping is greedy "leader"
// clustering: the sentence with matches in the most other articles leads a
// group and takes, from every other article, its best unassigned match above
// the threshold; then the next. Leaders never chain (a group is a star around
// one sentence), so two different facts cannot merge through a middle one.
// Statements without a match become one-outlet facts when they name a
// participant, a date or a number; they are what an outlet reports alone.
//
// Thread safety: pure functions.
#ifndef PARALLAX_SYNTH_FACTS_H_
#define PARALLAX_SYNTH_FACTS_H_

#include <cstdint>
#include <vector>

#include "synth/corpus.h"
#include "synth/story_view.h"

namespace parallax::synth {

struct FactOptions {
  double threshold = 0.25;    // minimum similarity to align two statements
  uint32_t min_tokens = 6;    // shorter sentences (headlines, fragments) are not facts
  uint32_t min_terms = 3;     // content stems a statement needs
  // Two statements align only when what they share besides who they name
  // (the words of person mentions and their titles: "former Vice President
  // Joe Biden") makes at least this cosine: many sentences of a campaign
  // story name the same candidates and say different things.
  double min_substance = 0.1;
};

struct FactCluster {
  std::vector<uint32_t> members;  // indices into corpus.sentences(), leader first
};

std::vector<FactCluster> AlignFacts(const StoryCorpus& corpus, const FactOptions& options);
// The same over precomputed `corpus.SimilarPairs(m)` with m <= options.threshold
// (pairs below the threshold are skipped), so one similarity pass can serve
// facts and the summary.
// `shapes` (optional, over corpus.articles()) shares the sentences' shape
// tests with the other passes of the story.
class SentenceShapes;
std::vector<FactCluster> AlignFacts(const StoryCorpus& corpus, const StoryCorpus::Pairs& pairs,
                                    const FactOptions& options, SentenceShapes* shapes = nullptr);

// Fills view->facts (ids f1.. in the clusters' order after sorting by
// outlets, then statements), view->coverage and StoryOutlet::facts. Returns
// for every sentence of the corpus the id of its fact ("" when none).
std::vector<std::string> FillFactsAndCoverage(const StoryCorpus& corpus, std::vector<FactCluster> clusters,
                                              StoryView* view);

}  // namespace parallax::synth

#endif  // PARALLAX_SYNTH_FACTS_H_
