// parallax-train ner-clusters: word clusters and capitalisation statistics
// from unlabeled news text, used as NER features.
//
// Approach (a cheap stand-in for Brown clustering that runs in about a minute
// on 37k articles with one core):
//  1. Tokenise every article (title + text) roughly the way CoNLL-2003 and the
//     Parallax tokenizer do: whitespace split, leading/trailing punctuation
//     peeled off, "'s" and "n't" split, abbreviations such as "U.S." kept.
//  2. Count words (case kept, digits folded to 0, see ClusterKey). The V most
//     frequent words with at least min_count occurrences are clustered; the C
//     most frequent words serve as context features, once as left and once as
//     right neighbour (2C dimensions).
//  3. Build the V x 2C co-occurrence matrix (x window: with --window 2 the
//     words two to the left and right are a second pair of blocks, which
//     leans the clusters from syntax toward topic -- a second clustering for
//     a second set of features), turn it into positive PMI with
//     context-distribution smoothing (alpha 0.75), project it to D dimensions
//     with a fixed Gaussian random matrix (--svd: its D leading singular
//     directions, tools/ner_svd.h) and L2-normalise the rows.
//  4. Spherical k-means (K fine clusters), then k-means on the fine centroids
//     for three coarser levels, giving a 4-level hierarchy like Brown prefixes.
//  5. Alongside, for every lowercased word, count how often it appears
//     capitalised vs lowercase away from sentence starts: the "caps ratio"
//     tells the tagger whether an ALL-CAPS headline word or a sentence-initial
//     word is normally a name.
// Output: a TSV file (see docs/formats/ner-model.md, "clusters input").
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "annotate/ner/normalize.h"
#include "annotate/ner/rough_tokenizer.h"
#include "tools/gz_lines.h"
#include "tools/ner_exchange.h"
#include "tools/ner_svd.h"
#include "tools/ner_tools.h"

namespace parallax::tools {

namespace {

struct Corpus {
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<std::string> words;
  std::vector<uint64_t> counts;
  std::vector<uint32_t> seq;  // token ids; kBoundary between sentences-ish units
  std::unordered_map<std::string, std::pair<uint32_t, uint32_t>> caps;  // lower -> (cap, low)
};
constexpr uint32_t kBoundary = UINT32_MAX;

uint32_t Intern(Corpus* c, std::string key) {
  auto [it, inserted] = c->ids.try_emplace(std::move(key), static_cast<uint32_t>(c->words.size()));
  if (inserted) { c->words.push_back(it->first); c->counts.push_back(0); }
  c->counts[it->second]++;
  return it->second;
}

void AddText(std::string_view text, Corpus* c, std::vector<std::string_view>* toks) {
  toks->clear();
  ner::TokenizeRough(text, toks);
  bool initial = true;
  for (std::string_view t : *toks) {
    std::string norm = ner::NormalizeToken(t);
    if (!initial && !norm.empty()) {
      ner::Caps caps = ner::CapsOf(norm);
      if (caps == ner::Caps::kInitial || caps == ner::Caps::kNone) {
        auto& e = c->caps[ner::Lower(norm)];
        (caps == ner::Caps::kInitial ? e.first : e.second)++;
      }
    }
    c->seq.push_back(Intern(c, ner::ClusterKey(t)));
    initial = norm == "." || norm == "?" || norm == "!" || norm == "\"" || norm == ":";
  }
  c->seq.push_back(kBoundary);
}

Status ReadCorpus(const std::string& path, size_t max_docs, Corpus* c) {
  std::vector<std::string_view> toks;
  size_t docs = 0;
  PARALLAX_RETURN_IF_ERROR(ForEachGzLine(path, [&](const std::string& line) {
    if (docs >= max_docs) return false;
    auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object()) return true;
    for (const char* field : {"title", "text"}) {
      auto it = j.find(field);
      if (it == j.end() || !it->is_string()) continue;
      std::string s = it->get<std::string>();
      size_t start = 0;
      while (start < s.size()) {  // paragraphs
        size_t end = s.find('\n', start);
        if (end == std::string::npos) end = s.size();
        if (end > start) AddText(std::string_view(s).substr(start, end - start), c, &toks);
        start = end + 1;
      }
    }
    ++docs;
    return true;
  }));
  fmt::print(stderr, "read {} docs, {} tokens, {} types\n", docs, c->seq.size(), c->words.size());
  return Status::OK();
}

std::vector<uint32_t> TopIds(const Corpus& c, size_t n, uint64_t min_count) {
  std::vector<uint32_t> ids;
  for (uint32_t i = 0; i < c.words.size(); ++i)
    if (c.counts[i] >= min_count) ids.push_back(i);
  std::sort(ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) {
    return c.counts[a] != c.counts[b] ? c.counts[a] > c.counts[b] : c.words[a] < c.words[b];
  });
  if (ids.size() > n) ids.resize(n);
  return ids;
}

