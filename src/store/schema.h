// Schema migrations for the article database. Migration N (1-based) brings a
// database from user_version N-1 to N; each runs in its own transaction.
#ifndef PARALLAX_STORE_SCHEMA_H_
#define PARALLAX_STORE_SCHEMA_H_

#include <sqlite3.h>

#include <string_view>

#include "parallax/status.h"

namespace parallax::store {

// The schema version this binary writes.
int LatestSchemaVersion();

// Applies missing migrations. kCorruption when the file's version is newer
// than LatestSchemaVersion().
Status Migrate(sqlite3* db, int* version);

// Applies missing migrations up to `target` only (tests build databases as an
// older binary wrote them). *version gets the resulting version.
Status MigrateTo(sqlite3* db, int target, int* version);

// The migration (1-based) that creates table `name`, 0 when none does.
int MigrationCreating(std::string_view name);

}  // namespace parallax::store

#endif  // PARALLAX_STORE_SCHEMA_H_
