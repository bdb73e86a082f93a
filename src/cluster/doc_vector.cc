// A document's weighted vector (the first step of StoryClusterer::Add).
//
// Document frequencies are updated first and the document becomes a unit
// TF-IDF vector, w = (1 + ln tf) * idf with idf = ln((N + P) / (df + 1)); the
// prior P keeps the first documents of a stream from having all-zero
// weights. With a background IdfPrior (idf_prior.h, counted once over 37k
// news articles) N and df also get background_docs pseudo-documents
// distributed as in that corpus, so the first documents of a stream do not
// over-weight common news words ("china", "climate") and the result depends
// far less on input order. Weights are frozen when a document is added (no
// re-weighting of the past), which keeps the cost constant. Entities are
// normalized and hashed, mentioned dates parsed (ISO weeks as their
// Thursday). The strongest terms of a vector (for retrieval, member vectors
// and profiles) are chosen by a radix select on the float bits.
#include <cmath>
#include <cstring>
#include <functional>

#include "cluster/clusterer_internal.h"

namespace parallax::cluster::internal {
namespace {

// "YYYY-Www" (an ISO week, optionally with a suffix such as "-WE") -> the
// Thursday of that week, which lies within a day or three of any of its days.
std::optional<int32_t> ParseIsoWeek(std::string_view s) {
  if (s.size() < 8 || s[4] != '-' || s[5] != 'W' || (s.size() > 8 && s[8] != '-')) return std::nullopt;
  auto jan4 = ParseDay(std::string(s.substr(0, 4)) + "-01-04");
  if (!jan4 || s[6] < '0' || s[6] > '9' || s[7] < '0' || s[7] > '9') return std::nullopt;
  int week = (s[6] - '0') * 10 + (s[7] - '0');
  if (week < 1 || week > 53) return std::nullopt;
  int32_t weekday = ((*jan4 + 3) % 7 + 7) % 7;  // 1970-01-01 was a Thursday; Monday = 0
  return *jan4 - weekday + 7 * (week - 1) + 3;
}

std::string NormalizeEntity(std::string_view name) {
  std::string out;
  bool space = false;
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '_') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  return out;
}

}  // namespace

// The stream-independent part: term-frequency factors, background document
// frequencies, entities and dates. Called by StoryClusterer::Prepare, possibly
// on another thread than the stream.
void PrepareVector(const Document& doc, const ClusterOptions& o, PreparedDocument* p) {
  const std::vector<TermCount>& terms = p->features.terms;
  const IdfPrior* prior = o.idf_prior.get();
  p->tf_weight.resize(terms.size());
  p->background_df.resize(terms.size());
  if (prior != nullptr) {
    // The prior's table is large and the terms scattered: issue all the
    // loads first so that their cache misses overlap.
    for (const TermCount& t : terms) prior->Prefetch(t.term);
  }
  for (size_t i = 0; i < terms.size(); ++i) {
    p->tf_weight[i] = 1.0 + std::log(std::max(1.0f, terms[i].count));
    p->background_df[i] = prior != nullptr ? o.background_docs * prior->Fraction(terms[i].term) : 0.0;
  }
  p->entities.clear();
  for (const std::string& e : doc.entities) {
    std::string norm = NormalizeEntity(e);
    if (!norm.empty()) p->entities.push_back(HashTerm(norm));
  }
  std::sort(p->entities.begin(), p->entities.end());
  p->entities.erase(std::unique(p->entities.begin(), p->entities.end()), p->entities.end());
  p->mentioned.clear();
  for (const std::string& m : doc.mentioned_dates) {
    if (auto d = ParseDay(m)) p->mentioned.push_back(*d);
    else if (auto w = ParseIsoWeek(m)) p->mentioned.push_back(*w);
  }
  std::sort(p->mentioned.begin(), p->mentioned.end());
  p->mentioned.erase(std::unique(p->mentioned.begin(), p->mentioned.end()), p->mentioned.end());
  auto d = ParseDay(doc.date);
  p->day = d ? *d : kNoDay;
}

