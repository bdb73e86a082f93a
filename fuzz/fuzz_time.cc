// Fuzz target for the temporal tagger: arbitrary bytes as text, the first
// byte choosing the DCT (none / a fixed date / a leap day). Checks that
// every span lies inside the input, spans are ordered and non-empty, and
// every timex has a type and a value; Resolve must accept the result.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "annotate/time/time_tagger.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto* tagger = parallax::time::TimeTagger::Create({}).value().release();
  if (size == 0) return 0;
  static const char* kDcts[] = {"", "2023-07-06", "2024-02-29", "1999-12-31", "garbage"};
  const char* dct = kDcts[data[0] % 5];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  auto found = tagger->Tag(text, dct);
  uint32_t last_end = 0;
  for (const auto& t : found) {
    if (t.span.begin >= t.span.end || t.span.end > text.size() || t.span.begin < last_end) std::abort();
    if (t.type.empty() || t.value.empty()) std::abort();
    last_end = t.span.end;
  }
  tagger->Resolve(text, "2023-07-06", &found);
  return 0;
}
