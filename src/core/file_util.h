// Whole-file reads for small inputs (models, registries, evaluation files).
// Article inputs go through ingest/input_stream.h instead (gzip, limits).
#ifndef PARALLAX_CORE_FILE_UTIL_H_
#define PARALLAX_CORE_FILE_UTIL_H_

#include <string>

#include "parallax/status.h"

namespace parallax::core {

// The bytes of the file at `path` ("-" reads standard input).
// Errors: kIOError naming the path and the reason.
Result<std::string> ReadFileToString(const std::string& path);

}  // namespace parallax::core

#endif  // PARALLAX_CORE_FILE_UTIL_H_