// Fills `out` (whose buffers are reused from the previous document).
void Vectorize(const PreparedDocument& p, StoryClusterer::State* s, const ClusterOptions& o,
               DocVector* out) {
  DocVector& v = *out;
  v.terms.clear();
  v.has_strongest = false;
  s->num_docs++;
  const double background = o.idf_prior != nullptr ? o.background_docs : 0.0;
  const double n = static_cast<double>(s->num_docs) + o.idf_prior_docs + background;
  const std::vector<TermCount>& terms = p.features.terms;
  v.terms.reserve(terms.size());
  for (const TermCount& t : terms) s->df.Prefetch(t.term);  // overlap the misses
  double norm2 = 0;
  for (size_t i = 0; i < terms.size(); ++i) {
    double df = ++s->df[terms[i].term];
    df += p.background_df[i];  // exactly 0 without a prior
    double idf = std::log(n / (df + 1.0));
    if (idf <= 0) continue;
    double w = p.tf_weight[i] * idf;
    v.terms.push_back({terms[i].term, static_cast<float>(w)});
    norm2 += w * w;
  }
  if (norm2 > 0) {
    float inv = static_cast<float>(1.0 / std::sqrt(norm2));
    for (WeightedTerm& t : v.terms) t.weight *= inv;
  }
  v.entities.assign(p.entities.begin(), p.entities.end());
  v.mentioned.assign(p.mentioned.begin(), p.mentioned.end());
  v.day = p.day;
}

}  // namespace parallax::cluster::internal

namespace parallax::cluster {

double StoryClusterer::Idf(uint64_t term) const {
  const IdfPrior* prior = options_.idf_prior.get();
  const double background = prior != nullptr ? options_.background_docs : 0.0;
  const double n = static_cast<double>(state_->num_docs) + options_.idf_prior_docs + background;
  const uint32_t* count = state_->df.Find(term);
  double df = count != nullptr ? *count : 0.0;
  if (prior != nullptr) df += background * prior->Fraction(term);
  return std::log(n / (df + 1.0));
}

}  // namespace parallax::cluster

namespace parallax::cluster::internal {

// The k-th largest weight (1 <= k <= n) of terms[0, n), all weights > 0.
// Radix select: a positive float's bit pattern orders like its value, so a
// histogram of the top 11 bits (exponent and two mantissa bits) finds the
// bucket holding the k-th largest in one pass, and only that bucket's few
// weights are selected exactly. Returns the same value as nth_element.
float KthLargestWeight(const WeightedTerm* terms, size_t n, size_t k) {
  constexpr int kShift = 20;
  thread_local std::vector<uint32_t> hist(1u << (32 - kShift));
  thread_local std::vector<float> bucket;
  auto bits = [](float w) {
    uint32_t u;
    std::memcpy(&u, &w, 4);
    return u;
  };
  uint32_t lo = ~0u, hi = 0;
  for (size_t i = 0; i < n; ++i) {
    const uint32_t b = bits(terms[i].weight) >> kShift;
    lo = std::min(lo, b);
    hi = std::max(hi, b);
    hist[b]++;
  }
  size_t above = 0;
  uint32_t b = hi;
  for (; above + hist[b] < k; --b) above += hist[b];
  const size_t rank = k - above;  // 1-based rank of the answer within bucket b
  std::fill(hist.begin() + lo, hist.begin() + hi + 1, 0u);
  bucket.clear();
  for (size_t i = 0; i < n; ++i) {
    if ((bits(terms[i].weight) >> kShift) == b) bucket.push_back(terms[i].weight);
  }
  std::nth_element(bucket.begin(), bucket.begin() + (rank - 1), bucket.end(), std::greater<float>());
  return bucket[rank - 1];
}

// Keeps the k strongest terms (ties: lower term first), still sorted by
// term: the k-th largest weight is found by radix
// select, then one pass keeps everything above it and the first ties in
// term order (the same set as nth_element with the (weight desc, term asc)
// order, without sorting the survivors back).
void KeepStrongest(std::vector<WeightedTerm>* v, size_t k) {
  if (v->size() <= k) return;
  if (k == 0) {
    v->clear();
    return;
  }
  const float kth = KthLargestWeight(v->data(), v->size(), k);
  size_t above = 0;
  for (const WeightedTerm& t : *v) above += t.weight > kth;
  size_t ties = k - above, out = 0;
  WeightedTerm* a = v->data();
  for (size_t i = 0; i < v->size(); ++i) {  // branch-free: which terms survive is data-dependent
    const WeightedTerm t = a[i];
    const bool tie = t.weight == kth;
    const bool keep = (t.weight > kth) | (tie & (ties > 0));
    ties -= tie & keep;
    a[out] = t;  // out <= i: in place
    out += keep;
  }
  v->resize(out);
}

// The member_terms strongest terms of the document, sorted by term.
const std::vector<WeightedTerm>& StrongestTerms(const DocVector& v, const ClusterOptions& o) {
  if (!v.has_strongest) {
    v.strongest.assign(v.terms.begin(), v.terms.end());
    KeepStrongest(&v.strongest, static_cast<size_t>(o.member_terms));
    v.has_strongest = true;
  }
  return v.strongest;
}

}  // namespace parallax::cluster::internal
