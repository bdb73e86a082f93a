// Read paths never create a database: a missing file is an error, not an
// empty store. Migration needs a writable connection once; afterwards every
// reader opens read-only, so a GET can never change the file.
#include "serve/open_store.h"

#include <unistd.h>

#include <filesystem>

namespace parallax::serve {

Status MigrateIfNeeded(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return Status::NotFound(path + ": no such database file");
  if (access(path.c_str(), W_OK) != 0) return Status::OK();
  auto writable = Store::Open(path);
  return writable.ok() ? Status::OK() : writable.status();
}

Result<std::unique_ptr<Store>> OpenReadOnly(const std::string& path) {
  PARALLAX_RETURN_IF_ERROR(MigrateIfNeeded(path));
  StoreOptions options;
  options.read_only = true;
  return Store::Open(path, options);
}

}  // namespace parallax::serve
