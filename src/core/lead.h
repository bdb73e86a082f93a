// What names an article or a story: the lead of an untitled article, and the
// headline that stands for a story of many articles.
//
// One rule for every place that shows them (the stories table, the story
// view, the API). Pure functions; thread-safe.

#ifndef PARALLAX_CORE_LEAD_H_
#define PARALLAX_CORE_LEAD_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/article.h"

namespace parallax::core {

constexpr size_t kNoTitle = static_cast<size_t>(-1);

// Index of the headline that best names a story whose member headlines are
// `titles` (non-empty headlines in preference order, earliest first): the one
// sharing the most content words with the others (set cosine summed over the
// first 200), opinion pieces counted half; ties and stories of one or two
// headlines keep the earliest non-opinion one. kNoTitle when `titles` is empty.
size_t RepresentativeTitle(const std::vector<std::string_view>& titles);

// True for a headline marked as opinion: a label (opinion, op-ed, editorial,
// commentary, column, letter(s)) then a separator ("OPINION: ...", "Op-Ed |
// ...", "Commentary - ..."); "Opinion polls show ..." is not one.
bool IsOpinionTitle(std::string_view title);

// The opening sentence of `body` as segmented in `sentences` (spans into the
// full body), shortened to at most `max_bytes`. `body` may be a prefix of the
// body: a sentence running past its end is cut there. "" when there are no
// sentences.
std::string LeadSentence(std::string_view body, const std::vector<Sentence>& sentences,
                         size_t max_bytes = 100);

}  // namespace parallax::core

#endif  // PARALLAX_CORE_LEAD_H_
