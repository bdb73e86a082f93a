// Boilerplate removal on a document's blocks.
//
// Each rule recognises one kind of non-article text that the seeds and real
// feeds carry: repeated paragraphs, licensing/syndication footers, inline
// "(RELATED: ...)" inserts, embedded social posts, "This story has been
// updated" notes, view counters, tag clouds, newsletter/share prompts and
// video/audio player residue ("JUST WATCHED ... MUST WATCH ... 00:57").
// Short title-like paragraphs between body paragraphs become headings.
// Every removal is reported (kind and text) so nothing disappears silently.
//
// Pure functions; thread-safe.
#ifndef PARALLAX_TEXT_CLEAN_H_
#define PARALLAX_TEXT_CLEAN_H_

#include <string>
#include <vector>

#include "ingest/document.h"

namespace parallax::text {

struct Removal {
  std::string kind;  // "repeated paragraph", "licensing footer", "social post", ...
  std::string text;
};

struct CleanOptions {
  bool detect_headings = true;  // mark short title-like paragraphs as headings
  // When set, receives (adds) the bytes the inline cuts (inserts, name
  // cards) wrote or moved: a work count, linear in the text; tests bound it.
  size_t* bytes_moved = nullptr;
};

// Cleans `blocks` in place; appends what was removed to `removed`.
void CleanBlocks(std::vector<ingest::Block>* blocks, const CleanOptions& options,
                 std::vector<Removal>* removed);

// `title` without a media player's trailer ("... Problem  Listen\u00b7 4:33":
// an audio or video control and the clip's duration); otherwise unchanged.
std::string CleanTitle(std::string_view title);

// True when `text` looks like a section subhead rather than a sentence.
bool LooksLikeSubhead(std::string_view text);

}  // namespace parallax::text

#endif  // PARALLAX_TEXT_CLEAN_H_
