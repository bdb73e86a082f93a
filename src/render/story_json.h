// JSON view of a synth::StoryView: the shape `parallax story --format json`,
// the HTTP API and the web UI share (docs/formats/story.md). Pure functions;
// thread-safe.
#ifndef PARALLAX_RENDER_STORY_JSON_H_
#define PARALLAX_RENDER_STORY_JSON_H_

#include <nlohmann/json.hpp>
#include <string>

#include "synth/story_view.h"

namespace parallax::render {

// One JSON object (compact when indent < 0).
std::string StoryToJson(const synth::StoryView& story, int indent = 2);

// The same object as a JSON value, for callers that embed it in a larger
// document (the API's story view) without printing and parsing it again.
nlohmann::json StoryJsonValue(const synth::StoryView& story);

}  // namespace parallax::render

#endif  // PARALLAX_RENDER_STORY_JSON_H_
