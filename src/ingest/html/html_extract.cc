// ExtractHtml: the pipeline that ties the parallax_html stages together.
//
//   bytes --(size/sanity checks, UTF-8 repair)
//         --> pre-clean (html_preclean.cc: scripts, styles, comments, depth guard)
//         --> gumbo parse
//         --> metadata (html_metadata.cc: meta tags, JSON-LD, <title>, <h1>)
//         --> light DOM (html_dom.cc) --> boilerplate pruning (html_prune.cc)
//         --> container scoring + linearization (html_content.cc)
//         --> line-level precision pass (html_filter.cc)
//         --> JSON-LD articleBody fallback when the DOM text is too thin.
#include "ingest/html/html_extract.h"

#include <gumbo.h>

#include <cctype>
#include <memory>

#include "core/unicode.h"
#include "ingest/html/html_content.h"
#include "ingest/html/html_dom.h"
#include "ingest/html/html_metadata.h"
#include "ingest/html/html_preclean.h"

namespace parallax::ingest {

namespace {

// Heuristic "is this markup at all": some tag-like '<' in the first 64 KiB
// and few control bytes.
bool LooksLikeHtml(std::string_view s) {
  std::string_view head = s.substr(0, 65536);
  size_t controls = 0;
  bool tag = false;
  for (size_t i = 0; i < head.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(head[i]);
    if (c < 0x09 || (c > 0x0D && c < 0x20)) ++controls;
    if (c == '<' && i + 1 < head.size()) {
      unsigned char n = static_cast<unsigned char>(head[i + 1]);
      tag = tag || std::isalpha(n) || n == '!' || n == '/' || n == '?';
    }
  }
  return tag && controls * 100 <= head.size();
}

struct GumboDeleter {
  void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

std::vector<HtmlBlock> SplitParagraphs(std::string_view body) {
  std::vector<HtmlBlock> out;
  size_t start = 0;
  while (start <= body.size()) {
    size_t nl = body.find('\n', start);
    if (nl == std::string_view::npos) nl = body.size();
    std::string text;
    bool pending = false;
    html::AppendCollapsed(body.substr(start, nl - start), &text, &pending);
    if (!text.empty()) out.push_back(HtmlBlock{std::move(text), false});
    start = nl + 1;
  }
  return out;
}

size_t TotalChars(const std::vector<HtmlBlock>& blocks) {
  size_t n = 0;
  for (const HtmlBlock& b : blocks) n += html::CountChars(b.text);
  return n;
}

}  // namespace

Result<HtmlDocument> ExtractHtml(std::string_view html_utf8, const HtmlOptions& options) {
  if (html_utf8.size() > options.max_bytes) {
    return Status::ResourceExhausted("HTML page of " + std::to_string(html_utf8.size()) + " bytes exceeds max_bytes");
  }
  if (!LooksLikeHtml(html_utf8)) return Status::InvalidArgument("input does not look like HTML");
  std::string repaired;
  if (!core::IsValidUtf8(html_utf8)) {
    repaired = core::RepairUtf8(html_utf8);
    html_utf8 = repaired;
  }
  std::string cleaned = html::Preclean(html_utf8, options.max_nesting);
  html_utf8 = cleaned;
  GumboOptions gopts = kGumboDefaultOptions;
  gopts.max_errors = 0;  // we never read parse errors; do not collect them
  std::unique_ptr<GumboOutput, GumboDeleter> out(gumbo_parse_with_options(&gopts, html_utf8.data(), html_utf8.size()));
  if (out == nullptr || out->root == nullptr) return Status::InvalidArgument("HTML could not be parsed");

  HtmlDocument doc;
  std::string ld_body;
  html::ExtractMetadata(out.get(), &doc, &ld_body);
  html::Dom dom(out.get());
  html::PruneBoilerplate(&dom);
  doc.blocks = html::ExtractMainBlocks(&dom, doc.title, options);
  size_t dom_chars = TotalChars(doc.blocks);
  size_t ld_chars = html::CountChars(ld_body);
  if ((dom_chars < options.min_dom_chars && ld_chars > dom_chars) || (ld_chars >= 500 && ld_chars > 2 * dom_chars)) {
    doc.blocks = SplitParagraphs(ld_body);
  }
  return doc;
}

}  // namespace parallax::ingest
