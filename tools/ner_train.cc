// parallax-train ner: trains the averaged-perceptron BILOU tagger.
//
// Pipeline:
//  1. Read CoNLL-2003 train and valid files (gold = last column, IOB tags
//     converted to BILOU). Every training document gets a fold (index % 10).
//  2. Resources: word clusters + caps statistics (ner-clusters output),
//     iso-codes gazetteers (countries, subdivisions, currencies, languages) and
//     entity-name lists harvested from train, tagged with the fold of the
//     document each name came from. While training on a document of fold f,
//     the gazetteer ignores names seen only in fold f (jackknifing), so the
//     gazetteer features carry the reliability they will have on new text.
//  3. Averaged structured perceptron with greedy decoding (decoder.h): for
//     each token the model predicts with its current weights, and on a
//     mistake adds the token's features to the gold label and subtracts them
//     from the predicted one. History features use the model's own decisions,
//     exactly as at tagging time. Averaging uses the standard lazy trick
//     (w_avg = w - u / c with u accumulating c * update).
//  4. After each epoch the averaged weights tag valid.txt; the epoch with the
//     best entity F1 is kept. Features whose largest averaged weight is tiny
//     are pruned, and the model is written with int16 weights. With
//     --fixed-epochs every run trains exactly --epochs epochs instead, and
//     --also-train adds gold documents (valid.txt for the final model).
#include <algorithm>
#include <cmath>
#include <fstream>
#include <random>
#include <sstream>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "annotate/ner/conll.h"
#include "core/file_util.h"
#include "annotate/ner/decoder.h"
#include "annotate/ner/model.h"
#include "annotate/ner/normalize.h"
#include "annotate/ner/rough_tokenizer.h"
#include "tools/ner_tools.h"