// Rows: V target words; columns: 2C per window position: position p
// (1..window) to the left and to the right of the word, each its own block of
// C context words (window 1: left and right neighbour only).
std::vector<float> Cooccurrence(const Corpus& c, const std::vector<uint32_t>& targets,
                                const std::vector<uint32_t>& contexts, size_t window) {
  std::vector<int32_t> row(c.words.size(), -1), col(c.words.size(), -1);
  for (size_t i = 0; i < targets.size(); ++i) row[targets[i]] = static_cast<int32_t>(i);
  for (size_t i = 0; i < contexts.size(); ++i) col[contexts[i]] = static_cast<int32_t>(i);
  const size_t nc = contexts.size(), cdim = 2 * window * nc;
  std::vector<float> m(targets.size() * cdim, 0.f);
  for (size_t i = 0; i < c.seq.size(); ++i) {
    uint32_t w = c.seq[i];
    if (w == kBoundary || row[w] < 0) continue;
    float* r = &m[static_cast<size_t>(row[w]) * cdim];
    for (size_t p = 1; p <= window && p <= i; ++p) {  // left, stopping at a boundary
      uint32_t v = c.seq[i - p];
      if (v == kBoundary) break;
      if (col[v] >= 0) r[(p - 1) * 2 * nc + col[v]] += 1.f;
    }
    for (size_t p = 1; p <= window && i + p < c.seq.size(); ++p) {  // right
      uint32_t v = c.seq[i + p];
      if (v == kBoundary) break;
      if (col[v] >= 0) r[(p - 1) * 2 * nc + nc + col[v]] += 1.f;
    }
  }
  return m;
}

void Ppmi(std::vector<float>* m, size_t rows, size_t cols) {
  std::vector<double> rs(rows, 0), cs(cols, 0);
  double total = 0;
  for (size_t r = 0; r < rows; ++r)
    for (size_t k = 0; k < cols; ++k) { rs[r] += (*m)[r * cols + k]; cs[k] += (*m)[r * cols + k]; }
  double cs_total = 0;
  for (double& v : cs) { v = std::pow(v, 0.75); cs_total += v; }
  for (double v : rs) total += v;
  for (size_t r = 0; r < rows; ++r) {
    for (size_t k = 0; k < cols; ++k) {
      float& x = (*m)[r * cols + k];
      if (x <= 0 || rs[r] <= 0 || cs[k] <= 0) { x = 0; continue; }
      double pmi = std::log((x / rs[r]) / (cs[k] / cs_total));
      x = pmi > 0 ? static_cast<float>(pmi) : 0.f;
    }
  }
  (void)total;
}

std::vector<float> Project(const std::vector<float>& m, size_t rows, size_t cols, size_t dim, uint32_t seed) {
  std::mt19937 rng(12345 + seed);
  std::normal_distribution<float> g(0.f, 1.f);
  std::vector<float> p(cols * dim);
  for (float& v : p) v = g(rng);
  std::vector<float> out(rows * dim, 0.f);
  for (size_t r = 0; r < rows; ++r) {
    float* o = &out[r * dim];
    for (size_t k = 0; k < cols; ++k) {
      float x = m[r * cols + k];
      if (x == 0.f) continue;
      const float* pk = &p[k * dim];
      for (size_t d = 0; d < dim; ++d) o[d] += x * pk[d];
    }
    double norm = 0;
    for (size_t d = 0; d < dim; ++d) norm += o[d] * o[d];
    norm = std::sqrt(norm);
    if (norm > 0)
      for (size_t d = 0; d < dim; ++d) o[d] = static_cast<float>(o[d] / norm);
  }
  return out;
}

