// OutsideWords: the words a tagger may label O without scoring them.
//
// A word is in the set when, in the labelled training data, it has no
// uppercase letter and no digit (numbers start names: "the 1909 Act"),
// occurred at least `min_count` times where a mention could
// start (after O, after the end of a mention or at a sentence start), and
// (almost) never started one there: "the", "said", ",", "percent". The beam
// decoder labels such a token O outright when its only hypothesis ends a
// mention or is outside one (TaggerOptions::prune, decoder.h); inside an open
// mention ("Bank of America") the token is scored as usual. Words are keyed
// by the hash of their normalised form (FeatureContext's TokenInfo::word).
// A model may also treat as outside words the lowercase words without digits
// that its lexicon says news rarely capitalises (Rule::max_caps_bucket:
// "coronavirus", "tweeted"; none of them in the training data).
//
// Stored in the model file from version 3 (docs/formats/ner-model.md); a
// model without it has an empty set, which prunes nothing.
//
// Thread safety: Contains is const and safe to call concurrently.
#ifndef PARALLAX_ANNOTATE_NER_OUTSIDE_WORDS_H_
#define PARALLAX_ANNOTATE_NER_OUTSIDE_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/ner/flat_index.h"
#include "parallax/status.h"

namespace parallax::ner {

class OutsideWords {
 public:
  // How the set was derived (recorded in the model for provenance): the
  // minimum count, and the largest share of mention starts allowed, in
  // parts per million of the word's count.
  struct Rule {
    uint32_t min_count = 0;
    uint32_t max_starts_ppm = 0;
    // Lowercase letter words (no digit) whose lexicon caps bucket is at most
    // this count too (0: written capitalised in < 5 % of their non-initial
    // occurrences in news; Lexicon::CapsBucket); kNoCapsRule = none.
    uint32_t max_caps_bucket = kNoCapsRule;
  };
  static constexpr uint32_t kNoCapsRule = UINT32_MAX;

  // Derives the set from gold-labelled sentences (tokens, and BILOU label
  // ids of the same shape): a word with no uppercase letter or digit is kept when it
  // occurs at least rule.min_count times after O, a mention's last token or
  // a sentence start, and starts a mention in at most rule.max_starts_ppm
  // millionths of those occurrences.
  static OutsideWords Derive(const std::vector<std::vector<std::string_view>>& sentences,
                             const std::vector<std::vector<int>>& labels, const Rule& rule);

  void Add(uint64_t word_hash) { index_.Insert(word_hash, 0); }
  // Whether a lowercase letter word of this caps bucket counts (see Rule).
  bool RarelyCapitalised(uint8_t caps_bucket) const {
    return rule_.max_caps_bucket != kNoCapsRule && caps_bucket <= rule_.max_caps_bucket;
  }
  bool Contains(uint64_t word_hash) const { return index_.size() != 0 && index_.Find(word_hash) != FlatIndex::kMissing; }
  size_t size() const { return index_.size(); }
  const Rule& rule() const { return rule_; }
  void set_rule(const Rule& rule) { rule_ = rule; }

  // Serialisation: u32 min_count, u32 max_starts_ppm, u32 max_caps_bucket,
  // u32 n, n x u64 word hashes in ascending order (the same bytes for the
  // same set).
  void AppendTo(std::string* out) const;
  // Parses from data[*pos...]; advances *pos. Corruption on a bad count, a
  // duplicate or unsorted hash.
  Status ParseFrom(std::string_view data, size_t* pos);

 private:
  FlatIndex index_{0};
  Rule rule_;
};

}  // namespace parallax::ner

#endif  // PARALLAX_ANNOTATE_NER_OUTSIDE_WORDS_H_
