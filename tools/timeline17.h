// Reading the timeline17 snapshot (news-tls form) into Articles, for the
// evaluation tools (eval_timeline.cc, eval_dating.cc).
#ifndef PARALLAX_TOOLS_TIMELINE17_H_
#define PARALLAX_TOOLS_TIMELINE17_H_

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "parallax/article.h"
#include "parallax/status.h"

namespace parallax::tools {

// The snapshot is Penn-Treebank tokenized ("-LRB- Reuters -RRB-", "`` quote
// ''"); restores the surface quotes and brackets so that the segmenter and
// the time tagger see ordinary news text.
std::string Detokenize(std::string text);

// A segmented Article from one {uid, dct, text} entry, dated by its dct.
Article MakeTimeline17Article(const nlohmann::json& entry, const std::string& outlet);

// The entries of `<folder>/articles.json.gz` (a JSON list).
Result<nlohmann::json> ReadTimeline17Entries(const std::string& folder);

}  // namespace parallax::tools

#endif  // PARALLAX_TOOLS_TIMELINE17_H_
