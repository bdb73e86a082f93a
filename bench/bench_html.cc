// bench_html: main-text extraction throughput of parallax_html.
//
// Usage: bench_html PAGES_DIR [--repeat N] [--write-utf8 OUT_DIR] [--limit N]
// Reads every *.html / *.htm / *.html.gz page in PAGES_DIR, decompresses and
// decodes it to UTF-8 up front (not timed), then times ExtractHtml alone on
// one thread over all pages, N times, and prints docs/s and MB/s (of UTF-8
// input). --write-utf8 writes the decoded pages so that a peer extractor
// can run on exactly the same input (see bench/html_vs_readability.sh).

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/html/html_extract.h"
#include "ingest/input_stream.h"

namespace fs = std::filesystem;

namespace {

// Page bytes, gunzipped when the file is gzip (the eval set stores .html.gz).
bool ReadPage(const fs::path& p, std::string* out) {
  auto bytes = parallax::ingest::ReadDecompressedFile(p.string());
  if (!bytes.ok()) return false;
  *out = std::move(*bytes);
  return true;
}

bool IsPage(const fs::path& p) {
  std::string n = p.filename().string();
  auto ends = [&](const char* s) {
    std::string e(s);
    return n.size() >= e.size() && n.compare(n.size() - e.size(), e.size(), e) == 0;
  };
  return ends(".html") || ends(".htm") || ends(".html.gz") || ends(".htm.gz");
}

// Reads, decompresses and decodes the pages (optionally writing the UTF-8
// copies for a peer). Returns the decoded pages.
std::vector<std::string> LoadPages(const std::string& dir, size_t limit, const std::string& write_dir) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.is_regular_file() && IsPage(e.path())) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  if (files.size() > limit) files.resize(limit);
  if (!write_dir.empty()) fs::create_directories(write_dir);
  std::vector<std::string> pages;
  for (const fs::path& p : files) {
    std::string raw;
    if (!ReadPage(p, &raw)) continue;
    auto utf8 = parallax::ingest::DecodeHtmlToUtf8(raw);
    if (!utf8.ok()) continue;
    if (!write_dir.empty()) {
      // Unique names without inner dots (the peer names its outputs by the
      // part before the first dot).
      std::string stem = p.filename().string();
      if (stem.size() > 3 && stem.substr(stem.size() - 3) == ".gz") stem.resize(stem.size() - 3);
      std::replace(stem.begin(), stem.end(), '.', '_');
      std::replace(stem.begin(), stem.end(), ' ', '_');
      std::ofstream(fs::path(write_dir) / (stem + ".html"), std::ios::binary) << *utf8;
    }
    pages.push_back(std::move(*utf8));
  }
  return pages;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_html PAGES_DIR [--repeat N] [--write-utf8 OUT_DIR] [--limit N]\n");
    return 2;
  }
  std::string write_dir;
  int repeat = 3;
  size_t limit = SIZE_MAX;
  for (int i = 2; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--repeat") repeat = std::max(1, std::atoi(argv[i + 1]));
    else if (flag == "--write-utf8") write_dir = argv[i + 1];
    else if (flag == "--limit") limit = static_cast<size_t>(std::atol(argv[i + 1]));
  }
  std::vector<std::string> pages = LoadPages(argv[1], limit, write_dir);
  size_t bytes = 0;
  for (const std::string& p : pages) bytes += p.size();
  size_t blocks = 0, failures = 0;
  double best = 1e30;
  for (int r = 0; r < repeat; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    for (const std::string& page : pages) {
      auto doc = parallax::ingest::ExtractHtml(page);
      if (doc.ok()) blocks += doc->blocks.size();
      else ++failures;
    }
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  std::printf("parallax_html files=%zu bytes=%zu seconds=%.3f docs_per_s=%.1f mb_per_s=%.2f (best of %d, 1 thread; %zu blocks, %zu rejected)\n",
              pages.size(), bytes, best, pages.size() / best, bytes / best / 1e6, repeat, blocks / repeat,
              failures / repeat);
  return 0;
}
