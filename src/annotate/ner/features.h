// Feature extraction for the greedy BILOU tagger.
//
// A Document (sentences of tokens) is first turned into TokenInfo records:
// everything about a token that does not depend on the labels decided so far
// (word, shape, affixes, clusters, gazetteer marks, capitalisation context).
// FeatureContext then produces, for token i of a sentence, the 64-bit hashed
// feature keys that also depend on the two previous labels and on the
// document's prediction history (Ratinov & Roth's "extended prediction
// history": how this word was labelled earlier in the same document).
//
// Thread safety: FeatureContext is per-document scratch state; one per thread.
#ifndef PARALLAX_ANNOTATE_NER_FEATURES_H_
#define PARALLAX_ANNOTATE_NER_FEATURES_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "annotate/ner/flat_index.h"
#include "annotate/ner/gazetteer.h"
#include "annotate/ner/labels.h"
#include "annotate/ner/lexicon.h"
#include "annotate/ner/outside_words.h"
#include "core/huge_pages.h"

namespace parallax::ner {

// The fields before `doc_case` are word-level (a function of the token's
// characters and the lexicon alone: FillToken writes only these, and
// TokenCache keeps only these); the ones from `doc_case` on depend on the
// document.
struct TokenInfo {
  uint64_t word = 0;        // hash of the normalised token (case kept)
  uint64_t lower = 0;       // hash of the lowercased token
  uint64_t shape = 0;       // e.g. "Xxxxx" -> "Xx" short shape below
  uint64_t short_shape = 0;
  uint64_t prefix[4] = {}, suffix[4] = {};
  Lexicon::Clusters clusters{};
  bool has_clusters = false;
  uint8_t caps = 0;         // Caps enum
  uint8_t caps_bucket = kCapsUnknown;
  uint8_t flags = 0;        // kInitial, kAllCapsSentence, ... (word-level bits from the cache)
  bool outside = false;     // no uppercase letter and in Resources::outside (may be labelled O unscored)
  bool gaz_start = true;    // some gazetteer phrase starts with this word (Gazetteer::MayStart)
  uint8_t doc_case = 0;     // bit 1: seen capitalised elsewhere, bit 2: lowercase
  std::array<uint8_t, kGazLists> gaz{};
  uint16_t gaz_lists = 0;   // bit g set when gaz[g] != 0 (ExtractContext skips empty lists)
  // Run of consecutive capitalised tokens containing this one (not in ALL-CAPS
  // sentences): lowercased hashes of its first and last ("head") tokens and
  // this token's position in it (0 none, 1 first, 2 inside, 3 last, 4 alone).
  uint64_t run_first = 0, run_head = 0;
  uint8_t run_pos = 0;
  uint32_t run_head_cluster[2] = {0xFFFFF, 0xFFFFF};  // levels 0, 1 of the head's clusters
  // How this word sits in capitalised runs anywhere in the document (context
  // aggregation): bit 1 alone, bit 2 first of a longer run, bit 4 inside,
  // bit 8 last. "Pirelli", never seen after a first name, is unlikely to be
  // a surname; "Kerry", seen as the last word of "John Kerry", likely is.
  uint8_t doc_run = 0;
  // Context aggregation (Ratinov & Roth 2009): what surrounds the OTHER
  // occurrences of this capitalised word in the document -- their previous
  // and next words and those words' clusters, as 32-bit codes (0 = none),
  // distinct, at most kAggSlots. "Pirelli said" elsewhere tells this
  // sentence-initial "Pirelli" it is likely a name that speaks.
  static constexpr int kAggSlots = 16;
  uint32_t agg[kAggSlots] = {};
  // Stage-1 evidence (two-stage tagging only): the first model's label for
  // this token (-1 = no stage 1), and how the first model labelled all
  // capitalised occurrences of this word across the whole document:
  // s1_doc_type = majority type + 1 (0 = O), s1_doc_mixed = more than one.
  int8_t s1_label = -1;
  uint8_t s1_doc_type = 0;
  uint8_t s1_doc_mixed = 0;
};

// True when a gazetteer list marks t as the first, an inner or the last
// token of a phrase of two or more (marks 1..3; 4 is a one-token match):
// the bytes' two low bits are zero only for 0 and 4.
inline bool InGazetteerPhrase(const TokenInfo& t) {
  static_assert(kGazLists == 16, "two words of marks");
  uint64_t w[2];
  static_assert(sizeof(w) == sizeof(t.gaz), "the marks fill two words");
  std::memcpy(w, t.gaz.data(), sizeof(w));
  return ((w[0] | w[1]) & 0x0303030303030303ull) != 0;
}

inline constexpr uint8_t kFlagInitial = 1;        // first word-like token of the sentence
inline constexpr uint8_t kFlagAllCapsSent = 2;    // sentence has no lowercase letters
inline constexpr uint8_t kFlagHasDigit = 4;
inline constexpr uint8_t kFlagHasHyphen = 8;
inline constexpr uint8_t kFlagHasPeriod = 16;
inline constexpr uint8_t kFlagHasLetter = 32;
inline constexpr uint8_t kFlagHasLower = 64;
// Training only (word dropout, tools/ner_train.cc): the token's own identity
// features (word, lowercase form, bigrams and word x shape, previous label x
// word) are left out, as for a name never seen in training, so the model
// learns to tag from context, affixes, clusters and gazetteers too.
inline constexpr uint8_t kFlagDropWord = 128;

// Feature values standing for the tokens before and after the sentence.
inline constexpr uint64_t kPadBefore = 0x5EA7B0F5ull;
inline constexpr uint64_t kPadAfter = 0x5EA7E0F5ull;

struct Resources {
  Lexicon lexicon;
  Gazetteer gazetteer;
  OutsideWords outside;  // empty for models before version 3 and in training
};

// TokenCache: the word-level part of TokenInfo (what is derived from the
// token's characters alone: hashes, shapes, affixes, clusters, caps bucket)
// by raw token, so that a word type is normalised, hashed and looked up in
// the lexicon once rather than at every occurrence. Bounded: 4-way set
// associative, 2^sets_log2 sets (default 8k: 32k entries of two cache lines,
// 4 MB, and a tag line per set), the way used longest ago replaced. On news
// it misses ~4x less often than a direct-mapped cache of the same size.
// Valid for one Resources only. Not thread-safe: one per thread.
class TokenCache {
 public:
  static constexpr size_t kWays = 4;
  static constexpr int kSetsLog2 = 13;
  explicit TokenCache(int sets_log2 = kSetsLog2)
      : sets_(size_t{1} << sets_log2), entries_((size_t{1} << sets_log2) * kWays), mask_(sets_.size() - 1) {}
  // Fills *t (a default TokenInfo) for raw token `raw`, from the cache or
  // by computing it.
  void Fill(const Resources& res, std::string_view raw, TokenInfo* t) { Fill(res, raw, Key(raw), Find(Key(raw)), t); }
  // The same in steps, so that a caller can overlap the cache misses of many
  // tokens: key = Key(raw) and Prefetch(key) (the key's set) for each, then
  // found = Find(key) (its entry, prefetched; -1 when not cached) for each,
  // then Fill(.., key, found, ..).
  static uint64_t Key(std::string_view raw);
  void Prefetch(uint64_t key) const { __builtin_prefetch(&sets_[SetOf(key)]); }
  int64_t Find(uint64_t key);
  void Fill(const Resources& res, std::string_view raw, uint64_t key, int64_t found, TokenInfo* t);
  // Fills that found their word, and that computed it.
  size_t hits() const { return hits_; }
  size_t misses() const { return misses_; }

