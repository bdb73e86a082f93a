// Loaded-language token classifier.
//
// Annotated loaded language (BASIL's lexical bias) is sparse — about one and
// a half spans per article — and context-bound: "dangerous" is flagged about
// one politician and not another. A lexicon can only list words; a linear
// classifier over a token's context can learn that an intensifying adverb
// before a verb of speech, or a word of a class that news uses for attacks
// ("slammed", "blasted", "lashed out"), is loaded, and that the same word
// inside a quotation is the source's, not the outlet's.
//
// Model: one weight per hashed feature (2^20 buckets), binary decision per
// word token (score > 0), spans = maximal runs of positive word tokens.
// Training: averaged perceptron (Collins 2002) with a larger update for
// missed positives (loaded tokens are ~1% of all), documents shuffled per
// epoch with a fixed seed, so training is deterministic.
#include "synth/loaded_spans.h"

#include <algorithm>
#include <random>

#include "cluster/text_features.h"
#include "core/ascii.h"

namespace parallax::synth {
namespace {

constexpr uint32_t kBuckets = 1u << 20;

uint32_t Hash(std::string_view prefix, std::string_view value) {
  uint32_t h = 2166136261u;
  for (char c : prefix) h = (h ^ static_cast<uint8_t>(c)) * 16777619u;
  h = (h ^ 0x1f) * 16777619u;
  for (char c : value) h = (h ^ static_cast<uint8_t>(c)) * 16777619u;
  return h & (kBuckets - 1);
}

bool IsWord(std::string_view w) {
  return !w.empty() && (core::IsAsciiAlnum(w[0]) || static_cast<unsigned char>(w[0]) >= 0x80);
}

std::string_view Shape(std::string_view w) {
  if (w.empty()) return "e";
  bool upper = core::IsAsciiUpper(w[0]), digit = core::IsAsciiDigit(w[0]);
  if (digit) return "d";
  if (!upper) return "l";
  for (char c : w.substr(1)) {
    if (core::IsAsciiLower(c)) return "C";
  }
  return "U";
}

// Per token: lexicon hit covering it (polarity + 2, 0 when none).
std::vector<int8_t> LexiconMarks(const Article& a, const std::vector<LoadedTerm>& hits) {
  std::vector<int8_t> out(a.tokens.size(), 0);
  size_t t = 0;
  for (const LoadedTerm& h : hits) {
    if (h.in_title) continue;
    while (t < a.tokens.size() && a.tokens[t].span.end <= h.span.begin) ++t;
    for (size_t k = t; k < a.tokens.size() && a.tokens[k].span.begin < h.span.end; ++k) {
      out[k] = static_cast<int8_t>(h.polarity + 2);
    }
  }
  return out;
}

// Sentence index of each token, capped at 3 ("3" = later in the article).
std::vector<uint8_t> SentencePositions(const Article& a) {
  std::vector<uint8_t> out(a.tokens.size(), 3);
  for (size_t s = 0; s < a.sentences.size() && s < 3; ++s) {
    const Sentence& sent = a.sentences[s];
    for (uint32_t t = sent.first_token; t < sent.first_token + sent.token_count && t < out.size(); ++t) {
      out[t] = static_cast<uint8_t>(s);
    }
  }
  return out;
}

struct TokenView {
  std::vector<std::string> lower, stem;
  std::vector<bool> word;
};

TokenView ViewTokens(const Article& a) {
  TokenView v;
  v.lower.resize(a.tokens.size());
  v.stem.resize(a.tokens.size());
  v.word.resize(a.tokens.size());
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    std::string_view w = a.tokens[i].span.Of(a.body);
    v.word[i] = IsWord(w);
    v.lower[i] = core::AsciiLowered(w);
    v.stem[i] = v.word[i] ? cluster::StemWord(v.lower[i]) : v.lower[i];
  }
  return v;
}

void TokenFeatures(const Article& a, const TokenView& v, size_t i, int8_t lex, bool quoted, uint8_t position,
                   const WordClasses& classes, std::vector<uint32_t>* f) {
  const std::string& w = v.lower[i];
  const std::string_view prev = i > 0 ? std::string_view(v.stem[i - 1]) : "<s>";
  const std::string_view next = i + 1 < v.stem.size() ? std::string_view(v.stem[i + 1]) : "</s>";
  const std::string q = quoted ? "q" : "n";
  f->push_back(Hash("bias", ""));
  f->push_back(Hash("w", w));
  f->push_back(Hash("s", v.stem[i]));
  f->push_back(Hash("qs", q + v.stem[i]));
  f->push_back(Hash("suf", w.size() > 3 ? std::string_view(w).substr(w.size() - 3) : std::string_view(w)));
  f->push_back(Hash("shape", Shape(a.tokens[i].span.Of(a.body))));
  f->push_back(Hash("p", prev));
  f->push_back(Hash("n", next));
  f->push_back(Hash("ps", std::string(prev) + " " + v.stem[i]));
  f->push_back(Hash("sn", v.stem[i] + " " + std::string(next)));
  f->push_back(Hash("q", q));
  f->push_back(Hash("pos", std::string(1, static_cast<char>('0' + position))));
  if (cluster::IsStopWord(w)) f->push_back(Hash("stop", ""));
  if (lex != 0) {
    f->push_back(Hash("lex", std::string(1, static_cast<char>('0' + lex))));
    f->push_back(Hash("lexq", q));
  }
  auto it = classes.find(w);
  if (it != classes.end()) {
    std::string cls = std::to_string(it->second);
    f->push_back(Hash("c", cls));
    f->push_back(Hash("cq", q + cls));
    f->push_back(Hash("pc", std::string(prev) + " " + cls));
  }
}

}  // namespace