namespace parallax::tools {

namespace {

using ner::kNumLabels;
bool g_repair = true;  // set from NerTrainOptions::repair_decoding
// Epochs are chosen by valid F1 under the decoder the tagger will use.
size_t g_select_beam = 1;
bool g_structured = false;  // NerTrainOptions::structured
float g_select_temperature = 1.f;
float g_word_dropout = 0.f;  // NerTrainOptions::word_dropout
const ner::FlatIndex* g_rare = nullptr;  // count cutoff (NerTrainOptions::min_count); nullptr = none

struct Doc {
  std::vector<std::vector<std::string>> tokens;
  std::vector<std::vector<int>> gold;  // BILOU label ids
  std::vector<std::vector<std::string_view>> views;
  std::vector<std::vector<ner::TokenInfo>> infos;  // cached; stage-1 fields set for stage 2
  int fold = 0;
  float weight = 1.f;  // scale of the perceptron updates (NerTrainOptions::pseudo_weight)
};

Status ReadFile(const std::string& path, std::string* out) {
  auto bytes = core::ReadFileToString(path);
  if (!bytes.ok()) return bytes.status();
  *out = std::move(*bytes);
  return Status::OK();
}

Result<std::vector<Doc>> ReadDocs(const std::string& path) {
  std::string text;
  PARALLAX_RETURN_IF_ERROR(ReadFile(path, &text));
  auto parsed = ner::ParseConll(text);
  if (!parsed.ok()) return parsed.status().WithContext(path);
  std::vector<Doc> docs;
  for (const auto& d : parsed->documents) {
    Doc doc;
    doc.fold = static_cast<int>(docs.size() % 10);
    for (const auto& sent : d.sentences) {
      std::vector<std::string> toks, tags;
      for (size_t li : sent) {
        toks.emplace_back(ner::ConllColumn(parsed->lines[li], 0));
        tags.emplace_back(ner::ConllColumn(parsed->lines[li], -1));
      }
      doc.gold.push_back(ner::BilouFromIob(tags));
      doc.tokens.push_back(std::move(toks));
    }
    for (const auto& s : doc.tokens) doc.views.emplace_back(s.begin(), s.end());
    docs.push_back(std::move(doc));
  }
  return docs;
}

// Lowercased tokens of a phrase from iso-codes, or empty when unusable.
std::vector<std::string> PhraseTokens(const std::string& name) {
  std::vector<std::string_view> views;
  if (name.find(',') != std::string::npos || name.find('(') != std::string::npos) return {};
  ner::TokenizeRough(name, &views);
  std::vector<std::string> out;
  for (auto v : views) out.push_back(ner::Lower(ner::NormalizeToken(v)));
  return out;
}

Status AddIsoList(const std::string& path, const char* key, const std::vector<const char*>& fields, int list,
                  ner::Gazetteer* gaz, size_t* added) {
  std::string text;
  PARALLAX_RETURN_IF_ERROR(ReadFile(path, &text));
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object() || !j.contains(key) || !j[key].is_array()) return Status::Corruption("unexpected JSON in " + path);
  for (const auto& e : j[key]) {
    for (const char* f : fields) {
      if (!e.contains(f) || !e[f].is_string()) continue;
      auto toks = PhraseTokens(e[f].get<std::string>());
      if (toks.empty()) continue;
      gaz->Add(toks, list, ner::kAllFolds);
      ++*added;
    }
  }
  return Status::OK();
}

// Reads the external name lists written by tools/derive_ner_gazetteers.py:
// a header line "parallax-ner-gazetteers<TAB>1", then "list<TAB>phrase". Product names
// ("prod") join the train-harvested MISC list with every fold (CoNLL-2003 tags products
// MISC): a list of its own would learn no weight, since train.txt contains none of them,
// and the external misc list (mostly nationality adjectives) is trusted too little to
// outweigh a product word's common-noun clusters (docs/ner.md, "Session 15").
Status AddExternalLists(const std::string& path, ner::Gazetteer* gaz, size_t* added) {
  std::string text;
  PARALLAX_RETURN_IF_ERROR(ReadFile(path, &text));
  std::istringstream in(text);
  std::string line;
  if (!std::getline(in, line) || line != "parallax-ner-gazetteers\t1")
    return Status::Corruption(path + ": missing header 'parallax-ner-gazetteers\\t1'");
  static const std::pair<const char*, int> kLists[] = {{"per", ner::kGazExtPer}, {"loc", ner::kGazExtLoc},
                                                        {"org", ner::kGazExtOrg}, {"misc", ner::kGazExtMisc},
                                                        {"fac", ner::kGazExtFac}, {"prod", ner::kGazTrainMisc},
                                                        {"ind-per", ner::kGazIndPer}, {"ind-org", ner::kGazIndOrg},
                                                        {"ind-loc", ner::kGazIndLoc}, {"ind-misc", ner::kGazExtMisc}};
  for (size_t line_no = 2; std::getline(in, line); ++line_no) {
    size_t tab = line.find('\t');
    if (tab == std::string::npos) return Status::Corruption(path + ":" + std::to_string(line_no) + ": no tab");
    std::string_view name(line.data(), tab);
    int list = -1;
    for (const auto& [n, l] : kLists)
      if (name == n) list = l;
    if (list < 0) return Status::Corruption(path + ":" + std::to_string(line_no) + ": unknown list");
    auto toks = PhraseTokens(line.substr(tab + 1));
    if (toks.empty()) continue;
    gaz->Add(toks, list, ner::kAllFolds);
    ++*added;
  }
  return Status::OK();
}

Status BuildGazetteer(const NerTrainOptions& opt, const std::vector<Doc>& train, ner::Gazetteer* gaz) {
  size_t iso = 0, harvested = 0;
  const std::string& d = opt.iso_codes_dir;
  PARALLAX_RETURN_IF_ERROR(AddIsoList(d + "/iso_3166-1.json", "3166-1", {"name", "common_name", "official_name"},
                                      ner::kGazCountry, gaz, &iso));
  PARALLAX_RETURN_IF_ERROR(AddIsoList(d + "/iso_3166-3.json", "3166-3", {"name"}, ner::kGazCountry, gaz, &iso));
  PARALLAX_RETURN_IF_ERROR(AddIsoList(d + "/iso_3166-2.json", "3166-2", {"name"}, ner::kGazSubdivision, gaz, &iso));
  PARALLAX_RETURN_IF_ERROR(AddIsoList(d + "/iso_4217.json", "4217", {"name"}, ner::kGazCurrency, gaz, &iso));
  PARALLAX_RETURN_IF_ERROR(AddIsoList(d + "/iso_639-2.json", "639-2", {"name"}, ner::kGazLanguage, gaz, &iso));
  size_t external = 0;
  for (const std::string& path : opt.gazetteers) PARALLAX_RETURN_IF_ERROR(AddExternalLists(path, gaz, &external));
  for (const Doc& doc : train) {
    for (size_t s = 0; s < doc.tokens.size(); ++s) {
      for (const auto& span : ner::SpansFromBilou(doc.gold[s])) {
        std::vector<std::string> toks;
        for (uint32_t k = span.first; k <= span.last; ++k) toks.push_back(ner::Lower(ner::NormalizeToken(doc.tokens[s][k])));
        gaz->Add(toks, ner::kGazTrainPer + span.type, static_cast<uint16_t>(1u << doc.fold));
        ++harvested;
      }
    }
  }
  fmt::print(stderr, "gazetteer: {} iso-codes names, {} external names, {} train mentions, {} phrase entries\n",
             iso, external, harvested, gaz->size());
  return Status::OK();
}

class Perceptron {
 public:
  void Score(const uint64_t* keys, size_t n, float* scores) const {
    for (size_t f = 0; f < n; ++f) {
      uint32_t row = index_.Find(keys[f]);
      if (row == ner::FlatIndex::kMissing) continue;
      const float* w = &w_[static_cast<size_t>(row) * kNumLabels];
      for (int l = 0; l < kNumLabels; ++l) scores[l] += w[l];
    }
  }
  // Offset of `key`'s weight row, adding a zero row for a new feature.
  size_t RowBase(uint64_t key) {
    uint32_t row = index_.Insert(key, static_cast<uint32_t>(keys_.size()));
    if (row == keys_.size()) {
      keys_.push_back(key);
      w_.resize(w_.size() + kNumLabels, 0.f);
      u_.resize(u_.size() + kNumLabels, 0.f);
    }
    return static_cast<size_t>(row) * kNumLabels;
  }