 private:
  // The word-level fields of TokenInfo (those before `doc_case`), as bytes.
  static constexpr size_t kWordBytes = offsetof(TokenInfo, doc_case);
  struct alignas(64) Set {
    uint64_t key[kWays] = {};  // hash of the raw bytes (0 = empty way)
    uint32_t tick[kWays] = {};  // when the way was last used
  };
  struct alignas(64) Entry {
    unsigned char word[kWordBytes];
  };
  size_t SetOf(uint64_t key) const { return (key ^ (key >> 31)) & mask_; }
  core::LargeVector<Set> sets_;
  core::LargeVector<Entry> entries_;  // set s, way w: entries_[s * kWays + w]
  size_t mask_;
  uint32_t tick_ = 0;
  size_t hits_ = 0, misses_ = 0;
};

// Precomputes TokenInfo for every token of a document. `exclude_fold` is the
// jackknife fold (training only; -1 otherwise). Output shape = input shape.
// `cache` (optional) memoises the word-level fields across documents.
void PrepareDocument(const Resources& res, const std::vector<std::vector<std::string_view>>& sentences,
                     int exclude_fold, std::vector<std::vector<TokenInfo>>* out, TokenCache* cache = nullptr);

// Fills the stage-1 fields of doc from the first model's labels (same shape).
void AddStage1(const std::vector<std::vector<int>>& labels, std::vector<std::vector<TokenInfo>>* doc);

// Per-document label history and feature buffer.
class FeatureContext {
 public:
  static constexpr size_t kMaxFeatures = 160;  // the templates emit at most 104

