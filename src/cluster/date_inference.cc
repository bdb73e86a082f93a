#include "cluster/date_inference.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <unordered_map>

namespace parallax::cluster {

namespace {

// From this many dated peers on, the median of the three nearest beats the
// single nearest (timeline17 leave-one-out, see the header).
constexpr size_t kMedianPeers = 8;

struct Weighted {
  uint64_t term;
  double weight;
};

// Unit-length tf-idf vector of `terms` (sorted by term), with the document
// frequencies of the group; terms in every document weigh 0 and are dropped.
std::vector<Weighted> Vectorize(const std::vector<TermCount>& terms,
                                const std::unordered_map<uint64_t, uint32_t>& df, size_t documents) {
  std::vector<Weighted> v;
  v.reserve(terms.size());
  double norm = 0;
  for (const TermCount& t : terms) {
    double idf = std::log(static_cast<double>(documents) / df.at(t.term));
    if (idf <= 0 || t.count <= 0) continue;
    double w = (1 + std::log(static_cast<double>(t.count))) * idf;
    v.push_back({t.term, w});
    norm += w * w;
  }
  norm = std::sqrt(norm);
  for (Weighted& w : v) w.weight /= norm;
  return v;
}

double Dot(const std::vector<Weighted>& a, const std::vector<Weighted>& b) {
  double s = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].term < b[j].term) {
      ++i;
    } else if (b[j].term < a[i].term) {
      ++j;
    } else {
      s += a[i++].weight * b[j++].weight;
    }
  }
  return s;
}

}  // namespace

DateSignature MakeDateSignature(std::string_view title, std::string_view body, int32_t day) {
  DateSignature s;
  s.day = day;
  s.terms = ExtractFeatures(title, body, FeatureOptions()).terms;
  return s;
}

std::optional<InferredDay> InferDayFromPeers(const DateSignature& undated,
                                             const std::vector<const DateSignature*>& peers) {
  if (peers.empty()) return std::nullopt;
  std::unordered_map<uint64_t, uint32_t> df;
  for (const TermCount& t : undated.terms) df[t.term]++;
  for (const DateSignature* p : peers) {
    for (const TermCount& t : p->terms) df[t.term]++;
  }
  const size_t documents = peers.size() + 1;
  const std::vector<Weighted> query = Vectorize(undated.terms, df, documents);
  struct Scored {
    double similarity;
    int32_t day;
  };
  std::vector<Scored> scored;
  for (const DateSignature* p : peers) {
    scored.push_back({Dot(query, Vectorize(p->terms, df, documents)), p->day});
  }
  // The day of the most similar peer, or the median day of the three most
  // similar when the story has enough dated members for a median to help;
  // the uncertainty is the spread of those three around it.
  const size_t spread = std::min<size_t>(3, scored.size());
  std::partial_sort(scored.begin(), scored.begin() + spread, scored.end(), [](const Scored& a, const Scored& b) {
    return a.similarity != b.similarity ? a.similarity > b.similarity : a.day > b.day;
  });
  if (scored[0].similarity <= 0) return std::nullopt;
  const size_t k = peers.size() < kMedianPeers ? 1 : spread;
  std::vector<int32_t> days;
  for (size_t i = 0; i < k; ++i) days.push_back(scored[i].day);
  std::sort(days.begin(), days.end());
  InferredDay out;
  out.day = days[days.size() / 2];
  for (size_t i = 0; i < spread; ++i) {
    out.uncertainty_days = std::max(out.uncertainty_days, std::abs(scored[i].day - out.day));
  }
  return out;
}

void RecentDatedPeers::Add(const std::string& story, std::string_view title, std::string_view body, int32_t day) {
  if (max_stories_ == 0 || per_story_ == 0) return;
  Entry& e = stories_[story];
  Touch(&e);
  e.peers.push_back(Peer{std::string(title), std::string(body), day, std::nullopt});
  if (e.peers.size() > per_story_) e.peers.pop_front();
  if (stories_.size() <= max_stories_) return;
  auto oldest = stories_.begin();  // evict the least recently touched story (rare: once per new story past the cap)
  for (auto it = stories_.begin(); it != stories_.end(); ++it) {
    if (it->second.last_use < oldest->second.last_use) oldest = it;
  }
  stories_.erase(oldest);
}

std::vector<const DateSignature*> RecentDatedPeers::Of(const std::string& story) {
  std::vector<const DateSignature*> out;
  auto it = stories_.find(story);
  if (it == stories_.end()) return out;
  Touch(&it->second);
  for (Peer& p : it->second.peers) {
    if (!p.signature) p.signature = MakeDateSignature(p.title, p.body, p.day);
    out.push_back(&*p.signature);
  }
  return out;
}

}  // namespace parallax::cluster
