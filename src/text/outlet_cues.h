// Outlet cues in article text: who published it, and whom it cites.
//
// The publisher shows in a wire dateline ("(Bloomberg) --", "WASHINGTON
// (Reuters) -") or a syndication footer ("All content created by the Daily
// Caller News Foundation ..."). Outlets named with a citation cue ("told
// CNN", "according to Axios", "Politico reports", "the AP reported") are
// sources the article cites, never its publisher.
//
// Pure functions over an OutletRegistry; thread-safe.
#ifndef PARALLAX_TEXT_OUTLET_CUES_H_
#define PARALLAX_TEXT_OUTLET_CUES_H_

#include <string>
#include <vector>

#include "parallax/outlets.h"

namespace parallax::text {

struct Dateline {
  std::string text;    // "WASHINGTON (Reuters)" as written, without the dash
  std::string outlet;  // canonical outlet name, or the name as written when unregistered
  size_t length = 0;   // bytes to cut from the paragraph start (dateline, dash, spaces)
};

// Recognises a wire dateline at the start of the first paragraph.
bool FindDateline(std::string_view paragraph, const OutletRegistry& registry, Dateline* out);

// The outlet a syndication/licensing footer names, or "".
std::string FooterOutlet(std::string_view footer, const OutletRegistry& registry);

// Canonical names of registered outlets the text cites with a cue, in order
// of first mention, excluding `publisher`.
std::vector<std::string> CitedOutlets(std::string_view text, const OutletRegistry& registry,
                                      std::string_view publisher);

}  // namespace parallax::text

#endif  // PARALLAX_TEXT_OUTLET_CUES_H_
