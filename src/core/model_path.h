// Where model files (models/*.bin) are found at run time, for every
// component that ships one: $PARALLAX_MODELS/<name> when PARALLAX_MODELS is
// set; else the source tree's models/ (compiled in); else models/ next to the
// running binary or in any of its parent directories.
#ifndef PARALLAX_CORE_MODEL_PATH_H_
#define PARALLAX_CORE_MODEL_PATH_H_

#include <string>

#include "parallax/status.h"

namespace parallax::core {

// The path of model file `name` ("ner-en.bin"). kNotFound names the file and
// says how to point at it.
Result<std::string> FindModelFile(const std::string& name);

}  // namespace parallax::core

#endif  // PARALLAX_CORE_MODEL_PATH_H_
