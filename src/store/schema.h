// Schema migrations for the article database. Migration N (1-based) brings a
// database from user_version N-1 to N; each runs in its own transaction.
#ifndef PARALLAX_STORE_SCHEMA_H_
#define PARALLAX_STORE_SCHEMA_H_

#include <sqlite3.h>

#include "parallax/status.h"

namespace parallax::store {

// The schema version this binary writes.
int LatestSchemaVersion();

// Applies missing migrations. kCorruption when the file's version is newer
// than LatestSchemaVersion().
Status Migrate(sqlite3* db, int* version);

}  // namespace parallax::store

#endif  // PARALLAX_STORE_SCHEMA_H_