  // Leaves the keys of `rare` out of training (nullptr: none); the index
  // must outlive the training.
  void Exclude(const ner::FlatIndex* rare) { rare_ = rare; }

  void Update(const uint64_t* keys, size_t n, int gold, int pred, float scale = 1.f) {
    const float cu = scale * static_cast<float>(c_);
    for (size_t f = 0; f < n; ++f) {
      if (rare_ && rare_->Find(keys[f]) != ner::FlatIndex::kMissing) continue;
      size_t base = RowBase(keys[f]);
      w_[base + gold] += scale;
      u_[base + gold] += cu;
      w_[base + pred] -= scale;
      u_[base + pred] -= cu;
    }
  }
  void Tick() { ++c_; }
  void Add(const uint64_t* keys, size_t n, int label, float delta) {
    for (size_t f = 0; f < n; ++f) {
      if (rare_ && rare_->Find(keys[f]) != ner::FlatIndex::kMissing) continue;
      size_t base = RowBase(keys[f]);
      w_[base + label] += delta;
      u_[base + label] += delta * static_cast<float>(c_);
    }
  }
  // Averaged weights, as a scorer.
  Perceptron Averaged() const {
    Perceptron a;
    a.index_ = index_;
    a.keys_ = keys_;
    a.w_.resize(w_.size());
    for (size_t i = 0; i < w_.size(); ++i) a.w_[i] = w_[i] - u_[i] / static_cast<float>(c_);
    return a;
  }
  // Keys and weights of features whose largest |weight| >= threshold.
  void Export(float threshold, std::vector<uint64_t>* keys, std::vector<float>* weights) const {
    for (size_t r = 0; r < keys_.size(); ++r) {
      const float* w = &w_[r * kNumLabels];
      float mx = 0;
      for (int l = 0; l < kNumLabels; ++l) mx = std::max(mx, std::fabs(w[l]));
      if (mx < threshold) continue;
      keys->push_back(keys_[r]);
      weights->insert(weights->end(), w, w + kNumLabels);
    }
  }
  size_t size() const { return keys_.size(); }
  // this += scale * other, feature by feature (the union of both feature sets).
  void AddScaled(const Perceptron& other, float scale) {
    for (size_t r = 0; r < other.keys_.size(); ++r) {
      size_t base = RowBase(other.keys_[r]);
      for (int l = 0; l < kNumLabels; ++l) w_[base + l] += scale * other.w_[r * kNumLabels + l];
    }
    u_.assign(w_.size(), 0.f);
  }