// The rows' coordinates on the matrix's `dim` leading left singular vectors,
// scaled by sigma^0.5 (Levy, Goldberg & Dagan 2015), then L2-normalised: the
// same role as Project's output, with the largest directions of variation
// instead of random ones.
std::vector<float> SvdRows(const std::vector<float>& m, size_t rows, size_t cols, size_t dim, uint32_t seed) {
  std::vector<float> x = TruncatedSvd(m, rows, cols, dim, /*power_iters=*/2, /*scale_power=*/0.5, seed);
  for (size_t r = 0; r < rows; ++r) {
    float* row = &x[r * dim];
    double norm = 0;
    for (size_t d = 0; d < dim; ++d) norm += double{row[d]} * row[d];
    norm = std::sqrt(norm);
    if (norm > 0)
      for (size_t d = 0; d < dim; ++d) row[d] = static_cast<float>(row[d] / norm);
  }
  return x;
}

// Spherical k-means on rows x dim unit vectors with weights; returns assignment.
std::vector<uint32_t> KMeans(const std::vector<float>& x, const std::vector<float>& weight, size_t rows,
                             size_t dim, size_t k, int iters, uint32_t seed, std::vector<float>* centroids_out) {
  std::mt19937 rng(777 + seed);
  std::vector<float> cent(k * dim);
  std::vector<size_t> order(rows);
  for (size_t i = 0; i < rows; ++i) order[i] = i;
  std::shuffle(order.begin(), order.end(), rng);
  for (size_t c = 0; c < k; ++c) std::copy_n(&x[order[c % rows] * dim], dim, &cent[c * dim]);
  std::vector<uint32_t> assign(rows, 0);
  for (int it = 0; it < iters; ++it) {
    size_t changed = 0;
    for (size_t r = 0; r < rows; ++r) {
      const float* xr = &x[r * dim];
      float best = -2.f;
      uint32_t arg = 0;
      for (size_t c = 0; c < k; ++c) {
        const float* cc = &cent[c * dim];
        float s = 0;
        for (size_t d = 0; d < dim; ++d) s += xr[d] * cc[d];
        if (s > best) { best = s; arg = static_cast<uint32_t>(c); }
      }
      if (assign[r] != arg || it == 0) { ++changed; assign[r] = arg; }
    }
    std::fill(cent.begin(), cent.end(), 0.f);
    for (size_t r = 0; r < rows; ++r)
      for (size_t d = 0; d < dim; ++d) cent[assign[r] * dim + d] += weight[r] * x[r * dim + d];
    for (size_t c = 0; c < k; ++c) {
      double norm = 0;
      for (size_t d = 0; d < dim; ++d) norm += cent[c * dim + d] * cent[c * dim + d];
      norm = std::sqrt(norm);
      if (norm == 0) {  // empty cluster: reseed from a random row
        std::copy_n(&x[order[rng() % rows] * dim], dim, &cent[c * dim]);
        continue;
      }
      for (size_t d = 0; d < dim; ++d) cent[c * dim + d] = static_cast<float>(cent[c * dim + d] / norm);
    }
    fmt::print(stderr, "  k-means k={} iter {} changed {}\n", k, it, changed);
    if (it > 0 && changed < rows / 1000) break;
  }
  if (centroids_out) *centroids_out = std::move(cent);
  return assign;
}

