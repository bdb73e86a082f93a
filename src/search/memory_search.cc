// MemoryIndex::Search: ranking (see memory_index.cc for the approach), the
// two tiers and the page's hits. The ranking holds the index's read lock;
// reading the page's texts and cutting snippets happen after releasing it.
#include <algorithm>
#include <cmath>

#include "search/memory_index.h"
#include "search/snippet.h"

namespace parallax::search {

namespace {

constexpr double kK1 = 1.2;  // as in memory_index.cc

// Per-thread scratch sized to the index: score and distinct-term count by
// article number (one 8-byte slot: one cache miss per posting), and the
// articles touched (to reset them).
struct Acc {
  float score;
  uint32_t hits;
};
struct Scratch {
  std::vector<Acc> acc;
  std::vector<uint32_t> touched;
};

// Which terms a body holds, from each term's weight in the article (5 x
// title count + body count, capped) and its title count; a capped weight
// counts as present.
uint64_t BodyTerms(const std::vector<uint16_t>& weights, const std::vector<uint32_t>& title_counts) {
  uint64_t mask = 0;
  for (size_t i = 0; i < weights.size() && i < 64; ++i) {
    if (weights[i] == UINT16_MAX || weights[i] > 5 * title_counts[i]) mask |= 1ull << i;
  }
  return weights.size() > 64 ? ~uint64_t{0} : mask;
}

// One term's bm25 share of an article's score: every ranking path adds the
// same float expression in the same term order, so their scores are equal
// to the last bit.
inline float Share(float factor, float weight, float norm) { return factor * weight / (weight + norm); }

// The first position at or after `from` whose doc is >= `doc` (exponential
// then binary search: the cursor of a list probed in ascending doc order).
size_t Gallop(const std::vector<uint32_t>& list, size_t from, uint32_t doc) {
  size_t step = 1, hi = from;
  while (hi < list.size() && list[hi] < doc) {
    from = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = std::min(hi, list.size());
  return static_cast<size_t>(std::lower_bound(list.begin() + static_cast<std::ptrdiff_t>(from),
                                              list.begin() + static_cast<std::ptrdiff_t>(hi), doc) - list.begin());
}

}  // namespace

uint32_t MemoryIndex::DocOfSeq(int64_t seq) const {
  return static_cast<uint32_t>(std::lower_bound(seqs_.begin(), seqs_.end(), seq) - seqs_.begin());
}

std::vector<uint16_t> MemoryIndex::TermWeights(uint32_t doc, const std::vector<std::string>& terms) const {
  std::vector<uint16_t> out(terms.size(), 0);
  for (size_t i = 0; i < terms.size(); ++i) {
    auto it = term_ids_.find(terms[i]);
    if (it == term_ids_.end()) continue;
    const Postings& p = postings_[it->second];
    auto at = std::lower_bound(p.docs.begin(), p.docs.end(), doc);
    if (at != p.docs.end() && *at == doc) out[i] = p.weights[static_cast<size_t>(at - p.docs.begin())];
  }
  return out;
}

struct MemoryIndex::Scored {
  float score;
  uint32_t doc;
  // "Better": higher score, then older (ingest order), as FTS5's ORDER BY rank, rowid.
  bool operator<(const Scored& o) const { return score != o.score ? score > o.score : doc < o.doc; }
};

// The best k of one tier (a heap with the worst on top) and its size.
struct MemoryIndex::Tier {
  size_t k = 0;
  size_t count = 0;
  std::vector<Scored> top;
  void Offer(Scored c) {
    ++count;
    if (top.size() < k) {
      top.push_back(c);
      std::push_heap(top.begin(), top.end());
    } else if (k > 0 && c < top.front()) {
      std::pop_heap(top.begin(), top.end());
      top.back() = c;
      std::push_heap(top.begin(), top.end());
    }
  }
  void Finish() { std::sort_heap(top.begin(), top.end()); }  // best first
};

bool MemoryIndex::Passes(uint32_t doc, const SearchQuery& q, const Filter& f) const {
  if (!q.outlet.empty() && outlets_[doc] != f.outlet) return false;
  const std::string& published = published_[doc];
  if (!q.since.empty() && published < q.since) return false;
  if (!q.until.empty() && (published.empty() || published > q.until + "~")) return false;
  if (!q.article_ids.empty() && !std::binary_search(f.allowed.begin(), f.allowed.end(), doc)) return false;
  return true;
}

MemoryIndex::Filter MemoryIndex::MakeFilter(const SearchQuery& q) const {
  Filter f;
  f.on = !q.outlet.empty() || !q.since.empty() || !q.until.empty() || !q.article_ids.empty();
  if (auto it = outlet_ids_.find(q.outlet); it != outlet_ids_.end()) f.outlet = it->second;
  for (const auto& id : q.article_ids) {
    if (auto it = doc_of_id_.find(id); it != doc_of_id_.end()) f.allowed.push_back(it->second);
  }
  std::sort(f.allowed.begin(), f.allowed.end());
  return f;
}

std::vector<MemoryIndex::QueryTerm> MemoryIndex::Weigh(const std::vector<std::pair<uint32_t, int>>& terms) const {
  std::vector<QueryTerm> out;
  const auto n = static_cast<double>(seqs_.size());
  for (auto [t, multiplicity] : terms) {
    const Postings& p = postings_[t];
    double df = static_cast<double>(p.docs.size());
    double idf = std::log((n - df + 0.5) / (df + 0.5));
    if (idf <= 0.0) idf = 1e-6;
    out.push_back({&p, static_cast<float>(idf * multiplicity * (kK1 + 1.0))});
  }
  return out;
}

void MemoryIndex::Rank(const std::vector<QueryTerm>& terms, size_t need, const SearchQuery& q, const Filter& f,
                       size_t k, Tier* all, Tier* some) const {
  thread_local Scratch s;
  const size_t n = seqs_.size();
  if (s.acc.size() < n) s.acc.resize(n, Acc{0.0f, 0});
  Acc* acc = s.acc.data();
  const float* norms = norms_.data();
  for (const QueryTerm& term : terms) {
    const uint32_t* docs = term.p->docs.data();
    const uint16_t* weights = term.p->weights.data();
    for (size_t i = 0, m = term.p->docs.size(); i < m; ++i) {
      uint32_t d = docs[i];
      if (acc[d].hits++ == 0) s.touched.push_back(d);
      acc[d].score += Share(term.factor, weights[i], norms[d]);
    }
  }
  all->k = some->k = k;
  for (uint32_t d : s.touched) {
    if (!f.on || Passes(d, q, f)) (acc[d].hits == need ? all : some)->Offer({acc[d].score, d});
    acc[d] = Acc{0.0f, 0};
  }
  s.touched.clear();
  all->Finish();
  some->Finish();
}

void MemoryIndex::RankAllWords(const std::vector<QueryTerm>& terms, const SearchQuery& q, const Filter& f, size_t k,
                               Tier* all) const {
  thread_local std::vector<std::vector<uint16_t>> dense;  // per probed term: weight by article (0: absent)
  all->k = k;
  std::vector<size_t> order(terms.size());  // the shortest list drives; shorter ones are probed first
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return terms[a].p->docs.size() != terms[b].p->docs.size() ? terms[a].p->docs.size() < terms[b].p->docs.size() : a < b;
  });
  const std::vector<uint32_t>& docs = terms[order[0]].p->docs;
  // A list at most kDenseRatio times the driving one is spread into a dense
  // array (one pass, no division); a much longer one is searched by galloping.
  constexpr size_t kDenseRatio = 32;
  std::vector<const uint16_t*> weight_of(terms.size(), nullptr);
  if (dense.size() < terms.size()) dense.resize(terms.size());
  for (size_t o = 1; o < order.size(); ++o) {
    const Postings& p = *terms[order[o]].p;
    if (p.docs.size() > kDenseRatio * docs.size()) continue;
    std::vector<uint16_t>& w = dense[o];
    if (w.size() < seqs_.size()) w.resize(seqs_.size(), 0);
    for (size_t i = 0; i < p.docs.size(); ++i) w[p.docs[i]] = p.weights[i];
    weight_of[order[o]] = w.data();
  }
  std::vector<size_t> at(terms.size(), 0);
  std::vector<uint16_t> w(terms.size(), 0);
  const float* norms = norms_.data();
  for (size_t i = 0; i < docs.size(); ++i) {
    const uint32_t d = docs[i];
    w[order[0]] = terms[order[0]].p->weights[i];
    bool every = true;
    for (size_t o = 1; o < order.size() && every; ++o) {
      const size_t t = order[o];
      if (weight_of[t]) {
        w[t] = weight_of[t][d];
        every = w[t] != 0;
        continue;
      }
      const std::vector<uint32_t>& list = terms[t].p->docs;
      at[t] = Gallop(list, at[t], d);
      every = at[t] < list.size() && list[at[t]] == d;
      if (every) w[t] = terms[t].p->weights[at[t]];
    }
    if (!every || (f.on && !Passes(d, q, f))) continue;
    float score = 0.0f;  // the terms in query order, as Rank adds them (same float sums)
    for (size_t t = 0; t < terms.size(); ++t) score += Share(terms[t].factor, w[t], norms[d]);
    all->Offer({score, d});
  }
  for (size_t o = 1; o < order.size(); ++o) {  // clear: a long list by one memset, a short one by its own articles
    if (!weight_of[order[o]]) continue;
    const std::vector<uint32_t>& list = terms[order[o]].p->docs;
    if (list.size() > seqs_.size() / 16) std::fill(dense[o].begin(), dense[o].end(), uint16_t{0});
    else for (uint32_t d : list) dense[o][d] = 0;
  }
  all->Finish();
}