 private:
  ner::FlatIndex index_{1 << 20};
  std::vector<uint64_t> keys_;
  std::vector<float> w_, u_;
  uint64_t c_ = 1;
  const ner::FlatIndex* rare_ = nullptr;
};

// Feature count cutoff: the keys that fire fewer than min_count times in the
// training documents decoded with the gold labels as history (what the
// features would be if the tagger made no mistakes). Keys that never fire
// under the gold history (the previous-label and document-history features
// of the tagger's own mistakes) are not counted and stay trainable: they are
// how the perceptron learns to recover from its errors. A feature seen once is
// mostly the identity of a rare word or word pair: it fits that one
// occurrence, and on unseen names only the general evidence (shape,
// clusters, context, gazetteers) is there to decide, so leaving such
// features out makes training lean on the same evidence the tagger will
// have on new text, and the model smaller. Keys are counted by sorting.
ner::FlatIndex RareFeatures(const std::vector<Doc*>& docs, int min_count) {
  std::vector<uint64_t> all;
  ner::FeatureContext ctx;
  std::vector<std::vector<int>> labels;
  for (const Doc* doc : docs) {
    ner::DecodeDocument(
        doc->infos, &ctx, [](const uint64_t*, size_t, float*) {},
        [&](size_t s, size_t i, const uint64_t* k, size_t n, const float*, int) {
          all.insert(all.end(), k, k + n);
          return doc->gold[s][i];
        },
        &labels);
  }
  std::sort(all.begin(), all.end());
  ner::FlatIndex rare(1 << 20);
  size_t distinct = 0;
  for (size_t i = 0, j = 0; i < all.size(); i = j) {
    for (j = i + 1; j < all.size() && all[j] == all[i];) ++j;
    ++distinct;
    if (j - i < static_cast<size_t>(min_count)) rare.Insert(all[i], static_cast<uint32_t>(j - i));
  }
  fmt::print(stderr, "count cutoff {}: {} of {} distinct features ({} occurrences) left out\n", min_count,
             rare.size(), distinct, all.size());
  return rare;
}

// Tags docs with averaged weights; returns the labels per doc.
// beam > 1: beam search with log-softmax(scores / temperature), as the tagger.
std::vector<std::vector<std::vector<int>>> Predict(const Perceptron& model, const std::vector<Doc*>& docs,
                                                   size_t beam = 1, float temperature = 1.f) {
  std::vector<std::vector<std::vector<int>>> out(docs.size());
  ner::FeatureContext ctx;
  std::vector<std::vector<float>> probs;
  for (size_t d = 0; d < docs.size(); ++d) {
    const auto& infos = docs[d]->infos;
    if (beam > 1) {
      ner::DecodeDocumentBeam(
          infos, &ctx, [&](const uint64_t* k, size_t n, float* sc) { model.Score(k, n, sc); }, beam, temperature,
          &out[d], &probs, !g_structured);
      continue;
    }
    ner::DecodeDocument(
        infos, &ctx, [&](const uint64_t* k, size_t n, float* sc) { model.Score(k, n, sc); },
        [&](size_t s, size_t i, const uint64_t*, size_t, const float* sc, int prev) {
          return (g_repair ? ner::BestLabel(sc) : ner::BestValidLabel(sc, prev, i + 1 == infos[s].size()));
        },
        &out[d], g_repair);
  }
  return out;
}

double Evaluate(const Perceptron& model, const std::vector<Doc*>& docs, ner::EvalResult* result,
                size_t beam = 1, float temperature = 1.f) {
  *result = {};
  auto labels = Predict(model, docs, beam, temperature);
  for (size_t d = 0; d < docs.size(); ++d) {
    for (size_t s = 0; s < labels[d].size(); ++s) {
      size_t n = labels[d][s].size();
      ner::AccumulateEval(ner::IobFromSpans(ner::SpansFromBilou(docs[d]->gold[s]), n),
                          ner::IobFromSpans(ner::SpansFromBilou(labels[d][s]), n), result);
    }
  }
  return result->overall.F1();
}

// Word dropout: marks a random fraction p of the letter tokens of doc with
// kFlagDropWord (or clears every mark when p = 0).
void MarkWordDropout(Doc* doc, float p, std::mt19937* rng) {
  std::bernoulli_distribution drop(p > 0 ? p : 0.0);
  for (auto& sent : doc->infos) {
    for (ner::TokenInfo& t : sent) {
      t.flags &= static_cast<uint8_t>(~ner::kFlagDropWord);
      if (p > 0 && (t.flags & ner::kFlagHasLetter) && drop(*rng)) t.flags |= ner::kFlagDropWord;
    }
  }
}

void TrainEpoch(std::vector<Doc*>& order, std::mt19937* rng, Perceptron* model) {
  std::shuffle(order.begin(), order.end(), *rng);
  ner::FeatureContext ctx;
  std::vector<std::vector<int>> labels;
  for (Doc* doc : order) {
    if (g_word_dropout > 0) MarkWordDropout(doc, g_word_dropout, rng);
    const auto& infos = doc->infos;
    ner::DecodeDocument(
        infos, &ctx, [&](const uint64_t* k, size_t n, float* sc) { model->Score(k, n, sc); },
        [&](size_t s, size_t i, const uint64_t* k, size_t n, const float* sc, int prev) {
          int pred = (g_repair ? ner::BestLabel(sc) : ner::BestValidLabel(sc, prev, i + 1 == infos[s].size()));
          int gold = doc->gold[s][i];
          if (pred != gold) model->Update(k, n, gold, pred, doc->weight);
          model->Tick();
          return pred;
        },
        &labels, g_repair);
    if (g_word_dropout > 0) MarkWordDropout(doc, 0.f, rng);
  }
}

// Structured perceptron with beam search and early update (Collins & Roark
// 2004): decode each sentence with the beam over raw score sums; as soon as
// the gold prefix falls out of the beam (or at the end, if the best sequence
// is not gold) add the features of the gold prefix and subtract those of the
// best hypothesis' prefix. Positions where both prefixes agree on the label
// and the two previous labels produce identical features and cancel, so they
// are skipped.
void TrainSentenceBeam(const std::vector<ner::TokenInfo>& sent, const std::vector<int>& gold,
                       ner::FeatureContext* ctx, size_t beam, Perceptron* model) {
  struct Node {
    int label = -1, prev2 = -1, back = -1;
    double score = 0;
    bool gold = true;
  };
  std::vector<std::vector<Node>> lattice(sent.size());
  const std::vector<Node> start = {Node{}};
  uint64_t keys[ner::FeatureContext::kMaxFeatures];
  float st[kNumLabels], sc[kNumLabels];
  size_t stop = sent.size();
  for (size_t i = 0; i < sent.size() && stop == sent.size(); ++i) {
    const auto& prev = i > 0 ? lattice[i - 1] : start;
    auto& next = lattice[i];
    size_t ns = ctx->ExtractStatic(sent, i, keys);
    std::fill(st, st + kNumLabels, 0.f);
    model->Score(keys, ns, st);
    for (size_t h = 0; h < prev.size(); ++h) {
      const Node& p = prev[h];
      size_t nd = ner::FeatureContext::ExtractDynamic(sent[i], p.label, p.prev2, keys);
      std::copy(st, st + kNumLabels, sc);
      model->Score(keys, nd, sc);
      for (int l = 0; l < kNumLabels; ++l) {
        if (!ner::ValidTransition(p.label, l) || (i + 1 == sent.size() && !ner::ValidTransition(l, -1))) continue;
        Node c{l, p.label, static_cast<int>(h), p.score + sc[l], p.gold && l == gold[i]};
        if (next.size() >= beam && c.score <= next.back().score && !c.gold) continue;
        auto pos = std::upper_bound(next.begin(), next.end(), c.score,
                                    [](double v, const Node& x) { return v > x.score; });
        next.insert(pos, c);
      }
    }
    // Keep the beam, but remember the gold node even if it fell out.
    int gold_idx = -1;
    for (size_t k = 0; k < next.size(); ++k)
      if (next[k].gold) gold_idx = static_cast<int>(k);
    if (gold_idx >= static_cast<int>(beam)) stop = i;
    if (next.size() > beam && stop == sent.size()) next.resize(beam);
  }
  size_t last = std::min(stop, sent.size() - 1);
  const auto& final_beam = lattice[last];
  if (final_beam.empty() || final_beam[0].gold) return;  // no mistake
  std::vector<int> pred(last + 1);
  for (int back = 0, i = static_cast<int>(last); i >= 0; --i) {
    pred[i] = lattice[i][back].label;
    back = lattice[i][back].back;
  }
  for (size_t j = 0; j <= last; ++j) {
    int g1 = j > 0 ? gold[j - 1] : -1, g2 = j > 1 ? gold[j - 2] : -1;
    int p1 = j > 0 ? pred[j - 1] : -1, p2 = j > 1 ? pred[j - 2] : -1;
    if (gold[j] == pred[j] && g1 == p1 && g2 == p2) continue;
    size_t n = ctx->Extract(sent, j, g1, g2, keys);
    model->Add(keys, n, gold[j], 1.f);
    n = ctx->Extract(sent, j, p1, p2, keys);
    model->Add(keys, n, pred[j], -1.f);
  }
}

void TrainEpochBeam(std::vector<Doc*>& order, std::mt19937* rng, size_t beam, Perceptron* model) {
  std::shuffle(order.begin(), order.end(), *rng);
  ner::FeatureContext ctx;
  for (Doc* doc : order) {
    ctx.Reset();
    for (size_t s = 0; s < doc->infos.size(); ++s) {
      if (doc->infos[s].empty()) continue;
      TrainSentenceBeam(doc->infos[s], doc->gold[s], &ctx, beam, model);
      for (size_t i = 0; i < doc->infos[s].size(); ++i) ctx.Record(doc->infos[s][i], doc->gold[s][i]);
      model->Tick();
    }
  }
}

void PrintEval(const char* what, const ner::EvalResult& r) {
  fmt::print(stderr, "{}: P {:.2f} R {:.2f} F1 {:.2f}", what, r.overall.Precision(), r.overall.Recall(),
             r.overall.F1());
  for (int t = 0; t < ner::kNumTypes; ++t) fmt::print(stderr, " | {} {:.2f}", ner::kTypeNames[t], r.per_type[t].F1());
  fmt::print(stderr, "\n");
}

// Trains for `epochs` epochs; when valid is non-empty keeps the averaged
// weights of the best epoch on it (else of the last epoch).
Perceptron TrainStage(const char* name, std::vector<Doc*> train, const std::vector<Doc*>& valid, int epochs,
                      int* best_epoch_out, double* best_f1_out, uint32_t seed = 2009) {
  std::mt19937 rng(seed);
  Perceptron model, best;
  model.Exclude(g_rare);
  double best_f1 = -1;
  int best_epoch = 0;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    if (g_structured) TrainEpochBeam(train, &rng, g_select_beam, &model);
    else TrainEpoch(train, &rng, &model);
    if (valid.empty()) continue;
    Perceptron avg = model.Averaged();
    ner::EvalResult r;
    double f1 = Evaluate(avg, valid, &r, g_select_beam, g_select_temperature);
    PrintEval(fmt::format("{} epoch {} ({} features) valid", name, epoch, model.size()).c_str(), r);
    if (f1 > best_f1) {
      best_f1 = f1;
      best_epoch = epoch;
      best = std::move(avg);
    }
  }
  if (valid.empty()) return model.Averaged();
  if (best_epoch_out) *best_epoch_out = best_epoch;
  if (best_f1_out) *best_f1_out = best_f1;
  return best;
}

