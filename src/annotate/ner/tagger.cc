// Tagger: loads a NerModel and runs the greedy decoder over a document, then
// turns BILOU labels into Mentions with a confidence (softmax probability of
// the chosen label, minimum over the mention's tokens) and a derived subtype.
#include "annotate/ner/tagger.h"

#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>

#include "annotate/ner/decoder.h"
#include "annotate/ner/model.h"
#include "annotate/ner/normalize.h"
#include "annotate/ner/cached_scorer.h"
#include "annotate/ner/subtype.h"
#include "core/model_path.h"

namespace parallax::ner {

namespace {

// Softmax probability of `label` among the labels allowed after `prev`,
// with scores divided by the model's calibrated temperature.
float Probability(const float* scores, int label, int prev, float temperature) {
  float mx = scores[label];
  for (int l = 0; l < kNumLabels; ++l)
    if (ValidTransition(prev, l)) mx = std::max(mx, scores[l]);
  double sum = 0;
  for (int l = 0; l < kNumLabels; ++l)
    if (ValidTransition(prev, l)) sum += std::exp(static_cast<double>(scores[l] - mx) / temperature);
  return static_cast<float>(std::exp(static_cast<double>(scores[label] - mx) / temperature) / sum);
}

}  // namespace

struct Tagger::Scratch {
  TokenCache tokens;
  std::vector<CachedScorer> scorers;  // one per model stage
  std::vector<std::vector<TokenInfo>> doc;
  std::vector<std::vector<int>> labels;
  std::vector<std::vector<float>> probs;
  std::vector<std::vector<float>> beam_probs;
  BeamBuffers beam;
};

std::unique_ptr<Tagger::Scratch> Tagger::AcquireScratch() const {
  {
    std::lock_guard<std::mutex> lock(pool_mu_);
    if (!pool_.empty()) {
      std::unique_ptr<Scratch> s = std::move(pool_.back());
      pool_.pop_back();
      return s;
    }
  }
  auto s = std::make_unique<Scratch>();
  for (const WeightTable& w : model_->stages()) {
    s->scorers.emplace_back(&w);
    s->scorers.back().set_prune(options_.prune);
  }
  return s;
}

void Tagger::ReleaseScratch(std::unique_ptr<Scratch> scratch) const {
  std::lock_guard<std::mutex> lock(pool_mu_);
  pool_.push_back(std::move(scratch));
}

Tagger::Tagger(std::unique_ptr<NerModel> model, const TaggerOptions& options)
    : model_(std::move(model)), options_(options) {
  if (options_.beam == 0) options_.beam = 1;
}
Tagger::~Tagger() = default;

Result<std::unique_ptr<Tagger>> Tagger::Load(const std::string& model_path, const TaggerOptions& options) {
  auto m = NerModel::Load(model_path);
  if (!m.ok()) return m.status();
  return std::unique_ptr<Tagger>(new Tagger(std::move(m).value(), options));
}

Result<std::unique_ptr<Tagger>> Tagger::FromBytes(std::string_view model_bytes, const TaggerOptions& options) {
  auto m = NerModel::Parse(model_bytes);
  if (!m.ok()) return m.status();
  return std::unique_ptr<Tagger>(new Tagger(std::move(m).value(), options));
}

size_t Tagger::num_features() const { return model_->num_features(); }

Tagger::Stats Tagger::stats() const {
  Stats out;
  std::lock_guard<std::mutex> lock(pool_mu_);
  for (const auto& scratch : pool_) {
    for (const CachedScorer& c : scratch->scorers) {
      out.tokens += c.tokens();
      out.pruned += c.pruned();
      out.scored_late += c.scored_late();
    }
  }
  return out;
}

std::vector<std::vector<Mention>> Tagger::TagDocument(
    const std::vector<std::vector<std::string_view>>& sentences) const {
  std::unique_ptr<Scratch> scratch = AcquireScratch();
  PrepareDocument(model_->resources(), sentences, -1, &scratch->doc, &scratch->tokens);
  Decode(scratch.get());
  auto mentions = ToMentions(sentences, scratch->doc, scratch->labels, scratch->probs);
  ReleaseScratch(std::move(scratch));
  return mentions;
}

// Baseline and AVX2 builds, picked at load (as WeightTable::AddRawGroups),
// with the beam inlined (flatten): its 17-label loops (scaling,
// log-probabilities, masks) take eight-lane steps. No FMA is enabled and z is
// still summed in label order, so every float is the same.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("avx2", "default"), flatten))
#endif
void Tagger::Decode(Scratch* scratch) const {
  auto& doc = scratch->doc;
  auto& labels = scratch->labels;
  auto& probs = scratch->probs;
  probs.resize(doc.size());
  for (size_t s = 0; s < doc.size(); ++s) probs[s].assign(doc[s].size(), 1.f);
  FeatureContext ctx;
  const auto& stages = model_->stages();
  for (size_t st = 0; st < stages.size(); ++st) {
    if (st > 0) AddStage1(labels, &doc);
    const WeightTable& w = stages[st];
    bool last_stage = st + 1 == stages.size();
    if (options_.beam > 1) {
      std::vector<std::vector<float>>& beam_probs = scratch->beam_probs;
      CachedScorer& scorer = scratch->scorers[st];
      scorer.StartDocument(doc);
      DecodeDocumentBeamWith(doc, &ctx, scorer, options_.beam, model_->temperature(), &labels, &beam_probs,
                             (model_->flags() & kModelFlagStructured) == 0, &scratch->beam, options_.beam_margin,
                             /*o_probs=*/false);
      if (last_stage) probs.swap(beam_probs);
      continue;
    }
    bool repair = (model_->flags() & kModelFlagRepair) != 0;
    DecodeDocument(
        doc, &ctx, [&](const uint64_t* k, size_t n, float* sc) { w.Score(k, n, sc); },
        [&](size_t s, size_t i, const uint64_t*, size_t, const float* sc, int prev) {
          int l = repair ? BestLabel(sc) : BestValidLabel(sc, prev, i + 1 == doc[s].size());
          // With repair the label may still be edited; its probability is taken
          // among all labels, as chosen.
          if (last_stage && l != 0) probs[s][i] = Probability(sc, l, repair ? -1 : prev, model_->temperature());
          return l;
        },
        &labels, repair);
  }
}

std::vector<std::vector<Mention>> Tagger::ToMentions(const std::vector<std::vector<std::string_view>>& sentences,
                                                     const std::vector<std::vector<TokenInfo>>& doc,
                                                     const std::vector<std::vector<int>>& labels,
                                                     const std::vector<std::vector<float>>& probs) const {
  std::vector<std::vector<Mention>> out(doc.size());
  std::vector<uint64_t> hashes;
  std::vector<std::string_view> toks;
  std::vector<LabelSpan> spans;
  for (size_t s = 0; s < doc.size(); ++s) {
    SpansFromBilou(labels[s], &spans);
    for (const LabelSpan& span : spans) {
      Mention m;
      m.first_token = span.first;
      m.last_token = span.last;
      m.type = kTypeNames[span.type];
      m.confidence = 1.f;
      hashes.clear();
      toks.clear();
      for (uint32_t k = span.first; k <= span.last; ++k) {
        m.confidence = std::min(m.confidence, probs[s][k]);
        hashes.push_back(doc[s][k].lower);
        toks.push_back(sentences[s][k]);
      }
      m.subtype = DeriveSubtype(span.type, toks, hashes.data(), model_->resources().gazetteer);
      out[s].push_back(std::move(m));
    }
    AddSeriesCodeEvents(sentences[s], &out[s]);
  }
  return out;
}

std::vector<std::vector<Mention>> Tagger::TagArticle(const Article& article,
                                                     const std::vector<Token>* title_tokens) const {
  std::vector<std::vector<std::string_view>> sentences(article.sentences.size());
  std::string_view body = article.body;
  for (size_t s = 0; s < article.sentences.size(); ++s) {
    const Sentence& sent = article.sentences[s];
    if (sent.first_token > article.tokens.size() || sent.token_count > article.tokens.size() - sent.first_token)
      continue;
    sentences[s].reserve(sent.token_count);
    for (uint32_t k = 0; k < sent.token_count; ++k) {
      const Span& span = article.tokens[sent.first_token + k].span;
      if (span.end > body.size() || span.begin > span.end) {
        sentences[s].clear();
        break;
      }
      sentences[s].push_back(span.Of(body));
    }
  }
  if (title_tokens != nullptr) {
    sentences.emplace_back();
    for (const Token& t : *title_tokens) {
      if (t.span.end > article.title.size() || t.span.begin > t.span.end) {
        sentences.back().clear();
        break;
      }
      sentences.back().push_back(t.span.Of(article.title));
    }
  }
  return TagDocument(sentences);
}

Result<std::string> DefaultModelPath() {
  return core::FindModelFile("ner-en.bin");
}

}  // namespace parallax::ner
