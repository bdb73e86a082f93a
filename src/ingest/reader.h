// Reading articles from paths: files, directories (recursive, in sorted
// order; hidden files and README/LICENSE/COPYING/PROVENANCE/CHANGELOG files
// inside directories are skipped), "-" for standard input. Each file's format is detected from its
// content (gzip removed transparently); text is decoded to UTF-8 NFC.
//
// Every record becomes either a RawDocument or an error that names the file
// (and record) and the reason; one bad file or record never stops the batch.
// Thread safety: the functions are reentrant; the sink is called from the
// calling thread only.
#ifndef PARALLAX_INGEST_READER_H_
#define PARALLAX_INGEST_READER_H_

#include <string>
#include <vector>

#include "ingest/document.h"

namespace parallax::ingest {

struct ReadOptions {
  size_t max_file_bytes = 64 << 20;    // whole-file formats (text, HTML, JSON): larger is rejected
  size_t max_record_bytes = 64 << 20;  // one JSONL line or WARC record
  bool keep_raw = true;                // keep the input bytes in RawDocument::raw
};

// Reads every path in order and passes each record to `sink`. Returns false
// if the sink asked to stop.
bool ReadPaths(const std::vector<std::string>& paths, const ReadOptions& options, const DocumentSink& sink);

// Reads one file (or "-"); same contract as ReadPaths.
bool ReadFile(const std::string& path, const ReadOptions& options, const DocumentSink& sink);

// Parses bytes already in memory as if read from a file named `name`.
bool ReadBytes(std::string bytes, const std::string& name, const ReadOptions& options, const DocumentSink& sink);

}  // namespace parallax::ingest

#endif  // PARALLAX_INGEST_READER_H_
