#include "parallax/status.h"

namespace parallax {

namespace {
const char* CodeName(Status::Code code) {
  switch (code) {
    case Status::Code::kOk: return "OK";
    case Status::Code::kInvalidArgument: return "invalid input";
    case Status::Code::kNotFound: return "not found";
    case Status::Code::kCorruption: return "corrupt";
    case Status::Code::kIOError: return "I/O error";
    case Status::Code::kResourceExhausted: return "limit exceeded";
    case Status::Code::kUnsupported: return "unsupported";
    case Status::Code::kInternal: return "internal error";
  }
  return "unknown";
}
}  // namespace

std::string Status::ToString() const {
  if (ok()) return "OK";
  return std::string(CodeName(code_)) + ": " + message_;
}

Status Status::WithContext(const std::string& context) const {
  if (ok()) return *this;
  return Status(code_, context + ": " + message_);
}

}  // namespace parallax
