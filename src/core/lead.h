// The lead of an article: what names an untitled article or story.
//
// One rule for every place that shows it (the stories table, the story view,
// the API): the opening sentence of the body, shortened to `max_bytes` on a
// UTF-8 boundary with an ellipsis. Pure function; thread-safe.

#ifndef PARALLAX_CORE_LEAD_H_
#define PARALLAX_CORE_LEAD_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/article.h"

namespace parallax::core {

// The opening sentence of `body` as segmented in `sentences` (spans into the
// full body), shortened to at most `max_bytes`. `body` may be a prefix of the
// body: a sentence running past its end is cut there. "" when there are no
// sentences.
std::string LeadSentence(std::string_view body, const std::vector<Sentence>& sentences,
                         size_t max_bytes = 100);

}  // namespace parallax::core

#endif  // PARALLAX_CORE_LEAD_H_
