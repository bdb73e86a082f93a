// BCubed scoring: one pass to count cluster sizes and the sizes of every
// (gold, predicted) intersection, then per-item ratios from the counts, so
// the cost is O(n log n) rather than O(n^2) pairs. Items without a prediction
// get a private label that no other item shares.
#include "cluster/bcubed.h"

#include <fstream>
#include <utility>

namespace parallax::cluster {

Result<BCubedScore> ScoreBCubed(const std::map<std::string, std::string>& gold,
                                const std::map<std::string, std::string>& predicted) {
  if (gold.empty()) return Status::InvalidArgument("bcubed: empty gold clustering");
  BCubedScore score;
  std::map<std::string, std::string> pred_of;  // gold item -> predicted label
  for (const auto& [item, label] : gold) {
    auto it = predicted.find(item);
    if (it == predicted.end()) {
      ++score.missing;
      std::string label_missing = "\x01missing:";
      label_missing += item;
      pred_of[item] = std::move(label_missing);
    } else {
      std::string label_pred = "=";
      label_pred += it->second;
      pred_of[item] = std::move(label_pred);
    }
  }
  for (const auto& kv : predicted) score.unmatched += gold.count(kv.first) == 0;
  std::map<std::string, size_t> gold_size, pred_size;
  std::map<std::pair<std::string, std::string>, size_t> both;
  for (const auto& [item, label] : gold) {
    const std::string& p = pred_of[item];
    gold_size[label]++;
    pred_size[p]++;
    both[{label, p}]++;
  }
  double p_sum = 0, r_sum = 0;
  for (const auto& [item, label] : gold) {
    const std::string& p = pred_of[item];
    double inter = static_cast<double>(both[{label, p}]);
    p_sum += inter / pred_size[p];
    r_sum += inter / gold_size[label];
  }
  score.items = gold.size();
  score.gold_clusters = gold_size.size();
  score.predicted_clusters = pred_size.size();
  score.precision = p_sum / score.items;
  score.recall = r_sum / score.items;
  double s = score.precision + score.recall;
  score.f1 = s > 0 ? 2 * score.precision * score.recall / s : 0;
  return score;
}

Result<std::map<std::string, std::string>> ReadClusterTsv(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot open " + path);
  std::map<std::string, std::string> out;
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0 || tab + 1 == line.size()) {
      return Status::InvalidArgument(path + ":" + std::to_string(line_no) +
                                     ": expected <item>\\t<cluster>");
    }
    std::string label = line.substr(tab + 1);
    size_t tab2 = label.find('\t');
    if (tab2 != std::string::npos) label.resize(tab2);  // extra columns are ignored
    out[line.substr(0, tab)] = label;
  }
  return out;
}

}  // namespace parallax::cluster
