// BuildStoryView: one story's articles in, the StoryView out (facts aligned
// across outlets, the coverage matrix, conflicts, an extractive summary, the
// timeline and each article's framing).
//
// Usage:
//   synth::StoryInput in{"e3", "t1", {&a0, &a1, &a2}, {"", "", a0.id}};
//   auto view = synth::BuildStoryView(in, synth::SynthOptions{});
//
// The articles must be segmented and annotated (times, entities; chains,
// roles and quotes are used when present). Near-duplicate copies are listed
// in the view but their sentences are left out of every count: a story
// counts outlets, not copies. Stories larger than `max_articles` originals
// are synthesized from their first `max_articles` originals (bounded cost;
// the view still lists every article).
//
// Thread safety: pure function of its inputs; safe to call concurrently.
#ifndef PARALLAX_SYNTH_SYNTHESIZE_H_
#define PARALLAX_SYNTH_SYNTHESIZE_H_

#include <string>
#include <vector>

#include "parallax/article.h"
#include "parallax/outlets.h"
#include "parallax/status.h"
#include "synth/conflicts.h"
#include "synth/facts.h"
#include "synth/story_view.h"
#include "synth/summary.h"
#include "synth/timeline.h"

namespace parallax::synth {

struct StoryInput {
  std::string story_id;
  std::string thread_id;
  std::vector<const Article*> articles;   // ingest order; not owned
  std::vector<std::string> duplicate_of;  // parallel to articles ("" = original); may be empty
};

struct SynthOptions {
  FactOptions facts;
  ConflictOptions conflicts;
  SummaryOptions summary;
  TimelineOptions timeline;
  size_t max_articles = 60;
  const OutletRegistry* registry = nullptr;  // display names and leanings; nullptr = Default()
};

// `options` with the limits of a timeline people read (story views, reports,
// the API): the 40 most salient entries, at most 3 per date, dates that many
// articles mention first (TimelineOptions::date_support_weight). The view says
// how many it left out (StoryView::timeline_omitted).
SynthOptions ForReaders(SynthOptions options = {});

// Errors: kInvalidArgument when a layer points outside its article's body or
// duplicate_of is not parallel to articles.
Result<StoryView> BuildStoryView(const StoryInput& input, const SynthOptions& options = {});

}  // namespace parallax::synth

#endif  // PARALLAX_SYNTH_SYNTHESIZE_H_
