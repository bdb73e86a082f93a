// Snapshot format of a StoryClusterer (docs/formats/cluster_state.md).
//
// The state is written field by field in little-endian order, every variable
// length part preceded by its count, hash-keyed tables sorted by key so that
// the same state always gives the same bytes, and an xxHash3 checksum of
// everything before it at the end. The reader trusts nothing: it checks the
// magic, version and checksum, refuses counts that cannot fit in the bytes
// left (no allocation larger than the input), and checks every cross
// reference (thread and event indices, sequence order) before the restored
// state is used. The LSH buckets are not stored; they are rebuilt from the
// remembered documents in sequence order, which reproduces them exactly.
#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "cluster/cluster_state.h"

namespace parallax::cluster {
namespace {

constexpr char kMagic[4] = {'P', 'X', 'C', 'S'};
constexpr uint32_t kVersion = 1;

class Writer {
 public:
  void U8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void U32(uint32_t v) {
    for (int i = 0; i < 4; ++i) U8(static_cast<uint8_t>(v >> (8 * i)));
  }
  void U64(uint64_t v) {
    for (int i = 0; i < 8; ++i) U8(static_cast<uint8_t>(v >> (8 * i)));
  }
  void I32(int32_t v) { U32(static_cast<uint32_t>(v)); }
  void F32(float v) {
    uint32_t bits;
    std::memcpy(&bits, &v, 4);
    U32(bits);
  }
  void F64(double v) {
    uint64_t bits;
    std::memcpy(&bits, &v, 8);
    U64(bits);
  }
  void Str(const std::string& s) {
    U32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  void Raw(const char* p, size_t n) { out_.append(p, n); }
  std::string& out() { return out_; }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool U8(uint8_t* v) {
    if (pos_ >= in_.size()) return false;
    *v = static_cast<uint8_t>(in_[pos_++]);
    return true;
  }
  bool U32(uint32_t* v) { return Fixed(v, 4); }
  bool U64(uint64_t* v) { return Fixed(v, 8); }
  bool I32(int32_t* v) {
    uint32_t u;
    if (!U32(&u)) return false;
    *v = static_cast<int32_t>(u);
    return true;
  }
  bool F32(float* v) {
    uint32_t bits;
    if (!U32(&bits)) return false;
    std::memcpy(v, &bits, 4);
    return std::isfinite(*v);
  }
  bool F64(double* v) {
    uint64_t bits;
    if (!U64(&bits)) return false;
    std::memcpy(v, &bits, 8);
    return std::isfinite(*v);
  }
  bool Str(std::string* s) {
    uint32_t n;
    if (!U32(&n) || n > in_.size() - pos_) return false;
    s->assign(in_.substr(pos_, n));
    pos_ += n;
    return true;
  }
  // A count of elements at least `min_bytes` each that must fit in the rest.
  template <typename T>
  bool Count(T* n, size_t min_bytes) {
    if (!Fixed(n, sizeof(T))) return false;
    return static_cast<uint64_t>(*n) <= (in_.size() - pos_) / min_bytes;
  }
  bool done() const { return pos_ == in_.size(); }

 private:
  template <typename T>
  bool Fixed(T* v, int bytes) {
    if (in_.size() - pos_ < static_cast<size_t>(bytes)) return false;
    uint64_t x = 0;
    for (int i = 0; i < bytes; ++i) {
      x |= static_cast<uint64_t>(static_cast<uint8_t>(in_[pos_ + i])) << (8 * i);
    }
    pos_ += bytes;
    *v = static_cast<T>(x);
    return true;
  }
  std::string_view in_;
  size_t pos_ = 0;
};

void WriteEvent(const EventData& e, Writer* w) {
  w->U32(e.thread);
  w->I32(e.first_day);
  w->I32(e.last_day);
  w->I32(e.active_day);
  w->U8(e.open ? 1 : 0);
  w->U32(e.documents);
  w->U32(e.duplicates);
  w->F64(e.norm);
  w->U32(static_cast<uint32_t>(e.member_days.size()));
  for (int32_t d : e.member_days) w->I32(d);
  w->U32(static_cast<uint32_t>(e.profile.size()));
  for (const WeightedTerm& t : e.profile) {
    w->U64(t.term);
    w->F32(t.weight);
  }
  w->U32(static_cast<uint32_t>(e.entities.size()));
  for (const auto& [h, c] : e.entities) {
    w->U64(h);
    w->U32(c);
  }
  w->U32(static_cast<uint32_t>(e.mentioned_days.size()));
  for (int32_t d : e.mentioned_days) w->I32(d);
  w->U32(static_cast<uint32_t>(e.outlets.size()));
  for (const std::string& o : e.outlets) w->Str(o);
  w->U32(e.next_member);
  w->U32(static_cast<uint32_t>(e.members.size()));
  for (const std::vector<WeightedTerm>& m : e.members) {
    w->U32(static_cast<uint32_t>(m.size()));
    for (const WeightedTerm& t : m) {
      w->U64(t.term);
      w->F32(t.weight);
    }
  }
}

// Days are kNoDay or within +-10^7 days of 1970, so that window arithmetic
// cannot overflow.
bool ValidDay(int32_t d) { return d == kNoDay || (d > -10000000 && d < 10000000); }

bool ValidDays(const std::vector<int32_t>& days) {
  for (int32_t d : days) {
    if (!ValidDay(d) || d == kNoDay) return false;
  }
  return true;
}

// One (term, weight) pair; term 0 is not a hash (TermTable's empty key).
// WeightedTerm is packed, so the fields are read through locals.
bool ReadTerm(Reader* r, WeightedTerm* t) {
  uint64_t term;
  float weight;
  if (!r->U64(&term) || !r->F32(&weight) || term == 0) return false;
  t->term = term;
  t->weight = weight;
  return true;
}

bool ReadEvent(Reader* r, EventData* e) {
  uint8_t open;
  uint32_t n;
  if (!r->U32(&e->thread) || !r->I32(&e->first_day) || !r->I32(&e->last_day) ||
      !r->I32(&e->active_day) || !r->U8(&open) || open > 1 || !r->U32(&e->documents) ||
      !r->U32(&e->duplicates) || !r->F64(&e->norm)) {
    return false;
  }
  e->open = open == 1;
  if (!r->Count(&n, 4)) return false;
  e->member_days.resize(n);
  for (int32_t& d : e->member_days) {
    if (!r->I32(&d)) return false;
  }
  if (!r->Count(&n, 12)) return false;
  e->profile.resize(n);
  for (WeightedTerm& t : e->profile) {
    if (!ReadTerm(r, &t)) return false;
  }
  if (!r->Count(&n, 12)) return false;
  e->entities.resize(n);
  for (auto& [h, c] : e->entities) {
    if (!r->U64(&h) || !r->U32(&c)) return false;
  }
  if (!r->Count(&n, 4)) return false;
  e->mentioned_days.resize(n);
  for (int32_t& d : e->mentioned_days) {
    if (!r->I32(&d)) return false;
  }
  if (!r->Count(&n, 4)) return false;
  e->outlets.resize(n);
  for (std::string& o : e->outlets) {
    if (!r->Str(&o)) return false;
  }
  if (!r->U32(&e->next_member) || !r->Count(&n, 4)) return false;
  e->members.resize(n);
  for (std::vector<WeightedTerm>& m : e->members) {
    uint32_t len;
    if (!r->Count(&len, 12)) return false;
    m.resize(len);
    for (WeightedTerm& t : m) {
      if (!ReadTerm(r, &t)) return false;
    }
  }
  return ValidDay(e->first_day) && ValidDay(e->last_day) && ValidDay(e->active_day) &&
         ValidDays(e->member_days) && ValidDays(e->mentioned_days);
}

void WriteDup(const DupEntry& d, Writer* w) {
  w->U64(d.seq);
  w->Str(d.doc_id);
  w->U32(d.event);
  w->I32(d.day);
  w->U64(d.body_hash);
  for (uint32_t x : d.sig) w->U32(x);
}

bool ReadDup(Reader* r, DupEntry* d) {
  if (!r->U64(&d->seq) || !r->Str(&d->doc_id) || !r->U32(&d->event) || !r->I32(&d->day) ||
      !r->U64(&d->body_hash)) {
    return false;
  }
  for (uint32_t& x : d->sig) {
    if (!r->U32(&x)) return false;
  }
  return true;
}

}  // namespace

std::string SerializeState(const StoryClusterer::State& s) {
  Writer w;
  w.Raw(kMagic, 4);
  w.U32(kVersion);
  w.U64(s.num_docs);
  w.U64(s.next_seq);
  w.I32(s.clock);
  w.U32(s.first_open);
  std::vector<std::pair<uint64_t, uint32_t>> df;
  df.reserve(s.df.size());
  s.df.ForEach([&](uint64_t term, uint32_t n) { df.emplace_back(term, n); });
  std::sort(df.begin(), df.end());
  w.U64(df.size());
  for (const auto& [term, n] : df) {
    w.U64(term);
    w.U32(n);
  }
  w.U64(s.thread_active_day.size());
  for (int32_t d : s.thread_active_day) w.I32(d);
  w.U64(s.events.size());
  for (const EventData& e : s.events) WriteEvent(e, &w);
  w.U64(s.postings.size());
  s.postings.ForEachSorted([&](uint64_t term, const std::vector<uint32_t>& list) {
    w.U64(term);
    w.U32(static_cast<uint32_t>(list.size()));
    for (uint32_t e : list) w.U32(e);
  });
  w.U64(s.dups.size());
  for (const DupEntry& d : s.dups.entries()) WriteDup(d, &w);
  uint64_t checksum = XXH3_64bits(w.out().data(), w.out().size());
  w.U64(checksum);
  return std::move(w.out());
}

namespace {

Status Corrupt(const char* what) {
  return Status::Corruption(std::string("cluster state: ") + what);
}

Status ReadTables(Reader* r, StoryClusterer::State* s) {
  uint64_t n;
  if (!r->Count(&n, 12)) return Corrupt("bad document-frequency table");
  s->df.Reset(n);
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t term;
    uint32_t df;
    if (!r->U64(&term) || !r->U32(&df)) return Corrupt("truncated document frequencies");
    if (term == 0) return Corrupt("zero term hash");
    s->df[term] = df;
  }
  if (!r->Count(&n, 4)) return Corrupt("bad thread table");
  s->thread_active_day.resize(n);
  for (int32_t& d : s->thread_active_day) {
    if (!r->I32(&d) || !ValidDay(d)) return Corrupt("truncated threads or invalid day");
  }
  if (!r->Count(&n, 41)) return Corrupt("bad event table");
  s->events.resize(n);
  for (EventData& e : s->events) {
    if (!ReadEvent(r, &e)) return Corrupt("truncated or invalid event");
    if (e.thread >= s->thread_active_day.size()) return Corrupt("event names an unknown thread");
  }
  return Status::OK();
}

Status ReadIndexes(Reader* r, StoryClusterer::State* s) {
  uint64_t n;
  if (!r->Count(&n, 12)) return Corrupt("bad postings table");
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t term;
    uint32_t len;
    if (!r->U64(&term) || !r->Count(&len, 4)) return Corrupt("truncated postings");
    if (term == 0) return Corrupt("posting for term 0");
    std::vector<uint32_t>& list = s->postings[term];
    list.resize(len);
    for (uint32_t& e : list) {
      if (!r->U32(&e) || e >= s->events.size()) return Corrupt("posting names an unknown event");
    }
  }
  if (!r->Count(&n, 8 + 4 + 4 + 4 + 8 + 4 * kMinHashSize)) return Corrupt("bad duplicate table");
  uint64_t last_seq = 0;
  for (uint64_t i = 0; i < n; ++i) {
    DupEntry d;
    if (!ReadDup(r, &d)) return Corrupt("truncated duplicate entry");
    if (d.event >= s->events.size()) return Corrupt("duplicate entry names an unknown event");
    if (!ValidDay(d.day)) return Corrupt("duplicate entry has an invalid day");
    if ((i > 0 && d.seq <= last_seq) || d.seq >= s->next_seq) return Corrupt("bad sequence order");
    last_seq = d.seq;
    s->dups.Add(std::move(d));
  }
  return Status::OK();
}

}  // namespace

