// Exchange clustering; see ner_exchange.h.
//
// The class bigram counts N are a dense classes x classes matrix (and its
// transpose, so that both the row and the column of a candidate class are
// contiguous). Moving item w: its bigrams are first summed by the class of
// the other item (n_out(c): w followed by class c, n_in(c): class c followed
// by w, s: w followed by itself); w is taken out of its class, and for every
// candidate class b the gain of putting it there is
//   sum_c G(N(b,c), n_out(c)) + sum_c G(N(c,b), n_in(c))   (cell (b,b) gets
//   n_out(b) + n_in(b) + s at once) - G(L(b), L_w) - G(R(b), R_w),
// G(x, k) = f(x + k) - f(x), f(x) = x log x. The cost of one move is
// classes x (distinct neighbour classes of w).
#include "tools/ner_exchange.h"

#include <algorithm>
#include <cmath>

#include <fmt/core.h>

namespace parallax::tools {

namespace {

constexpr size_t kTable = 1 << 16;

class XLogX {
 public:
  XLogX() : t_(kTable) {
    for (size_t i = 1; i < kTable; ++i) t_[i] = static_cast<double>(i) * std::log(static_cast<double>(i));
  }
  double operator()(int64_t x) const {
    if (x < static_cast<int64_t>(kTable)) return x <= 0 ? 0.0 : t_[static_cast<size_t>(x)];
    double d = static_cast<double>(x);
    return d * std::log(d);
  }
  double Gain(int64_t x, int64_t k) const { return k == 0 ? 0.0 : (*this)(x + k) - (*this)(x); }

