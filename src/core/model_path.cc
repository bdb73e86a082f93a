#include "core/model_path.h"

#include <cstdlib>
#include <filesystem>

namespace parallax::core {

Result<std::string> FindModelFile(const std::string& name) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (const char* env = std::getenv("PARALLAX_MODELS"); env && *env) {
    fs::path p = fs::path(env) / name;
    if (fs::exists(p, ec)) return p.string();
    return Status::NotFound("PARALLAX_MODELS is set but " + p.string() + " does not exist");
  }
#ifdef PARALLAX_SOURCE_MODELS_DIR
  if (fs::path p = fs::path(PARALLAX_SOURCE_MODELS_DIR) / name; fs::exists(p, ec)) return p.string();
#endif
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path(); dir = dir.parent_path()) {
      fs::path p = dir / "models" / name;
      if (fs::exists(p, ec)) return p.string();
    }
  }
  return Status::NotFound("model file " + name + " not found (set PARALLAX_MODELS to the folder holding it)");
}

}  // namespace parallax::core