// Jackknifed stage-1 labels for the training docs: for each fold k, a model
// trained on the other folds tags fold k, so stage 2 learns from stage-1
// output with realistic errors.
void JackknifeStage1(std::vector<Doc>& train, int epochs) {
  for (int k = 0; k < 10; ++k) {
    std::vector<Doc*> rest, held;
    for (Doc& d : train) (d.fold == k ? held : rest).push_back(&d);
    Perceptron m = TrainStage("jackknife", rest, {}, epochs, nullptr, nullptr);
    auto labels = Predict(m, held);
    for (size_t i = 0; i < held.size(); ++i) ner::AddStage1(labels[i], &held[i]->infos);
    fmt::print(stderr, "jackknife fold {} done\n", k);
  }
}

// Temperature T minimising the negative log-likelihood of the gold label
// under softmax(scores / T) over the labels allowed after the predicted one,
// on the validation tokens (a one-parameter calibration of confidences).
float CalibrateTemperature(const Perceptron& model, const std::vector<Doc*>& docs) {
  const std::vector<float> grid = {0.25f, 0.5f, 1, 1.5f, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64};
  std::vector<double> nll(grid.size(), 0.0);
  ner::FeatureContext ctx;
  std::vector<std::vector<int>> labels;
  for (const Doc* doc : docs) {
    const auto& infos = doc->infos;
    ner::DecodeDocument(
        infos, &ctx, [&](const uint64_t* k, size_t n, float* sc) { model.Score(k, n, sc); },
        [&](size_t s, size_t i, const uint64_t*, size_t, const float* sc, int prev) {
          int gold = doc->gold[s][i];
          if (g_repair) prev = -1;  // repair decoding: every label is a candidate
          if (ner::ValidTransition(prev, gold)) {
            for (size_t g = 0; g < grid.size(); ++g) {
              double mx = -1e30, sum = 0;
              for (int l = 0; l < kNumLabels; ++l)
                if (ner::ValidTransition(prev, l)) mx = std::max(mx, static_cast<double>(sc[l]));
              for (int l = 0; l < kNumLabels; ++l)
                if (ner::ValidTransition(prev, l)) sum += std::exp((sc[l] - mx) / grid[g]);
              nll[g] -= (sc[gold] - mx) / grid[g] - std::log(sum);
            }
          }
          return (g_repair ? ner::BestLabel(sc) : ner::BestValidLabel(sc, prev, i + 1 == infos[s].size()));
        },
        &labels, g_repair);
  }
  size_t best = std::min_element(nll.begin(), nll.end()) - nll.begin();
  fmt::print(stderr, "confidence temperature {} (valid NLL {:.1f})\n", grid[best], nll[best]);
  return grid[best];
}

