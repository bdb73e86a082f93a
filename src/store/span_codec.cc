#include "store/span_codec.h"

namespace parallax::store {

namespace {

constexpr char kMagic = 'L';
constexpr char kVersion = 1;
enum Kind : char { kParagraphs = 'P', kSentences = 'S', kTokens = 'T' };

void PutVarint(uint64_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>(v | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}
  bool Varint(uint64_t* v) {
    *v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= s_.size()) return false;
      unsigned char b = static_cast<unsigned char>(s_[pos_++]);
      *v |= static_cast<uint64_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) return true;
    }
    return false;
  }
  bool Byte(char* c) {
    if (pos_ >= s_.size()) return false;
    *c = s_[pos_++];
    return true;
  }
  bool done() const { return pos_ == s_.size(); }

 private:
  std::string_view s_;
  size_t pos_ = 0;
};

std::string Header(Kind kind, size_t count) {
  std::string out{kMagic, kVersion, kind};
  PutVarint(count, &out);
  return out;
}

// Spans are coded as (gap from the previous span's begin, length).
void PutSpan(const Span& s, uint32_t* prev, std::string* out) {
  PutVarint(s.begin - *prev, out);
  PutVarint(s.end - s.begin, out);
  *prev = s.begin;
}

bool GetSpan(Reader* r, uint32_t* prev, size_t text_size, Span* s) {
  uint64_t gap, len;
  if (!r->Varint(&gap) || !r->Varint(&len)) return false;
  // Bound each part before adding: a huge varint must not wrap around.
  if (gap > text_size || len > text_size) return false;
  uint64_t b = *prev + gap, e = b + len;
  if (e > text_size) return false;
  s->begin = static_cast<uint32_t>(b);
  s->end = static_cast<uint32_t>(e);
  *prev = s->begin;
  return true;
}

Status Open(Reader* r, Kind kind, uint64_t* count) {
  char m, v, k;
  if (!r->Byte(&m) || !r->Byte(&v) || !r->Byte(&k) || m != kMagic || k != kind) {
    return Status::Corruption("layer blob has a bad header");
  }
  if (v != kVersion) return Status::Corruption("layer blob version " + std::to_string(v) + " is unknown");
  if (!r->Varint(count) || *count > (1u << 28)) return Status::Corruption("layer blob has a bad count");
  return Status::OK();
}

}  // namespace

std::string EncodeParagraphs(const std::vector<Paragraph>& paragraphs) {
  std::string out = Header(kParagraphs, paragraphs.size());
  uint32_t prev = 0;
  for (const auto& p : paragraphs) {
    PutSpan(p.span, &prev, &out);
    out.push_back(p.heading ? 1 : 0);
  }
  return out;
}

std::string EncodeSentences(const std::vector<Sentence>& sentences) {
  std::string out = Header(kSentences, sentences.size());
  uint32_t prev = 0;
  for (const auto& s : sentences) {
    PutSpan(s.span, &prev, &out);
    PutVarint(s.paragraph, &out);
    PutVarint(s.first_token, &out);
    PutVarint(s.token_count, &out);
  }
  return out;
}

std::string EncodeTokens(const std::vector<Token>& tokens) {
  std::string out = Header(kTokens, tokens.size());
  uint32_t prev = 0;
  for (const auto& t : tokens) PutSpan(t.span, &prev, &out);
  return out;
}

Status DecodeParagraphs(std::string_view blob, size_t text_size, std::vector<Paragraph>* out) {
  Reader r(blob);
  uint64_t n;
  PARALLAX_RETURN_IF_ERROR(Open(&r, kParagraphs, &n));
  out->clear();
  uint32_t prev = 0;
  for (uint64_t i = 0; i < n; ++i) {
    Paragraph p;
    char h;
    if (!GetSpan(&r, &prev, text_size, &p.span) || !r.Byte(&h)) return Status::Corruption("paragraph layer truncated");
    p.heading = h != 0;
    out->push_back(p);
  }
  return r.done() ? Status::OK() : Status::Corruption("paragraph layer has trailing bytes");
}

Status DecodeSentences(std::string_view blob, size_t text_size, std::vector<Sentence>* out) {
  Reader r(blob);
  uint64_t n;
  PARALLAX_RETURN_IF_ERROR(Open(&r, kSentences, &n));
  out->clear();
  uint32_t prev = 0;
  for (uint64_t i = 0; i < n; ++i) {
    Sentence s;
    uint64_t para, first, count;
    if (!GetSpan(&r, &prev, text_size, &s.span) || !r.Varint(&para) || !r.Varint(&first) || !r.Varint(&count)) {
      return Status::Corruption("sentence layer truncated");
    }
    s.paragraph = static_cast<uint32_t>(para);
    s.first_token = static_cast<uint32_t>(first);
    s.token_count = static_cast<uint32_t>(count);
    out->push_back(s);
  }
  return r.done() ? Status::OK() : Status::Corruption("sentence layer has trailing bytes");
}

Status DecodeTokens(std::string_view blob, size_t text_size, std::vector<Token>* out) {
  Reader r(blob);
  uint64_t n;
  PARALLAX_RETURN_IF_ERROR(Open(&r, kTokens, &n));
  out->clear();
  out->reserve(n);
  uint32_t prev = 0;
  for (uint64_t i = 0; i < n; ++i) {
    Token t;
    if (!GetSpan(&r, &prev, text_size, &t.span)) return Status::Corruption("token layer truncated");
    out->push_back(t);
  }
  return r.done() ? Status::OK() : Status::Corruption("token layer has trailing bytes");
}

}  // namespace parallax::store