// Word bigram counts between the targets (consecutive tokens, both clustered,
// not across a boundary), as items = target ranks.
std::vector<ItemBigram> TargetBigrams(const Corpus& c, const std::vector<uint32_t>& targets) {
  std::vector<int32_t> row(c.words.size(), -1);
  for (size_t i = 0; i < targets.size(); ++i) row[targets[i]] = static_cast<int32_t>(i);
  std::vector<uint64_t> pairs;
  for (size_t i = 1; i < c.seq.size(); ++i) {
    uint32_t a = c.seq[i - 1], b = c.seq[i];
    if (a == kBoundary || b == kBoundary || row[a] < 0 || row[b] < 0) continue;
    pairs.push_back(static_cast<uint64_t>(row[a]) << 32 | static_cast<uint32_t>(row[b]));
  }
  std::sort(pairs.begin(), pairs.end());
  std::vector<ItemBigram> out;
  for (size_t i = 0, j = 0; i < pairs.size(); i = j) {
    for (j = i + 1; j < pairs.size() && pairs[j] == pairs[i];) ++j;
    out.push_back({static_cast<uint32_t>(pairs[i] >> 32), static_cast<uint32_t>(pairs[i]), j - i});
  }
  return out;
}

// The four levels of an existing clusters TSV for the targets: level l of
// target r, or r % size of the level when the word is not in the file.
Status ReadInitLevels(const std::string& path, const Corpus& c, const std::vector<uint32_t>& targets,
                      const std::vector<size_t>& sizes, std::vector<std::vector<uint32_t>>* levels) {
  std::FILE* in = std::fopen(path.c_str(), "r");
  if (!in) return Status::IOError("cannot read " + path);
  std::unordered_map<std::string, std::vector<uint32_t>> init;
  char buf[4096];
  while (std::fgets(buf, sizeof(buf), in)) {
    std::string_view line(buf);
    if (line.size() < 2 || line[0] != 'C' || line[1] != '\t') continue;
    std::vector<std::string_view> f;
    for (size_t p = 2;;) {
      size_t q = line.find_first_of("\t\n", p);
      f.push_back(line.substr(p, q == std::string_view::npos ? std::string_view::npos : q - p));
      if (q == std::string_view::npos || line[q] == '\n') break;
      p = q + 1;
    }
    if (f.size() < 1 + sizes.size()) continue;
    std::vector<uint32_t> ids;
    for (size_t l = 0; l < sizes.size(); ++l) ids.push_back(static_cast<uint32_t>(std::strtoul(std::string(f[1 + l]).c_str(), nullptr, 10) % sizes[l]));
    init.emplace(std::string(f[0]), std::move(ids));
  }
  std::fclose(in);
  levels->assign(sizes.size(), std::vector<uint32_t>(targets.size()));
  size_t found = 0;
  for (size_t r = 0; r < targets.size(); ++r) {
    auto it = init.find(c.words[targets[r]]);
    if (it != init.end()) ++found;
    for (size_t l = 0; l < sizes.size(); ++l)
      (*levels)[l][r] = it != init.end() ? it->second[l] : static_cast<uint32_t>(r % sizes[l]);
  }
  fmt::print(stderr, "init: {} of {} words found in {}\n", found, targets.size(), path);
  return Status::OK();
}

// Refines the levels with the exchange algorithm: the fine level on word
// bigrams, each coarse level on the bigrams of the (refined) fine classes,
// starting from the majority coarse class of each fine class's words.
void ExchangeLevels(const Corpus& c, const std::vector<uint32_t>& targets, const std::vector<size_t>& sizes,
                    int iters, std::vector<std::vector<uint32_t>>* levels) {
  std::vector<ItemBigram> words = TargetBigrams(c, targets);
  std::vector<uint32_t>& fine = (*levels)[0];
  ExchangeCluster(words, sizes[0], iters, &fine);
  std::vector<uint64_t> cb(sizes[0] * sizes[0], 0);
  for (const auto& b : words) cb[fine[b.left] * sizes[0] + fine[b.right]] += b.count;
  std::vector<ItemBigram> classes;
  for (uint32_t g = 0; g < sizes[0]; ++g)
    for (uint32_t h = 0; h < sizes[0]; ++h)
      if (cb[g * sizes[0] + h]) classes.push_back({g, h, cb[g * sizes[0] + h]});
  for (size_t l = 1; l < levels->size(); ++l) {
    std::vector<std::unordered_map<uint32_t, uint32_t>> votes(sizes[0]);
    for (size_t r = 0; r < targets.size(); ++r) votes[fine[r]][(*levels)[l][r]]++;
    std::vector<uint32_t> map(sizes[0]);
    for (uint32_t g = 0; g < sizes[0]; ++g) {
      uint32_t best = g % static_cast<uint32_t>(sizes[l]), n = 0;
      for (auto [k, v] : votes[g])
        if (v > n || (v == n && k < best)) { best = k; n = v; }
      map[g] = best;
    }
    ExchangeCluster(classes, sizes[l], iters, &map);
    for (size_t r = 0; r < targets.size(); ++r) (*levels)[l][r] = map[fine[r]];
  }
}

}  // namespace

