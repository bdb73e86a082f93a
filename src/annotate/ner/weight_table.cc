// WeightTable file I/O and the slow exact lookup (see weight_table.h). The
// on-disk layout is unchanged from the first model version: count, scale,
// all keys, then all int16 weight rows; the in-memory layout (rows holding
// their key, a fingerprint index) is built while parsing.
#include "annotate/ner/weight_table.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "annotate/ner/serial.h"

namespace parallax::ner {

void WeightTable::Append(const std::vector<uint64_t>& keys, const std::vector<float>& weights, std::string* out) {
  float max_abs = 0;
  for (float w : weights) max_abs = std::max(max_abs, std::fabs(w));
  float scale = max_abs > 0 ? max_abs / 32767.f : 1.f;
  uint32_t scale_bits;
  std::memcpy(&scale_bits, &scale, 4);
  PutU32(out, static_cast<uint32_t>(keys.size()));
  PutU32(out, scale_bits);
  for (uint64_t k : keys) PutU64(out, k);
  for (float w : weights) PutU16(out, static_cast<uint16_t>(static_cast<int16_t>(std::lround(w / scale))));
}

uint32_t WeightTable::FindExact(uint64_t key) const {
  const uint32_t fp = Fingerprint(key);
  for (size_t i = Start(key) & mask_;; i = (i + 1) & mask_) {
    const Slot& s = slots_[i];
    if (s.row == kEmpty) return kEmpty;
    if (s.fingerprint == fp && rows_[s.row].key == key) return s.row;
  }
}

// Built twice, for baseline x86-64 and for AVX2 (picked at load time): with
// AVX2 a row's 17 int16 weights widen to int32 in two instructions instead
// of SSE2's unpack-and-shift sequence. Integer sums: the same result.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("avx2", "default")))
#endif
void WeightTable::AddRawGroups(const uint64_t* keys, const uint32_t* end, size_t groups, uint32_t* rows,
                               int32_t* acc) const {
  if (rows_.empty() || groups == 0) return;
  const size_t n = end[groups - 1];
  for (size_t f = 0; f < n; ++f) {  // rows[f] first holds the key's home slot
    rows[f] = static_cast<uint32_t>(Start(keys[f]) & mask_);
    __builtin_prefetch(&slots_[rows[f]]);
  }
  for (size_t f = 0; f < n; ++f) rows[f] = CandidateFrom(keys[f], rows[f]);  // prefetches the row
  size_t f = 0;
  for (size_t g = 0; g < groups; ++g) {
    int32_t sum[kNumLabels] = {};  // a local sum: the compiler keeps it in registers
    for (; f < end[g]; ++f) {
      uint32_t row = rows[f];
      if (row == kEmpty) continue;
      if (rows_[row].key != keys[f] && (row = FindExact(keys[f])) == kEmpty) continue;  // fingerprint collision
      const int16_t* w = rows_[row].w;
      for (int l = 0; l < kNumLabels; ++l) sum[l] += w[l];
    }
    int32_t* a = acc + g * kNumLabels;
    for (int l = 0; l < kNumLabels; ++l) a[l] += sum[l];
  }
}

void WeightTable::Export(std::vector<uint64_t>* keys, std::vector<float>* weights) const {
  for (const Row& r : rows_) {
    keys->push_back(r.key);
    for (int16_t w : r.w) weights->push_back(static_cast<float>(w) * scale_);
  }
}

int32_t WeightTable::RowSpread(size_t r) const {
  const int16_t* w = rows_[r].w;
  int32_t lo = w[0], hi = w[0];
  for (int l = 1; l < kNumLabels; ++l) {
    lo = std::min<int32_t>(lo, w[l]);
    hi = std::max<int32_t>(hi, w[l]);
  }
  return hi - lo;
}

bool WeightTable::Insert(uint64_t key, uint32_t row) {
  if (FindExact(key) != kEmpty) return false;
  size_t i = Start(key) & mask_;
  while (slots_[i].row != kEmpty) i = (i + 1) & mask_;
  slots_[i] = Slot{Fingerprint(key), row};
  return true;
}

Status WeightTable::ParseFrom(std::string_view data, size_t* pos) {
  uint32_t n = 0, scale_bits = 0;
  if (!GetU32(data, pos, &n) || !GetU32(data, pos, &scale_bits))
    return Status::Corruption("NER model: truncated weight header");
  std::memcpy(&scale_, &scale_bits, 4);
  if (!std::isfinite(scale_) || scale_ <= 0) return Status::Corruption("NER model: bad weight scale");
  size_t row_bytes = 8 + 2 * kNumLabels;
  if (n > (data.size() - *pos) / row_bytes) return Status::Corruption("NER model: weight table truncated");
  size_t capacity = 16;
  while (capacity < 2 * static_cast<size_t>(n) + 2) capacity <<= 1;
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  rows_.assign(n, Row{});
  for (uint32_t i = 0; i < n; ++i) {
    GetU64(data, pos, &rows_[i].key);
    if (!Insert(rows_[i].key, i)) return Status::Corruption("NER model: duplicate feature key");
  }
  for (Row& r : rows_) {
    for (int16_t& w : r.w) {
      uint16_t u = 0;
      GetU16(data, pos, &u);
      w = static_cast<int16_t>(u);
    }
  }
  return Status::OK();
}

}  // namespace parallax::ner
