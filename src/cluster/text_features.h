// Text features for near-duplicate detection and story clustering.
//
// ExtractFeatures() turns a document's title and text into the two views the
// clusterer needs:
//   * a bag of normalized terms (lower-cased, light suffix stripping, English
//     stop words removed) with term frequencies, where capitalized words that
//     do not open a sentence (names: "Kerry", "Beijing") and numbers count
//     extra, because they are what tells two look-alike events apart;
//   * a set of hashed word 4-gram shingles over the raw token stream of the
//     body (not the title), so that a copy with a new headline still matches.
// Terms are identified by a 64-bit hash of their normalized spelling: no
// vocabulary is stored, and the same word maps to the same id across runs and
// machines (xxHash3 is platform independent).
//
// All functions are pure and thread-safe.
#ifndef PARALLAX_CLUSTER_TEXT_FEATURES_H_
#define PARALLAX_CLUSTER_TEXT_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parallax::cluster {

struct TermCount {
  uint64_t term = 0;   // HashTerm() of the normalized spelling
  float count = 0;     // weighted occurrences (names and title words count more)
};

struct TextFeatures {
  std::vector<TermCount> terms;     // sorted by term, unique
  std::vector<uint64_t> shingles;   // body word 4-gram hashes, in text order (may repeat)
  uint64_t body_hash = 0;           // hash of the body token stream (exact copies)
  size_t body_tokens = 0;
};

struct FeatureOptions {
  float title_weight = 2.0f;   // each title occurrence counts this much
  float name_weight = 2.0f;    // capitalized, non sentence-initial word
  float number_weight = 1.5f;  // tokens made of digits
  int shingle_size = 4;        // words per shingle
  size_t max_text_bytes = 200000;  // longer bodies are truncated (bounded cost)
};

// Computes the features of one document. Never fails: invalid UTF-8 bytes are
// treated as separators.
TextFeatures ExtractFeatures(std::string_view title, std::string_view text,
                             const FeatureOptions& options);
// The same, filling *out and reusing its buffers (for streams).
void ExtractFeatures(std::string_view title, std::string_view text, const FeatureOptions& options,
                     TextFeatures* out);

// Hash of an already normalized term (used for entities as well).
uint64_t HashTerm(std::string_view term);

// Lower-cases ASCII letters and strips common English inflections
// ("talks" -> "talk", "visited" -> "visit", "countries" -> "country").
std::string StemWord(std::string_view lower_word);

// True for a small fixed list of English function words.
bool IsStopWord(std::string_view lower_word);

}  // namespace parallax::cluster

#endif  // PARALLAX_CLUSTER_TEXT_FEATURES_H_
