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
#include "synth/story_view.h"

namespace parallax::synth {

struct ConflictOptions {
  int action_window = 8;        // tokens between a date and the action it dates
  int same_event_horizon_days = 92;  // dates further apart are different occurrences
  int fine_tolerance_days = 7;  // day/week-precise dates this close agree
};

// Inclusive day range of a TIMEX3 DATE value ("2023", "2023-06", "2023-07-16",
// "2023-W29", "2023-W28-WE"), days since 1970-01-01; nullopt for other values.
struct DayRange {
  long first = 0, last = 0;
  bool coarse = false;  // month or year precision
};
std::optional<DayRange> ParseDayRange(std::string_view value);

// True when two dated reports of one event disagree: their ranges do not
// overlap and are further apart than the tolerance (0 when either is coarse).
bool DatesDisagree(const DayRange& a, const DayRange& b, const ConflictOptions& options);

// Date, rank and count conflicts about the same participant and action, and
// number conflicts inside one fact group (`fact_of` maps corpus sentences to
// fact ids). Appends to `out`.
void FindStatementConflicts(const StoryCorpus& corpus, const std::vector<std::string>& fact_of,
                            const ConflictOptions& options, std::vector<Conflict>* out);

// Different offices for the same person across the story (Article::roles,
// or titles found next to PER mentions when the roles layer is empty).
void FindRoleConflicts(const StoryCorpus& corpus, std::vector<Conflict>* out);

}  // namespace parallax::synth

#endif  // PARALLAX_SYNTH_CONFLICTS_H_
