// Coreference metrics over two partitions of the same mentions (tool-only
// code, used by parallax-eval-entities and parallax-eval-xdoc).
//
// A partition is given as one cluster label per mention: `key[i]` is the
// gold cluster of mention i, `response[i]` the system's. Labels are compared
// for equality only. Each metric returns numerators and denominators, so
// scores of disjoint mention sets (documents, corpora) add up by Add() and
// the pooled figure is the one of the union:
//   MUC   (Vilain et al. 1995): links kept, over links in the key (recall)
//         or in the response (precision);
//   B3    (Bagga & Baldwin 1998): per mention |K n R| / |K| (recall) or
//         / |R| (precision), summed over mentions;
//   CEAF-e (Luo 2005, entity-based, phi4 = 2 |K n R| / (|K| + |R|)): the
//         best one-to-one alignment of key and response clusters (exact:
//         Hungarian algorithm per connected group of overlapping clusters),
//         over the number of key (recall) or response (precision) clusters.
#ifndef PARALLAX_TOOLS_COREF_METRICS_H_
#define PARALLAX_TOOLS_COREF_METRICS_H_

#include <string>
#include <vector>

namespace parallax::tools {

struct MetricSums {
  double recall_num = 0, recall_den = 0, precision_num = 0, precision_den = 0;

  void Add(const MetricSums& o) {
    recall_num += o.recall_num, recall_den += o.recall_den;
    precision_num += o.precision_num, precision_den += o.precision_den;
  }
  double Recall() const { return recall_den > 0 ? recall_num / recall_den : 0; }
  double Precision() const { return precision_den > 0 ? precision_num / precision_den : 0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

// Each requires key.size() == response.size() (else returns zeros).
MetricSums Muc(const std::vector<std::string>& key, const std::vector<std::string>& response);
MetricSums B3(const std::vector<std::string>& key, const std::vector<std::string>& response);
MetricSums CeafE(const std::vector<std::string>& key, const std::vector<std::string>& response);

// The three together, accumulated over disjoint mention sets.
struct CorefScores {
  MetricSums muc, b3, ceafe;

  void Add(const std::vector<std::string>& key, const std::vector<std::string>& response) {
    muc.Add(Muc(key, response));
    b3.Add(B3(key, response));
    ceafe.Add(CeafE(key, response));
  }
  void Add(const CorefScores& o) {
    muc.Add(o.muc);
    b3.Add(o.b3);
    ceafe.Add(o.ceafe);
  }
  // The CoNLL-2012 figure: the mean of the three F1s.
  double ConllF1() const { return (muc.F1() + b3.F1() + ceafe.F1()) / 3; }
};

// The best total weight of a one-to-one assignment of rows to columns of a
// non-negative weight matrix (rows x cols, any shape); `match` (optional)
// gets each row's column or -1. Exposed for tests.
double MaxWeightAssignment(const std::vector<std::vector<double>>& weight, std::vector<int>* match = nullptr);

}  // namespace parallax::tools

#endif  // PARALLAX_TOOLS_COREF_METRICS_H_
