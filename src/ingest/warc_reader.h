// WARC and WARC.gz (e.g. Common Crawl CC-NEWS): every `response` record whose
// HTTP payload is HTML becomes one article, with WARC-Target-URI as its uri
// and WARC-Date as a fallback publication date. Records are streamed one at a
// time; other record types (request, metadata, warcinfo) are skipped.
#ifndef PARALLAX_INGEST_WARC_READER_H_
#define PARALLAX_INGEST_WARC_READER_H_

#include <functional>
#include <string>

#include "ingest/document.h"
#include "ingest/input_stream.h"

namespace parallax::ingest {

struct WarcRecord {
  std::string target_uri;
  std::string date;           // WARC-Date
  std::string content_type;   // of the HTTP payload ("text/html; charset=utf-8")
  std::string payload;        // HTTP body bytes
  uint64_t index = 0;         // 1-based record number in the file
};

struct WarcOptions {
  size_t max_record_bytes = 64 << 20;  // larger records are skipped with an error
};

// Reads records from `in`; calls `on_record` for each HTML response, and
// `on_error` for each damaged or oversized record (then continues when it
// can; a truncated final record ends the stream). Returns the stream-level
// status (OK, or the error that made reading impossible).
Status ReadWarc(BufferedReader* in, const WarcOptions& options,
                const std::function<bool(WarcRecord&)>& on_record,
                const std::function<bool(const Status&)>& on_error);

}  // namespace parallax::ingest

#endif  // PARALLAX_INGEST_WARC_READER_H_
