// Little-endian fixed-width encoding helpers for the NER model file
// (docs/formats/ner-model.md). Get* return false (and leave *pos unchanged)
// when fewer bytes remain than requested; they never read out of bounds.
#ifndef PARALLAX_ANNOTATE_NER_SERIAL_H_
#define PARALLAX_ANNOTATE_NER_SERIAL_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace parallax::ner {

template <typename T>
inline void PutFixed(std::string* out, T v) {
  char buf[sizeof(T)];
  for (size_t i = 0; i < sizeof(T); ++i) buf[i] = static_cast<char>((static_cast<uint64_t>(v) >> (8 * i)) & 0xFF);
  out->append(buf, sizeof(T));
}
inline void PutU16(std::string* out, uint16_t v) { PutFixed(out, v); }
inline void PutU32(std::string* out, uint32_t v) { PutFixed(out, v); }
inline void PutU64(std::string* out, uint64_t v) { PutFixed(out, v); }

template <typename T>
inline bool GetFixed(std::string_view data, size_t* pos, T* v) {
  if (*pos > data.size() || data.size() - *pos < sizeof(T)) return false;
  uint64_t x = 0;
  for (size_t i = 0; i < sizeof(T); ++i) x |= static_cast<uint64_t>(static_cast<uint8_t>(data[*pos + i])) << (8 * i);
  *v = static_cast<T>(x);
  *pos += sizeof(T);
  return true;
}
inline bool GetU16(std::string_view d, size_t* p, uint16_t* v) { return GetFixed(d, p, v); }
inline bool GetU32(std::string_view d, size_t* p, uint32_t* v) { return GetFixed(d, p, v); }
inline bool GetU64(std::string_view d, size_t* p, uint64_t* v) { return GetFixed(d, p, v); }

}  // namespace parallax::ner

#endif  // PARALLAX_ANNOTATE_NER_SERIAL_H_
