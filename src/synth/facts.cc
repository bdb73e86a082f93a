#include "synth/facts.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>

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

// Each informative sentence's informative neighbours above the threshold,
// stored end to end (one allocation per story, not one per sentence):
// sentence i's list is list[begin[i] .. begin[i + 1]).
struct NeighborLists {
  std::vector<uint32_t> begin;
  std::vector<Neighbor> list;
  std::span<const Neighbor> operator[](size_t i) const { return {list.data() + begin[i], list.data() + begin[i + 1]}; }
};

// Per vocabulary id, 1 when the term is a word of a person's name or title
// somewhere in the story (the tokens of PER mentions and of role mentions).
std::vector<uint8_t> NameTerms(const StoryCorpus& corpus) {
  std::vector<uint8_t> name(corpus.TermCount(), 0);
  auto mark = [&](uint32_t article, const Article& a, Span span) {
    auto it = std::lower_bound(a.tokens.begin(), a.tokens.end(), span.begin,
                               [](const Token& t, uint32_t b) { return t.span.begin < b; });
    for (; it != a.tokens.end() && it->span.end <= span.end; ++it) {
      const uint32_t term = corpus.TypeTerm(corpus.TokenType(article, static_cast<uint32_t>(it - a.tokens.begin())));
      if (term < name.size()) name[term] = 1;
    }
  };
  for (uint32_t ai = 0; ai < corpus.articles().size(); ++ai) {
    const Article& a = *corpus.articles()[ai];
    for (const EntityMention& e : a.entities) {
      if (e.type == "PER") mark(ai, a, e.span);
    }
    for (const RoleMention& r : a.roles) mark(ai, a, r.span);
  }
  return name;
}

// The cosine the two sentences' shared terms make without the name terms.
double Substance(const StoryCorpus& corpus, const std::vector<uint8_t>& name, const SentenceInfo& a,
                 const SentenceInfo& b) {
  if (a.norm <= 0 || b.norm <= 0) return 0;
  double dot = 0;
  for (size_t i = 0, j = 0; i < a.terms.size() && j < b.terms.size();) {
    if (a.terms[i] < b.terms[j]) {
      ++i;
    } else if (a.terms[i] > b.terms[j]) {
      ++j;
    } else {
      if (!name[a.terms[i]]) dot += corpus.Idf(a.terms[i]) * corpus.Idf(a.terms[i]);
      ++i, ++j;
    }
  }
  return dot / (a.norm * b.norm);
}

