// FTS5 tokenizer access. SQLite hands out its fts5_api through
// `SELECT fts5(?1)` with a pointer binding; the api stays valid while the
// connection that returned it is open, so one in-memory connection is opened
// once per process and never closed. A tokenizer instance keeps scratch
// buffers (the porter stemmer's, unicode61's case folding), so each thread
// creates its own on first use.
#include "search/fts_tokenizer.h"

#include <sqlite3.h>

#include <memory>
#include <mutex>

namespace parallax::search {

namespace {

struct Fts5Access {
  sqlite3* db = nullptr;
  fts5_api* api = nullptr;
  fts5_tokenizer porter{};
  void* porter_data = nullptr;
  bool ok = false;
};

const Fts5Access& Access() {
  static Fts5Access* access = [] {
    auto* a = new Fts5Access;
    if (sqlite3_open(":memory:", &a->db) != SQLITE_OK) return a;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(a->db, "SELECT fts5(?1)", -1, &st, nullptr) == SQLITE_OK) {
      sqlite3_bind_pointer(st, 1, static_cast<void*>(&a->api), "fts5_api_ptr", nullptr);
      sqlite3_step(st);
    }
    sqlite3_finalize(st);
    a->ok = a->api != nullptr && a->api->xFindTokenizer(a->api, "porter", &a->porter_data, &a->porter) == SQLITE_OK;
    return a;
  }();
  return *access;
}

// One thread's porter tokenizer over unicode61.
class ThreadTokenizer {
 public:
  ThreadTokenizer() {
    const auto& a = Access();
    if (!a.ok) return;
    const char* args[] = {"unicode61", "remove_diacritics", "2"};
    if (a.porter.xCreate(a.porter_data, args, 3, &tok_) != SQLITE_OK) tok_ = nullptr;
  }
  ~ThreadTokenizer() {
    if (tok_) Access().porter.xDelete(tok_);
  }
  Fts5Tokenizer* get() const { return tok_; }

 private:
  Fts5Tokenizer* tok_ = nullptr;
};

struct Context {
  const TokenFn* fn;
};

int OnToken(void* ctx, int flags, const char* token, int n, int begin, int end) {
  if (flags & FTS5_TOKEN_COLOCATED) return SQLITE_OK;
  auto* c = static_cast<Context*>(ctx);
  if (!(*c->fn)(std::string_view(token, static_cast<size_t>(n)), static_cast<size_t>(begin),
                static_cast<size_t>(end))) {
    return SQLITE_DONE;  // stops the tokenizer; not an error for us
  }
  return SQLITE_OK;
}

}  // namespace

Status Tokenize(std::string_view text, const TokenFn& fn) {
  thread_local ThreadTokenizer tokenizer;
  if (tokenizer.get() == nullptr) return Status::Internal("SQLite has no FTS5 porter tokenizer");
  if (text.empty()) return Status::OK();
  Context ctx{&fn};
  int rc = Access().porter.xTokenize(tokenizer.get(), &ctx, FTS5_TOKENIZE_DOCUMENT, text.data(),
                                     static_cast<int>(text.size()), OnToken);
  if (rc != SQLITE_OK && rc != SQLITE_DONE) return Status::Internal("FTS5 tokenizer failed");
  return Status::OK();
}

}  // namespace parallax::search
