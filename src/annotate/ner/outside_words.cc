// OutsideWords serialisation (the set's meaning: outside_words.h).
#include "annotate/ner/outside_words.h"

#include <algorithm>

#include "annotate/ner/labels.h"
#include "annotate/ner/lexicon.h"
#include "annotate/ner/normalize.h"
#include "annotate/ner/serial.h"

namespace parallax::ner {

namespace {

bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

OutsideWords OutsideWords::Derive(const std::vector<std::vector<std::string_view>>& sentences,
                                  const std::vector<std::vector<int>>& labels, const Rule& rule) {
  struct Count {
    uint64_t seen = 0, starts = 0;
  };
  FlatIndex index(4096);
  std::vector<Count> counts;
  for (size_t s = 0; s < sentences.size() && s < labels.size(); ++s) {
    int prev = -1;
    for (size_t i = 0; i < sentences[s].size() && i < labels[s].size(); ++i) {
      const int label = labels[s][i];
      const bool open = prev > 0 && (PosOfLabel(prev) == Pos::kB || PosOfLabel(prev) == Pos::kI);
      prev = label;
      if (open) continue;  // inside a mention: not a place where one may start
      const std::string norm = NormalizeToken(sentences[s][i]);
      if (CapsOf(norm) != Caps::kNone || HasDigit(norm)) continue;
      const uint32_t id = index.Insert(HashBytes(norm.data(), norm.size()), static_cast<uint32_t>(counts.size()));
      if (id == counts.size()) counts.emplace_back();
      ++counts[id].seen;
      counts[id].starts += label != 0;
    }
  }
  OutsideWords out;
  out.set_rule(rule);
  index.ForEach([&](uint64_t key, uint32_t id) {
    const Count& c = counts[id];
    if (c.seen >= rule.min_count && c.starts * 1000000 <= c.seen * uint64_t{rule.max_starts_ppm}) out.Add(key);
  });
  return out;
}

void OutsideWords::AppendTo(std::string* out) const {
  std::vector<uint64_t> keys;
  keys.reserve(index_.size());
  index_.ForEach([&](uint64_t k, uint32_t) { keys.push_back(k); });
  std::sort(keys.begin(), keys.end());
  PutU32(out, rule_.min_count);
  PutU32(out, rule_.max_starts_ppm);
  PutU32(out, rule_.max_caps_bucket);
  PutU32(out, static_cast<uint32_t>(keys.size()));
  for (uint64_t k : keys) PutU64(out, k);
}

Status OutsideWords::ParseFrom(std::string_view data, size_t* pos) {
  uint32_t n = 0;
  if (!GetU32(data, pos, &rule_.min_count) || !GetU32(data, pos, &rule_.max_starts_ppm) ||
      !GetU32(data, pos, &rule_.max_caps_bucket) || !GetU32(data, pos, &n) || n > (data.size() - *pos) / 8)
    return Status::Corruption("outside words: bad count");
  if (rule_.max_caps_bucket != kNoCapsRule && rule_.max_caps_bucket >= kCapsUnknown)
    return Status::Corruption("outside words: bad caps bucket");
  index_ = FlatIndex(n);
  uint64_t last = 0;
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t k = 0;
    GetU64(data, pos, &k);
    if (k == 0 || (i > 0 && k <= last)) return Status::Corruption("outside words: unsorted or duplicate hash");
    index_.Insert(k, 0);
    last = k;
  }
  return Status::OK();
}

}  // namespace parallax::ner