  // Resets the history (call at each document start).
  void Reset();
  // Writes the feature keys of token i given previous labels; returns count.
  size_t Extract(const std::vector<TokenInfo>& sent, size_t i, int prev1, int prev2, uint64_t* out) const;
  // Extract = ExtractStatic (features that do not depend on the previous
  // labels; they do depend on the history) + ExtractDynamic (the previous-
  // label features; at most kMaxDynamic). Beam search scores the static
  // part once per token.
  static constexpr size_t kMaxDynamic = 8;
  size_t ExtractStatic(const std::vector<TokenInfo>& sent, size_t i, uint64_t* out) const;
  // ExtractStatic = ExtractContext + ExtractWord for offsets -kWordReach ..
  // +kWordReach. ExtractWord emits the features that depend on one token
  // alone, seen at `offset` from the token being tagged (w = nullptr: no
  // token there, before/after the sentence; offset 0 needs a token): they
  // can be scored once per word type and cached (static_scorer.h).
  static constexpr int kWordReach = 2;
  static constexpr size_t kMaxWordFeatures = 20;
  static size_t ExtractWord(const TokenInfo* w, int offset, uint64_t* out);
  //
  // ExtractContext's keys fall into groups (`groups` selects which are
  // emitted, in the same order as with all of them). The keys of each cached
  // group are a function of the group's tuple below, which holds exactly the
  // values its keys are made of (with the pads and sentinels the keys use),
  // so a scorer may cache a group's summed weights by tuple (cached_scorer.h):
  //  * kGroupCaps (corpus, document and pattern capitalisation, document
  //    runs, shape trigram): CapsTuple;  kGroupRun (the capitalised run): RunTuple;
  //  * kGroupHistory (prediction history): HistoryTuple, given HistoryBest;
  //  * kGroupAgg (context aggregation): the token's agg codes;
  //  * kGroupOther: everything else, looked up key by key (the two-word
  //    keys, gazetteer marks, stage 1).
  // A change to a template of a cached group must keep its tuple complete
  // (tests/ner/cached_scorer_test.cc and features_test.cc check it).
  static constexpr uint32_t kGroupCaps = 1, kGroupRun = 2, kGroupHistory = 4, kGroupAgg = 8, kGroupOther = 16,
                            kGroupAll = 31;
  size_t ExtractContext(const std::vector<TokenInfo>& sent, size_t i, uint64_t* out,
                        uint32_t groups = kGroupAll) const;
  // The capitalisation context of the caps and history keys.
  static uint64_t CapsContext(const TokenInfo& t) { return t.caps | (t.flags & (kFlagInitial | kFlagAllCapsSent)) << 4; }
  static constexpr size_t kCapsTupleWords = 4;
  static void CapsTuple(const std::vector<TokenInfo>& sent, size_t i, uint64_t* out) {
    const TokenInfo& t = sent[i];
    const TokenInfo* m1 = i >= 1 ? &sent[i - 1] : nullptr;
    const TokenInfo* p1 = i + 1 < sent.size() ? &sent[i + 1] : nullptr;
    const uint64_t m1_caps = m1 ? m1->caps : 9;  // the keys' value for "no token"
    const uint64_t p1_caps = p1 ? p1->caps : 9;
    out[0] = uint64_t{t.caps_bucket} | CapsContext(t) << 8 | uint64_t{t.doc_case} << 16 | uint64_t{t.doc_run} << 24 |
             uint64_t{t.run_pos} << 32 | m1_caps << 40 | uint64_t{t.caps} << 48 | p1_caps << 56;
    out[1] = m1 ? m1->short_shape : kPadBefore;
    out[2] = t.short_shape;
    out[3] = p1 ? p1->short_shape : kPadAfter;
  }
  // Only for a token with run_pos != 0 (other tokens have no run keys).
  static constexpr size_t kRunTupleWords = 4;
  static void RunTuple(const TokenInfo& t, uint64_t* out) {
    out[0] = t.run_head;
    out[1] = t.run_first;
    out[2] = t.run_head_cluster[0] | uint64_t{t.run_head_cluster[1]} << 32;
    out[3] = t.run_pos;
  }
  // The majority label type + 1 of this word's earlier capitalised
  // occurrences in the document (0 = O), or -1 when it has none (then it has
  // no history keys).
  int HistoryBest(const TokenInfo& t) const {
    const uint32_t h = history_index_.Find(t.lower);
    if (h == FlatIndex::kMissing) return -1;
    const auto& c = history_[h];
    int best = 0;  // the first maximum, as std::max_element
    for (int k = 1; k < static_cast<int>(c.size()); ++k)
      if (c[k] > c[best]) best = k;
    return best;
  }
  static uint64_t HistoryTuple(const TokenInfo& t, int best) {
    return static_cast<uint64_t>(best) | CapsContext(t) << 8 | uint64_t{t.run_pos} << 16 |
           uint64_t{t.run_head_cluster[1]} << 32;
  }
  static size_t ExtractDynamic(const TokenInfo& tok, int prev1, int prev2, uint64_t* out);
  // ExtractDynamic = ExtractHistoryPair (the previous labels alone) +
  // ExtractHistoryWord (the previous label with this word's forms).
  static size_t ExtractHistoryPair(int prev1, int prev2, uint64_t* out);
  static size_t ExtractHistoryWord(const TokenInfo& tok, int prev1, uint64_t* out);
  // Records the decided label of a token for the history features.
  void Record(const TokenInfo& tok, int label);
  // Changes whenever Reset or Record changes what ExtractContext returns
  // (lets a caller keep keys extracted ahead of time).
  uint64_t version() const { return version_; }

 private:
  uint64_t version_ = 0;
  FlatIndex history_index_;
  std::vector<std::array<uint16_t, kNumTypes + 1>> history_;
};

}  // namespace parallax::ner

#endif  // PARALLAX_ANNOTATE_NER_FEATURES_H_
