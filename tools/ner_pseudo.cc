// parallax-train ner-pseudo: confidently tagged news sentences as extra
// (pseudo-labelled) training data for `parallax-train ner --pseudo-train`.
//
// A sample of the articles of a JSON-lines corpus (allsides-news) is split
// into paragraphs, rough tokens (ner::TokenizeRough) and sentences (after
// ".", "?" or "!"), and each article is tagged as one document by a trained
// model with the beam decoder of the tagger (beam 4, the model's temperature,
// no pruning: every token gets the probability of its label). A sentence is
// written only if it has at least one mention and every token's label --
// outside tokens included, so a name left untagged also counts -- has
// probability >= min_prob. The output is CoNLL ("token _ _ IOB2-tag"), one
// -DOCSTART- per article.
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "annotate/ner/decoder.h"
#include "annotate/ner/features.h"
#include "annotate/ner/labels.h"
#include "annotate/ner/model.h"
#include "annotate/ner/rough_tokenizer.h"
#include "tools/gz_lines.h"
#include "tools/ner_tools.h"

namespace parallax::tools {

namespace {

constexpr size_t kMaxSentenceTokens = 80;

// Sentences of an article body (paragraphs split at sentence-final tokens).
std::vector<std::vector<std::string>> Sentences(const std::string& text) {
  std::vector<std::vector<std::string>> out;
  std::vector<std::string_view> toks;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    toks.clear();
    ner::TokenizeRough(std::string_view(text).substr(start, end - start), &toks);
    std::vector<std::string> sent;
    for (std::string_view t : toks) {
      if (t.empty()) continue;
      sent.emplace_back(t);
      if (t == "." || t == "?" || t == "!" || sent.size() >= kMaxSentenceTokens) {
        out.push_back(std::move(sent));
        sent.clear();
      }
    }
    if (!sent.empty()) out.push_back(std::move(sent));
    start = end + 1;
  }
  return out;
}

}  // namespace

Status WritePseudoLabels(const NerPseudoOptions& opt) {
  auto model = ner::NerModel::Load(opt.model);
  if (!model.ok()) return model.status();
  const ner::NerModel& m = **model;
  if (m.stages().empty()) return Status::InvalidArgument(opt.model + ": no weights");
  const ner::WeightTable& w = m.stages()[0];
  std::ofstream out(opt.output);
  if (!out) return Status::IOError("cannot write " + opt.output);
  std::mt19937 rng(opt.seed);
  std::bernoulli_distribution take(opt.sample);
  size_t docs = 0, seen = 0, sentences = 0, kept = 0, mentions = 0, tokens = 0;
  ner::FeatureContext ctx;
  std::vector<std::vector<int>> labels;
  std::vector<std::vector<float>> probs;
  Status st = ForEachGzLine(opt.input, [&](const std::string& line) {
    if (docs >= opt.max_docs) return false;
    bool sampled = take(rng);  // drawn for every line, so a sample does not depend on max_docs
    if (!sampled) return true;
    auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) return true;
    const std::string text = j["text"].get<std::string>();
    if (text.size() < opt.min_chars) return true;
    ++seen;
    auto sents = Sentences(text);
    if (sents.empty()) return true;
    std::vector<std::vector<std::string_view>> views;
    for (const auto& s : sents) views.emplace_back(s.begin(), s.end());
    std::vector<std::vector<ner::TokenInfo>> infos;
    ner::PrepareDocument(m.resources(), views, -1, &infos);
    ner::DecodeDocumentBeam(
        infos, &ctx, [&](const uint64_t* k, size_t n, float* sc) { w.Score(k, n, sc); }, opt.beam, m.temperature(),
        &labels, &probs, (m.flags() & ner::kModelFlagStructured) == 0);
    bool header = false;
    for (size_t s = 0; s < sents.size(); ++s) {
      ++sentences;
      auto spans = ner::SpansFromBilou(labels[s]);
      if (spans.empty()) continue;
      bool sure = true;
      for (float p : probs[s]) sure = sure && p >= opt.min_prob;
      if (!sure) continue;
      if (!header) {
        out << "-DOCSTART- -X- -X- O\n\n";
        header = true;
        ++docs;
      }
      auto tags = ner::IobFromSpans(spans, sents[s].size());
      for (size_t i = 0; i < sents[s].size(); ++i) out << sents[s][i] << " _ _ " << tags[i] << "\n";
      out << "\n";
      ++kept;
      mentions += spans.size();
      tokens += sents[s].size();
    }
    return true;
  });
  PARALLAX_RETURN_IF_ERROR(st);
  if (!out) return Status::IOError("cannot write " + opt.output);
  fmt::print(stderr, "{} articles tagged, {} of {} sentences kept ({} tokens, {} mentions) in {} documents\n", seen,
             kept, sentences, tokens, mentions, docs);
  return Status::OK();
}

}  // namespace parallax::tools
