#include "tools/gz_lines.h"

#include <zlib.h>

#include <vector>

namespace parallax::tools {

Status ForEachGzLine(const std::string& path, const std::function<bool(const std::string& line)>& fn) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return Status::IOError("cannot open " + path);
  std::string line;
  std::vector<char> buf(1 << 20);
  while (gzgets(f, buf.data(), static_cast<int>(buf.size()))) {
    line += buf.data();
    if (line.empty() || line.back() != '\n') continue;  // a line longer than the buffer
    bool more = fn(line);
    line.clear();
    if (!more) break;
  }
  gzclose(f);
  return Status::OK();
}

}  // namespace parallax::tools
