// HTML main-text extraction: one HTML page (already decoded to UTF-8) in,
// clean article parts out (title, byline, date, site, URL, language,
// description, and the main text as paragraphs in reading order).
//
// The page is parsed with gumbo (an HTML5-conformant parser, so malformed
// markup is handled the way browsers handle it). Boilerplate (navigation,
// sidebars, share bars, related links, comments, cookie banners, footers) is
// removed; see html_content.cc for the algorithm.
//
// Thread safety: all functions are pure; concurrent calls are safe.
// Errors never escape as exceptions.
#ifndef PARALLAX_INGEST_HTML_HTML_EXTRACT_H_
#define PARALLAX_INGEST_HTML_HTML_EXTRACT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/status.h"

namespace parallax::ingest {

struct HtmlOptions {
  size_t max_bytes = 64 << 20;  // larger input -> Status::ResourceExhausted
  // Input is cut where the estimated element nesting depth first exceeds
  // this (the HTML parser is superlinear in depth; real pages stay < 100).
  size_t max_nesting = 2000;
  // A paragraph shorter than this (in code points) does not vote for its
  // container when the main-content container is chosen.
  size_t min_paragraph_chars = 40;
  // When the chosen DOM text is shorter than this many code points and the
  // page carries a JSON-LD articleBody that is longer, the articleBody wins
  // (it also wins when it has >= 500 code points and twice the DOM text).
  size_t min_dom_chars = 250;
  // Keep h2-h6 headings found inside the article as heading blocks.
  bool keep_headings = true;
  // Drop short boilerplate lines inside the article (share/related/ads...).
  bool precision_pass = true;
};

struct HtmlBlock {
  std::string text;  // one paragraph of main text, whitespace collapsed
  bool heading = false;
};

struct HtmlDocument {
  std::string title;        // og:title / JSON-LD headline / <h1> / <title> minus " | Site"
  std::string byline;       // author(s): meta author, JSON-LD author, rel=author, .byline
  std::string published;    // ISO 8601 as precise as known ("2020-01-19T14:03:00Z", "2020-01-19")
  std::string site_name;    // og:site_name, JSON-LD publisher.name, application-name
  std::string url;          // canonical link / og:url
  std::string language;     // <html lang>, og:locale (as given, e.g. "en-US")
  std::string description;  // meta description
  std::vector<HtmlBlock> blocks;  // main text in reading order, no boilerplate
};

// Extracts the main text and metadata. Errors: ResourceExhausted (too big),
// InvalidArgument (not HTML at all / nothing parseable). A page with metadata
// but no main text returns OK with empty blocks. Invalid UTF-8 is repaired.
Result<HtmlDocument> ExtractHtml(std::string_view html_utf8, const HtmlOptions& options = {});

// Charset declared by <meta charset> / http-equiv content-type in the first
// 4 KiB (or a byte-order mark), lowercased, or "".
std::string SniffHtmlCharset(std::string_view raw_bytes);

// Converts raw page bytes to UTF-8. The charset is, in order: `declared`
// (e.g. from an HTTP header) when non-empty, a BOM, SniffHtmlCharset, plain
// UTF-8 when the bytes are valid UTF-8, else uchardet's guess, else
// windows-1252. Errors: Unsupported (charset unknown to ICU),
// ResourceExhausted (larger than max_bytes).
Result<std::string> DecodeHtmlToUtf8(std::string_view raw_bytes, std::string_view declared = {},
                                     size_t max_bytes = 64 << 20);

}  // namespace parallax::ingest

#endif  // PARALLAX_INGEST_HTML_HTML_EXTRACT_H_
