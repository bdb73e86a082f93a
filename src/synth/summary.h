// Extractive multi-document summary (internal to parallax_synth).
//
// Maximal marginal relevance over the statements of the story's original
// articles: relevance favours statements of widely reported facts (share of
// outlets stating the statement's fact group), central statements (mean
// similarity to the other articles) and early ones (news puts the main facts
// first); each pick is penalized by its similarity to what is already chosen,
// so the summary does not say one thing twice. Quotes, headings, very short
// or very long sentences and sentences that answer the one before them
// ("But ...", "However, ...") are not candidates; sentences opening with a
// pronoun count less.
//
// Thread safety: pure function.
#ifndef PARALLAX_SYNTH_SUMMARY_H_
#define PARALLAX_SYNTH_SUMMARY_H_

#include <string>
#include <vector>

#include "synth/corpus.h"
#include "synth/story_view.h"

namespace parallax::synth {

struct SummaryOptions {
  size_t min_sentences = 3;
  size_t max_sentences = 5;
  double lambda = 0.7;        // relevance vs. redundancy
  uint32_t min_tokens = 8;
  uint32_t max_tokens = 60;
  // Relevance factor of a statement opening with a pronoun or demonstrative
  // ("It will be ...", "They said ..."): its referent is in a sentence the
  // summary does not show. Statements opening with a connective ("But ...")
  // are never chosen.
  double referring_weight = 0.5;
  // Relevance factor of a statement from an article whose headline marks it
  // as opinion ("OPINION: ..."): the summary reports, columns argue.
  double opinion_weight = 0.5;
  // A statement whose stems are more than this similar to a chosen one's
  // (TermCosine) restates it (the same post quoted twice, a syndicated copy)
  // and is not chosen at all.
  double max_restatement = 0.6;
  // At most this many statements from one article while another article
  // still has a candidate (0 = no limit): redundancy is only measured
  // across articles, so a long live blog could otherwise fill the summary of
  // a story that many outlets cover.
  size_t max_per_article = 2;
};

// `fact_of[i]` is the fact id of corpus sentence i ("" when none) and
// `fact_outlets` the outlet count of each fact id.
std::vector<SummarySentence> Summarize(const StoryCorpus& corpus, const std::vector<std::string>& fact_of,
                                       const std::vector<FactGroup>& facts, size_t n_outlets,
                                       const SummaryOptions& options);
// The same with `pairs` = corpus.SimilarPairs(0), computed once by the caller.
std::vector<SummarySentence> Summarize(const StoryCorpus& corpus, const StoryCorpus::Pairs& pairs,
                                       const std::vector<std::string>& fact_of, const std::vector<FactGroup>& facts,
                                       size_t n_outlets, const SummaryOptions& options);
// The same with `best_sums` from corpus.SimilarPairs(min, &best_sums) (any
// `min`): each sentence's summed best similarity per other article, and
// `shapes` (optional, over corpus.articles()) sharing the sentences' shape
// tests with the other passes of the story.
class SentenceShapes;
std::vector<SummarySentence> Summarize(const StoryCorpus& corpus, const std::vector<double>& best_sums,
                                       const std::vector<std::string>& fact_of, const std::vector<FactGroup>& facts,
                                       size_t n_outlets, const SummaryOptions& options,
                                       SentenceShapes* shapes = nullptr);

}  // namespace parallax::synth

#endif  // PARALLAX_SYNTH_SUMMARY_H_
