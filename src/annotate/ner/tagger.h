// parallax::ner::Tagger -- statistical named-entity recognition.
//
// Finds person, organisation, location and miscellaneous-name mentions
// (CoNLL-2003 types) in tokenised text with an averaged-perceptron greedy
// BILOU tagger (see features.cc and docs/ner.md), and adds a finer news
// subtype where it can be derived (GPE, FACILITY, EVENT, NORP; see subtype.cc).
//
// Usage:
//   auto tagger = parallax::ner::Tagger::Load(parallax::ner::DefaultModelPath().value());
//   auto mentions = (*tagger)->TagDocument(sentences);  // sentences of token strings
//
// Input: one document as sentences of tokens. Tokens should be split the way
// the Parallax tokenizer (and CoNLL-2003) split them: punctuation and "'s"
// separate. Typographic quotes/dashes are accepted. A document should be one
// article: the tagger uses document-wide evidence (how a word is written and
// labelled elsewhere in it).
//
// Thread safety: a loaded Tagger is immutable; TagDocument is const and safe
// to call from many threads at once. Errors: Load returns IOError/Corruption/
// Unsupported for a missing or damaged model; tagging never fails.
#ifndef PARALLAX_ANNOTATE_NER_TAGGER_H_
#define PARALLAX_ANNOTATE_NER_TAGGER_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/article.h"
#include "parallax/status.h"

namespace parallax::ner {

class NerModel;
struct TokenInfo;

struct Mention {
  uint32_t first_token = 0;  // index in the sentence, inclusive
  uint32_t last_token = 0;   // inclusive
  std::string type;          // "PER", "ORG", "LOC", "MISC"
  std::string subtype;       // "GPE", "FACILITY", "EVENT", "NORP" or ""
  float confidence = 0.f;    // min over its tokens of the label's softmax probability
};

struct TaggerOptions {
  // 1: greedy decoding (the model's own decoder, fastest). > 1: beam search
  // over well-formed BILOU sequences with this many hypotheses per sentence
  // (see DecodeDocumentBeam in decoder.h); costs about `beam` times more.
  size_t beam = kDefaultBeam;
  static constexpr size_t kDefaultBeam = 4;
  // Beam pruning: after each token, hypotheses whose log-probability is more
  // than this far below the best one's are dropped (0 = keep `beam`). Most
  // tokens are then decoded with one history instead of four; at 4 the
  // output on CoNLL valid is identical to the full beam (docs/ner.md).
  double beam_margin = kDefaultBeamMargin;
  static constexpr double kDefaultBeamMargin = 4.0;
  // O-pruning (beam > 1): a token whose word has no uppercase letter and
  // (almost) never starts a mention in the training data (the model's
  // outside words, outside_words.h), and that is not in a gazetteer phrase
  // of two or more tokens, is
  // labelled O without being scored when every beam hypothesis ends in the
  // same two labels, the last outside a mention or ending one (decoder.h).
  // About half the tokens of news; changes a few mentions in 10,000
  // (docs/ner.md "Session 13"); false = score every token. Models without
  // outside words (before format version 3) prune nothing.
  bool prune = true;
};

class Tagger {
 public:
  ~Tagger();
  static Result<std::unique_ptr<Tagger>> Load(const std::string& model_path, const TaggerOptions& options = {});
  // Takes a model already in memory (bytes of a model file).
  static Result<std::unique_ptr<Tagger>> FromBytes(std::string_view model_bytes, const TaggerOptions& options = {});

  // Mentions per sentence, in token order, non-overlapping.
  std::vector<std::vector<Mention>> TagDocument(
      const std::vector<std::vector<std::string_view>>& sentences) const;

  // Tags an Article segmented by src/text (article.sentences/tokens): returns
  // one mention vector per article.sentences entry, with token indices
  // relative to the sentence (add sentence.first_token for an index into
  // article.tokens). Sentences out of range of body/tokens are skipped (empty).
  // With `title_tokens` (tokens of article.title, spans into the title), the
  // headline is tagged as one more sentence after the body, with the body's
  // document-wide evidence; its mentions are the last entry of the result.
  std::vector<std::vector<Mention>> TagArticle(const Article& article,
                                               const std::vector<Token>* title_tokens = nullptr) const;

  size_t num_features() const;

  // Counters of the beam decoder's scorers (benchmarks), summed over the
  // per-thread states not in use: tokens decoded, tokens labelled O unscored
  // (TaggerOptions::prune), and prunable tokens scored after all.
  struct Stats {
    size_t tokens = 0, pruned = 0, scored_late = 0;
  };
  Stats stats() const;

 private:
  Tagger(std::unique_ptr<NerModel> model, const TaggerOptions& options);
  struct Scratch;
  // Runs every stage of the model over scratch->doc; fills scratch->labels
  // and scratch->probs per token (probs: of the chosen label, 1 for O in
  // greedy mode).
  void Decode(Scratch* scratch) const;
  std::vector<std::vector<Mention>> ToMentions(const std::vector<std::vector<std::string_view>>& sentences,
                                               const std::vector<std::vector<TokenInfo>>& doc,
                                               const std::vector<std::vector<int>>& labels,
                                               const std::vector<std::vector<float>>& probs) const;
  // Per-thread scratch state (token and score caches, see cached_scorer.h;
  // document buffers), borrowed from a pool for one document at a time.
  std::unique_ptr<Scratch> AcquireScratch() const;
  void ReleaseScratch(std::unique_ptr<Scratch> scratch) const;

  std::unique_ptr<NerModel> model_;
  TaggerOptions options_;
  mutable std::mutex pool_mu_;
  mutable std::vector<std::unique_ptr<Scratch>> pool_;  // guarded by pool_mu_
};

// Where the English model lives: $PARALLAX_MODELS/ner-en.bin if PARALLAX_MODELS
// is set, else <source tree>/models/ner-en.bin (compiled in), else
// <dir of the running binary>/../models/ner-en.bin. NotFound if none exists.
Result<std::string> DefaultModelPath();

}  // namespace parallax::ner

#endif  // PARALLAX_ANNOTATE_NER_TAGGER_H_
