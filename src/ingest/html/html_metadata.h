// Page metadata (title, byline, date, site, URL, language, description) from
// <head> meta tags, JSON-LD blocks, and a few in-body conventions.
//
// Internal header of parallax_html. Pure functions, thread-safe.
#ifndef PARALLAX_INGEST_HTML_HTML_METADATA_H_
#define PARALLAX_INGEST_HTML_HTML_METADATA_H_

#include <gumbo.h>

#include <string>
#include <string_view>

#include "ingest/html/html_extract.h"

namespace parallax::ingest::html {

// Fills the metadata fields of `doc` (not `blocks`). `ld_body` receives the
// longest JSON-LD articleBody/text found, or "".
void ExtractMetadata(const GumboOutput* output, HtmlDocument* doc, std::string* ld_body);

// Normalizes a date/time string to ISO 8601 ("2020-01-19", "2020-01-19T14:03:00Z"),
// or "" when no date is recognized.
std::string NormalizeDate(std::string_view s);

// Strips a trailing " | Site" / " - Site" / " – Site" part from a <title>.
std::string StripTitleSuffix(std::string_view title, std::string_view site_name);

}  // namespace parallax::ingest::html

#endif  // PARALLAX_INGEST_HTML_HTML_METADATA_H_
