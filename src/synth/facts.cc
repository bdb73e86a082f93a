#include "synth/facts.h"

#include <algorithm>
#include <map>
#include <set>

#include "synth/boilerplate.h"
#include "synth/sentence_shape.h"

namespace parallax::synth {

namespace {

bool Informative(const SentenceInfo& s, const FactOptions& o) {
  return s.token_count >= o.min_tokens && s.terms.size() >= o.min_terms;
}

struct Neighbor {
  uint32_t sentence;
  double sim;
};

std::vector<std::vector<Neighbor>> Neighbors(const StoryCorpus& corpus, const StoryCorpus::Pairs& pairs,
                                             const FactOptions& o) {
  const auto& ss = corpus.sentences();
  std::vector<std::vector<Neighbor>> out(ss.size());
  for (uint32_t i = 0; i < ss.size(); ++i) {
    if (!Informative(ss[i], o)) continue;
    for (const auto& [j, sim] : pairs[i]) {
      if (sim >= o.threshold && Informative(ss[j], o)) out[i].push_back({j, sim});
    }
  }
  return out;
}

template <typename T>
void SortUnique(std::vector<T>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

}  // namespace

std::vector<FactCluster> AlignFacts(const StoryCorpus& corpus, const FactOptions& o) {
  return AlignFacts(corpus, corpus.SimilarPairs(o.threshold), o);
}

std::vector<FactCluster> AlignFacts(const StoryCorpus& corpus, const StoryCorpus::Pairs& pairs, const FactOptions& o) {
  const auto& ss = corpus.sentences();
  auto nb = Neighbors(corpus, pairs, o);
  std::vector<uint32_t> order(ss.size());
  std::vector<size_t> reach(ss.size());
  std::vector<double> mass(ss.size(), 0);
  for (uint32_t i = 0; i < ss.size(); ++i) {
    order[i] = i;
    std::set<uint32_t> arts;
    for (const auto& n : nb[i]) { arts.insert(ss[n.sentence].article); mass[i] += n.sim; }
    reach[i] = arts.size();
  }
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return reach[a] != reach[b] ? reach[a] > reach[b] : mass[a] > mass[b];
  });
  std::vector<bool> taken(ss.size(), false);
  std::vector<FactCluster> out;
  for (uint32_t leader : order) {
    if (taken[leader] || !Informative(ss[leader], o)) continue;
    // A question, a heading, an interviewer's turn or a columnist's "I" joins
    // a fact but does not found one: the leader stands for the group. Page
    // furniture ("... contributed to this report.") founds none either.
    const Article& a = *corpus.articles()[ss[leader].article];
    const std::string_view text = a.sentences[ss[leader].sentence].span.Of(a.body);
    if (!StatesAFact(text) || IsBoilerplateSentence(text)) continue;
    FactCluster c{{leader}};
    taken[leader] = true;
    std::map<uint32_t, Neighbor> best;  // article -> best unassigned match
    for (const auto& n : nb[leader]) {
      if (taken[n.sentence]) continue;
      auto [it, inserted] = best.emplace(ss[n.sentence].article, n);
      if (!inserted && n.sim > it->second.sim) it->second = n;
    }
    for (const auto& [art, n] : best) { c.members.push_back(n.sentence); taken[n.sentence] = true; }
    const SentenceInfo& s = ss[leader];
    if (c.members.size() > 1 || !s.entities.empty() || !s.dates.empty() || !s.numbers.empty()) {
      out.push_back(std::move(c));
    }
  }
  return out;
}

std::vector<std::string> FillFactsAndCoverage(const StoryCorpus& corpus, std::vector<FactCluster> clusters,
                                              StoryView* view) {
  const auto& ss = corpus.sentences();
  auto outlets_of = [&](const FactCluster& c) {
    std::set<std::string> o;
    for (uint32_t m : c.members) o.insert(corpus.Outlet(ss[m].article));
    return o;
  };
  {
    // Outlet counts computed once per cluster, not per comparison.
    std::vector<std::pair<size_t, FactCluster>> keyed;
    keyed.reserve(clusters.size());
    for (auto& c : clusters) keyed.emplace_back(outlets_of(c).size(), std::move(c));
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& x, const auto& y) {
      const FactCluster &a = x.second, &b = y.second;
      if (x.first != y.first) return x.first > y.first;
      if (a.members.size() != b.members.size()) return a.members.size() > b.members.size();
      return a.members[0] < b.members[0];
    });
    for (size_t i = 0; i < keyed.size(); ++i) clusters[i] = std::move(keyed[i].second);
  }
  std::vector<std::string> fact_of(ss.size());
  Coverage& cov = view->coverage;
  for (const auto& o : view->outlets) cov.outlets.push_back(o.name);
  const uint32_t n_outlets = static_cast<uint32_t>(cov.outlets.size());
  cov.widely_reported_min = std::max<uint32_t>(2, (n_outlets + 1) / 2);
  for (size_t f = 0; f < clusters.size(); ++f) {
    FactGroup g;
    g.id = "f";
    g.id += std::to_string(f + 1);  // (not "f" + ...: GCC 12 -Wrestrict false positive)
    const auto& members = clusters[f].members;
    g.representative = corpus.Cite(ss[members[0]]);
    std::vector<std::string_view> entities(ss[members[0]].entities.begin(), ss[members[0]].entities.end());
    std::vector<uint32_t> row(n_outlets, 0);
    for (uint32_t m : members) {
      fact_of[m] = g.id;
      g.statements.push_back(corpus.Cite(ss[m]));
      g.dates.insert(g.dates.end(), ss[m].dates.begin(), ss[m].dates.end());
      g.numbers.insert(g.numbers.end(), ss[m].numbers.begin(), ss[m].numbers.end());
      std::vector<std::string_view> keep;
      for (std::string_view e : entities) {
        if (members.size() == 1 || m == members[0] ||
            std::binary_search(ss[m].entities.begin(), ss[m].entities.end(), e)) keep.push_back(e);
      }
      entities = std::move(keep);
      auto col = std::find(cov.outlets.begin(), cov.outlets.end(), corpus.Outlet(ss[m].article));
      if (col != cov.outlets.end()) ++row[col - cov.outlets.begin()];
    }
    g.entities.assign(entities.begin(), entities.end());
    auto os = outlets_of(clusters[f]);
    g.outlets.assign(os.begin(), os.end());
    SortUnique(&g.dates);
    SortUnique(&g.numbers);
    cov.facts.push_back(g.id);
    cov.matrix.push_back(std::move(row));
    view->facts.push_back(std::move(g));
  }
  for (uint32_t o = 0; o < n_outlets; ++o) {
    OutletCoverage oc;
    oc.outlet = cov.outlets[o];
    for (size_t f = 0; f < cov.facts.size(); ++f) {
      size_t reporting = view->facts[f].outlets.size();
      if (cov.matrix[f][o] > 0) ++view->outlets[o].facts;
      if (cov.matrix[f][o] > 0 && reporting == 1 && n_outlets > 1) oc.exclusive.push_back(cov.facts[f]);
      if (cov.matrix[f][o] == 0 && reporting >= cov.widely_reported_min) oc.omitted.push_back(cov.facts[f]);
    }
    cov.per_outlet.push_back(std::move(oc));
  }
  return fact_of;
}

}  // namespace parallax::synth
