// A rough English tokenizer for unlabeled text (see rough_tokenizer.cc).
// Pure functions; thread-safe. Returned views point into the input text.
#ifndef PARALLAX_ANNOTATE_NER_ROUGH_TOKENIZER_H_
#define PARALLAX_ANNOTATE_NER_ROUGH_TOKENIZER_H_

#include <string_view>
#include <vector>

namespace parallax::ner {

// Appends the tokens of text to out.
void TokenizeRough(std::string_view text, std::vector<std::string_view>* out);

// Splits a token sequence into sentences after ".", "?" or "!" (plus any
// closing quotes that follow).
std::vector<std::vector<std::string_view>> SplitSentencesRough(const std::vector<std::string_view>& tokens);

}  // namespace parallax::ner

#endif  // PARALLAX_ANNOTATE_NER_ROUGH_TOKENIZER_H_
