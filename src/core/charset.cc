#include "core/charset.h"

#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "core/ascii.h"

namespace parallax::core {

std::string DetectCharset(std::string_view bytes) {
  uchardet_t ud = uchardet_new();
  // uchardet needs only a sample; 256 KiB is plenty and bounds the cost.
  size_t n = std::min<size_t>(bytes.size(), 256 << 10);
  std::string result;
  if (uchardet_handle_data(ud, bytes.data(), n) == 0) {
    uchardet_data_end(ud);
    const char* cs = uchardet_get_charset(ud);
    if (cs) result = AsciiLowered(cs);
  }
  uchardet_delete(ud);
  return result;
}

Result<std::string> ConvertToUtf8(std::string_view bytes, const std::string& charset) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(charset.c_str(), &err);
  if (U_FAILURE(err) || conv == nullptr) return Status::Unsupported("unknown character set '" + charset + "'");
  ucnv_close(conv);
  icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), charset.c_str());
  if (u.isBogus()) return Status::InvalidArgument("cannot decode as " + charset);
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace parallax::core
