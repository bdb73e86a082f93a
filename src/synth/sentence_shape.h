// How a sentence reads on its own, judged from its surface: whether it leans
// on the sentence before it (a connective or a pronoun opening it) and
// whether it speaks in the first person. Summaries and timelines cite single
// sentences out of context, so both prefer sentences that stand alone.
//
// Pure functions over UTF-8 text; thread-safe.
#ifndef PARALLAX_SYNTH_SENTENCE_SHAPE_H_
#define PARALLAX_SYNTH_SENTENCE_SHAPE_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "parallax/article.h"

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

// The tests above and IsBoilerplateSentence (boilerplate.h) for the sentences
// of one story's articles, each computed at most once per sentence: facts,
// the summary and the timeline ask them of many of the same sentences, and
// the page-furniture and first-person tests read every byte. Each answer is
// the free function's on the sentence's text with ASCII spaces trimmed (for
// all but OpeningOf, the same as on the untrimmed text).
//
// Not thread-safe (it fills its memo as it is asked): one per story build.
class SentenceShapes {
 public:
  // Sentences are named by their article's index in `articles` and their
  // index in its sentences. The articles must outlive this object; a null
  // one has no sentences.
  explicit SentenceShapes(std::span<const Article* const> articles);

  bool IsBoilerplate(uint32_t article, uint32_t sentence);
  bool ReadsAsHeading(uint32_t article, uint32_t sentence);
  bool SpeaksInFirstPerson(uint32_t article, uint32_t sentence);
  Opening OpeningOf(uint32_t article, uint32_t sentence);
  bool StatesAFact(uint32_t article, uint32_t sentence);

 private:
  std::string_view Text(uint32_t article, uint32_t sentence) const;
  // The memo of yes/no test `test` (a two-bit field: known, value), computing it
  // with `compute(text)` on first use.
  template <typename Compute>
  bool Memo(uint32_t article, uint32_t sentence, int test, const Compute& compute);

  std::span<const Article* const> articles_;
  std::vector<uint32_t> first_;  // per article, the memo index of its first sentence
  std::vector<uint16_t> memo_;   // per sentence: two bits per yes/no test, three for the opening
};

}  // namespace parallax::synth

#endif  // PARALLAX_SYNTH_SENTENCE_SHAPE_H_
