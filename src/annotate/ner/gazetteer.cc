// Gazetteer matching. Phrases are stored by the hash of their token hashes
// (Step folds one token into a running phrase hash) so matching never builds
// strings: from each start token we extend the running hash one token at a
// time and stop as soon as the prefix is neither a phrase nor the prefix of
// one. Every proper prefix of a stored phrase is itself stored with the
// `prefix` flag, which is what makes the early stop exact.
#include "annotate/ner/gazetteer.h"

#include <algorithm>
#include <cstring>

#include "annotate/ner/serial.h"

namespace parallax::ner {

uint64_t Gazetteer::TokenHash(std::string_view lower) { return HashBytes(lower.data(), lower.size()); }

void Gazetteer::Add(const std::vector<std::string>& lower_tokens, int list, uint16_t folds) {
  if (lower_tokens.empty() || lower_tokens.size() > kMaxLen || list < 0 || list >= kGazLists) return;
  uint64_t h = 0;
  for (size_t i = 0; i < lower_tokens.size(); ++i) {
    h = Step(h, TokenHash(lower_tokens[i]));
    uint32_t id = index_.Insert(h, static_cast<uint32_t>(entries_.size()));
    if (id == entries_.size()) entries_.emplace_back();
    Entry& e = entries_[id];
    if (i + 1 < lower_tokens.size()) e.prefix = true;
    else if ((e.folds[list] |= folds) != 0) e.lists |= static_cast<uint16_t>(1u << list);
  }
}

void Gazetteer::Match(const uint64_t* hashes, size_t n, int exclude_fold, uint8_t* out) const {
  if (n == 0) return;  // an empty sentence: out may be null (memset(nullptr, 0, 0) is undefined)
  std::memset(out, 0, n * kGazLists);
  thread_local std::vector<uint16_t> lists;
  lists.resize(n);
  MatchSparse(hashes, n, exclude_fold, nullptr, out, lists.data());
}

void Gazetteer::MatchSparse(const uint64_t* hashes, size_t n, int exclude_fold, const uint8_t* starts,
                            uint8_t* out, uint16_t* lists) const {
  if (n == 0) return;
  std::fill_n(lists, n, 0);
  // best_len rows, like out's, are zeroed when their token gets its first mark.
  thread_local std::vector<uint8_t> best_len;  // reused: no allocation per sentence
  if (best_len.size() < n * kGazLists) best_len.resize(n * kGazLists);
  uint16_t keep = exclude_fold < 0 ? kAllFolds : static_cast<uint16_t>(~(1u << exclude_fold));
  for (size_t k = 0; k < n; ++k)  // each start's first probe misses
    if (starts == nullptr || starts[k]) index_.Prefetch(Step(0, hashes[k]));
  for (size_t start = 0; start < n; ++start) {
    if (starts != nullptr && !starts[start]) continue;
    uint64_t h = 0;
    for (size_t len = 1; len <= kMaxLen && start + len <= n; ++len) {
      h = Step(h, hashes[start + len - 1]);
      uint32_t id = index_.Find(h);
      if (id == FlatIndex::kMissing) break;
      const Entry& e = entries_[id];
      for (uint32_t active = e.lists; active; active &= active - 1) {  // in list order
        const int list = __builtin_ctz(active);
        if ((e.folds[list] & keep) == 0) continue;
        for (size_t k = start; k < start + len; ++k) {
          if (lists[k] == 0) {
            std::memset(&out[k * kGazLists], 0, kGazLists);
            std::memset(&best_len[k * kGazLists], 0, kGazLists);
          }
          uint8_t& bl = best_len[k * kGazLists + list];
          if (len <= bl) continue;
          bl = static_cast<uint8_t>(len);
          uint8_t pos = len == 1 ? 3 : (k == start ? 0 : (k + 1 == start + len ? 2 : 1));
          out[k * kGazLists + list] = static_cast<uint8_t>(1 + pos);
          lists[k] |= static_cast<uint16_t>(1u << list);
        }
      }
      if (!e.prefix) break;
    }
  }
}

bool Gazetteer::Contains(const uint64_t* hashes, size_t first, size_t last, int list) const {
  if (last < first || last - first + 1 > kMaxLen) return false;
  uint64_t h = 0;
  for (size_t k = first; k <= last; ++k) h = Step(h, hashes[k]);
  uint32_t id = index_.Find(h);
  return id != FlatIndex::kMissing && entries_[id].folds[list] != 0;
}

void Gazetteer::AppendTo(std::string* out) const {
  PutU32(out, static_cast<uint32_t>(entries_.size()));
  std::vector<uint64_t> keys(entries_.size());
  index_.ForEach([&](uint64_t key, uint32_t id) { keys[id] = key; });
  for (size_t id = 0; id < entries_.size(); ++id) {
    const Entry& e = entries_[id];
    uint16_t lists = 0;
    for (int l = 0; l < kGazLists; ++l)
      if (e.folds[l]) lists |= static_cast<uint16_t>(1u << l);
    PutU64(out, keys[id]);
    PutU16(out, lists);
    out->push_back(static_cast<char>(e.prefix ? 1 : 0));
  }
}

Status Gazetteer::ParseFrom(std::string_view data, size_t* pos, int mask_bytes) {
  uint32_t n = 0;
  if (mask_bytes != 1 && mask_bytes != 2) return Status::InvalidArgument("gazetteer: bad list mask width");
  if (!GetU32(data, pos, &n) || n > (data.size() - *pos) / (9 + mask_bytes))
    return Status::Corruption("gazetteer: bad entry count");
  entries_.assign(n, Entry{});
  index_ = FlatIndex(n);
  for (uint32_t id = 0; id < n; ++id) {
    uint64_t key = 0;
    GetU64(data, pos, &key);
    uint16_t lists = static_cast<uint8_t>(data[(*pos)++]);
    if (mask_bytes == 2) lists |= static_cast<uint16_t>(static_cast<uint8_t>(data[(*pos)++]) << 8);
    if (lists >> kGazLists) return Status::Corruption("gazetteer: unknown list");
    uint8_t flags = static_cast<uint8_t>(data[(*pos)++]);
    if (flags > 1) return Status::Corruption("gazetteer: bad flags");
    if (index_.Insert(key, id) != id) return Status::Corruption("gazetteer: duplicate phrase");
    for (int l = 0; l < kGazLists; ++l)
      if (lists & (1u << l)) entries_[id].folds[l] = kAllFolds;
    entries_[id].lists = lists;
    entries_[id].prefix = flags == 1;
  }
  return Status::OK();
}

}  // namespace parallax::ner
