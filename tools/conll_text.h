// Canonical text of a NewsWCL50 article for the quotation gold set
// (data/gold/quotes-newswcl50.jsonl, docs/quotes.md). Tool-only code.
//
// NewsWCL50 ships tokens, not text (NewsWCL50.conll: one token a line,
// document id, sentence, token index, token, coreference column; a token
// "\n" marks a paragraph end). The canonical text joins tokens by the usual
// English spacing: no space before closing punctuation and clitics
// (`,` `.` `'s` `n't`), none after opening brackets, none around a hyphen
// token (`Kim Jong-un`); straight double quotes alternate opening and
// closing within a paragraph; paragraphs are joined by a blank line.
#ifndef PARALLAX_TOOLS_CONLL_TEXT_H_
#define PARALLAX_TOOLS_CONLL_TEXT_H_

#include <string>
#include <vector>

#include "parallax/status.h"

namespace parallax::tools {

// The paragraphs of document `doc_id` ("0/-/0_L") of the CoNLL file at
// `conll_path`, each as canonical text. NotFound when the id is absent.
Result<std::vector<std::string>> ConllParagraphs(const std::string& conll_path, const std::string& doc_id);

// Joins the tokens of one paragraph by the spacing rules above.
std::string JoinTokens(const std::vector<std::string>& tokens);

}  // namespace parallax::tools

#endif  // PARALLAX_TOOLS_CONLL_TEXT_H_
