// Dating an undated article by its nearest dated peers in the same story.
//
// An article without a publication date (seed 004) is dated from its story.
// The story's median member date is a poor guess for a story that runs for
// weeks: an article reporting how a trip ended belongs next to the other
// reports of its end, not to the middle of the coverage. So the article is
// compared with the story's dated members (cosine over content-word bags
// weighted by in-story inverse document frequency: words every member shares
// say nothing about which member it resembles) and takes the day of the most
// similar peer (the median day of the three most similar when the story has
// eight or more dated members); the uncertainty is the distance from that
// day to the farthest of the three most similar.
//
// Measured on timeline17 by leave-one-out over the clusterer's own events
// (docs/clustering.md, "Dating undated articles"): the nearest-peer rule
// puts 53 % of the articles within a day of their real date where the
// story median puts 29 %.
//
// The functions are pure and thread-safe; RecentDatedPeers is not.
#ifndef PARALLAX_CLUSTER_DATE_INFERENCE_H_
#define PARALLAX_CLUSTER_DATE_INFERENCE_H_

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "cluster/text_features.h"

namespace parallax::cluster {

// What an article contributes to dating: its content-word bag and its day
// (kNoDay when undated).
struct DateSignature {
  int32_t day = INT32_MIN;
  std::vector<TermCount> terms;  // sorted by term, unique (ExtractFeatures' bag)
};

// The signature of an article from its title and body; `day` as ParseDay
// returns it (kNoDay for an undated article).
DateSignature MakeDateSignature(std::string_view title, std::string_view body, int32_t day);

struct InferredDay {
  int32_t day = 0;
  int uncertainty_days = 0;  // max distance from `day` to the peers it came from
};

// The day of `undated` inferred from `peers` (their days must be set), or
// nullopt when no peer shares a weighted word with it. Deterministic: ties in
// similarity go to the later peer.
std::optional<InferredDay> InferDayFromPeers(const DateSignature& undated,
                                             const std::vector<const DateSignature*>& peers);

// A bounded memory of the dated members of recently active stories, for
// callers that date undated articles on arrival without a store behind them
// (`parallax cluster`): the title and body of up to `per_story` newest dated
// members for each of the `stories` most recently touched stories (older
// stories are forgotten and their undated arrivals fall back to the
// clusterer's median date). Signatures are built only when an undated
// article asks for them, so the common, dated path costs a copy of the text.
// Not thread-safe.
class RecentDatedPeers {
 public:
  RecentDatedPeers(size_t stories, size_t per_story) : max_stories_(stories), per_story_(per_story) {}

  // Records a dated member of `story` (`day` as ParseDay returns it).
  void Add(const std::string& story, std::string_view title, std::string_view body, int32_t day);
  // The signatures of the remembered dated members of `story` (empty when
  // none or forgotten); valid until the next Add.
  std::vector<const DateSignature*> Of(const std::string& story);

 private:
  struct Peer {
    std::string title, body;
    int32_t day;
    std::optional<DateSignature> signature;  // built on first Of()
  };
  struct Entry {
    std::deque<Peer> peers;
    uint64_t last_use = 0;
  };
  void Touch(Entry* e) { e->last_use = ++clock_; }
  size_t max_stories_, per_story_;
  uint64_t clock_ = 0;
  std::unordered_map<std::string, Entry> stories_;
};

}  // namespace parallax::cluster

#endif  // PARALLAX_CLUSTER_DATE_INFERENCE_H_
