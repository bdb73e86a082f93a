// InputStream: bytes from a file, stdin or memory, with gzip removed
// transparently (detected by magic, not by extension; multi-member gzip such
// as WARC.gz is read as one stream).
//
// Not thread-safe: one reader at a time. Errors are Status values naming the
// input: a truncated or corrupt gzip stream is kCorruption.
#ifndef PARALLAX_INGEST_INPUT_STREAM_H_
#define PARALLAX_INGEST_INPUT_STREAM_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "parallax/status.h"

namespace parallax::ingest {

class InputStream {
 public:
  virtual ~InputStream() = default;

  // Opens `path` ("-" is standard input). Peeks at the first bytes to decide
  // whether the data is gzip-compressed.
  static Result<std::unique_ptr<InputStream>> Open(const std::string& path);

  // Reads from bytes held in memory (the stream keeps a copy).
  static std::unique_ptr<InputStream> FromString(std::string bytes, std::string name);

  // Reads up to `n` bytes into `buf`; returns 0 at end of stream.
  virtual Result<size_t> Read(char* buf, size_t n) = 0;

  // The name used in error messages (the path, or "<stdin>").
  virtual const std::string& name() const = 0;

  // True when the underlying bytes are gzip-compressed.
  virtual bool compressed() const = 0;
};

// The whole (decompressed) content of `path`; kResourceExhausted past
// `max_bytes`. For tools and benchmarks that need a file's bytes at once.
Result<std::string> ReadDecompressedFile(const std::string& path, size_t max_bytes = size_t{1} << 30);

// Buffered line/record access on top of an InputStream, for streaming formats
// (JSONL, WARC). Keeps at most one record in memory.
class BufferedReader {
 public:
  explicit BufferedReader(std::unique_ptr<InputStream> in);

  // Reads the next line without its "\n" (and without a trailing "\r").
  // Returns false at end of stream; a line longer than `max_line` is an error.
  Result<bool> ReadLine(std::string* line, size_t max_line);

  // Reads exactly `n` bytes (fewer only at end of stream; *got tells how many).
  Status ReadExactly(size_t n, std::string* out, size_t* got);

  // Discards `n` bytes (or fewer at end of stream).
  Status Skip(size_t n);

  // Peeks at up to `n` bytes without consuming them.
  Result<std::string_view> Peek(size_t n);

  // Reads everything that is left, failing with kResourceExhausted past `max`.
  Status ReadAll(std::string* out, size_t max);

  const std::string& name() const { return in_->name(); }
  uint64_t offset() const { return consumed_; }

 private:
  Status Fill(size_t want);  // makes sure buf_ holds `want` unread bytes if possible

  std::unique_ptr<InputStream> in_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
  uint64_t consumed_ = 0;
};

}  // namespace parallax::ingest

#endif  // PARALLAX_INGEST_INPUT_STREAM_H_
