// Exchange word clustering (Kneser & Ney 1993; Martin, Liermann & Ney 1998):
// hard classes that maximise the likelihood of a class bigram model, found by
// moving one item at a time to the class that raises the likelihood most.
// Used by parallax-train ner-clusters (--exchange-iters) to refine the fine
// clusters of its k-means and to build the coarser levels. Tool-only code.
#ifndef PARALLAX_TOOLS_NER_EXCHANGE_H_
#define PARALLAX_TOOLS_NER_EXCHANGE_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace parallax::tools {

// Bigram counts between items 0..n-1: `count` times item `left` directly
// followed by item `right`. Pairs may repeat (their counts add up).
struct ItemBigram {
  uint32_t left = 0, right = 0;
  uint64_t count = 0;
};

// The objective maximised (up to terms that do not depend on the classes):
//   sum_{g,h} N(g,h) log N(g,h) - sum_g L(g) log L(g) - sum_h R(h) log R(h)
// where N(g,h) counts bigrams of an item of class g followed by one of class
// h, L(g) = sum_h N(g,h) and R(h) = sum_g N(g,h).
double ExchangeObjective(const std::vector<ItemBigram>& bigrams, const std::vector<uint32_t>& cls, size_t classes);

// Refines `cls` (item -> class in [0, classes), one entry per item) by
// `iters` passes of the exchange algorithm over the items in index order
// (items are best given most frequent first); each move is to the class with
// the largest gain of the objective, so the objective never falls. A pass
// that moves no item ends early. Each pass reports its moves and the
// objective on stderr. Items without bigrams keep their class.
void ExchangeCluster(const std::vector<ItemBigram>& bigrams, size_t classes, int iters, std::vector<uint32_t>* cls);

}  // namespace parallax::tools

#endif  // PARALLAX_TOOLS_NER_EXCHANGE_H_
