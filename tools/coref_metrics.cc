#include "tools/coref_metrics.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <set>
#include <utility>

namespace parallax::tools {

namespace {

// Links of `a`'s clusters kept by `b`: sum over clusters of |A| - parts(A in b),
// over sum of |A| - 1.
void MucHalf(const std::vector<std::string>& a, const std::vector<std::string>& b, double* num, double* den) {
  std::map<std::string, std::set<std::string>> parts;
  std::map<std::string, int> size;
  for (size_t i = 0; i < a.size(); ++i) {
    parts[a[i]].insert(b[i]);
    ++size[a[i]];
  }
  for (const auto& [k, n] : size) {
    *num += n - static_cast<double>(parts[k].size());
    *den += n - 1;
  }
}

// Cluster ids 0..n-1 for the labels, in order of first appearance.
std::vector<int> Ids(const std::vector<std::string>& labels, int* count) {
  std::map<std::string, int> id;
  std::vector<int> out;
  out.reserve(labels.size());
  for (const auto& l : labels) out.push_back(id.emplace(l, static_cast<int>(id.size())).first->second);
  *count = static_cast<int>(id.size());
  return out;
}

// Minimum-cost assignment of every row to a distinct column, rows <= cols
// (the potentials form of the Hungarian algorithm, O(rows^2 cols)).
std::vector<int> MinCostRows(const std::vector<std::vector<double>>& cost, size_t cols) {
  const size_t n = cost.size(), m = cols;
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> u(n + 1, 0), v(m + 1, 0);
  std::vector<size_t> p(m + 1, 0), way(m + 1, 0);
  for (size_t i = 1; i <= n; ++i) {
    p[0] = i;
    size_t j0 = 0;
    std::vector<double> minv(m + 1, inf);
    std::vector<bool> used(m + 1, false);
    do {
      used[j0] = true;
      const size_t i0 = p[j0];
      double delta = inf;
      size_t j1 = 0;
      for (size_t j = 1; j <= m; ++j) {
        if (used[j]) continue;
        const double cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
        if (cur < minv[j]) minv[j] = cur, way[j] = j0;
        if (minv[j] < delta) delta = minv[j], j1 = j;
      }
      for (size_t j = 0; j <= m; ++j) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] != 0);
    do {
      const size_t j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 != 0);
  }
  std::vector<int> row_to(n, -1);
  for (size_t j = 1; j <= m; ++j)
    if (p[j] != 0) row_to[p[j] - 1] = static_cast<int>(j - 1);
  return row_to;
}

}  // namespace

double MaxWeightAssignment(const std::vector<std::vector<double>>& weight, std::vector<int>* match) {
  const size_t rows = weight.size(), cols = rows ? weight[0].size() : 0;
  if (match) match->assign(rows, -1);
  if (rows == 0 || cols == 0) return 0;
  const bool transpose = rows > cols;
  const size_t n = transpose ? cols : rows, m = transpose ? rows : cols;
  std::vector<std::vector<double>> cost(n, std::vector<double>(m));
  for (size_t r = 0; r < rows; ++r)
    for (size_t c = 0; c < cols; ++c) (transpose ? cost[c][r] : cost[r][c]) = -weight[r][c];
  std::vector<int> assigned = MinCostRows(cost, m);
  double total = 0;
  for (size_t i = 0; i < n; ++i) {
    if (assigned[i] < 0) continue;
    const size_t r = transpose ? static_cast<size_t>(assigned[i]) : i;
    const size_t c = transpose ? i : static_cast<size_t>(assigned[i]);
    total += weight[r][c];
    if (match) (*match)[r] = static_cast<int>(c);
  }
  return total;
}

MetricSums Muc(const std::vector<std::string>& key, const std::vector<std::string>& response) {
  MetricSums s;
  if (key.size() != response.size()) return s;
  MucHalf(key, response, &s.recall_num, &s.recall_den);
  MucHalf(response, key, &s.precision_num, &s.precision_den);
  return s;
}

MetricSums B3(const std::vector<std::string>& key, const std::vector<std::string>& response) {
  MetricSums s;
  if (key.size() != response.size()) return s;
  std::map<std::string, int> key_n, resp_n;
  std::map<std::pair<std::string, std::string>, int> both;
  for (size_t i = 0; i < key.size(); ++i) ++key_n[key[i]], ++resp_n[response[i]], ++both[{key[i], response[i]}];
  for (size_t i = 0; i < key.size(); ++i) {
    const double common = both[{key[i], response[i]}];
    s.recall_num += common / key_n[key[i]];
    s.precision_num += common / resp_n[response[i]];
  }
  s.recall_den = s.precision_den = static_cast<double>(key.size());
  return s;
}

MetricSums CeafE(const std::vector<std::string>& key, const std::vector<std::string>& response) {
  MetricSums s;
  if (key.size() != response.size()) return s;
  int nk = 0, nr = 0;
  const std::vector<int> k = Ids(key, &nk), r = Ids(response, &nr);
  s.recall_den = nk;
  s.precision_den = nr;
  std::vector<int> ksize(nk, 0), rsize(nr, 0);
  std::map<std::pair<int, int>, int> common;
  for (size_t i = 0; i < k.size(); ++i) ++ksize[k[i]], ++rsize[r[i]], ++common[{k[i], r[i]}];
  // Only clusters that share mentions have a non-zero phi4, so the best
  // alignment is the union of the best alignments of each connected group
  // (union-find over key ids 0..nk-1 and response ids nk..nk+nr-1).
  std::vector<int> parent(nk + nr);
  for (int i = 0; i < nk + nr; ++i) parent[i] = i;
  std::function<int(int)> find = [&](int x) { return parent[x] == x ? x : parent[x] = find(parent[x]); };
  for (const auto& [pair, n] : common) parent[find(pair.first)] = find(nk + pair.second);
  std::map<int, std::pair<std::vector<int>, std::vector<int>>> groups;
  for (int i = 0; i < nk; ++i) groups[find(i)].first.push_back(i);
  for (int j = 0; j < nr; ++j) groups[find(nk + j)].second.push_back(j);
  for (const auto& [root, g] : groups) {
    const auto& [ks, rs] = g;
    if (ks.empty() || rs.empty()) continue;
    std::vector<std::vector<double>> w(ks.size(), std::vector<double>(rs.size(), 0));
    for (size_t a = 0; a < ks.size(); ++a)
      for (size_t b = 0; b < rs.size(); ++b) {
        auto it = common.find({ks[a], rs[b]});
        if (it != common.end()) w[a][b] = 2.0 * it->second / (ksize[ks[a]] + rsize[rs[b]]);
      }
    const double best = MaxWeightAssignment(w);
    s.recall_num += best;
    s.precision_num += best;
  }
  return s;
}

}  // namespace parallax::tools
