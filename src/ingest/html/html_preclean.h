// Byte-level cleanup of an HTML page before it is handed to the parser.
//
// Internal header of parallax_html. Pure function, thread-safe.
#ifndef PARALLAX_INGEST_HTML_HTML_PRECLEAN_H_
#define PARALLAX_INGEST_HTML_HTML_PRECLEAN_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace parallax::ingest::html {

// Returns `html` without comments and without the bodies of <script> (except
// JSON-LD), <style>, <svg> and <noscript> elements, cut where the estimated
// element nesting depth first exceeds `max_nesting`.
std::string Preclean(std::string_view html, size_t max_nesting);

}  // namespace parallax::ingest::html

#endif  // PARALLAX_INGEST_HTML_HTML_PRECLEAN_H_
