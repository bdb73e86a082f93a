// Pipelined story clustering: the features of the next documents are
// computed on worker threads while the caller's thread assigns the current
// one, in input order.
//
//   PreparePool pool(/*threads=*/0);                 // 0: one per hardware thread
//   std::vector<Assignment> out;
//   Status st = pool.AddBatch(clusterer.get(), docs, &out);
//
// Only StoryClusterer::Prepare (tokens, stems, hashes, shingles, MinHash,
// per-term factors: about 60% of Add) runs elsewhere; every decision is made
// by the calling thread in input order, so the assignments and the
// clusterer's state are byte-identical to calling Add(docs[i]) one after
// another, whatever the thread count.
//
// Thread safety: one AddBatch at a time per pool. The pool owns its worker
// threads (threads - 1 of them) until it is destroyed.
#ifndef PARALLAX_CLUSTER_PREPARE_POOL_H_
#define PARALLAX_CLUSTER_PREPARE_POOL_H_

#include <memory>
#include <span>
#include <vector>

#include "cluster/story_clusterer.h"
#include "parallax/status.h"

namespace parallax::cluster {

class PreparePool {
 public:
  // threads: threads working on a batch, the caller's included (1 = no
  // workers, everything on the caller's thread); 0 = hardware concurrency.
  explicit PreparePool(int threads);
  ~PreparePool();
  PreparePool(const PreparePool&) = delete;
  PreparePool& operator=(const PreparePool&) = delete;

  int threads() const;

  // Adds docs to *clusterer in order; (*out)[i] is what clusterer->Add(docs[i])
  // would have returned, and (*terms)[i], when terms is not null, the bag of
  // terms Add(docs[i], &bag) hands back. *out (and *terms) are resized to
  // docs.size(). `docs` must stay valid and unchanged during the call.
  // Errors: InvalidArgument for a null clusterer or out.
  Status AddBatch(StoryClusterer* clusterer, std::span<const Document> docs, std::vector<Assignment>* out,
                  std::vector<std::vector<TermCount>>* terms = nullptr);

  struct Impl;  // implementation detail

 private:
  std::unique_ptr<Impl> impl_;
};

// Threads for a --threads option: n > 0 as given, 0 = hardware concurrency
// (at least 1).
int ResolveThreads(int n);

}  // namespace parallax::cluster

#endif  // PARALLAX_CLUSTER_PREPARE_POOL_H_
