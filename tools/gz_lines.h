// Line-by-line reading of the gzipped JSON-lines corpora the tools train and
// evaluate on (e.g. allsides-news.jsonl.gz; plain files read as well, since
// zlib passes uncompressed input through). Tool-only code.
#ifndef PARALLAX_TOOLS_GZ_LINES_H_
#define PARALLAX_TOOLS_GZ_LINES_H_

#include <functional>
#include <string>

#include "parallax/status.h"

namespace parallax::tools {

// Calls `fn` with each complete line of the file at `path` (with its '\n'),
// in order, until `fn` returns false or the file ends. IOError when the file
// cannot be opened.
Status ForEachGzLine(const std::string& path, const std::function<bool(const std::string& line)>& fn);

}  // namespace parallax::tools

#endif  // PARALLAX_TOOLS_GZ_LINES_H_
