// Segmentation of clean text into sentences and tokens, as byte spans.
//
// Tokens follow Penn-Treebank-like conventions that the taggers were trained
// on: punctuation and quotes split off, clitics ('s, n't) split, abbreviations
// ("U.S.", "Rep.", "Jan.", "J.") and numbers ("52.2", "1,000") kept whole,
// URLs, e-mail addresses, @handles and #hashtags kept whole.
// Sentences end at . ! ? … (with closing quotes/brackets absorbed) when the
// next token can start a sentence; abbreviations end a sentence only when a
// typical sentence opener follows ("... in the U.S. The talks ...").
//
// Pure functions; thread-safe.
#ifndef PARALLAX_TEXT_SEGMENT_H_
#define PARALLAX_TEXT_SEGMENT_H_

#include <string_view>
#include <vector>

#include "parallax/article.h"

namespace parallax::text {

// Appends the tokens of text[span] to `tokens` (spans are absolute).
void Tokenize(std::string_view text, Span span, std::vector<Token>* tokens);

// Splits the tokens [first, last) of one paragraph into sentences; appends
// them to `sentences` with absolute spans and token ranges.
void SplitSentences(std::string_view text, const std::vector<Token>& tokens, uint32_t first,
                    uint32_t last, uint32_t paragraph, std::vector<Sentence>* sentences);

// Paragraphs of a body whose paragraphs are separated by "\n\n" (the
// Article convention), empty ones skipped; none is a heading.
std::vector<Paragraph> SplitParagraphs(std::string_view body);

// Fills article->tokens and article->sentences from article->body and
// article->paragraphs. Heading paragraphs get tokens but no sentence.
void Segment(Article* article);

}  // namespace parallax::text

#endif  // PARALLAX_TEXT_SEGMENT_H_
