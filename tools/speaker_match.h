// Speaker comparison for the quotation scorers (tools/eval_quotes.cc,
// tools/eval_indirect.cc). Tool-only code.
#ifndef PARALLAX_TOOLS_SPEAKER_MATCH_H_
#define PARALLAX_TOOLS_SPEAKER_MATCH_H_

#include <string>
#include <string_view>

namespace parallax::tools {

// A name for comparison: NFC, lower case, a leading "the" and middle initials
// ("A.") dropped, curly apostrophes made straight.
std::string NormSpeaker(std::string_view s);

// A gold speaker that is a description, not a name: it opens with a
// determiner, a document noun or a lower-case word ("campaigners").
bool DescriptionSpeaker(const std::string& name);

// The predicted speaker (canonical name, source type) matches the gold one:
// the same name (NormSpeaker) as one of the gold's `|`-separated alternatives
// (names the article itself gives one speaker), or a prediction of the gold
// type for an alternative that is a description.
bool SpeakerMatches(std::string_view pred_name, std::string_view pred_type, const std::string& gold_speaker,
                    std::string_view gold_type);

}  // namespace parallax::tools

#endif  // PARALLAX_TOOLS_SPEAKER_MATCH_H_
