// Pipelined story clustering (prepare_pool.h).
//
// A batch is a list of documents. Its indices are handed out by one atomic
// counter (`next`): worker threads claim index j, run the pure
// StoryClusterer::Prepare on document j into ring slot j % R, and publish it
// by storing j + 1 in that slot's `ready` word. The calling thread walks the
// batch in order; for document i it takes the prepared slot when it is ready,
// claims and prepares document i itself when no worker has claimed it yet (so
// one thread, or workers that fall behind, never stall the stream), and while
// a worker holds document i it prepares the next unclaimed one instead of
// idling (then looks again, waiting only when nothing is left to claim). Each decision (Add) is made
// by the caller in input order, which is why the result cannot depend on the
// thread count. A worker may run at most R documents ahead of the caller: the
// slot it writes must have been consumed (`consumed` > j - R), which bounds
// memory to R prepared documents (a few KB each). Waiting uses C++20 atomic
// wait/notify (futexes), not spinning: the machine may have fewer idle cores
// than threads.
#include "cluster/prepare_pool.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <system_error>
#include <thread>

namespace parallax::cluster {

int ResolveThreads(int n) {
  if (n > 0) return n;
  const unsigned hw = std::thread::hardware_concurrency();
  return hw == 0 ? 1 : static_cast<int>(hw);
}

struct PreparePool::Impl {
  int threads = 1;
  std::vector<std::thread> workers;

  std::mutex mu;  // guards generation, stopping, busy and the batch fields' publication
  std::condition_variable start_cv, done_cv;
  uint64_t generation = 0;
  bool stopping = false;
  int busy = 0;

  // The current batch.
  const StoryClusterer* clusterer = nullptr;
  const Document* docs = nullptr;
  size_t n = 0;
  std::atomic<size_t> next{0};      // first unclaimed index
  std::atomic<size_t> consumed{0};  // documents the caller has added
  std::vector<PreparedDocument> slots;
  std::unique_ptr<std::atomic<size_t>[]> ready;  // ready[k] == i + 1: slot k holds document i

  size_t Ring() const { return slots.size(); }

  void PrepareInto(size_t j) {
    const size_t k = j % Ring();
    clusterer->Prepare(docs[j], &slots[k]);
    ready[k].store(j + 1, std::memory_order_release);
    ready[k].notify_one();
  }

  // A worker's share of the batch: claim, prepare, repeat.
  void PrepareAhead() {
    while (true) {
      size_t j = next.load(std::memory_order_relaxed);
      if (j >= n) return;
      const size_t c = consumed.load(std::memory_order_acquire);
      if (j >= c + Ring()) {  // the ring is full: wait for the caller
        consumed.wait(c, std::memory_order_acquire);
        continue;
      }
      if (next.compare_exchange_weak(j, j + 1, std::memory_order_acq_rel)) PrepareInto(j);
    }
  }

  void WorkerLoop() {
    uint64_t seen = 0;
    while (true) {
      {
        std::unique_lock<std::mutex> lock(mu);
        start_cv.wait(lock, [&] { return stopping || generation != seen; });
        if (stopping) return;
        seen = generation;
      }
      PrepareAhead();
      std::lock_guard<std::mutex> lock(mu);
      if (--busy == 0) done_cv.notify_one();
    }
  }

  // The caller's wait for document i's slot. When no worker has claimed
  // document i the caller prepares it itself; when a worker holds it, the
  // caller prepares the next unclaimed document meanwhile (if the ring has
  // room) instead of idling, so the threads share the feature work whichever
  // side is the slower.
  const PreparedDocument& Take(size_t i) {
    const size_t k = i % Ring();
    while (true) {
      const size_t r = ready[k].load(std::memory_order_acquire);
      if (r == i + 1) return slots[k];
      size_t j = next.load(std::memory_order_relaxed);  // >= i: everything before i was consumed
      if (j < n && j < i + Ring() && next.compare_exchange_strong(j, j + 1, std::memory_order_acq_rel)) {
        PrepareInto(j);  // i itself, or one ahead of it
        continue;
      }
      if (j <= i) continue;  // lost the race for i: look again
      ready[k].wait(r, std::memory_order_acquire);
    }
  }
};

PreparePool::PreparePool(int threads) : impl_(std::make_unique<Impl>()) {
  impl_->threads = ResolveThreads(threads);
  const size_t ring = 8 * static_cast<size_t>(impl_->threads) + 8;
  impl_->slots.resize(ring);
  impl_->ready = std::make_unique<std::atomic<size_t>[]>(ring);
  for (int t = 1; t < impl_->threads; ++t) {
    try {
      impl_->workers.emplace_back([impl = impl_.get()] { impl->WorkerLoop(); });
    } catch (const std::system_error&) {  // no more threads: run with what we have
      impl_->threads = t;
      break;
    }
  }
}

PreparePool::~PreparePool() {
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    impl_->stopping = true;
  }
  impl_->start_cv.notify_all();
  for (std::thread& t : impl_->workers) t.join();
}

int PreparePool::threads() const { return impl_->threads; }

Status PreparePool::AddBatch(StoryClusterer* clusterer, std::span<const Document> docs,
                             std::vector<Assignment>* out, std::vector<std::vector<TermCount>>* terms) {
  if (clusterer == nullptr || out == nullptr) return Status::InvalidArgument("cluster: AddBatch needs a clusterer and an output");
  Impl& p = *impl_;
  out->resize(docs.size());
  if (terms != nullptr) terms->resize(docs.size());
  if (docs.empty()) return Status::OK();
  {
    std::lock_guard<std::mutex> lock(p.mu);
    p.clusterer = clusterer;
    p.docs = docs.data();
    p.n = docs.size();
    p.next.store(0);
    p.consumed.store(0);
    for (size_t k = 0; k < p.Ring(); ++k) p.ready[k].store(0);
    p.busy = static_cast<int>(p.workers.size());
    ++p.generation;
  }
  p.start_cv.notify_all();
  for (size_t i = 0; i < docs.size(); ++i) {
    const PreparedDocument& prepared = p.Take(i);
    (*out)[i] = clusterer->Add(docs[i], prepared, terms != nullptr ? &(*terms)[i] : nullptr);
    p.consumed.store(i + 1, std::memory_order_release);
    p.consumed.notify_all();
  }
  std::unique_lock<std::mutex> lock(p.mu);
  p.done_cv.wait(lock, [&] { return p.busy == 0; });
  return Status::OK();
}

}  // namespace parallax::cluster
