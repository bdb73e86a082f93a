// How a sentence reads on its own, judged from its surface: whether it leans
// on the sentence before it (a connective or a pronoun opening it) and
// whether it speaks in the first person. Summaries and timelines cite single
// sentences out of context, so both prefer sentences that stand alone.
//
// Pure functions over UTF-8 text; thread-safe.
#ifndef PARALLAX_SYNTH_SENTENCE_SHAPE_H_
#define PARALLAX_SYNTH_SENTENCE_SHAPE_H_

#include <string_view>

namespace parallax::synth {

// kLeans: a connective ("But ...", "And ...", "However, ...") answering a
// sentence the reader has not seen. kRefers: a pronoun or demonstrative ("It
// may take them weeks ...") whose referent is elsewhere, a time told from
// the sentence before ("Earlier that day, ...", "The next morning ..."), a
// first person ("We're going to ..."), or a transcript turn ("SMITH: ...",
// the speaker's own voice). kStandsAlone otherwise.
enum class Opening { kStandsAlone, kRefers, kLeans };
Opening OpeningOf(std::string_view sentence);

// Whether a first-person word ("I", "we", "our", "my", "us", "me") occurs
// outside quotation marks: the writer's own voice (a column, a post quoted
// without marks), not a report.
bool SpeaksInFirstPerson(std::string_view sentence);

// Whether the sentence reads as a heading or a lead-in rather than a
// statement: it ends with a colon ("Some Clues On Social Media:", "The White
// House sent this statement:"), or it is in headline case, with at least four
// capitalised words and no lower-case word but short function words
// ("Dzhokhar Tsarnaev Remains In Serious Condition.").
bool ReadsAsHeading(std::string_view sentence);

// Whether the sentence can state a fact by itself in a list of facts: ends
// with a period or "!" (perhaps inside quotes), so not a question, a headline
// or a link's text; not a heading or lead-in, no opening connective, no transcript
// turn, no first person outside quotes. (A pronoun opening is allowed: "He
// was arrested Monday" still states what happened.)
bool StatesAFact(std::string_view sentence);

}  // namespace parallax::synth

#endif  // PARALLAX_SYNTH_SENTENCE_SHAPE_H_
