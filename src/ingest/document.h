// RawDocument: what a reader found in one input record, before cleaning.
//
// Readers fill in whatever metadata the format carries and the body as a list
// of blocks (paragraphs, with headings marked). Text is valid UTF-8 (NFC);
// the clean stage (src/text) turns a RawDocument into an Article.
#ifndef PARALLAX_INGEST_DOCUMENT_H_
#define PARALLAX_INGEST_DOCUMENT_H_

#include <functional>
#include <string>
#include <vector>

#include "parallax/article.h"
#include "parallax/status.h"

namespace parallax::ingest {

struct Block {
  std::string text;
  bool heading = false;  // the source marked it as a heading (HTML h2-h6)
};

struct RawDocument {
  std::string uri;           // path, "path#N" for the N-th record, or the WARC target URI
  std::string format;        // "text", "html", "json", "jsonl", "warc"
  std::string raw;           // the record's bytes as read (before decoding), when kept
  size_t input_bytes = 0;    // size of those bytes, kept or not (for throughput figures)

  std::string title;
  bool title_from_text = false;  // a plain-text headline guess rather than a declared title
  std::string byline;
  std::string published;     // as found, ISO-like ("2023-07-12 03:58", "2020-01-19T14:03:00Z")
  MetaSource published_source = MetaSource::kNone;
  std::string outlet;
  MetaSource outlet_source = MetaSource::kNone;
  std::string url;
  std::string language_hint;  // declared language ("en-US"), may be empty
  std::vector<std::string> header_lines;  // recognised non-body lines ("Views: 4946")

  std::vector<Block> blocks;  // body in reading order; blocks may hold several lines
};

// Receives each record a reader produces: a document, or an error naming the
// record and the reason. Returning false stops the reader early.
using DocumentSink = std::function<bool(Result<RawDocument>)>;

}  // namespace parallax::ingest

#endif  // PARALLAX_INGEST_DOCUMENT_H_
