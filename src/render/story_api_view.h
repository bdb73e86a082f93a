// JSON views the API builds from store rows and articles (shapes in
// docs/serve.md). Pure functions; thread-safe (the framing lexicon is loaded
// once, on first use).
#ifndef PARALLAX_RENDER_STORY_API_VIEW_H_
#define PARALLAX_RENDER_STORY_API_VIEW_H_

#include <nlohmann/json.hpp>
#include <vector>

#include "parallax/article.h"
#include "parallax/store.h"
#include "synth/story_view.h"

namespace parallax::render {

nlohmann::json StorySummaryJson(const StorySummary& s);
nlohmann::json AssignmentJson(const StoryAssignment& a);

// Loaded terms (synth framing lexicon) of one article: [{span, in_title,
// in_quote, display, polarity}]; [] when the lexicon cannot be loaded.
nlohmann::json LoadedTermsJson(const Article& a);

// Entities across `articles` (coreference chains by name): [{name, type,
// mentions, articles, outlets: {outlet: mentions}, roles: [{role, qualifier,
// affiliation, outlets: [..]}]}], most mentioned first.
nlohmann::json EntitiesJson(const std::vector<Article>& articles);

// One story: {story: summary, members: [{id, outlet, title, published,
// duplicate_of, score, undated}], entities, quotes: [{speaker, source_type,
// quotes: [{article, outlet, text, direct}]}]}. `articles` are the members
// in `assignments` order.
nlohmann::json StoryViewJson(const std::string& story_id, const std::vector<StoryAssignment>& assignments,
                             const std::vector<Article>& articles);

// The synthesis' timeline as the API shows it: [{date, granularity,
// first_day, last_day, background, statement, article, outlets, articles,
// citations: [{article, span}]}], chronological.
nlohmann::json TimelineViewJson(const synth::StoryView& view);

// The labels outlets chose differently for the same subject: [{subject,
// differs, choices: [{outlet, label, count}]}].
nlohmann::json LabelsViewJson(const synth::StoryView& view);

// A story with more members than this is shown by its first ones.
inline constexpr size_t kStoryApiMaxMembers = 400;

// The body of GET /api/stories/{id} (docs/serve.md): StoryViewJson, then
// `truncated` (true when the story's `members_total` members are more than
// `assignments`, its first ones), the synthesis of
// docs/formats/story.md (articles, outlets, summary, facts, coverage,
// conflicts), `timeline` (with `timeline_omitted`) and `labels` from that one synthesis (or
// `synthesis_error` with both empty). `articles` are the members in
// `assignments` order. Deterministic for the same inputs and format.
std::string StoryApiViewJson(const std::string& story_id, const std::vector<StoryAssignment>& assignments,
                             size_t members_total, const std::vector<Article>& articles);

// What StoryApiViewJson's output depends on besides its inputs: a
// fingerprint of the running binary (any rebuild may change the synthesis
// or the renderers) and of the framing lexicon it loads. Stored views of
// another format are not served (and are rebuilt). Computed once (reads the
// executable, a few ms).
const std::string& StoryApiViewFormat();

}  // namespace parallax::render

#endif  // PARALLAX_RENDER_STORY_API_VIEW_H_