NeighborLists Neighbors(const StoryCorpus& corpus, const StoryCorpus::Pairs& pairs, const FactOptions& o) {
  const auto& ss = corpus.sentences();
  const std::vector<uint8_t> name = NameTerms(corpus);
  NeighborLists out;
  out.begin.reserve(ss.size() + 1);
  out.begin.push_back(0);
  for (uint32_t i = 0; i < ss.size(); ++i) {
    if (Informative(ss[i], o)) {
      for (const auto& [j, sim] : pairs[i]) {
        if (sim >= o.threshold && Informative(ss[j], o) && Substance(corpus, name, ss[i], ss[j]) >= o.min_substance) {
          out.list.push_back({j, sim});
        }
      }
    }
    out.begin.push_back(static_cast<uint32_t>(out.list.size()));
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

std::vector<FactCluster> AlignFacts(const StoryCorpus& corpus, const StoryCorpus::Pairs& pairs, const FactOptions& o,
                                    SentenceShapes* shapes) {
  const auto& ss = corpus.sentences();
  std::optional<SentenceShapes> own;
  if (shapes == nullptr) shapes = &own.emplace(corpus.articles());
  auto nb = Neighbors(corpus, pairs, o);
  std::vector<uint32_t> order(ss.size());
  std::vector<size_t> reach(ss.size());
  std::vector<double> mass(ss.size(), 0);
  // Distinct articles among a sentence's neighbours: each article is stamped
  // with the last sentence that counted it (no set per sentence).
  const size_t n_articles = corpus.articles().size();
  std::vector<uint32_t> counted_for(n_articles, UINT32_MAX);
  for (uint32_t i = 0; i < ss.size(); ++i) {
    order[i] = i;
    size_t arts = 0;
    for (const auto& n : nb[i]) {
      uint32_t& stamp = counted_for[ss[n.sentence].article];
      if (stamp != i) stamp = i, ++arts;
      mass[i] += n.sim;
    }
    reach[i] = arts;
  }
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return reach[a] != reach[b] ? reach[a] > reach[b] : mass[a] > mass[b];
  });
  std::vector<bool> taken(ss.size(), false);
  std::vector<FactCluster> out;
  // Per article, the best unassigned match of the current leader; the
  // articles that have one, put in article order before they join.
  std::vector<Neighbor> best(n_articles);
  std::vector<bool> has_best(n_articles, false);
  std::vector<uint32_t> best_articles;
  for (uint32_t leader : order) {
    if (taken[leader] || !Informative(ss[leader], o)) continue;
    // A question, a heading, an interviewer's turn or a columnist's "I" joins
    // a fact but does not found one: the leader stands for the group. Page
    // furniture ("... contributed to this report.") founds none either.
    // Nor does a sentence inside a speaker's multi-sentence quotation ("We
    // will rebuild."): cut from its speaker, it reads as the outlet's claim.
    const SentenceInfo& l = ss[leader];
    if (l.in_long_quote || !shapes->StatesAFact(l.article, l.sentence) || shapes->IsBoilerplate(l.article, l.sentence)) {
      continue;
    }
    FactCluster c{{leader}};
    taken[leader] = true;
    for (const auto& n : nb[leader]) {
      if (taken[n.sentence]) continue;
      const uint32_t art = ss[n.sentence].article;
      if (!has_best[art]) {
        has_best[art] = true;
        best[art] = n;
        best_articles.push_back(art);
      } else if (n.sim > best[art].sim) {
        best[art] = n;
      }
    }
    std::sort(best_articles.begin(), best_articles.end());
    for (uint32_t art : best_articles) {
      c.members.push_back(best[art].sentence);
      taken[best[art].sentence] = true;
      has_best[art] = false;
    }
    best_articles.clear();
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
  // Outlets as small ids (per article, once), so that a cluster's distinct
  // outlets are counted with stamps instead of a set of strings per cluster.
  std::vector<uint32_t> outlet_of(corpus.articles().size());
  std::vector<std::string_view> outlet_names;
  for (uint32_t a = 0; a < outlet_of.size(); ++a) {
    const std::string& name = corpus.Outlet(a);
    auto it = std::find(outlet_names.begin(), outlet_names.end(), name);
    outlet_of[a] = static_cast<uint32_t>(it - outlet_names.begin());
    if (it == outlet_names.end()) outlet_names.push_back(name);
  }
  std::vector<size_t> stamp(outlet_names.size(), SIZE_MAX);
  size_t stamps = 0;
  // The distinct outlets of a cluster, appended to `ids` (cleared first).
  auto outlets_of = [&](const FactCluster& c, std::vector<uint32_t>* ids) {
    ids->clear();
    const size_t now = stamps++;
    for (uint32_t m : c.members) {
      const uint32_t o = outlet_of[ss[m].article];
      if (stamp[o] != now) stamp[o] = now, ids->push_back(o);
    }
  };
  std::vector<uint32_t> ids;
  {
    // Outlet counts computed once per cluster, not per comparison.
    std::vector<std::pair<size_t, FactCluster>> keyed;
    keyed.reserve(clusters.size());
    for (auto& c : clusters) {
      outlets_of(c, &ids);
      keyed.emplace_back(ids.size(), std::move(c));
    }
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
  // Each outlet id's column of the matrix (n_outlets when the view lists no such outlet).
  std::vector<uint32_t> column(outlet_names.size());
  for (size_t o = 0; o < outlet_names.size(); ++o) {
    column[o] = static_cast<uint32_t>(std::find(cov.outlets.begin(), cov.outlets.end(), outlet_names[o]) -
                                      cov.outlets.begin());
  }
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
      const uint32_t col = column[outlet_of[ss[m].article]];
      if (col < n_outlets) ++row[col];
    }
    g.entities.assign(entities.begin(), entities.end());
    outlets_of(clusters[f], &ids);
    for (uint32_t o : ids) g.outlets.emplace_back(outlet_names[o]);
    std::sort(g.outlets.begin(), g.outlets.end());
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