 private:
  std::vector<double> t_;
};

struct Adjacency {
  std::vector<size_t> start;  // items + 1
  std::vector<uint32_t> other;
  std::vector<uint64_t> count;
};

Adjacency Build(const std::vector<ItemBigram>& bigrams, size_t items, bool outgoing) {
  Adjacency a;
  a.start.assign(items + 1, 0);
  for (const auto& b : bigrams) a.start[(outgoing ? b.left : b.right) + 1]++;
  for (size_t i = 0; i < items; ++i) a.start[i + 1] += a.start[i];
  a.other.resize(bigrams.size());
  a.count.resize(bigrams.size());
  std::vector<size_t> fill(a.start.begin(), a.start.end() - 1);
  for (const auto& b : bigrams) {
    size_t& pos = fill[outgoing ? b.left : b.right];
    a.other[pos] = outgoing ? b.right : b.left;
    a.count[pos] = b.count;
    ++pos;
  }
  return a;
}

}  // namespace

double ExchangeObjective(const std::vector<ItemBigram>& bigrams, const std::vector<uint32_t>& cls, size_t classes) {
  std::vector<int64_t> n(classes * classes, 0), l(classes, 0), r(classes, 0);
  for (const auto& b : bigrams) {
    if (b.left >= cls.size() || b.right >= cls.size()) continue;
    uint32_t g = cls[b.left], h = cls[b.right];
    n[g * classes + h] += static_cast<int64_t>(b.count);
    l[g] += static_cast<int64_t>(b.count);
    r[h] += static_cast<int64_t>(b.count);
  }
  XLogX f;
  double obj = 0;
  for (int64_t x : n) obj += f(x);
  for (size_t c = 0; c < classes; ++c) obj -= f(l[c]) + f(r[c]);
  return obj;
}

void ExchangeCluster(const std::vector<ItemBigram>& bigrams, size_t classes, int iters, std::vector<uint32_t>* cls) {
  if (classes < 2) return;
  const size_t items = cls->size();
  for (uint32_t& c : *cls) c = std::min<uint32_t>(c, static_cast<uint32_t>(classes - 1));
  std::vector<ItemBigram> kept;
  kept.reserve(bigrams.size());
  for (const auto& b : bigrams)
    if (b.left < items && b.right < items && b.count > 0) kept.push_back(b);
  const Adjacency out = Build(kept, items, true), in = Build(kept, items, false);
  const size_t C = classes;
  std::vector<int64_t> n(C * C, 0), nt(C * C, 0), l(C, 0), r(C, 0);
  for (const auto& b : kept) {
    uint32_t g = (*cls)[b.left], h = (*cls)[b.right];
    n[g * C + h] += static_cast<int64_t>(b.count);
    nt[h * C + g] += static_cast<int64_t>(b.count);
    l[g] += static_cast<int64_t>(b.count);
    r[h] += static_cast<int64_t>(b.count);
  }
  XLogX f;
  auto objective = [&] {
    double obj = 0;
    for (int64_t x : n) obj += f(x);
    for (size_t c = 0; c < C; ++c) obj -= f(l[c]) + f(r[c]);
    return obj;
  };
  fmt::print(stderr, "exchange: {} items, {} bigram types, {} classes, objective {:.6e}\n", items, kept.size(), C,
             objective());
  std::vector<int64_t> n_out(C, 0), n_in(C, 0);
  std::vector<uint32_t> out_cls, in_cls;
  std::vector<double> gain(C);
  for (int it = 0; it < iters; ++it) {
    size_t moves = 0;
    for (size_t w = 0; w < items; ++w) {
      if (out.start[w] == out.start[w + 1] && in.start[w] == in.start[w + 1]) continue;
      const uint32_t a = (*cls)[w];
      int64_t self = 0, lw = 0, rw = 0;
      out_cls.clear();
      in_cls.clear();
      for (size_t k = out.start[w]; k < out.start[w + 1]; ++k) {
        int64_t cnt = static_cast<int64_t>(out.count[k]);
        lw += cnt;
        if (out.other[k] == w) { self += cnt; continue; }
        uint32_t c = (*cls)[out.other[k]];
        if (n_out[c] == 0) out_cls.push_back(c);
        n_out[c] += cnt;
      }
      for (size_t k = in.start[w]; k < in.start[w + 1]; ++k) {
        int64_t cnt = static_cast<int64_t>(in.count[k]);
        rw += cnt;
        if (in.other[k] == w) continue;  // counted as `self` above
        uint32_t c = (*cls)[in.other[k]];
        if (n_in[c] == 0) in_cls.push_back(c);
        n_in[c] += cnt;
      }
      // Take w out of class a, or put it into class b (sign +1).
      auto apply = [&](uint32_t b, int64_t sign) {
        for (uint32_t c : out_cls) { n[b * C + c] += sign * n_out[c]; nt[c * C + b] += sign * n_out[c]; }
        for (uint32_t c : in_cls) { n[c * C + b] += sign * n_in[c]; nt[b * C + c] += sign * n_in[c]; }
        n[b * C + b] += sign * self;
        nt[b * C + b] += sign * self;
        l[b] += sign * lw;
        r[b] += sign * rw;
      };
      apply(a, -1);
      uint32_t best = a;
      double best_gain = -1e300;
      for (uint32_t b = 0; b < C; ++b) {
        const int64_t* row = &n[b * C];
        const int64_t* col = &nt[b * C];
        double g = 0;
        for (uint32_t c : out_cls) g += f.Gain(row[c], n_out[c]);
        for (uint32_t c : in_cls) g += f.Gain(col[c], n_in[c]);
        int64_t x = row[b];
        g += f.Gain(x, n_out[b] + n_in[b] + self) - f.Gain(x, n_out[b]) - f.Gain(x, n_in[b]);
        g -= f.Gain(l[b], lw) + f.Gain(r[b], rw);
        gain[b] = g;
        if (g > best_gain) { best_gain = g; best = b; }
      }
      // Stay unless the best class is clearly better (rounding noise).
      if (best != a && best_gain <= gain[a] + 1e-9 * std::fabs(gain[a])) best = a;
      apply(best, +1);
      if (best != a) { (*cls)[w] = best; ++moves; }
      for (uint32_t c : out_cls) n_out[c] = 0;
      for (uint32_t c : in_cls) n_in[c] = 0;
    }
    fmt::print(stderr, "exchange pass {}: {} moves, objective {:.6e}\n", it + 1, moves, objective());
    if (moves == 0) break;
  }
}

}  // namespace parallax::tools
