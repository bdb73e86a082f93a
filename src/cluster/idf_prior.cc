// IdfPrior: a sorted table term hash -> background document frequency.
//
// The file keeps entries sorted (canonical bytes); in memory they go into the
// clusterer's open-addressing TermTable, one probe per lookup on average (a
// binary search cost 13% of clustering throughput). Loading validates everything a
// damaged file could break: magic, version, exact size, strictly increasing
// terms, df <= documents. Encoding is little-endian and fixed-width, so a
// file is byte-identical across machines for the same counts.
#include "cluster/idf_prior.h"
#include "core/model_path.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace parallax::cluster {
namespace {

constexpr char kMagic[8] = {'P', 'X', 'I', 'D', 'F', '\0', '\0', '\1'};
constexpr uint32_t kVersion = 1;
constexpr size_t kHeader = 8 + 4 + 8 + 8;
constexpr size_t kEntry = 8 + 4;

template <typename T>
void PutLe(std::string* out, T v) {
  for (size_t i = 0; i < sizeof(T); ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

template <typename T>
T GetLe(const char* p) {
  T v = 0;
  for (size_t i = 0; i < sizeof(T); ++i) v |= static_cast<T>(static_cast<unsigned char>(p[i])) << (8 * i);
  return v;
}

}  // namespace

std::string IdfPrior::Encode(uint64_t documents, std::vector<std::pair<uint64_t, uint32_t>> df) {
  std::sort(df.begin(), df.end());
  std::vector<std::pair<uint64_t, uint32_t>> merged;
  for (const auto& [term, n] : df) {
    if (!merged.empty() && merged.back().first == term) {
      merged.back().second += n;
    } else {
      merged.push_back({term, n});
    }
  }
  std::string out(kMagic, sizeof(kMagic));
  PutLe<uint32_t>(&out, kVersion);
  PutLe<uint64_t>(&out, documents);
  PutLe<uint64_t>(&out, merged.size());
  for (const auto& [term, n] : merged) {
    PutLe<uint64_t>(&out, term);
    PutLe<uint32_t>(&out, static_cast<uint32_t>(std::min<uint64_t>(n, documents)));
  }
  return out;
}

Result<std::shared_ptr<const IdfPrior>> IdfPrior::Parse(std::string_view bytes) {
  if (bytes.size() < kHeader || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0) {
    return Status::Corruption("idf prior: bad magic");
  }
  const char* p = bytes.data() + sizeof(kMagic);
  if (GetLe<uint32_t>(p) != kVersion) return Status::Corruption("idf prior: unsupported version");
  uint64_t documents = GetLe<uint64_t>(p + 4);
  uint64_t count = GetLe<uint64_t>(p + 12);
  if (count > (bytes.size() - kHeader) / kEntry || kHeader + count * kEntry != bytes.size()) {
    return Status::Corruption("idf prior: size does not match the term count");
  }
  std::shared_ptr<IdfPrior> prior(new IdfPrior());
  prior->documents_ = documents;
  prior->df_.Reset(count);
  p = bytes.data() + kHeader;
  uint64_t previous = 0;
  for (uint64_t i = 0; i < count; ++i, p += kEntry) {
    uint64_t term = GetLe<uint64_t>(p);
    uint32_t df = GetLe<uint32_t>(p + 8);
    if (term <= previous) return Status::Corruption("idf prior: terms not strictly increasing (or 0)");
    if (df > documents) return Status::Corruption("idf prior: df larger than the document count");
    previous = term;
    prior->df_[term] = df;
  }
  return std::shared_ptr<const IdfPrior>(std::move(prior));
}

Result<std::shared_ptr<const IdfPrior>> IdfPrior::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("idf prior: cannot open " + path);
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status::IOError("idf prior: cannot read " + path);
  return Parse(buf.str());
}

double IdfPrior::Fraction(uint64_t term) const {
  const uint32_t* df = term != 0 ? df_.Find(term) : nullptr;
  if (df == nullptr || documents_ == 0) return 0.0;
  return static_cast<double>(*df) / static_cast<double>(documents_);
}

Result<std::string> DefaultIdfPriorPath() {
  return core::FindModelFile("idf-news-en.bin");
}

}  // namespace parallax::cluster
