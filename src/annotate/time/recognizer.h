// Recogniser: finds time expressions in a token stream and gives each a
// semantic parse (see semantics.h). Hand-written patterns over tokens, no
// regular expressions: every pattern looks at a bounded number of tokens
// from its start, so recognition is linear in the number of tokens.
//
// Thread safety: stateless apart from the immutable lexicon.
#ifndef PARALLAX_ANNOTATE_TIME_RECOGNIZER_H_
#define PARALLAX_ANNOTATE_TIME_RECOGNIZER_H_

#include <vector>

#include "annotate/time/lexicon.h"
#include "annotate/time/semantics.h"
#include "annotate/time/tokens.h"

namespace parallax::time {

struct Candidate {
  uint32_t first = 0, last = 0;  // token range [first, last)
  Sem sem;
};

// Appends the expressions of `tokens` (scanned with a lexicon) to
// *out, in text order, non-overlapping.
void Recognize(const Tokens& tokens, std::vector<Candidate>* out);

}  // namespace parallax::time

#endif  // PARALLAX_ANNOTATE_TIME_RECOGNIZER_H_