Status DeserializeState(std::string_view bytes, StoryClusterer::State* s) {
  if (bytes.size() < 16 || std::memcmp(bytes.data(), kMagic, 4) != 0) {
    return Corrupt("not a cluster state snapshot (bad magic)");
  }
  std::string_view body = bytes.substr(0, bytes.size() - 8);
  Reader tail(bytes.substr(bytes.size() - 8));
  uint64_t checksum;
  tail.U64(&checksum);
  if (checksum != XXH3_64bits(body.data(), body.size())) return Corrupt("checksum mismatch");
  Reader r(body.substr(4));
  uint32_t version;
  if (!r.U32(&version)) return Corrupt("truncated header");
  if (version != kVersion) {
    return Status::Unsupported("cluster state: version " + std::to_string(version) +
                               " (this build reads " + std::to_string(kVersion) + ")");
  }
  if (!r.U64(&s->num_docs) || !r.U64(&s->next_seq) || !r.I32(&s->clock) || !r.U32(&s->first_open)) {
    return Corrupt("truncated header");
  }
  if (!ValidDay(s->clock)) return Corrupt("invalid clock");
  PARALLAX_RETURN_IF_ERROR(ReadTables(&r, s));
  if (s->first_open > s->events.size()) return Corrupt("first open event out of range");
  PARALLAX_RETURN_IF_ERROR(ReadIndexes(&r, s));
  if (!r.done()) return Corrupt("trailing bytes");
  s->SyncSpans();
  return Status::OK();
}

}  // namespace parallax::cluster