Status BuildClusters(const ClusterOptions& opt) {
  Corpus c;
  PARALLAX_RETURN_IF_ERROR(ReadCorpus(opt.input, opt.max_docs, &c));
  std::vector<uint32_t> targets = TopIds(c, opt.vocab, opt.min_count);
  std::vector<size_t> sizes = {opt.clusters};
  for (size_t coarse : {opt.clusters / 5, opt.clusters / 20, opt.clusters / 100})
    if (coarse >= 2) sizes.push_back(coarse);
  std::vector<std::vector<uint32_t>> levels;
  if (!opt.init.empty()) {
    PARALLAX_RETURN_IF_ERROR(ReadInitLevels(opt.init, c, targets, sizes, &levels));
  } else {
    std::vector<uint32_t> contexts = TopIds(c, opt.contexts, 1);
    const size_t window = std::max<size_t>(1, opt.window);
    size_t cols = 2 * window * contexts.size();
    fmt::print(stderr, "clustering {} words with {} context dims\n", targets.size(), cols);
    std::vector<float> m = Cooccurrence(c, targets, contexts, window);
    Ppmi(&m, targets.size(), cols);
    std::vector<float> x = opt.svd ? SvdRows(m, targets.size(), cols, opt.dim, opt.seed)
                                   : Project(m, targets.size(), cols, opt.dim, opt.seed);
    m.clear();
    m.shrink_to_fit();
    std::vector<float> w(targets.size(), 1.f);
    std::vector<float> cent;
    std::vector<uint32_t> fine = KMeans(x, w, targets.size(), opt.dim, opt.clusters, opt.iters, opt.seed, &cent);
    // Coarser levels: cluster the centroids, weighted by their member counts.
    levels = {fine};
    for (size_t l = 1; l < sizes.size(); ++l) {
      std::vector<float> cw(opt.clusters, 0.f);
      for (uint32_t a : fine) cw[a] += 1.f;
      std::vector<uint32_t> ca = KMeans(cent, cw, opt.clusters, opt.dim, sizes[l], opt.iters, opt.seed, nullptr);
      std::vector<uint32_t> level(targets.size());
      for (size_t r = 0; r < targets.size(); ++r) level[r] = ca[fine[r]];
      levels.push_back(std::move(level));
    }
  }
  if (opt.exchange_iters > 0) ExchangeLevels(c, targets, sizes, opt.exchange_iters, &levels);
  const size_t window = std::max<size_t>(1, opt.window);
  FILE* out = std::fopen(opt.output.c_str(), "w");
  if (!out) return Status::IOError("cannot write " + opt.output);
  fmt::print(out, "# parallax-ner-clusters v1 source={} vocab={} clusters={} contexts={} dim={} window={} seed={}{}{}\n",
             opt.input, targets.size(), opt.clusters, opt.contexts, opt.dim, window, opt.seed, opt.svd ? " svd=1" : "",
             opt.exchange_iters > 0 ? fmt::format(" exchange_iters={}{}", opt.exchange_iters,
                                                  opt.init.empty() ? "" : " init=" + opt.init)
                                    : std::string());
  for (size_t r = 0; r < targets.size(); ++r) {
    fmt::print(out, "C\t{}", c.words[targets[r]]);
    for (const auto& level : levels) fmt::print(out, "\t{}", level[r]);
    fmt::print(out, "\t{}\n", c.counts[targets[r]]);
  }
  for (const auto& [word, e] : c.caps) {
    if (e.first + e.second >= opt.min_count) fmt::print(out, "K\t{}\t{}\t{}\n", word, e.first, e.second);
  }
  std::fclose(out);
  return Status::OK();
}

}  // namespace parallax::tools
