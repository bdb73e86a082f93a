// Thin RAII helpers over the SQLite C API, private to the store module.
#ifndef PARALLAX_STORE_SQLITE_UTIL_H_
#define PARALLAX_STORE_SQLITE_UTIL_H_

#include <sqlite3.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "parallax/status.h"

namespace parallax::store {

// A prepared statement; Reset() makes it reusable.
class Stmt {
 public:
  Stmt() = default;
  ~Stmt() { sqlite3_finalize(stmt_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Status Prepare(sqlite3* db, std::string_view sql);
  void BindText(int i, std::string_view v) {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void BindBlob(int i, std::string_view v) {
    sqlite3_bind_blob(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void BindInt(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
  void BindNull(int i) { sqlite3_bind_null(stmt_, i); }
  // SQLITE_ROW, SQLITE_DONE, or an error code.
  int Step() { return sqlite3_step(stmt_); }
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  std::string Text(int col) const;
  std::string Blob(int col) const;
  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  sqlite3_stmt* get() { return stmt_; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

// A statement borrowed from a StmtCache for one call: reset when the lease
// ends, so a cached statement never holds a read transaction (a WAL
// snapshot) open between calls. Move-only.
class StmtLease {
 public:
  explicit StmtLease(Stmt* stmt) : stmt_(stmt) {}
  StmtLease(StmtLease&& o) noexcept : stmt_(o.stmt_) { o.stmt_ = nullptr; }
  StmtLease& operator=(StmtLease&&) = delete;
  ~StmtLease() {
    if (stmt_) stmt_->Reset();
  }
  Stmt* operator->() const { return stmt_; }
  Stmt& operator*() const { return *stmt_; }

 private:
  Stmt* stmt_;
};

// Prepared statements by SQL text, for a run of many similar calls on one
// connection (each prepared once). Get() hands out a statement reset and
// unbound; Lease() one that is reset again when the lease ends (for
// statements kept across calls). Not thread-safe; must not outlive the
// connection.
class StmtCache {
 public:
  explicit StmtCache(sqlite3* db) : db_(db) {}
  sqlite3* db() const { return db_; }
  Result<Stmt*> Get(const std::string& sql);
  Result<StmtLease> Lease(const std::string& sql) {
    auto st = Get(sql);
    if (!st.ok()) return st.status();
    return StmtLease(*st);
  }
  void Clear() { stmts_.clear(); }

 private:
  sqlite3* db_;
  std::unordered_map<std::string, std::unique_ptr<Stmt>> stmts_;
};

// Runs SQL without results; kIOError/kCorruption with SQLite's message.
Status Exec(sqlite3* db, std::string_view sql);

// A Status from the connection's last error.
Status SqliteError(sqlite3* db, std::string_view what);

}  // namespace parallax::store

#endif  // PARALLAX_STORE_SQLITE_UTIL_H_
