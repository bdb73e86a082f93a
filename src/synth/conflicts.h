// Conflict detection (internal to parallax_synth): values that disagree about
// the same thing, with both sides' sources. See conflicts.cc for the rules.
//
// Thread safety: pure functions.
#ifndef PARALLAX_SYNTH_CONFLICTS_H_
#define PARALLAX_SYNTH_CONFLICTS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "synth/corpus.h"
#include "synth/sentence_shape.h"
#include "synth/story_view.h"
#include "synth/timeline.h"

namespace parallax::synth {

struct ConflictOptions {
  int action_window = 8;        // tokens between a date and the action it dates
  int same_event_horizon_days = 92;  // dates further apart are different occurrences
  int fine_tolerance_days = 7;  // day/week-precise dates this close agree
};

// True when two dated reports of one event disagree: their calendar intervals
// (the time layer's TIMEX3 values read by ParseTimexDate, timeline.h) do not
// overlap and are further apart than the tolerance (0 when either has month or
// year granularity).
bool DatesDisagree(const DateInterval& a, const DateInterval& b, const ConflictOptions& options);

// Date, rank and count conflicts about the same participant and action, and
// number conflicts inside one fact group (`fact_of` maps corpus sentences to
// fact ids). A sentence of page furniture (shapes->IsBoilerplate: a video
// teaser, a dated picture caption) makes no claim. Appends to `out`.
void FindStatementConflicts(const StoryCorpus& corpus, const std::vector<std::string>& fact_of,
                            const ConflictOptions& options, SentenceShapes* shapes, std::vector<Conflict>* out);

// Different offices for the same person across the story (Article::roles,
// or titles found next to PER mentions when the roles layer is empty).
void FindRoleConflicts(const StoryCorpus& corpus, std::vector<Conflict>* out);

}  // namespace parallax::synth

#endif  // PARALLAX_SYNTH_CONFLICTS_H_
