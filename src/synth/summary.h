// Extractive multi-document summary (internal to parallax_synth).
//
// Maximal marginal relevance over the statements of the story's original
// articles: relevance favours statements of widely reported facts (share of
// outlets stating the statement's fact group), central statements (mean
// similarity to the other articles) and early ones (news puts the main facts
// first); each pick is penalized by its similarity to what is already chosen,
// so the summary does not say one thing twice. Quotes, headings and very short
// or very long sentences are not candidates.
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

}  // namespace parallax::synth

#endif  // PARALLAX_SYNTH_SUMMARY_H_
