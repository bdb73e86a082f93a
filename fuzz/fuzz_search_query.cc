// Fuzz target for the memory search index's query parsing and snippets:
// arbitrary bytes split at the first NUL into a typed query and a body.
// Checks that the query parses (words or nothing, never a crash), that a
// snippet and a title highlight cut from arbitrary (also invalid UTF-8) text
// remove to a substring of the input once the marks are taken out, and that
// the marks are balanced.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "parallax/store.h"
#include "search/memory_index.h"
#include "search/snippet.h"

namespace {

std::string Unmarked(const std::string& s, size_t* opens, size_t* closes) {
  std::string out;
  for (char c : s) {
    if (c == parallax::kHitOpen) {
      ++*opens;
    } else if (c == parallax::kHitClose) {
      ++*closes;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  size_t nul = input.find('\0');
  parallax::SearchQuery q;
  q.text = input.substr(0, nul);
  std::string body = nul == std::string::npos ? input : input.substr(nul + 1);
  if (body.find(parallax::kHitOpen) != std::string::npos || body.find(parallax::kHitClose) != std::string::npos) {
    return 0;  // stored text never holds the mark bytes' meaning; skip
  }
  std::vector<std::string> terms = parallax::search::MemoryQueryTerms(q);
  for (const auto& t : terms) {
    if (t.empty()) std::abort();
  }
  size_t opens = 0, closes = 0;
  std::string title = Unmarked(parallax::search::HighlightTitle(body, terms), &opens, &closes);
  if (title != body || opens != closes) std::abort();
  std::string snippet = Unmarked(parallax::search::CutSnippet(body, terms, 12), &opens, &closes);
  if (opens != closes) std::abort();
  const std::string ellipsis = "\xE2\x80\xA6";
  if (snippet.rfind(ellipsis, 0) == 0) snippet.erase(0, ellipsis.size());
  if (snippet.size() >= ellipsis.size() && snippet.compare(snippet.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0) {
    snippet.resize(snippet.size() - ellipsis.size());
  }
  if (body.find(snippet) == std::string::npos) std::abort();
  return 0;
}