// The tagger decodes with a beam over log-softmax(scores / T); T also sets
// how much one confident token outweighs several unsure ones, so among a few
// multiples of the calibrated T keep the one with the best beam F1 on valid.
float PickBeamTemperature(const Perceptron& model, const std::vector<Doc*>& valid, float calibrated, size_t beam) {
  if (beam <= 1) return calibrated;
  float best_t = calibrated;
  double best_f1 = -1;
  for (float mult : {0.25f, 0.5f, 1.f, 2.f, 4.f}) {
    ner::EvalResult r;
    double f1 = Evaluate(model, valid, &r, beam, calibrated * mult);
    fmt::print(stderr, "beam {} temperature {}: valid F1 {:.2f}\n", beam, calibrated * mult, f1);
    if (f1 > best_f1) {
      best_f1 = f1;
      best_t = calibrated * mult;
    }
  }
  return best_t;
}

// Weight averaging over runs that differ only in the order of the training
// documents (seeds opt.seed + k): each member keeps its best epoch on valid, and
// the mean of the members is again one linear model, so tagging costs the same.
Perceptron TrainEnsemble(Perceptron first, const std::vector<Doc*>& train, const std::vector<Doc*>& valid,
                         const NerTrainOptions& opt) {
  const float scale = 1.f / static_cast<float>(opt.ensemble);
  Perceptron sum;
  sum.AddScaled(first, scale);
  for (int k = 1; k < opt.ensemble; ++k) {
    int epoch = 0;
    double f1 = 0;
    Perceptron member = TrainStage("member", train, valid, opt.epochs, &epoch, &f1, opt.seed + static_cast<uint32_t>(k));
    if (!valid.empty()) fmt::print(stderr, "ensemble member {}: best epoch {} valid F1 {:.2f}\n", k, epoch, f1);
    sum.AddScaled(member, scale);
  }
  if (!valid.empty()) {
    ner::EvalResult r;
    Evaluate(sum, valid, &r, g_select_beam, g_select_temperature);
    PrintEval(fmt::format("ensemble of {} valid", opt.ensemble).c_str(), r);
  }
  return sum;
}

