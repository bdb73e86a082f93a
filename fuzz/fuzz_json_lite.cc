// Differential fuzzing of ingest/json_lite against nlohmann::json: json_lite
// may decline any input, but what it accepts nlohmann must accept with equal
// values. A disagreement, crash or sanitizer report is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/json_lite_compare.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  using parallax::ingest::testing_json::Agreement;
  if (parallax::ingest::testing_json::CompareWithNlohmann(text) == Agreement::kDifferent) __builtin_trap();
  return 0;
}
