// Status and Result<T>: how every Parallax module reports failure.
//
// A Status is either OK or carries a code and a human-readable message. No
// exception crosses a module boundary; functions that can fail return Status
// (or Result<T> when they also produce a value). Bad input is a value, not a
// crash: readers return InvalidArgument/Corruption with a message that names
// the input and the reason.
//
// Thread safety: Status and Result are plain values; const methods are safe
// to call concurrently.
#ifndef PARALLAX_STATUS_H_
#define PARALLAX_STATUS_H_

#include <string>
#include <utility>
#include <variant>

namespace parallax {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,   // the input is malformed or unsupported
    kNotFound,          // a named thing does not exist
    kCorruption,        // stored or streamed data is damaged (truncated gzip, cut WARC)
    kIOError,           // the operating system refused (open, read, write)
    kResourceExhausted, // a configured limit was hit (max bytes, max records)
    kUnsupported,       // valid input in a format or encoding we cannot handle
    kInternal,          // a bug or a library failure
  };

  Status() = default;  // OK

  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string msg) { return Status(Code::kInvalidArgument, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  static Status IOError(std::string msg) { return Status(Code::kIOError, std::move(msg)); }
  static Status ResourceExhausted(std::string msg) { return Status(Code::kResourceExhausted, std::move(msg)); }
  static Status Unsupported(std::string msg) { return Status(Code::kUnsupported, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // "OK", or "<code name>: <message>".
  std::string ToString() const;

  // Returns a copy whose message is "<context>: <message>"; OK stays OK.
  Status WithContext(const std::string& context) const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// Holds either a value or a non-OK Status. Accessing value() on an error is a
// programming bug (checked by assert in debug builds).
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}                 // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}          // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(v_); }
  Status status() const { return ok() ? Status::OK() : std::get<Status>(v_); }

  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }

  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace parallax

#define PARALLAX_RETURN_IF_ERROR(expr)      \
  do {                                      \
    ::parallax::Status _st = (expr);        \
    if (!_st.ok()) return _st;              \
  } while (0)

#endif  // PARALLAX_STATUS_H_
