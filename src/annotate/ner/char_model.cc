// Naive Bayes over character n-grams (char_model.h). Scores are the log
// prior plus the average log-likelihood per n-gram, with add-0.5 smoothing
// over the n-gram vocabulary; the average (not the sum) keeps long words from
// voting with more confidence than short ones. Classes without examples do
// not vote (their smoothed likelihoods would be flat, not low).
#include "annotate/ner/char_model.h"

#include <algorithm>
#include <cmath>

#include "annotate/ner/normalize.h"
#include "annotate/ner/serial.h"

namespace parallax::ner {

void CharNgrams(std::string_view lower, std::vector<uint64_t>* out) {
  std::string s;
  s.reserve(lower.size() + 2);
  s.push_back('^');
  s.append(lower);
  s.push_back('$');
  for (size_t n = 2; n <= 5; ++n)
    for (size_t i = 0; i + n <= s.size(); ++i) out->push_back(HashBytes(s.data() + i, n));
}

void CharModel::Add(std::string_view lower, int cls, int fold) {
  if (cls < 0 || cls >= kClasses || fold < 0 || fold >= kFolds) return;
  const uint64_t key = HashBytes(lower.data(), lower.size()) * 31 + static_cast<uint64_t>(cls * kFolds + fold);
  if (!seen_.insert(key).second) return;
  if (fold_ngrams_.empty()) {
    fold_ngrams_.assign(kFolds, {});
    fold_words_.assign(kFolds, {});
  }
  std::vector<uint64_t> grams;
  CharNgrams(lower, &grams);
  for (uint64_t g : grams) {
    const uint32_t row = index_.Insert(g, static_cast<uint32_t>(rows_));
    if (row == rows_) {
      ++rows_;
      counts_.push_back({});
      fold_counts_.resize(rows_ * kFolds);
    }
    ++counts_[row][cls];
    ++fold_counts_[static_cast<size_t>(row) * kFolds + fold][cls];
  }
  ngrams_[cls] += grams.size();
  fold_ngrams_[fold][cls] += grams.size();
  ++words_[cls];
  ++fold_words_[fold][cls];
}

CharModel::Vote CharModel::Score(std::string_view lower, int exclude_fold) const {
  Vote v;
  if (rows_ == 0) return v;
  const bool fold = exclude_fold >= 0 && exclude_fold < kFolds && !fold_ngrams_.empty();
  std::vector<uint64_t> grams;
  CharNgrams(lower, &grams);
  if (grams.empty()) return v;
  constexpr double kAlpha = 0.5;
  double n[kClasses], w[kClasses], total_words = 0;
  for (int c = 0; c < kClasses; ++c) {
    n[c] = static_cast<double>(ngrams_[c] - (fold ? fold_ngrams_[exclude_fold][c] : 0));
    w[c] = static_cast<double>(words_[c] - (fold ? fold_words_[exclude_fold][c] : 0));
    total_words += w[c];
  }
  double loglik[kClasses] = {};
  const double vocab = static_cast<double>(rows_);
  for (uint64_t g : grams) {
    const uint32_t row = index_.Find(g);
    for (int c = 0; c < kClasses; ++c) {
      double k = 0;
      if (row != FlatIndex::kMissing) {
        k = counts_[row][c];
        if (fold) k -= fold_counts_[static_cast<size_t>(row) * kFolds + exclude_fold][c];
      }
      loglik[c] += std::log((k + kAlpha) / (n[c] + kAlpha * vocab));
    }
  }
  double score[kClasses];
  for (int c = 0; c < kClasses; ++c)
    score[c] = std::log((w[c] + 1) / (total_words + kClasses)) + loglik[c] / static_cast<double>(grams.size());
  // Classes without examples (after leaving out the fold) take no part.
  int best = -1, second = -1;
  for (int c = 0; c < kClasses; ++c)
    if (w[c] > 0 && (best < 0 || score[c] > score[best])) best = c;
  if (best < 0) return v;
  for (int c = 0; c < kClasses; ++c)
    if (c != best && w[c] > 0 && (second < 0 || score[c] > score[second])) second = c;
  const double margin = second < 0 ? 1e9 : score[best] - score[second];
  static constexpr double kEdges[kBuckets - 1] = {0.05, 0.15, 0.3, 0.6, 1.2};
  int b = 0;
  while (b < kBuckets - 1 && margin >= kEdges[b]) ++b;
  v.best = static_cast<int8_t>(best);
  v.second = static_cast<int8_t>(second);
  v.bucket = static_cast<uint8_t>(b);
  return v;
}

void CharModel::AppendTo(std::string* out) const {
  PutU32(out, kClasses);
  for (uint64_t x : ngrams_) PutU64(out, x);
  for (uint64_t x : words_) PutU64(out, x);
  PutU32(out, static_cast<uint32_t>(rows_));
  std::vector<uint64_t> keys(rows_);
  index_.ForEach([&](uint64_t k, uint32_t id) { keys[id] = k; });
  for (size_t r = 0; r < rows_; ++r) {
    PutU64(out, keys[r]);
    for (uint32_t c : counts_[r]) PutU32(out, c);
  }
}

Status CharModel::ParseFrom(std::string_view data, size_t* pos) {
  *this = CharModel();
  uint32_t classes = 0, n = 0;
  if (!GetU32(data, pos, &classes) || classes != kClasses) return Status::Corruption("char model: bad class count");
  for (uint64_t& x : ngrams_)
    if (!GetU64(data, pos, &x)) return Status::Corruption("char model: truncated totals");
  for (uint64_t& x : words_)
    if (!GetU64(data, pos, &x)) return Status::Corruption("char model: truncated totals");
  constexpr size_t kRowBytes = 8 + 4 * kClasses;
  if (!GetU32(data, pos, &n) || n > (data.size() - *pos) / kRowBytes) return Status::Corruption("char model: bad n-gram count");
  index_ = FlatIndex(n);
  counts_.assign(n, Counts{});
  std::array<uint64_t, kClasses> sum{};
  for (uint32_t r = 0; r < n; ++r) {
    uint64_t k = 0;
    GetU64(data, pos, &k);
    for (int c = 0; c < kClasses; ++c) {
      GetU32(data, pos, &counts_[r][c]);
      sum[c] += counts_[r][c];
    }
    if (index_.Insert(k, r) != r) return Status::Corruption("char model: duplicate n-gram");
  }
  if (sum != ngrams_) return Status::Corruption("char model: n-gram totals do not add up");
  rows_ = n;
  return Status::OK();
}

}  // namespace parallax::ner
