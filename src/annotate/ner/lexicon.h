// Lexicon: word-level knowledge learned from unlabeled news (allsides-news):
// a 4-level word cluster hierarchy (fine to coarse) keyed by ClusterKey(token),
// and a capitalisation bucket keyed by the lowercased word that says how often
// the word is written capitalised away from sentence starts.
//
// Thread safety: lookups are const and safe to call concurrently.
#ifndef PARALLAX_ANNOTATE_NER_LEXICON_H_
#define PARALLAX_ANNOTATE_NER_LEXICON_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/ner/flat_index.h"
#include "parallax/status.h"

namespace parallax::ner {

inline constexpr int kClusterLevels = 4;
inline constexpr uint8_t kCapsUnknown = 5;  // buckets 0..4: never .. always capitalised

class Lexicon {
 public:
  using Clusters = std::array<uint16_t, kClusterLevels>;

  void AddCluster(std::string_view cluster_key, const Clusters& clusters);
  // cap/low: counts of capitalised / lowercase non-initial occurrences.
  void AddCaps(std::string_view lower, uint32_t cap, uint32_t low);

  // Cluster ids for a token (tries the key as is, then Titlecase, then
  // lowercase, so ALL-CAPS headline words find their usual form). False when
  // the word is unknown.
  bool FindClusters(std::string_view cluster_key, Clusters* out) const;
  uint8_t CapsBucket(uint64_t lower_hash) const;

  size_t num_clusters() const { return clusters_.size(); }
  size_t num_caps() const { return caps_.size(); }

  void AppendTo(std::string* out) const;
  Status ParseFrom(std::string_view data, size_t* pos);

  // Reads the TSV written by `parallax-train ner-clusters`.
  Status LoadClustersTsv(const std::string& path);

 private:
  bool FindExact(std::string_view key, Clusters* out) const;
  FlatIndex cluster_index_;
  std::vector<Clusters> clusters_;
  FlatIndex caps_;  // lower hash -> bucket
};

}  // namespace parallax::ner

#endif  // PARALLAX_ANNOTATE_NER_LEXICON_H_
