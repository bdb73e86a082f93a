// JSON and JSONL articles with the field names scrapers and datasets use.
//
// Recognised fields (first match wins): title|headline; text|body|content|
// maintext|article|articleBody|body-paragraphs (a string, a list of strings,
// or a list of lists of sentences); date|published|publish_date|
// published_at|pubDate|datePublished|date_publish; outlet|source|site_name|
// publisher|source_name (a string or an object with "name"); url|link;
// id; author|authors|byline; language|lang. A top-level array, or an object
// holding an array under articles|items|data|results|docs, yields one
// document per element.
#ifndef PARALLAX_INGEST_JSON_READER_H_
#define PARALLAX_INGEST_JSON_READER_H_

#include <string_view>

#include "ingest/document.h"

namespace parallax::ingest {

// Parses one JSON text (object or array). `base` supplies uri/format; each
// produced document's uri is base.uri, or base.uri + "#N" for the N-th element
// of an array. Errors (syntax, no article fields) go to the sink.
void ParseJsonDocuments(std::string_view json, const RawDocument& base, const DocumentSink& sink);

// Parses one JSONL line (must be an object) into `doc`.
Status ParseJsonObject(std::string_view json, RawDocument* doc);

}  // namespace parallax::ingest

#endif  // PARALLAX_INGEST_JSON_READER_H_
