// Offline re-clustering of one thread's members (see event_revision.h).
//
// Units: a member and the copies of it (duplicate_of chains, followed only
// backwards so that they end) form one unit carrying the original's vector,
// as in the stream a copy counts as a document but not as text. Every
// unit's vector is w = (1 + ln tf) * idf(term), unit length, with the IDF
// the caller has now (the stream froze each vector with the IDF of its
// arrival, when the first documents over-weight common words).
//
// Agglomeration: the unit-by-unit similarity matrix (cosine times the time
// factor of a dated pair) and, per pair of groups, the sum of their
// members' pairwise similarities; the pair with the highest mean merges
// (ties: the lowest indices) while that mean reaches link_threshold.
// Average link because single link chains two look-alike events through
// one bridging report and complete link splits a long event whose first
// and last reports share little.
#include "cluster/event_revision.h"

#include <cstdlib>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace parallax::cluster {
namespace {

constexpr int32_t kUndated = INT32_MIN;

using Vector = std::vector<std::pair<uint64_t, float>>;  // sorted by term, unit length

// Thread document frequency of every term of the units.
std::map<uint64_t, uint32_t> LocalDf(const std::vector<RevisionMember>& members, const std::vector<size_t>& units) {
  std::map<uint64_t, uint32_t> df;
  for (size_t u : units) {
    for (const TermCount& t : members[u].terms) df[t.term]++;
  }
  return df;
}

Vector Weigh(const std::vector<TermCount>& terms, const IdfFunction& idf, const std::map<uint64_t, uint32_t>& local_df,
             size_t n, const RevisionOptions& o) {
  Vector v;
  double norm2 = 0;
  const double log_n = std::log(static_cast<double>(n) + 1.0);
  for (const TermCount& t : terms) {
    double w = (1.0 + std::log(std::max(1.0f, t.count))) * idf(t.term);
    if (o.local_idf_share > 0) {
      const double local = std::log((static_cast<double>(n) + 1.0) / (local_df.at(t.term) + 1.0)) / log_n;
      w *= (1.0 - o.local_idf_share) + o.local_idf_share * local;
    }
    if (w <= 0) continue;
    v.emplace_back(t.term, static_cast<float>(w));
    norm2 += w * w;
  }
  if (norm2 > 0) {
    const double inv = 1.0 / std::sqrt(norm2);
    for (auto& [term, w] : v) w = static_cast<float>(w * inv);
  }
  return v;
}

double Dot(const Vector& a, const Vector& b) {
  double dot = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      dot += static_cast<double>(a[i++].second) * b[j++].second;
    }
  }
  return dot;
}

double TimeFactor(int32_t a, int32_t b, const RevisionOptions& o) {
  if (a == kUndated || b == kUndated) return 1.0;
  const int32_t gap = a > b ? a - b : b - a;
  return gap <= o.gap_days ? 1.0 : std::exp(-(gap - o.gap_days) / o.decay_days);
}

// Unit (root member) of every member: duplicates follow their originals.
std::vector<size_t> Roots(const std::vector<RevisionMember>& members) {
  std::vector<size_t> root(members.size());
  for (size_t i = 0; i < members.size(); ++i) {
    const int64_t d = members[i].duplicate_of;
    root[i] = d >= 0 && static_cast<size_t>(d) < i ? root[static_cast<size_t>(d)] : i;
  }
  return root;
}

// Average-link agglomeration of `vectors`; returns the group of each.
std::vector<uint32_t> AverageLink(const std::vector<Vector>& vectors, const std::vector<int32_t>& days,
                                  const RevisionOptions& o) {
  const size_t k = vectors.size();
  std::vector<double> sum(k * k, 0.0);  // sum of pairwise similarities between groups
  for (size_t a = 0; a < k; ++a) {
    for (size_t b = a + 1; b < k; ++b) {
      sum[a * k + b] = sum[b * k + a] = Dot(vectors[a], vectors[b]) * TimeFactor(days[a], days[b], o);
    }
  }
  std::vector<uint32_t> size(k, 1), group(k);
  std::vector<bool> alive(k, true);
  for (size_t i = 0; i < k; ++i) group[i] = static_cast<uint32_t>(i);
  while (true) {
    double best = -1;
    size_t ba = 0, bb = 0;
    for (size_t a = 0; a < k; ++a) {
      if (!alive[a]) continue;
      for (size_t b = a + 1; b < k; ++b) {
        if (!alive[b]) continue;
        const double mean = sum[a * k + b] / (static_cast<double>(size[a]) * size[b]);
        if (mean > best) best = mean, ba = a, bb = b;
      }
    }
    if (best < o.link_threshold) break;
    for (size_t c = 0; c < k; ++c) {
      if (!alive[c] || c == ba || c == bb) continue;
      sum[ba * k + c] += sum[bb * k + c];
      sum[c * k + ba] = sum[ba * k + c];
    }
    size[ba] += size[bb];
    alive[bb] = false;
    for (uint32_t& g : group) {
      if (g == bb) g = static_cast<uint32_t>(ba);
    }
  }
  return group;
}

