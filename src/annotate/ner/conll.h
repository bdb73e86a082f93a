// CoNLL-2003 column files: reading them into documents and sentences, and
// scoring predicted tags against gold with conlleval semantics.
//
// Format: one token per line, whitespace-separated columns, the token first;
// blank lines end sentences; a line whose first column is "-DOCSTART-" starts
// a new document. A file without -DOCSTART- is one document.
//
// All functions are pure and thread-safe.
#ifndef PARALLAX_ANNOTATE_NER_CONLL_H_
#define PARALLAX_ANNOTATE_NER_CONLL_H_

#include <array>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/ner/labels.h"
#include "parallax/status.h"

namespace parallax::ner {

struct ConllFile {
  std::vector<std::string> lines;  // every input line, without the newline
  struct Document {
    std::vector<std::vector<size_t>> sentences;  // indices into lines
  };
  std::vector<Document> documents;
};

// Splits text into lines/documents/sentences. InvalidArgument if the text is
// not valid UTF-8 (the line number is named).
Result<ConllFile> ParseConll(std::string_view text);

// Column n (0-based) of a line, or -1 = last column; "" when absent.
std::string_view ConllColumn(std::string_view line, int n);

// conlleval-style entity counts.
struct EntityCounts {
  size_t gold = 0, predicted = 0, correct = 0;
  double Precision() const { return predicted ? 100.0 * correct / predicted : 0.0; }
  double Recall() const { return gold ? 100.0 * correct / gold : 0.0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct EvalResult {
  EntityCounts overall;
  std::array<EntityCounts, kNumTypes> per_type;
  size_t tokens = 0, tokens_correct = 0;  // token accuracy over tags
};

// Adds one sentence: gold and predicted IOB1/IOB2 tags of equal length.
// A chunk is correct when start, end and type all match (conlleval).
// `keep` (optional) restricts the chunk counts to the gold and predicted
// chunks it accepts (e.g. names never seen in the training data); token
// accuracy still counts every token.
void AccumulateEval(const std::vector<std::string>& gold, const std::vector<std::string>& predicted,
                    EvalResult* result, const std::function<bool(const LabelSpan&)>& keep = nullptr);

// Error groups of one sentence, for error analysis (parallax-eval-ner
// --error-groups). Every kept gold chunk without an exact prediction is
// "missed" (no predicted chunk overlaps it), "type" (a predicted chunk has
// its exact span but another type) or "boundary" (predicted chunks overlap
// it, none with its span); every kept predicted chunk that overlaps no
// kept gold chunk is "spurious". `keep` filters both sides as in
// AccumulateEval.
struct ChunkError {
  enum Kind { kMissed, kType, kBoundary, kSpurious } kind;
  LabelSpan gold;       // kMissed / kType / kBoundary (unset for kSpurious)
  LabelSpan predicted;  // kType, kSpurious; kBoundary: the first overlapping chunk
};
std::vector<ChunkError> SentenceErrors(const std::vector<std::string>& gold, const std::vector<std::string>& predicted,
                                       const std::function<bool(const LabelSpan&)>& keep = nullptr);

}  // namespace parallax::ner

#endif  // PARALLAX_ANNOTATE_NER_CONLL_H_
