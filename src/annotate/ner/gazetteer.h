// Gazetteer: phrase lists (lowercased token sequences) matched against
// sentences, producing per-token BILU marks per list for the NER features.
//
// Lists (kGazLists): countries, subdivisions, currencies, languages (all from
// Debian's iso-codes), and PER/ORG/LOC/MISC names harvested from the training
// data, external person/location/organisation/misc/facility lists
// (WordNet + tzdata), and names induced from unlabeled news by the tagger
// itself. Training-data lists carry a fold mask so the trainer can match a
// document against lists built from the *other* folds only (jackknifing);
// otherwise the list would fire on every training entity and the model
// would over-trust it. A loaded model has no folds: every entry is active.
//
// Thread safety: Match() is const and safe to call concurrently.
#ifndef PARALLAX_ANNOTATE_NER_GAZETTEER_H_
#define PARALLAX_ANNOTATE_NER_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/ner/flat_index.h"
#include "parallax/status.h"

namespace parallax::ner {

enum GazList : int {
  kGazCountry = 0,
  kGazSubdivision,
  kGazCurrency,
  kGazLanguage,
  kGazTrainPer,
  kGazTrainOrg,
  kGazTrainLoc,
  kGazTrainMisc,
  // External name lists (models/ner-gazetteers-en.tsv: WordNet instance
  // nouns and tzdata cities, tools/derive_ner_gazetteers.py); all folds. Its
  // usb.ids / pci.ids product names go to kGazTrainMisc with all folds.
  kGazExtPer,
  kGazExtLoc,
  kGazExtOrg,
  kGazExtMisc,
  kGazExtFac,
  // Names induced from unlabeled news by the tagger itself (self-training,
  // tools/derive_ner_induced.py; induced MISC names go to kGazExtMisc).
  kGazIndPer,
  kGazIndOrg,
  kGazIndLoc,
  kGazLists,
};
inline constexpr uint16_t kAllFolds = 0xFFFF;

class Gazetteer {
 public:
  static constexpr size_t kMaxLen = 8;

  // Adds a phrase of lowercased tokens (1..kMaxLen) to `list`, present in the
  // folds of `folds` (bit f = fold f; kAllFolds = external list).
  void Add(const std::vector<std::string>& lower_tokens, int list, uint16_t folds);

  // Hash of one lowercased token, as Match expects it.
  static uint64_t TokenHash(std::string_view lower);

  // For n tokens with hashes `hashes`, writes out[i * kGazLists + list] =
  // 0 (no match) or 1 + Pos (B, I, L, U) of the longest match of that list
  // covering token i. Entries only present in fold `exclude_fold` are ignored
  // (-1: nothing excluded). `out` must hold n * kGazLists bytes.
  void Match(const uint64_t* hashes, size_t n, int exclude_fold, uint8_t* out) const;
  // The same marks, written sparsely: lists[i] = bit `list` set when token i
  // has a mark of that list; out's row i (kGazLists bytes) is written only
  // when lists[i] != 0 (other rows are left as they were). `starts`
  // (optional, n entries) says which tokens may start a phrase (nonzero:
  // MayStart of their hash); a token it excludes is not probed. `lists` must hold n entries.
  void MatchSparse(const uint64_t* hashes, size_t n, int exclude_fold, const uint8_t* starts, uint8_t* out,
                   uint16_t* lists) const;
  // False when no phrase begins with the token of hash `token_hash` (a word-level
  // fact: TokenInfo keeps it so that MatchSparse need not probe the index).
  bool MayStart(uint64_t token_hash) const { return index_.Find(Step(0, token_hash)) != FlatIndex::kMissing; }

  // True when tokens [first, last] exactly form a phrase of `list`.
  bool Contains(const uint64_t* hashes, size_t first, size_t last, int list) const;

  size_t size() const { return entries_.size(); }

  // Serialisation: entries are written as (phrase hash, u16 list bitmask,
  // prefix flag); fold information is dropped (a loaded gazetteer is
  // all-folds).
  void AppendTo(std::string* out) const;
  // Parses from data[*pos...]; advances *pos. `mask_bytes` is the width of
  // the list bitmask: 2 (model version 2), or 1 (version 1: the first 8
  // lists only). Corruption on malformed input.
  Status ParseFrom(std::string_view data, size_t* pos, int mask_bytes = 2);

 private:
  static_assert(kGazLists <= 16, "list bitmask is a u16");
  struct Entry {
    uint16_t folds[kGazLists] = {};
    uint16_t lists = 0;   // bit l set when folds[l] != 0 (Match visits only these)
    bool prefix = false;  // some longer phrase starts with this one
  };
  static uint64_t Step(uint64_t h, uint64_t token_hash) { return Mix(h, token_hash); }
  std::vector<Entry> entries_;
  FlatIndex index_;
};

}  // namespace parallax::ner

#endif  // PARALLAX_ANNOTATE_NER_GAZETTEER_H_
