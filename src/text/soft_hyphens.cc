#include "text/soft_hyphens.h"

#include <cstring>
#include <string_view>

namespace parallax::text {

namespace {

constexpr std::string_view kSoftHyphen = "\xC2\xAD";

}  // namespace

size_t RemoveSoftHyphens(std::string* text) {
  size_t at = text->find(kSoftHyphen);
  if (at == std::string::npos) return 0;
  // Compact in place: copy each run between soft hyphens down over the gap.
  char* data = text->data();
  const size_t n = text->size();
  size_t out = at;
  for (size_t in = at; in < n;) {
    if (in + 1 < n && data[in] == '\xC2' && data[in + 1] == '\xAD') {
      in += kSoftHyphen.size();
      continue;
    }
    const void* next = std::memchr(data + in + 1, '\xC2', n - in - 1);
    const size_t run_end = next ? static_cast<size_t>(static_cast<const char*>(next) - data) : n;
    std::memmove(data + out, data + in, run_end - in);
    out += run_end - in;
    in = run_end;
  }
  const size_t removed = n - out;
  text->resize(out);
  return removed;
}

}  // namespace parallax::text