Result<SearchResults> MemoryIndex::Search(const SearchQuery& query, Store* store) const {
  return Search(query, MemoryQueryTerms(query), store);
}

Result<SearchResults> MemoryIndex::Search(const SearchQuery& query, const std::vector<std::string>& words,
                                          Store* store) const {
  if (words.empty()) return Status::InvalidArgument("query needs the FTS5 engine: " + query.text);
  std::vector<std::string> distinct = words;
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  SearchResults out;
  std::vector<std::pair<int64_t, double>> page;  // (seq, score)
  std::vector<std::vector<uint16_t>> weights;     // per page hit, per distinct term (0: absent)
  {
    std::shared_lock<std::shared_mutex> lock(mu_);
    std::vector<std::pair<uint32_t, int>> terms;
    bool all_known = true;
    for (const auto& w : distinct) {
      auto it = term_ids_.find(w);
      if (it == term_ids_.end()) {
        all_known = false;
        continue;
      }
      terms.emplace_back(it->second, static_cast<int>(std::count(words.begin(), words.end(), w)));
    }
    const size_t end = query.offset + query.limit;
    const Filter filter = MakeFilter(query);
    const std::vector<QueryTerm> weighed = Weigh(terms);
    Tier all, some;
    // The first tier alone (an intersection, no accumulators) unless the
    // page reaches past it; then one pass over every posting ranks both. A
    // word no article has: no article has them all, every match is in the
    // second tier.
    if (all_known && !weighed.empty()) RankAllWords(weighed, query, filter, end, &all);
    if (!all_known || (distinct.size() >= 2 && end >= all.count)) {
      all = Tier();
      Rank(weighed, all_known ? weighed.size() : SIZE_MAX, query, filter, end, &all, &some);
    }
    for (size_t i = query.offset; i < std::min(end, all.top.size()); ++i) {
      page.emplace_back(seqs_[all.top[i].doc], all.top[i].score);
    }
    out.all_words = out.total = all.count;
    if (distinct.size() >= 2 && end >= all.count) {
      size_t offset = query.offset > all.count ? query.offset - all.count : 0;
      size_t limit = query.limit - page.size();
      for (size_t i = offset; i < std::min(offset + limit, some.top.size()); ++i) {
        page.emplace_back(seqs_[some.top[i].doc], some.top[i].score);
      }
      out.total += some.count;
      out.relaxed = some.count > 0;
    }
    for (const auto& [seq, score] : page) weights.push_back(TermWeights(DocOfSeq(seq), distinct));
  }
  std::vector<int64_t> seqs;
  for (const auto& p : page) seqs.push_back(p.first);
  auto texts = store->ArticleTextsBySeq(seqs);
  if (!texts.ok()) return texts.status();
  size_t t = 0;
  std::vector<uint32_t> title_counts;
  for (size_t i = 0; i < page.size(); ++i) {
    const auto& [seq, score] = page[i];
    if (t >= texts->size() || (*texts)[t].seq != seq) continue;
    ArticleText& a = (*texts)[t++];
    SearchHit h;
    h.id = std::move(a.id);
    h.outlet = std::move(a.outlet);
    h.title_marked = HighlightTitle(a.title, distinct, &title_counts);
    h.title = std::move(a.title);
    h.published = std::move(a.published);
    h.snippet = CutSnippet(a.body, distinct, 28, BodyTerms(weights[i], title_counts));
    h.score = score;
    out.hits.push_back(std::move(h));
  }
  return out;
}

}  // namespace parallax::search
