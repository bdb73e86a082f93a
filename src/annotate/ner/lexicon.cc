// Lexicon storage: clusters and capitalisation buckets are keyed by the xxh3
// hash of the word, so the table holds no strings; the serialised form is the
// list of (hash, payload) pairs. The caps bucket quantises the ratio
// cap / (cap + low) into five bins.
#include "annotate/ner/lexicon.h"

#include <fstream>
#include <sstream>

#include "annotate/ner/normalize.h"
#include "annotate/ner/serial.h"

namespace parallax::ner {

void Lexicon::AddCluster(std::string_view key, const Clusters& clusters) {
  uint32_t id = cluster_index_.Insert(HashBytes(key.data(), key.size()), static_cast<uint32_t>(clusters_.size()));
  if (id == clusters_.size()) clusters_.push_back(clusters);
}

void Lexicon::AddCaps(std::string_view lower, uint32_t cap, uint32_t low) {
  double r = static_cast<double>(cap) / (static_cast<double>(cap) + low + 1e-9);
  uint32_t bucket = r < 0.05 ? 0 : r < 0.3 ? 1 : r < 0.7 ? 2 : r < 0.95 ? 3 : 4;
  caps_.Insert(HashBytes(lower.data(), lower.size()), bucket);
}

bool Lexicon::FindExact(std::string_view key, Clusters* out) const {
  uint32_t id = cluster_index_.Find(HashBytes(key.data(), key.size()));
  if (id == FlatIndex::kMissing) return false;
  *out = clusters_[id];
  return true;
}

bool Lexicon::FindClusters(std::string_view key, Clusters* out) const {
  if (FindExact(key, out)) return true;
  std::string lower = Lower(key);
  if (lower == key) return false;
  std::string title = lower;
  if (!title.empty() && title[0] >= 'a' && title[0] <= 'z') title[0] = static_cast<char>(title[0] - 32);
  if (title != key && FindExact(title, out)) return true;
  return FindExact(lower, out);
}

uint8_t Lexicon::CapsBucket(uint64_t lower_hash) const {
  uint32_t b = caps_.Find(lower_hash);
  return b == FlatIndex::kMissing ? kCapsUnknown : static_cast<uint8_t>(b);
}

void Lexicon::AppendTo(std::string* out) const {
  PutU32(out, static_cast<uint32_t>(clusters_.size()));
  std::vector<uint64_t> keys(clusters_.size());
  cluster_index_.ForEach([&](uint64_t k, uint32_t id) { keys[id] = k; });
  for (size_t id = 0; id < clusters_.size(); ++id) {
    PutU64(out, keys[id]);
    for (uint16_t c : clusters_[id]) PutU16(out, c);
  }
  PutU32(out, static_cast<uint32_t>(caps_.size()));
  caps_.ForEach([&](uint64_t k, uint32_t b) {
    PutU64(out, k);
    out->push_back(static_cast<char>(b));
  });
}

Status Lexicon::ParseFrom(std::string_view data, size_t* pos) {
  uint32_t n = 0;
  if (!GetU32(data, pos, &n) || n > (data.size() - *pos) / 16) return Status::Corruption("lexicon: bad cluster count");
  cluster_index_ = FlatIndex(n);
  clusters_.assign(n, Clusters{});
  for (uint32_t id = 0; id < n; ++id) {
    uint64_t k = 0;
    GetU64(data, pos, &k);
    for (uint16_t& c : clusters_[id]) GetU16(data, pos, &c);
    if (cluster_index_.Insert(k, id) != id) return Status::Corruption("lexicon: duplicate cluster key");
  }
  if (!GetU32(data, pos, &n) || n > (data.size() - *pos) / 9) return Status::Corruption("lexicon: bad caps count");
  caps_ = FlatIndex(n);
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t k = 0;
    GetU64(data, pos, &k);
    uint8_t b = static_cast<uint8_t>(data[(*pos)++]);
    if (b > 4) return Status::Corruption("lexicon: bad caps bucket");
    caps_.Insert(k, b);
  }
  return Status::OK();
}

Status Lexicon::LoadClustersTsv(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot open clusters file " + path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string kind, word;
    std::getline(fields, kind, '\t');
    std::getline(fields, word, '\t');
    if (kind == "C") {
      Clusters c{};
      for (uint16_t& v : c) fields >> v;
      if (!fields) return Status::Corruption("bad cluster line: " + line);
      AddCluster(word, c);
    } else if (kind == "K") {
      uint32_t cap = 0, low = 0;
      fields >> cap >> low;
      if (!fields) return Status::Corruption("bad caps line: " + line);
      AddCaps(word, cap, low);
    }
  }
  return Status::OK();
}

}  // namespace parallax::ner
