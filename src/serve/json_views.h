// JSON views the API builds from store rows and articles (shapes in
// docs/serve.md). Pure functions; thread-safe (the framing lexicon is loaded
// once, on first use).
#ifndef PARALLAX_SERVE_JSON_VIEWS_H_
#define PARALLAX_SERVE_JSON_VIEWS_H_

#include <nlohmann/json.hpp>
#include <vector>

#include "parallax/article.h"
#include "parallax/store.h"
#include "synth/story_view.h"

namespace parallax::serve {

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

}  // namespace parallax::serve

#endif  // PARALLAX_SERVE_JSON_VIEWS_H_
