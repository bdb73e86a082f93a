// Soft hyphens (U+00AD) in an article's text (session 24). Some outlets
// typeset their copy with a soft hyphen at every break point
// ("Re\u00ADpub\u00ADlic\u00ADan poll\u00ADster Glen Bol\u00ADger"); a reader
// sees none of them, but a tagger, the search index and clustering read
// "Bol\u00ADger" as a word of its own that no other article writes. The HTML
// extractor drops them (ingest/html/html_dom.cc); text and JSON input kept
// them, so the cleaner (clean.cc) removes them from every block of every
// format before anything else reads the text. Removing an invisible format
// character is not reported as a removal. Used by the cleaner and, for text
// that reaches it without the cleaner, by the quotes stage (speakers' names).
#ifndef PARALLAX_TEXT_SOFT_HYPHENS_H_
#define PARALLAX_TEXT_SOFT_HYPHENS_H_

#include <cstddef>
#include <string>

namespace parallax::text {

// Removes every U+00AD (UTF-8 C2 AD) from `text` in place, keeping every
// other byte in order; returns the number of bytes removed (2 per soft
// hyphen). Text without one is not written to (one scan for the byte C2).
size_t RemoveSoftHyphens(std::string* text);

}  // namespace parallax::text

#endif  // PARALLAX_TEXT_SOFT_HYPHENS_H_
