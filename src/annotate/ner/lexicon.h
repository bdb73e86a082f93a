// Lexicon: word-level knowledge learned from unlabeled news (allsides-news):
// a 4-level word cluster hierarchy (fine to coarse) keyed by ClusterKey(token),
// optionally a second, independent 4-level hierarchy (e.g. exchange-algorithm
// clusters beside the k-means ones; model format 4), and a capitalisation
// bucket keyed by the lowercased word that says how often the word is written
// capitalised away from sentence starts.
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
  // The second hierarchy (empty unless added): same keys, its own ids.
  void AddCluster2(std::string_view cluster_key, const Clusters& clusters);
  // cap/low: counts of capitalised / lowercase non-initial occurrences.
  void AddCaps(std::string_view lower, uint32_t cap, uint32_t low);

  // Cluster ids for a token (tries the key as is, then Titlecase, then
  // lowercase, so ALL-CAPS headline words find their usual form). False when
  // the word is unknown.
  bool FindClusters(std::string_view cluster_key, Clusters* out) const;
  // The same lookup in the second hierarchy (false when it is empty).
  bool FindClusters2(std::string_view cluster_key, Clusters* out) const;
  uint8_t CapsBucket(uint64_t lower_hash) const;

  size_t num_clusters() const { return clusters_.size(); }
  size_t num_clusters2() const { return clusters2_.size(); }
  size_t num_caps() const { return caps_.size(); }

  // Clusters and caps (every model format).
  void AppendTo(std::string* out) const;
  Status ParseFrom(std::string_view data, size_t* pos);
  // The second hierarchy (model format 4 and later).
  void AppendSecondTo(std::string* out) const;
  Status ParseSecondFrom(std::string_view data, size_t* pos);

  // Reads the TSV written by `parallax-train ner-clusters`.
  Status LoadClustersTsv(const std::string& path);
  // Reads only the C lines of such a TSV into the second hierarchy.
  Status LoadSecondClustersTsv(const std::string& path);

 private:
  struct Table {
    FlatIndex index;
    std::vector<Clusters> clusters;
    void Add(std::string_view key, const Clusters& c);
    bool FindExact(std::string_view key, Clusters* out) const;
    bool Find(std::string_view key, Clusters* out) const;
    void AppendTo(std::string* out) const;
    Status ParseFrom(std::string_view data, size_t* pos);
    size_t size() const { return clusters.size(); }
  };
  Status LoadTsv(const std::string& path, bool second);
  Table clusters_, clusters2_;
  FlatIndex caps_;  // lower hash -> bucket
};

}  // namespace parallax::ner

#endif  // PARALLAX_ANNOTATE_NER_LEXICON_H_
