// Plain-text articles, as aggregators and scrapers write them.
//
// Recognises, at the top of the file: a leading " date YYYY-MM-DD" marker
// (the body may continue on the same line), a first-line headline, and
// aggregator lines such as "Views: 4946", a bare "2023-07-12 03:58" timestamp,
// "By <name>" and "Published: <date>". Each recognised header becomes
// metadata (RawDocument fields or header_lines), never body text. The body is
// split into paragraphs on blank lines (hard-wrapped lines are re-joined).
#ifndef PARALLAX_INGEST_TEXT_READER_H_
#define PARALLAX_INGEST_TEXT_READER_H_

#include <string_view>

#include "ingest/document.h"

namespace parallax::ingest {

// Parses decoded UTF-8 text into `doc` (uri/format/raw are left as given).
void ParsePlainText(std::string_view text, RawDocument* doc);

// Splits body text into paragraphs: blank lines separate paragraphs; inside
// one, lines are joined with a space when they look hard-wrapped, and kept as
// separate paragraphs otherwise.
void SplitParagraphs(std::string_view text, std::vector<Block>* blocks);

}  // namespace parallax::ingest

#endif  // PARALLAX_INGEST_TEXT_READER_H_