// Streaming labels onto groups, greedily by overlap; -1 for groups left without.
std::vector<int64_t> MapLabels(const std::vector<RevisionMember>& members, const std::vector<uint32_t>& group,
                               uint32_t groups) {
  std::map<std::pair<uint32_t, int64_t>, size_t> overlap;
  for (size_t i = 0; i < members.size(); ++i) overlap[{group[i], members[i].event}]++;
  std::vector<std::tuple<size_t, uint32_t, int64_t>> pairs;  // (count, group, label)
  for (const auto& [key, count] : overlap) pairs.emplace_back(count, key.first, key.second);
  std::sort(pairs.begin(), pairs.end(), [](const auto& x, const auto& y) {
    if (std::get<0>(x) != std::get<0>(y)) return std::get<0>(x) > std::get<0>(y);
    if (std::get<1>(x) != std::get<1>(y)) return std::get<1>(x) < std::get<1>(y);
    return std::get<2>(x) < std::get<2>(y);
  });
  std::vector<int64_t> label_of_group(groups, -1);
  std::map<int64_t, bool> used;
  for (const auto& [count, g, label] : pairs) {
    if (label_of_group[g] != -1 || used[label]) continue;
    label_of_group[g] = label;
    used[label] = true;
  }
  std::vector<int64_t> out(members.size());
  for (size_t i = 0; i < members.size(); ++i) out[i] = label_of_group[group[i]];
  return out;
}

// The streaming events cut along `group` where both sides hold at least
// `min_size` members; groups renumbered by first member.
std::vector<uint32_t> SplitOnly(const std::vector<RevisionMember>& members, const std::vector<uint32_t>& group,
                                size_t min_size, bool merge) {
  std::map<std::pair<int64_t, uint32_t>, size_t> part_size;  // (event, group) -> members
  for (size_t i = 0; i < members.size(); ++i) part_size[{members[i].event, group[i]}]++;
  std::map<int64_t, uint32_t> largest;  // event -> its largest part's group (ties: lower group)
  for (const auto& [key, n] : part_size) {
    auto it = largest.find(key.first);
    if (it == largest.end() || n > part_size[{key.first, it->second}]) largest[key.first] = key.second;
  }
  std::map<std::pair<int64_t, uint32_t>, uint32_t> number;
  std::vector<uint32_t> out(members.size());
  for (size_t i = 0; i < members.size(); ++i) {
    std::pair<int64_t, uint32_t> key{members[i].event, group[i]};
    if (part_size[key] < min_size) key.second = largest[key.first];
    if (merge && part_size[key] >= min_size) key.first = INT64_MIN;  // the group alone decides
    out[i] = number.emplace(key, static_cast<uint32_t>(number.size())).first->second;
  }
  return out;
}

}  // namespace

std::vector<int64_t> ReviseThreadEvents(const std::vector<RevisionMember>& members, const IdfFunction& idf,
                                        const RevisionOptions& options, std::vector<uint32_t>* group_out) {
  std::vector<uint32_t> group(members.size(), 0);
  if (members.size() > options.max_members) {
    // Left as streamed: one group per streaming label, numbered by first member.
    std::map<int64_t, uint32_t> ids;
    for (size_t i = 0; i < members.size(); ++i) {
      group[i] = ids.emplace(members[i].event, static_cast<uint32_t>(ids.size())).first->second;
    }
    if (group_out != nullptr) *group_out = group;
    std::vector<int64_t> out;
    for (const RevisionMember& m : members) out.push_back(m.event);
    return out;
  }
  const std::vector<size_t> root = Roots(members);
  std::vector<size_t> units;           // root member of each unit
  std::vector<size_t> unit_of(members.size());
  std::vector<Vector> vectors;
  std::vector<int32_t> days;
  for (size_t i = 0; i < members.size(); ++i) {
    if (root[i] != i) continue;
    unit_of[i] = units.size();
    units.push_back(i);
    days.push_back(members[i].day);
  }
  const std::map<uint64_t, uint32_t> local_df = LocalDf(members, units);
  for (size_t u : units) vectors.push_back(Weigh(members[u].terms, idf, local_df, units.size(), options));
  const std::vector<uint32_t> unit_group = AverageLink(vectors, days, options);
  // Groups renumbered by their first member.
  std::map<uint32_t, uint32_t> renumber;
  for (size_t i = 0; i < members.size(); ++i) {
    const uint32_t g = unit_group[unit_of[root[i]]];
    group[i] = renumber.emplace(g, static_cast<uint32_t>(renumber.size())).first->second;
  }
  if (options.min_split_size > 0) group = SplitOnly(members, group, options.min_split_size, options.merge_parts);
  if (group_out != nullptr) *group_out = group;
  const uint32_t groups = group.empty() ? 0 : *std::max_element(group.begin(), group.end()) + 1;
  return MapLabels(members, group, groups);
}

std::vector<std::string> ReviseStreamEvents(std::vector<RevisionMember> members, const std::vector<std::string>& ids,
                                            const std::vector<Assignment>& assigned, const IdfFunction& idf,
                                            const RevisionOptions& options) {
  std::map<std::string, std::vector<size_t>> threads;  // thread -> documents, arrival order
  for (size_t i = 0; i < assigned.size(); ++i) threads[assigned[i].thread_id].push_back(i);
  std::vector<std::string> out(assigned.size());
  for (const auto& [thread, docs] : threads) {
    std::vector<RevisionMember> in;
    std::map<std::string, int64_t> position;  // document id -> index in `in`
    for (size_t i : docs) {
      RevisionMember m = std::move(members[i]);
      const std::string& event = assigned[i].event_id;
      m.event = event.size() > 1 ? std::strtoll(event.c_str() + 1, nullptr, 10) : 0;
      auto dup = position.find(assigned[i].duplicate_of);
      m.duplicate_of = dup == position.end() ? -1 : dup->second;
      position[ids[i]] = static_cast<int64_t>(in.size());
      in.push_back(std::move(m));
    }
    std::vector<uint32_t> group;
    const std::vector<int64_t> label = ReviseThreadEvents(in, idf, options, &group);
    for (size_t k = 0; k < docs.size(); ++k) {
      out[docs[k]] = label[k] >= 0 ? "e" + std::to_string(label[k]) : "r" + thread + "-" + std::to_string(group[k]);
    }
  }
  return out;
}

}  // namespace parallax::cluster