ner::StageWeights Export(const Perceptron& p, float threshold) {
  ner::StageWeights s;
  p.Export(threshold, &s.keys, &s.weights);
  fmt::print(stderr, "keeping {} of {} features\n", s.keys.size(), p.size());
  return s;
}

}  // namespace

Status WriteModelFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) return Status::IOError("cannot write " + path);
  fmt::print(stderr, "wrote {} ({} bytes)\n", path, bytes.size());
  return Status::OK();
}

Status TrainNer(const NerTrainOptions& opt) {
  auto train = ReadDocs(opt.train);
  if (!train.ok()) return train.status();
  for (const std::string& path : opt.extra_train) {
    auto extra = ReadDocs(path);
    if (!extra.ok()) return extra.status();
    for (Doc& d : *extra) {
      d.fold = static_cast<int>(train->size() % 10);
      train->push_back(std::move(d));
    }
  }
  auto valid = ReadDocs(opt.valid);
  if (!valid.ok()) return valid.status();
  std::vector<Doc> pseudo;
  for (const std::string& path : opt.pseudo_train) {
    auto more = ReadDocs(path);
    if (!more.ok()) return more.status();
    for (Doc& d : *more) {
      // A fold like a train document's: the train names of that fold are
      // hidden from its gazetteer features, so gazetteer hits look as
      // reliable as they do in train (with every name visible they would
      // look certain). Its own names never enter the gazetteer.
      d.fold = static_cast<int>(pseudo.size() % 10);
      d.weight = opt.pseudo_weight;
      pseudo.push_back(std::move(d));
    }
  }
  g_repair = opt.repair_decoding;
  g_select_beam = opt.beam;
  g_structured = opt.structured;
  g_select_temperature = opt.selection_temperature;
  g_word_dropout = opt.word_dropout;
  ner::Resources res;
  if (!opt.clusters.empty()) PARALLAX_RETURN_IF_ERROR(res.lexicon.LoadClustersTsv(opt.clusters));
  fmt::print(stderr, "lexicon: {} clustered words, {} caps entries\n", res.lexicon.num_clusters(),
             res.lexicon.num_caps());
  PARALLAX_RETURN_IF_ERROR(BuildGazetteer(opt, *train, &res.gazetteer));
  std::vector<Doc*> train_docs, valid_docs;
  for (Doc& d : *train) {
    ner::PrepareDocument(res, d.views, d.fold, &d.infos);
    train_docs.push_back(&d);
  }
  for (Doc& d : *valid) {
    ner::PrepareDocument(res, d.views, -1, &d.infos);
    valid_docs.push_back(&d);
  }
  if (!pseudo.empty()) fmt::print(stderr, "pseudo-labelled: {} documents at weight {}\n", pseudo.size(), opt.pseudo_weight);
  for (Doc& d : pseudo) {
    ner::PrepareDocument(res, d.views, d.fold, &d.infos);
    train_docs.push_back(&d);
  }
  ner::FlatIndex rare;
  if (opt.min_count > 1) {
    rare = RareFeatures(train_docs, opt.min_count);
    g_rare = &rare;
  }
  int best_epoch = 0;
  double best_f1 = 0;
  // With fixed epochs the runs never see valid; it is only scored at the end.
  const std::vector<Doc*> select_docs = opt.fixed_epochs ? std::vector<Doc*>() : valid_docs;
  Perceptron stage1 = TrainStage("stage1", train_docs, select_docs, opt.epochs, &best_epoch, &best_f1, opt.seed);
  if (!opt.fixed_epochs) fmt::print(stderr, "stage 1: best epoch {} valid F1 {:.2f}\n", best_epoch, best_f1);
  if (opt.ensemble > 1) stage1 = TrainEnsemble(std::move(stage1), train_docs, select_docs, opt);
  std::vector<ner::StageWeights> stages = {Export(stage1, opt.prune_threshold)};
  float temperature = opt.temperature;
  if (temperature <= 0.f) {
    temperature = CalibrateTemperature(stage1, valid_docs);
    temperature = PickBeamTemperature(stage1, valid_docs, temperature, opt.beam);
  }
  if (opt.fixed_epochs) {
    ner::EvalResult r;
    Evaluate(stage1, valid_docs, &r, opt.beam, temperature);
    PrintEval(fmt::format("after {} epochs (T {}), --valid", opt.epochs, temperature).c_str(), r);
  }
  if (opt.two_stage) {
    auto valid_labels = Predict(stage1, valid_docs);
    for (size_t i = 0; i < valid_docs.size(); ++i) ner::AddStage1(valid_labels[i], &valid_docs[i]->infos);
    JackknifeStage1(*train, std::max(1, opt.jackknife_epochs));
    Perceptron stage2 = TrainStage("stage2", train_docs, valid_docs, opt.epochs, &best_epoch, &best_f1);
    fmt::print(stderr, "stage 2: best epoch {} valid F1 {:.2f}\n", best_epoch, best_f1);
    stages.push_back(Export(stage2, opt.prune_threshold));
    temperature = CalibrateTemperature(stage2, valid_docs);
  }
  std::vector<std::string> gold_files = {opt.train};
  gold_files.insert(gold_files.end(), opt.extra_train.begin(), opt.extra_train.end());
  PARALLAX_RETURN_IF_ERROR(DeriveOutsideWords(gold_files, opt.outside, &res.outside));
  std::string bytes = ner::NerModel::Serialize(res, stages, temperature, (g_repair ? ner::kModelFlagRepair : 0) |
                                                                   (g_structured ? ner::kModelFlagStructured : 0));
  return WriteModelFile(opt.output, bytes);
}

}  // namespace parallax::tools
