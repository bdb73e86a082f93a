// Opening an existing store for reading, for the query paths (search, the HTTP
// server). Thread safety: free functions; each returned Store is used by one
// thread at a time (see parallax/store.h).
#ifndef PARALLAX_SERVE_OPEN_STORE_H_
#define PARALLAX_SERVE_OPEN_STORE_H_

#include <memory>
#include <string>

#include "parallax/store.h"

namespace parallax::serve {

// Brings the database at `path` to the current schema (a short writable open
// that runs pending migrations, e.g. building the search index of a database
// written by an older binary). kNotFound when the file does not exist; a file
// the process cannot write is left as it is (queries needing newer tables
// then fail with the store's error).
Status MigrateIfNeeded(const std::string& path);

// MigrateIfNeeded, then a read-only connection.
Result<std::unique_ptr<Store>> OpenReadOnly(const std::string& path);

}  // namespace parallax::serve

#endif  // PARALLAX_SERVE_OPEN_STORE_H_
