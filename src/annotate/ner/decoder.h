// Greedy left-to-right BILOU decoding, shared by the tagger and the trainer.
//
// For each token, features are extracted with the two previous decisions and
// the document history, scored, and a label is chosen by `choose`, which the
// tagger implements as "best label allowed after the previous one" and the
// trainer as "predict, compare with gold, update the weights". Greedy
// decoding with rich history features is what Ratinov & Roth (2009) found as
// accurate as Viterbi for NER, at a fraction of the cost, and it is what lets
// history features see the labels of everything to the left.
#ifndef PARALLAX_ANNOTATE_NER_DECODER_H_
#define PARALLAX_ANNOTATE_NER_DECODER_H_

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "annotate/ner/fast_exp.h"
#include "annotate/ner/features.h"
#include "annotate/ner/labels.h"

namespace parallax::ner {

inline int CloseLabel(int label) {
  if (label <= 0) return label;
  Pos p = PosOfLabel(label);
  int t = TypeOfLabel(label);
  if (p == Pos::kB) return LabelOf(t, Pos::kU);
  if (p == Pos::kI) return LabelOf(t, Pos::kL);
  return label;
}

// Makes (*out)[i-1] -> *label a valid transition (see DecodeDocument).
inline void RepairTransition(std::vector<int>* out, size_t i, int* label) {
  int prev = i > 0 ? (*out)[i - 1] : -1;
  if (ValidTransition(prev, *label)) return;
  bool prev_open = prev > 0 && (PosOfLabel(prev) == Pos::kB || PosOfLabel(prev) == Pos::kI);
  bool continues = *label > 0 && (PosOfLabel(*label) == Pos::kI || PosOfLabel(*label) == Pos::kL);
  if (prev_open && continues) {  // type change inside a mention: close it, start anew
    (*out)[i - 1] = CloseLabel(prev);
  } else if (prev_open) {
    (*out)[i - 1] = CloseLabel(prev);
    return;
  }
  if (continues) *label = LabelOf(TypeOfLabel(*label), PosOfLabel(*label) == Pos::kI ? Pos::kB : Pos::kU);
}

inline void CloseLast(std::vector<int>* out) { out->back() = CloseLabel(out->back()); }

inline int BestLabel(const float* scores) {
  int best = 0;
  for (int l = 1; l < kNumLabels; ++l)
    if (scores[l] > scores[best]) best = l;
  return best;
}

// score(keys, n, scores[kNumLabels]); choose(sentence, token, keys, n, scores,
// prev_label) -> label. Writes one label per token into labels (same shape as doc).
//
// With `repair`, choose may return any label and the decoder keeps the
// sequence well-formed BILOU by editing the *previous* label: a label that
// cannot continue an open mention closes it (B -> U, I -> L), and an I/L
// that has no open mention to continue becomes B/U. This lets the tagger
// leave a mention as soon as the evidence says so, instead of being forced
// to continue a mention it opened by mistake.
template <typename ScoreFn, typename ChooseFn>
void DecodeDocument(const std::vector<std::vector<TokenInfo>>& doc, FeatureContext* ctx, ScoreFn&& score,
                    ChooseFn&& choose, std::vector<std::vector<int>>* labels, bool repair = false) {
  ctx->Reset();
  labels->assign(doc.size(), {});
  uint64_t keys[FeatureContext::kMaxFeatures];
  float scores[kNumLabels];
  for (size_t s = 0; s < doc.size(); ++s) {
    const auto& sent = doc[s];
    auto& out = (*labels)[s];
    out.assign(sent.size(), 0);
    int prev1 = -1, prev2 = -1;
    for (size_t i = 0; i < sent.size(); ++i) {
      size_t n = ctx->Extract(sent, i, prev1, prev2, keys);
      for (float& x : scores) x = 0.f;
      score(keys, n, scores);
      int label = choose(s, i, keys, n, scores, prev1);
      if (repair) RepairTransition(&out, i, &label);
      out[i] = label;
      ctx->Record(sent[i], label);
      prev2 = i > 0 ? out[i - 1] : -1;
      prev1 = label;
    }
    if (repair && !out.empty()) CloseLast(&out);
  }
}

// Best label in scores that may follow prev and, at the last token of a
// sentence, may end it.
inline int BestValidLabel(const float* scores, int prev, bool last) {
  int best = 0;
  float best_score = -1e30f;
  for (int l = 0; l < kNumLabels; ++l) {
    if (!ValidTransition(prev, l)) continue;
    if (last && !ValidTransition(l, -1)) continue;
    if (scores[l] > best_score) {
      best_score = scores[l];
      best = l;
    }
  }
  return best;
}

// Beam-search decoding over well-formed BILOU sequences, sentence by
// sentence. A hypothesis is scored by the sum of its labels' log-softmax
// probabilities (scores / temperature), so a token whose greedy choice was
// close can be revised when the next tokens make another reading far more
// likely ("Norvatec Holdings": B-LOC looks slightly better than B-ORG at
// "Norvatec", but only B-ORG L-ORG explains "Holdings"). The document
// history is updated after each sentence with the winning labels.
// probs receives, per token, the probability of the winning label.
// normalize = false sums raw scores instead (for models trained as
// structured perceptrons with the beam, see kModelFlagStructured).
// prefetch(keys, n), optional, is a hint that score() will soon be called
// with these keys (the tagger passes WeightTable::Prefetch).
struct NoPrefetch {
  void operator()(const uint64_t*, size_t) const {}
};

// DecodeDocumentBeamWith takes the scores from `scorer`, which has
//   Static(ctx, sentence, s, i, scores): adds the label-history independent
//     scores of token i of sentence s (ctx.ExtractStatic) to scores[kNumLabels];
//   Prune(token): whether the token may be labelled O unscored when all
//     hypotheses end in the same two labels, the last one outside a mention
//     or ending one (the tagger's TaggerOptions::prune; see OutsideWords):
//     each hypothesis is then extended with O at log-probability 0, and
//     Static/Dynamic are not called for the token;
//   PrepareDynamic(token, prev1, prev2): a hint that Dynamic follows;
//   Dynamic(token, prev1, prev2, scores): adds the scores of
//     FeatureContext::ExtractDynamic(token, prev1, prev2).
// The tagger passes a CachedScorer (cached_scorer.h); DecodeDocumentBeam
// below scores feature keys with a score function (KeyScorer).
template <typename ScoreFn, typename PrefetchFn>
struct KeyScorer {
  ScoreFn& score;
  PrefetchFn& prefetch;
  void Static(const FeatureContext& c, const std::vector<TokenInfo>& sent, size_t, size_t i, float* scores) {
    uint64_t keys[FeatureContext::kMaxFeatures];
    score(keys, c.ExtractStatic(sent, i, keys), scores);
  }
  bool Prune(const TokenInfo&) const { return false; }
  void PrepareDynamic(const TokenInfo& t, int prev1, int prev2) {
    uint64_t keys[FeatureContext::kMaxDynamic];
    prefetch(keys, FeatureContext::ExtractDynamic(t, prev1, prev2, keys));
  }
  void Dynamic(const TokenInfo& t, int prev1, int prev2, float* scores) {
    uint64_t keys[FeatureContext::kMaxDynamic];
    score(keys, FeatureContext::ExtractDynamic(t, prev1, prev2, keys), scores);
  }
};

// Working memory of DecodeDocumentBeamWith. A caller that decodes many
// documents (the tagger's per-thread scratch) keeps one so that the lattice
// is allocated once, not per document.
struct BeamBuffers {
  struct Node {  // one hypothesis ending at a token: its label and a back pointer
    int label = -1;
    int prev2 = -1;   // label before `label` (for the next token's features)
    int back = -1;    // index into the previous token's beam
    double logp = 0;
    float lp = 0;     // log-probability of `label` here (exponentiated on backtrace)
  };
  struct Extension {  // a label that may follow a history, with its log-probability
    int label;
    float lp;     // log-softmax probability
    float value;  // what the beam adds: lp, or the raw score (normalize = false)
  };
  struct PairScores {  // label scores after one (label, prev2) history
    PairScores() {}     // no zeroing: every field is written before it is read
    int label, prev2;
    float mx, logz;
    float scores[kNumLabels];
    // The best min(beam, kNumLabels) allowed labels, by value (descending,
    // then label): no other label of this history can enter the beam.
    int num_top;
    Extension top[kNumLabels];
  };
  std::vector<PairScores> pairs;   // the token's distinct histories (at most beam)
  std::vector<uint32_t> pair_of;   // per hypothesis of the previous token: its history
  // The sentence's hypotheses, token i's at nodes[i * (beam + 1)] (count[i]
  // of them, best first; one spare slot for an insert before the cut).
  std::vector<Node> nodes;
  std::vector<uint32_t> count;
};

// Labels that may follow `prev` (bit l = label l), at the last token of a
// sentence only those that may also end it: kFollowers.mask[prev + 1][last].
struct FollowerMasks {
  uint32_t mask[kNumLabels + 1][2];
  constexpr FollowerMasks() : mask() {
    for (int p = -1; p < kNumLabels; ++p)
      for (int l = 0; l < kNumLabels; ++l) {
        if (!ComputeValidTransition(p, l)) continue;
        mask[p + 1][0] |= 1u << l;
        if (ComputeValidTransition(l, -1)) mask[p + 1][1] |= 1u << l;
      }
  }
};
inline constexpr FollowerMasks kFollowers{};

// std::nextafter(x, -3e38f) for a finite x, without the libm call (one per
// history): the neighbouring float is one step of the bit pattern away.
inline constexpr float kFloorLimit = -3e38f;
inline float NextFloatDown(float x) {
  if (x == kFloorLimit) return x;
  uint32_t b;
  std::memcpy(&b, &x, 4);
  if ((b & 0x7FFFFFFFu) == 0) {
    b = 0x80000001u;  // +-0 -> the negative float nearest zero
  } else if (x > kFloorLimit) {
    b = (b & 0x80000000u) ? b + 1 : b - 1;  // away from zero if negative, towards it if positive
  } else {
    b -= 1;  // below the limit (negative): one step up, towards it
  }
  std::memcpy(&x, &b, 4);
  return x;
}

// Bit l set when v[l] >= x, for l < kNumLabels (four compares at a time).
inline uint32_t AtLeastMask(const float* v, float x) {
  uint32_t mask = 0;
  int l = 0;
#if defined(__SSE2__)
  const __m128 floor4 = _mm_set1_ps(x);
  for (; l + 4 <= kNumLabels; l += 4)
    mask |= static_cast<uint32_t>(_mm_movemask_ps(_mm_cmpge_ps(_mm_loadu_ps(v + l), floor4))) << l;
#endif
  for (; l < kNumLabels; ++l) mask |= static_cast<uint32_t>(v[l] >= x) << l;
  return mask;
}

// The first l with the largest v[l] (l < kNumLabels, finite values): the
// label a scan keeping the best by strict > keeps. The maximum is taken four
// lanes at a time, then the first lane equal to it is found (+0 and -0
// compare equal, as in the scan).
inline int FirstArgMax(const float* v) {
#if defined(__SSE2__)
  static_assert(kNumLabels == 17, "four groups of four and one more");
  __m128 m = _mm_max_ps(_mm_max_ps(_mm_loadu_ps(v), _mm_loadu_ps(v + 4)),
                        _mm_max_ps(_mm_loadu_ps(v + 8), _mm_loadu_ps(v + 12)));
  m = _mm_max_ps(m, _mm_shuffle_ps(m, m, 0x4E));
  m = _mm_max_ps(m, _mm_shuffle_ps(m, m, 0xB1));
  const float best = std::max(_mm_cvtss_f32(m), v[16]);
  const __m128 b4 = _mm_set1_ps(best);
  for (int l = 0; l < 16; l += 4) {
    const int eq = _mm_movemask_ps(_mm_cmpeq_ps(_mm_loadu_ps(v + l), b4));
    if (eq) return l + __builtin_ctz(static_cast<unsigned>(eq));
  }
  return 16;
#else
  int best = 0;
  for (int l = 1; l < kNumLabels; ++l)
    if (v[l] > v[best]) best = l;
  return best;
#endif
}

// True when a mention may start after `label` (-1 = sentence start): it is
// O, or the last or only token of a mention.
inline bool EndsOutside(int label) {
  return label <= 0 || PosOfLabel(label) == Pos::kL || PosOfLabel(label) == Pos::kU;
}

// True when the n hypotheses end in the same two labels (their next token
// gets the same features) and a mention may start after them.
inline bool OneOutsideHistory(const BeamBuffers::Node* nodes, size_t n) {
  if (!EndsOutside(nodes[0].label)) return false;
  for (size_t h = 1; h < n; ++h)
    if (nodes[h].label != nodes[0].label || nodes[h].prev2 != nodes[0].prev2) return false;
  return true;
}

// Relative slack of RankExtensions' margin test (rounding of the totals).
inline constexpr double kRankSlack = 1e-6;

// Computes e's log-softmax (scores / temperature) and its best allowed
// extensions (after e.label; at the last token, able to end the sentence).
// Every hypothesis ending in e's history adds the same values, so only the
// first `beam` of them (value descending, ties by label as the plain
// label-order scan would keep them) can enter a beam of that size.
//
// With margin > 0, labels whose value is more than margin (plus a slack for
// rounding) below the history's best allowed value are not ranked: any
// hypothesis they extend scores more than margin below the one the best
// label extends, so the margin cut after the token drops it, and until then
// it could only displace hypotheses that are dropped too. Same beam.
inline void RankExtensions(BeamBuffers::PairScores* e, size_t beam, float temperature, bool normalize, bool last,
                           double margin = 0) {
  const int argmax = FirstArgMax(e->scores);
  const float mx = e->mx = e->scores[argmax];
  // (score - max) / temperature, computed once per label; the divisions
  // vectorise, the exponentials are four at a time (fast_exp.h: within 2 ulp
  // of libm's expf, the same bits on every machine; eight at a time on AVX2
  // CPUs), and z is summed in label order.
  float scaled[kNumLabels], ex[kNumLabels], lp[kNumLabels];
  for (int l = 0; l < kNumLabels; ++l) scaled[l] = (e->scores[l] - mx) / temperature;
  ExpFloatsBest(scaled, kNumLabels, ex);
  float z = 0;
  for (int l = 0; l < kNumLabels; ++l) z += ex[l];
  const float logz = e->logz = std::log(z);
  for (int l = 0; l < kNumLabels; ++l) lp[l] = scaled[l] - logz;
  const float* value = normalize ? lp : e->scores;
  const int cap = static_cast<int>(std::min<size_t>(beam, kNumLabels));
  e->num_top = 0;
  uint32_t candidates = kFollowers.mask[e->label + 1][last ? 1 : 0];
  if (margin > 0) {
    // The best allowed value: usually the overall best label's.
    float best = value[argmax];
    if (!(candidates >> argmax & 1)) {
      best = kFloorLimit;
      for (uint32_t a = candidates; a; a &= a - 1) best = std::max(best, value[__builtin_ctz(a)]);
    }
    const double floor = static_cast<double>(best) - margin - kRankSlack * (1 + std::fabs(static_cast<double>(best)));
    float floor_f = static_cast<float>(floor);  // rounded down: skips only values below floor
    if (static_cast<double>(floor_f) > floor) floor_f = NextFloatDown(floor_f);
    candidates &= AtLeastMask(value, floor_f);
  }
  for (; candidates; candidates &= candidates - 1) {
    const int l = __builtin_ctz(candidates);  // in label order
    const float v = value[l];
    int k = e->num_top;
    if (k == cap) {
      if (v <= e->top[cap - 1].value) continue;
      --k;
    } else {
      ++e->num_top;
    }
    for (; k > 0 && e->top[k - 1].value < v; --k) e->top[k] = e->top[k - 1];
    e->top[k] = {l, lp[l], v};
  }
}

// labels/probs are resized, not reallocated: vectors kept by the caller keep
// their capacity. buffers = nullptr: local working memory. o_probs = false
// leaves the probability of tokens labelled O at 1 instead of computing it
// (the tagger reads only mention tokens', as its greedy path writes them).
template <typename Scorer>
void DecodeDocumentBeamWith(const std::vector<std::vector<TokenInfo>>& doc, FeatureContext* ctx, Scorer& scorer,
                            size_t beam, float temperature, std::vector<std::vector<int>>* labels,
                            std::vector<std::vector<float>>* probs, bool normalize = true,
                            BeamBuffers* buffers = nullptr, double margin = 0, bool o_probs = true) {
  using Node = BeamBuffers::Node;
  using PairScores = BeamBuffers::PairScores;
  BeamBuffers local;
  BeamBuffers& buf = buffers ? *buffers : local;
  ctx->Reset();
  labels->resize(doc.size());
  probs->resize(doc.size());
  float static_scores[kNumLabels];
  const size_t stride = beam + 1;
  const size_t slots = std::max<size_t>(beam, 1);  // the start is one hypothesis whatever the beam
  if (buf.pairs.size() < slots) buf.pairs.resize(slots);
  if (buf.pair_of.size() < slots) buf.pair_of.resize(slots);
  PairScores* const pairs = buf.pairs.data();
  uint32_t* const pair_of = buf.pair_of.data();
  const Node start_node{};
  for (size_t s = 0; s < doc.size(); ++s) {
    const auto& sent = doc[s];
    const size_t len = sent.size();
    if (buf.nodes.size() < len * stride) buf.nodes.resize(len * stride);
    if (buf.count.size() < len) buf.count.resize(len);
    Node* const nodes = buf.nodes.data();
    uint32_t* const count = buf.count.data();
    for (size_t i = 0; i < len; ++i) {
      const Node* prev = i > 0 ? nodes + (i - 1) * stride : &start_node;
      const size_t prev_size = i > 0 ? count[i - 1] : 1;
      Node* const next = nodes + i * stride;
      // O-pruning: every hypothesis has the same history, outside a mention,
      // and the scorer says the token is an outside word. The token would add
      // the same scores to every hypothesis; it is assumed to be O, so each
      // gets O, and a constant (0 instead of log p(O)) keeps their order.
      if (prev_size > 0 && OneOutsideHistory(prev, prev_size) && scorer.Prune(sent[i])) {
        for (size_t h = 0; h < prev_size; ++h) next[h] = Node{0, prev[h].label, static_cast<int>(h), prev[h].logp, 0.f};
        count[i] = static_cast<uint32_t>(prev_size);
        continue;
      }
      size_t n = 0;  // hypotheses in next
      // Hypotheses that end in the same two labels share their dynamic
      // features, hence their scores: each distinct pair is scored once, and
      // all pairs' keys are prefetched before any is scored.
      size_t num_pairs = 0;
      for (size_t h = 0; h < prev_size; ++h) {
        const Node& p = prev[h];
        size_t c = 0;
        while (c < num_pairs && (pairs[c].label != p.label || pairs[c].prev2 != p.prev2)) ++c;
        if (c == num_pairs) {
          PairScores& e = pairs[num_pairs++];
          e.label = p.label;
          e.prev2 = p.prev2;
          // One hypothesis: Dynamic follows at once, a prefetch cannot help.
          if (prev_size > 1) scorer.PrepareDynamic(sent[i], p.label, p.prev2);
        }
        pair_of[h] = static_cast<uint32_t>(c);
      }
      // With one history (most tokens) the static scores go straight to it.
      float* const base = num_pairs == 1 ? pairs[0].scores : static_scores;
      for (int l = 0; l < kNumLabels; ++l) base[l] = 0.f;
      scorer.Static(*ctx, sent, s, i, base);
      const bool last = i + 1 == len;
      for (size_t c = 0; c < num_pairs; ++c) {
        PairScores& e = pairs[c];
        if (e.scores != base) std::copy(base, base + kNumLabels, e.scores);
        scorer.Dynamic(sent[i], e.label, e.prev2, e.scores);
        RankExtensions(&e, beam, temperature, normalize, last, margin);
      }
      if (prev_size > 0) {
        // The first hypothesis's extensions arrive in descending order (same
        // logp + descending values) into an empty beam that they cannot fill
        // (num_top <= beam): append them, up to the first that is already
        // more than `margin` behind the first (most tokens have only one
        // hypothesis, so this is most of the work).
        const Node& p = prev[0];
        const PairScores& e = pairs[pair_of[0]];
        const double first = e.num_top > 0 ? p.logp + e.top[0].value : 0;
        for (int k = 0; k < e.num_top; ++k) {
          const BeamBuffers::Extension& x = e.top[k];
          const double total = p.logp + x.value;
          if (margin > 0 && k > 0 && total < first - margin) break;
          next[n++] = Node{x.label, p.label, 0, total, x.lp};
        }
      }
      for (size_t h = 1; h < prev_size; ++h) {
        const Node& p = prev[h];
        const PairScores& e = pairs[pair_of[h]];
        for (int k = 0; k < e.num_top; ++k) {  // values descending: stop at the first that cannot enter
          const BeamBuffers::Extension& x = e.top[k];
          const double total = p.logp + x.value;
          if (n >= beam && total <= next[n - 1].logp) break;
          // Already more than `margin` behind the best so far: the margin
          // cut below drops it (the best can only rise), and it cannot push
          // out a hypothesis that survives the cut (those all score higher);
          // the same holds for h's later extensions. Same beam, fewer inserts.
          if (margin > 0 && n > 0 && total < next[0].logp - margin) break;
          // Placed after any equal total; the last one falls off a full beam.
          size_t pos = n;
          while (pos > 0 && next[pos - 1].logp < total) --pos;
          for (size_t m = n; m > pos; --m) next[m] = next[m - 1];
          next[pos] = Node{x.label, p.label, static_cast<int>(h), total, x.lp};
          if (n < beam) ++n;
        }
      }
      // Hypotheses more than `margin` behind the best are dropped (see
      // TaggerOptions::beam_margin): most tokens then keep one history.
      if (margin > 0)
        while (n > 1 && next[n - 1].logp < next[0].logp - margin) --n;
      count[i] = static_cast<uint32_t>(n);
    }
    auto& out = (*labels)[s];
    auto& out_probs = (*probs)[s];
    out.assign(len, 0);
    out_probs.assign(len, 1.f);
    int back = len == 0 || count[len - 1] == 0 ? -1 : 0;
    for (size_t i = len; i-- > 0 && back >= 0;) {
      const Node& node = nodes[i * stride + static_cast<size_t>(back)];
      out[i] = node.label;
      if (o_probs || node.label != 0) out_probs[i] = static_cast<float>(std::exp(node.lp));
      back = node.back;
    }
    for (size_t i = 0; i < len; ++i) ctx->Record(sent[i], out[i]);
  }
}

template <typename ScoreFn, typename PrefetchFn = NoPrefetch>
void DecodeDocumentBeam(const std::vector<std::vector<TokenInfo>>& doc, FeatureContext* ctx, ScoreFn&& score,
                        size_t beam, float temperature, std::vector<std::vector<int>>* labels,
                        std::vector<std::vector<float>>* probs, bool normalize = true,
                        PrefetchFn&& prefetch = PrefetchFn{}) {
  KeyScorer<ScoreFn, PrefetchFn> scorer{score, prefetch};
  DecodeDocumentBeamWith(doc, ctx, scorer, beam, temperature, labels, probs, normalize);
}

}  // namespace parallax::ner

#endif  // PARALLAX_ANNOTATE_NER_DECODER_H_
