// Per-language abbreviation resources for the tokenizer and sentence
// splitter. English is the only table today; other languages add their own
// table and an entry in Abbreviations(lang).
#ifndef PARALLAX_TEXT_ABBREVIATIONS_H_
#define PARALLAX_TEXT_ABBREVIATIONS_H_

#include <cstddef>
#include <string_view>

namespace parallax::text {

enum class AbbrevKind {
  kNone,
  kTitle,     // never ends a sentence: Mr. Rep. Sen. Gov. Dr. Gen. St.
  kFinal,     // may end a sentence: U.S. Inc. Corp. Jr. etc. a.m.
  kBeforeNum, // Jan. No. Fig. Vol.: no break when a number follows
};

// Classifies `word` (including its final '.'), case-sensitively as written.
// Words longer than the longest abbreviation are not looked up (linear
// tokenizing of a long chunk of marks).
AbbrevKind ClassifyAbbreviation(std::string_view word);

// Bytes of words looked up in the abbreviation table by this thread so far:
// a measure of the tokenizer's work for tests.
size_t AbbreviationBytesLookedUp();

// Words that typically open a sentence (capitalized form), used to decide
// whether a sentence ends after an abbreviation of kind kFinal/kBeforeNum.
bool IsSentenceOpener(std::string_view word);

}  // namespace parallax::text

#endif  // PARALLAX_TEXT_ABBREVIATIONS_H_
