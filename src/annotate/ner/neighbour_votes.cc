// Neighbour type votes (neighbour_votes.h): a hash table of small votes.
#include "annotate/ner/neighbour_votes.h"

#include "annotate/ner/normalize.h"
#include "annotate/ner/serial.h"

namespace parallax::ner {

uint8_t NeighbourVotes::Bucket(double share) {
  static constexpr double kEdges[kBuckets - 1] = {0.4, 0.55, 0.7, 0.85, 0.95};
  uint8_t b = 0;
  while (b < kBuckets - 1 && share >= kEdges[b]) ++b;
  return b;
}

void NeighbourVotes::Add(std::string_view word, const Vote& all, const std::vector<Vote>& folds) {
  const uint32_t row = index_.Insert(HashBytes(word.data(), word.size()), static_cast<uint32_t>(votes_.size()));
  if (row != votes_.size()) return;  // first one wins
  votes_.push_back(all);
  if (folds.size() == static_cast<size_t>(kFolds)) {
    fold_votes_.resize(votes_.size() * kFolds);
    std::copy(folds.begin(), folds.end(), fold_votes_.begin() + static_cast<ptrdiff_t>(row) * kFolds);
  }
}

uint32_t NeighbourVotes::FindRow(std::string_view key) const {
  uint32_t row = index_.Find(HashBytes(key.data(), key.size()));
  if (row != FlatIndex::kMissing) return row;
  std::string lower = Lower(key);
  if (lower == key) return FlatIndex::kMissing;
  std::string title = lower;
  if (!title.empty() && title[0] >= 'a' && title[0] <= 'z') title[0] = static_cast<char>(title[0] - 32);
  if (title != key && (row = index_.Find(HashBytes(title.data(), title.size()))) != FlatIndex::kMissing) return row;
  return index_.Find(HashBytes(lower.data(), lower.size()));
}

NeighbourVotes::Vote NeighbourVotes::Find(std::string_view key, int exclude_fold) const {
  if (votes_.empty()) return {};
  const uint32_t row = FindRow(key);
  if (row == FlatIndex::kMissing) return {};
  const size_t at = static_cast<size_t>(row) * kFolds + static_cast<size_t>(exclude_fold);
  if (exclude_fold >= 0 && exclude_fold < kFolds && at < fold_votes_.size()) return fold_votes_[at];
  return votes_[row];
}

void NeighbourVotes::AppendTo(std::string* out) const {
  PutU32(out, static_cast<uint32_t>(votes_.size()));
  std::vector<uint64_t> keys(votes_.size());
  index_.ForEach([&](uint64_t k, uint32_t id) { keys[id] = k; });
  for (size_t r = 0; r < votes_.size(); ++r) {
    PutU64(out, keys[r]);
    out->push_back(static_cast<char>(votes_[r].best));
    out->push_back(static_cast<char>(votes_[r].second));
    out->push_back(static_cast<char>(votes_[r].bucket));
  }
}

Status NeighbourVotes::ParseFrom(std::string_view data, size_t* pos) {
  *this = NeighbourVotes();
  uint32_t n = 0;
  if (!GetU32(data, pos, &n) || n > (data.size() - *pos) / 11) return Status::Corruption("neighbour votes: bad count");
  index_ = FlatIndex(n);
  votes_.resize(n);
  for (uint32_t r = 0; r < n; ++r) {
    uint64_t k = 0;
    GetU64(data, pos, &k);
    Vote& v = votes_[r];
    v.best = static_cast<int8_t>(data[(*pos)++]);
    v.second = static_cast<int8_t>(data[(*pos)++]);
    v.bucket = static_cast<uint8_t>(data[(*pos)++]);
    if (v.best < -1 || v.best >= CharModel::kClasses || v.second < -1 || v.second >= CharModel::kClasses ||
        v.bucket >= kBuckets || (v.best < 0 && v.second >= 0))
      return Status::Corruption("neighbour votes: bad vote");
    if (index_.Insert(k, r) != r) return Status::Corruption("neighbour votes: duplicate word");
  }
  return Status::OK();
}

}  // namespace parallax::ner
