// Line-level precision pass of the main-text extractor.
//
// Internal header of parallax_html. Pure functions, thread-safe.
#ifndef PARALLAX_INGEST_HTML_HTML_FILTER_H_
#define PARALLAX_INGEST_HTML_HTML_FILTER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/html/html_extract.h"

namespace parallax::ingest::html {

struct LineInfo {
  std::string text;      // trimmed, whitespace collapsed
  int heading = 0;       // 1..6 for h1..h6, else 0
  uint32_t link_chars = 0;
};

// True when text ends with sentence-final punctuation (any script).
bool EndsSentence(std::string_view text);

// Drops boilerplate lines (see html_filter.cc) and converts to HtmlBlocks.
std::vector<HtmlBlock> FilterLines(std::vector<LineInfo> lines, const std::string& title,
                                   const HtmlOptions& options);

}  // namespace parallax::ingest::html

#endif  // PARALLAX_INGEST_HTML_HTML_FILTER_H_