std::vector<std::vector<uint32_t>> LoadedSpanFeatures(const Article& a, const std::vector<LoadedTerm>& hits,
                                                      const WordClasses& classes) {
  std::vector<std::vector<uint32_t>> out(a.tokens.size());
  const TokenView v = ViewTokens(a);
  const std::vector<int8_t> lex = LexiconMarks(a, hits);
  const std::vector<bool> quoted = QuotedTokenFlags(a);
  const std::vector<uint8_t> position = SentencePositions(a);
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    if (v.word[i]) TokenFeatures(a, v, i, lex[i], quoted[i], position[i], classes, &out[i]);
  }
  return out;
}

float LoadedSpanModel::Score(const std::vector<uint32_t>& features) const {
  float s = 0;
  for (uint32_t f : features) s += weights_[f];
  return s;
}

std::vector<Span> LoadedSpanModel::Find(const Article& a, const std::vector<LoadedTerm>& hits) const {
  std::vector<Span> out;
  if (weights_.empty()) return out;
  const auto features = LoadedSpanFeatures(a, hits, classes_);
  bool open = false;
  for (size_t i = 0; i < features.size(); ++i) {
    const bool positive = !features[i].empty() && Score(features[i]) > 0;
    if (positive && open) out.back().end = a.tokens[i].span.end;
    else if (positive) out.push_back(a.tokens[i].span);
    open = positive;
  }
  return out;
}

LoadedSpanTrainer::LoadedSpanTrainer(WordClasses classes, const LoadedSpanTrainOptions& options)
    : classes_(std::move(classes)), options_(options) {}

void LoadedSpanTrainer::AddExample(const Article& a, const std::vector<LoadedTerm>& hits, std::vector<bool> gold) {
  Example e;
  auto features = LoadedSpanFeatures(a, hits, classes_);
  for (size_t i = 0; i < features.size(); ++i) {
    if (features[i].empty()) continue;
    e.features.push_back(std::move(features[i]));
    e.label.push_back(i < gold.size() && gold[i] ? 1 : -1);
  }
  examples_.push_back(std::move(e));
}

LoadedSpanModel LoadedSpanTrainer::Train() {
  std::vector<float> w(kBuckets, 0), total(kBuckets, 0);  // total: sum of c * update (averaging trick)
  float c = 1;
  std::vector<size_t> order(examples_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(options_.seed);
  for (int epoch = 0; epoch < options_.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t d : order) {
      const Example& e = examples_[d];
      for (size_t t = 0; t < e.features.size(); ++t, ++c) {
        float s = 0;
        for (uint32_t f : e.features[t]) s += w[f];
        const float y = e.label[t];
        if (y * s > 0) continue;
        const float step = y > 0 ? options_.positive_cost : 1.0f;
        for (uint32_t f : e.features[t]) w[f] += y * step, total[f] += c * y * step;
      }
    }
  }
  LoadedSpanModel model;
  model.weights_.resize(kBuckets);
  for (uint32_t f = 0; f < kBuckets; ++f) model.weights_[f] = w[f] - total[f] / c;
  model.classes_ = classes_;
  return model;
}

}  // namespace parallax::synth
