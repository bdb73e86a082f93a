#include "core/file_util.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace parallax::core {

Result<std::string> ReadFileToString(const std::string& path) {
  FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status::IOError(path + ": cannot open: " + std::strerror(errno));
  std::string out;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof(buf), f)) > 0) out.append(buf, n);
  bool failed = std::ferror(f) != 0;
  int saved = errno;
  if (f != stdin) std::fclose(f);
  if (failed) return Status::IOError(path + ": read failed: " + std::strerror(saved));
  return out;
}

}  // namespace parallax::core
