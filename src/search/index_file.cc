// The memory index saved next to the store (docs/formats/search_index.md),
// so a server restart loads it in a fraction of a second instead of
// re-tokenizing every article (26-36 s of CPU for 100k articles).
//
// The file is a cache, never a source of truth: it records which articles it
// covers (their seqs and ids), the caller checks the newest and oldest of
// them against the store before trusting it (a replaced or rebuilt database
// has other ids under the same seqs), catches up the articles stored since by
// seq, and re-reads the publication dates (re-annotation can change them).
// A file that is missing, damaged (checksum), of another version or stale is
// simply rebuilt. Everything is varint-coded; a posting list is stored as
// doc-number deltas, then its weights, which makes the file about a third of
// the index's memory.
//
// The reader trusts nothing: every count is bounded by the bytes left,
// every doc number, outlet number and weight is range-checked, doc numbers
// must ascend within a list and seqs across documents, names must be unique,
// and the checksum (xxHash64 of every byte before it) must match.
#include <xxhash.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "search/memory_index.h"

namespace parallax::search {

namespace {

constexpr std::string_view kMagic = "PXSI";
constexpr uint64_t kVersion = 1;

void PutVarint(std::string* out, uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

void PutString(std::string* out, std::string_view s) {
  PutVarint(out, s.size());
  out->append(s);
}

Status Corrupt(const std::string& what) { return Status::Corruption("search index file: " + what); }

}  // namespace

// Bounds-checked reading of varints and strings; every method returns false
// (and the decoder reports Corruption) instead of reading past the end.
class IndexReader {
 public:
  explicit IndexReader(std::string_view data) : data_(data) {}
  bool Varint(uint64_t* v) {
    uint64_t x = 0;
    for (int shift = 0; shift < 64 && pos_ < data_.size(); shift += 7) {
      auto b = static_cast<uint8_t>(data_[pos_++]);
      x |= static_cast<uint64_t>(b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        *v = x;
        return b != 0 || shift == 0;  // the shortest encoding only: one index, one file
      }
    }
    return false;
  }
  bool Below(uint64_t bound, uint64_t* v) { return Varint(v) && *v < bound; }
  // A count of items each at least `min_bytes` long.
  bool Count(uint64_t* n, size_t min_bytes) { return Varint(n) && *n <= left() / min_bytes; }
  bool String(std::string* s) {
    uint64_t n = 0;
    if (!Varint(&n) || n > left()) return false;
    s->assign(data_.substr(pos_, n));
    pos_ += n;
    return true;
  }
  size_t left() const { return data_.size() - pos_; }

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

std::string MemoryIndex::Encode() const {
  std::shared_lock<std::shared_mutex> lock(mu_);
  std::string out(kMagic);
  PutVarint(&out, kVersion);
  std::vector<const std::string*> outlets(outlet_ids_.size());
  for (const auto& [name, id] : outlet_ids_) outlets[id] = &name;
  PutVarint(&out, outlets.size());
  for (const std::string* name : outlets) PutString(&out, *name);
  std::vector<const std::string*> ids(seqs_.size());
  for (const auto& [id, doc] : doc_of_id_) ids[doc] = &id;
  PutVarint(&out, seqs_.size());
  for (size_t d = 0; d < seqs_.size(); ++d) {
    PutVarint(&out, static_cast<uint64_t>(seqs_[d] - (d == 0 ? 0 : seqs_[d - 1])));
    PutVarint(&out, lengths_[d]);
    PutVarint(&out, outlets_[d]);
    PutString(&out, *ids[d]);
    PutString(&out, published_[d]);
  }
  std::vector<const std::string*> terms(postings_.size());
  for (const auto& [name, id] : term_ids_) terms[id] = &name;
  PutVarint(&out, terms.size());
  for (size_t t = 0; t < terms.size(); ++t) {
    const Postings& p = postings_[t];
    PutString(&out, *terms[t]);
    PutVarint(&out, p.docs.size());
    for (size_t i = 0; i < p.docs.size(); ++i) PutVarint(&out, p.docs[i] - (i == 0 ? 0 : p.docs[i - 1]));
    for (uint16_t w : p.weights) PutVarint(&out, w);
  }
  const uint64_t sum = XXH64(out.data(), out.size(), 0);
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((sum >> (8 * i)) & 0xFF));
  return out;
}

Status MemoryIndex::DecodeDocs(IndexReader* r) {
  uint64_t n_outlets = 0, n_docs = 0;
  if (!r->Count(&n_outlets, 1)) return Corrupt("outlet count");
  for (uint64_t o = 0; o < n_outlets; ++o) {
    std::string name;
    if (!r->String(&name)) return Corrupt("outlet name");
    if (!outlet_ids_.try_emplace(std::move(name), static_cast<uint32_t>(o)).second) return Corrupt("outlet repeated");
  }
  if (!r->Count(&n_docs, 5) || n_docs >= UINT32_MAX) return Corrupt("document count");
  for (uint64_t d = 0; d < n_docs; ++d) {
    uint64_t delta = 0, length = 0, outlet = 0;
    std::string id, published;
    if (!r->Varint(&delta) || delta == 0 || delta > static_cast<uint64_t>(INT64_MAX - last_seq_locked())) {
      return Corrupt("seq of document " + std::to_string(d));
    }
    if (!r->Below(UINT32_MAX, &length) || !r->Below(n_outlets, &outlet) || !r->String(&id) ||
        !r->String(&published)) {
      return Corrupt("document " + std::to_string(d));
    }
    if (!doc_of_id_.emplace(std::move(id), static_cast<uint32_t>(d)).second) return Corrupt("article id repeated");
    seqs_.push_back(last_seq_locked() + static_cast<int64_t>(delta));
    lengths_.push_back(static_cast<uint32_t>(length));
    total_tokens_ += length;
    outlets_.push_back(static_cast<uint32_t>(outlet));
    published_.push_back(std::move(published));
  }
  return Status::OK();
}

Status MemoryIndex::DecodeTerms(IndexReader* r) {
  uint64_t n_terms = 0;
  if (!r->Count(&n_terms, 3)) return Corrupt("term count");
  const uint64_t n_docs = seqs_.size();
  postings_.resize(n_terms);
  for (uint64_t t = 0; t < n_terms; ++t) {
    std::string name;
    uint64_t m = 0;
    if (!r->String(&name) || name.empty()) return Corrupt("term " + std::to_string(t));
    if (!r->Count(&m, 2) || m == 0 || m > n_docs) return Corrupt("posting count of '" + name + "'");
    Postings& p = postings_[t];
    p.docs.reserve(m);
    p.weights.reserve(m);
    uint64_t doc = 0;
    for (uint64_t i = 0; i < m; ++i) {
      uint64_t delta = 0;
      if (!r->Varint(&delta) || (i > 0 && delta == 0) || delta >= n_docs - doc) {
        return Corrupt("postings of '" + name + "'");
      }
      doc += delta;
      p.docs.push_back(static_cast<uint32_t>(doc));
    }
    for (uint64_t i = 0; i < m; ++i) {
      uint64_t w = 0;
      if (!r->Below(65536, &w)) return Corrupt("weights of '" + name + "'");
      p.weights.push_back(static_cast<uint16_t>(w));
    }
    posting_count_ += m;
    if (!term_ids_.try_emplace(std::move(name), static_cast<uint32_t>(t)).second) return Corrupt("term repeated");
  }
  return Status::OK();
}

Status MemoryIndex::Decode(std::string_view data) {
  std::lock_guard<std::mutex> writer(writer_mu_);
  std::unique_lock<std::shared_mutex> lock(mu_);
  ClearLocked();
  if (data.size() < kMagic.size() + 9 || data.substr(0, kMagic.size()) != kMagic) return Corrupt("not an index file");
  const size_t body = data.size() - 8;
  uint64_t sum = 0;
  for (int i = 0; i < 8; ++i) sum |= static_cast<uint64_t>(static_cast<uint8_t>(data[body + i])) << (8 * i);
  if (XXH64(data.data(), body, 0) != sum) return Corrupt("checksum mismatch");
  IndexReader r(data.substr(kMagic.size(), body - kMagic.size()));
  uint64_t version = 0;
  if (!r.Varint(&version) || version != kVersion) return Corrupt("unsupported version");
  Status s = DecodeDocs(&r);
  if (s.ok()) s = DecodeTerms(&r);
  if (s.ok() && r.left() != 0) s = Corrupt("bytes after the last term");
  if (!s.ok()) {
    ClearLocked();
    return s;
  }
  RecomputeNormsLocked();
  return Status::OK();
}

Status MemoryIndex::Save(const std::string& path) const {
  const std::string bytes = Encode();
  const std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    if (!f) return Status::IOError(tmp + ": cannot write the search index");
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!f.flush()) {
      std::remove(tmp.c_str());
      return Status::IOError(tmp + ": cannot write the search index");
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return Status::IOError(path + ": cannot replace the search index");
  }
  return Status::OK();
}

Status MemoryIndex::Load(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return Status::NotFound(path + ": no search index file");
  std::ostringstream buffer;
  buffer << f.rdbuf();
  return Decode(buffer.str()).WithContext(path);
}

Status MemoryIndex::Verify(Store* store) const {
  // The first and the newest indexed article, by seq and id.
  std::vector<int64_t> seqs;
  std::map<int64_t, std::string> expected;
  {
    std::shared_lock<std::shared_mutex> lock(mu_);
    if (seqs_.empty()) return Status::OK();
    seqs = {seqs_.front()};
    if (seqs_.size() > 1) seqs.push_back(seqs_.back());
    for (const auto& [id, doc] : doc_of_id_) {
      if (doc == 0 || doc + 1 == seqs_.size()) expected[seqs_[doc]] = id;
    }
  }
  auto texts = store->ArticleTextsBySeq(seqs);
  if (!texts.ok()) return texts.status();
  bool same = texts->size() == seqs.size();
  for (const auto& t : *texts) same = same && expected[t.seq] == t.id;
  if (!same) return Status::Corruption("search index file describes other articles than the store holds");
  return Status::OK();
}

}  // namespace parallax::search
