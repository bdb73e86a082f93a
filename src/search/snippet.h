// Snippets and title highlights for the memory index's hits, cut by hand
// from the stored text instead of FTS5's snippet()/highlight() (which
// tokenize and stem the whole body for every hit).
#ifndef PARALLAX_SEARCH_SNIPPET_H_
#define PARALLAX_SEARCH_SNIPPET_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::search {

// `title` with every token whose index term is one of `terms` between
// kHitOpen and kHitClose (parallax/store.h). When `counts` is given, it
// receives how often each term occurs in the title (one count per term).
std::string HighlightTitle(std::string_view title, const std::vector<std::string>& terms,
                           std::vector<uint32_t>* counts = nullptr);

// About `words` consecutive words of `body` holding the most distinct
// `terms` (then the most matches; the earliest such window; the first
// window holding every term, when there is one), matches marked
// as in HighlightTitle, with "…" where the body goes on before or after.
// The first `words` words when nothing matches. `in_body` (bit i: terms[i])
// says which terms the body is known to hold (the index knows): the scan
// stops once a window holds all of those, instead of reading to the end of
// a body that lacks a term; no bits: the first words, without a scan.
std::string CutSnippet(std::string_view body, const std::vector<std::string>& terms, size_t words = 28,
                       uint64_t in_body = ~uint64_t{0});

}  // namespace parallax::search

#endif  // PARALLAX_SEARCH_SNIPPET_H_
