// A light, index-based copy of the gumbo parse tree used by the extractor.
//
// Gumbo's tree is pointer-based and read-only for our purposes; the extractor
// needs per-node scratch data (dropped flags, text statistics, scores), so we
// flatten the tree once into a vector of Node in document (pre-)order. Node 0
// is the <html> element. Text is copied with whitespace collapsed; script,
// style and other never-visible subtrees are not copied at all.
//
// Internal header of parallax_html. Not thread-safe per instance (plain data).
#ifndef PARALLAX_INGEST_HTML_HTML_DOM_H_
#define PARALLAX_INGEST_HTML_HTML_DOM_H_

#include <gumbo.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::ingest::html {

struct Node {
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  const GumboElement* element = nullptr;  // null for text nodes
  std::string text;                       // text nodes: collapsed whitespace
  int parent = -1;
  int end = 0;         // one past the last descendant (pre-order interval)
  int depth = 0;
  bool dropped = false;  // removed as boilerplate (with its subtree)
  // Subtree statistics (code points, excluding dropped subtrees).
  uint32_t chars = 0;
  uint32_t link_chars = 0;
  uint32_t commas = 0;
  float score = 0;
  std::vector<int> kids;

  bool is_text() const { return element == nullptr; }
};

class Dom {
 public:
  // Flattens `output`. The gumbo output must outlive the Dom.
  explicit Dom(const GumboOutput* output);

  std::vector<Node>& nodes() { return nodes_; }
  const std::vector<Node>& nodes() const { return nodes_; }
  const GumboOutput* output() const { return output_; }

  // Attribute value or "" (never null).
  std::string_view Attr(int i, const char* name) const;
  // True when node i or one of its ancestors is dropped.
  bool IsDropped(int i) const;
  // Recomputes chars/link_chars/commas bottom-up, skipping dropped nodes.
  void ComputeStats();
  // Visible text of a subtree (dropped parts skipped), whitespace collapsed.
  std::string Text(int i) const;

 private:
  void Build(const GumboNode* root);

  const GumboOutput* output_;
  std::vector<Node> nodes_;
};

// True for tags that start a new block of text (p, div, li, h1...).
bool IsBlockTag(GumboTag tag);
// 1..6 for h1..h6, else 0.
int HeadingLevel(GumboTag tag);
// Appends `in` to `out` collapsing runs of Unicode white space to one space
// and dropping zero-width characters. `*pending_space` carries state across
// calls (a space is emitted only before the next visible character).
void AppendCollapsed(std::string_view in, std::string* out, bool* pending_space);
// Trims ASCII spaces.
std::string_view Trim(std::string_view s);
// Number of UTF-8 code points.
size_t CountChars(std::string_view s);
// Lowercases ASCII letters.
std::string AsciiLower(std::string_view s);

}  // namespace parallax::ingest::html

#endif  // PARALLAX_INGEST_HTML_HTML_DOM_H_
