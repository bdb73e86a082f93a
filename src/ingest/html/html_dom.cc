// Flattening gumbo's tree into an index-based pre-order vector.
//
// The walk is iterative (an explicit stack) so that pathologically deep
// markup cannot overflow the call stack. Subtrees that are never visible
// text (scripts, styles, embedded SVG/MathML, form controls, media) are not
// copied. Whitespace in text nodes is collapsed on the way in, so later
// stages can count characters without re-scanning.
#include "ingest/html/html_dom.h"

#include <cstring>
#include <utility>

namespace parallax::ingest::html {

namespace {

bool IsSkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_HEAD: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP: case GUMBO_TAG_TITLE: case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_FRAMESET: case GUMBO_TAG_FRAME: case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_APPLET: case GUMBO_TAG_AREA: case GUMBO_TAG_IMG:
    case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_PARAM:
    case GUMBO_TAG_PROGRESS: case GUMBO_TAG_METER:
      return true;
    default:
      return false;
  }
}

// Length of the UTF-8 sequence led by byte c (1 for invalid leads).
inline size_t SeqLen(unsigned char c) {
  if (c < 0xC0) return 1;
  if (c < 0xE0) return 2;
  if (c < 0xF0) return 3;
  return 4;
}

// 1 = white space, 2 = zero-width (dropped), 0 = visible.
int ClassifyMultibyte(std::string_view s, size_t i, size_t len) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  if (len == 2 && b(0) == 0xC2 && b(1) == 0xA0) return 1;             // NBSP
  if (len == 2 && b(0) == 0xC2 && b(1) == 0xAD) return 2;             // soft hyphen
  if (len == 3 && b(0) == 0xE2 && b(1) == 0x80) {
    unsigned char c = b(2);
    if (c <= 0x8A || c == 0xA8 || c == 0xA9 || c == 0xAF) return 1;   // U+2000..200A, 2028/9, 202F
    if (c >= 0x8B && c <= 0x8D) return 2;                             // ZWSP, ZWNJ, ZWJ
  }
  if (len == 3 && b(0) == 0xE2 && b(1) == 0x81 && b(2) == 0x9F) return 1;  // U+205F
  if (len == 3 && b(0) == 0xE2 && b(1) == 0x81 && b(2) == 0xA0) return 2;  // word joiner
  if (len == 3 && b(0) == 0xE3 && b(1) == 0x80 && b(2) == 0x80) return 1;  // U+3000
  if (len == 3 && b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF) return 2;  // BOM
  return 0;
}

}  // namespace

void AppendCollapsed(std::string_view in, std::string* out, bool* pending_space) {
  size_t i = 0;
  while (i < in.size()) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    if (c < 0x80) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        *pending_space = true;
      } else if (c >= 0x20 && c != 0x7F) {
        if (*pending_space && !out->empty()) out->push_back(' ');
        *pending_space = false;
        out->push_back(static_cast<char>(c));
      }
      ++i;
      continue;
    }
    size_t len = SeqLen(c);
    if (i + len > in.size()) len = in.size() - i;
    int cls = ClassifyMultibyte(in, i, len);
    if (cls == 1) {
      *pending_space = true;
    } else if (cls == 0) {
      if (*pending_space && !out->empty()) out->push_back(' ');
      *pending_space = false;
      out->append(in.substr(i, len));
    }
    i += len;
  }
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

size_t CountChars(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR: case GUMBO_TAG_BR:
    case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_LEGEND: case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

int HeadingLevel(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_H1: return 1;
    case GUMBO_TAG_H2: return 2;
    case GUMBO_TAG_H3: return 3;
    case GUMBO_TAG_H4: return 4;
    case GUMBO_TAG_H5: return 5;
    case GUMBO_TAG_H6: return 6;
    default: return 0;
  }
}

Dom::Dom(const GumboOutput* output) : output_(output) {
  if (output != nullptr && output->root != nullptr) Build(output->root);
}

void Dom::Build(const GumboNode* root) {
  // Stack of (gumbo node, parent index); children pushed in reverse so the
  // pop order is document order.
  std::vector<std::pair<const GumboNode*, int>> stack;
  stack.emplace_back(root, -1);
  std::vector<int> open;  // indices whose `end` is still unknown
  while (!stack.empty()) {
    auto [g, parent] = stack.back();
    stack.pop_back();
    // Close nodes that are not ancestors of the next one.
    while (!open.empty() && open.back() != parent) {
      nodes_[open.back()].end = static_cast<int>(nodes_.size());
      open.pop_back();
    }
    Node n;
    n.parent = parent;
    n.depth = parent < 0 ? 0 : nodes_[parent].depth + 1;
    if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_WHITESPACE ||
        g->type == GUMBO_NODE_CDATA) {
      bool pending = false;
      AppendCollapsed(g->v.text.text, &n.text, &pending);
      if (pending) n.text.push_back(' ');
      if (g->v.text.text[0] == ' ' || g->v.text.text[0] == '\n' || g->v.text.text[0] == '\t' ||
          g->v.text.text[0] == '\r') {
        n.text.insert(n.text.begin(), ' ');
      }
      if (n.text.empty()) continue;
    } else if (g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEMPLATE) {
      if (IsSkippedTag(g->v.element.tag)) continue;
      n.tag = g->v.element.tag;
      n.element = &g->v.element;
    } else {
      continue;  // comments, document
    }
    int index = static_cast<int>(nodes_.size());
    if (parent >= 0) nodes_[parent].kids.push_back(index);
    nodes_.push_back(std::move(n));
    if (nodes_[index].element == nullptr) {
      nodes_[index].end = index + 1;
      continue;
    }
    open.push_back(index);
    const GumboVector& kids = g->v.element.children;
    for (unsigned k = kids.length; k > 0; --k) {
      stack.emplace_back(static_cast<const GumboNode*>(kids.data[k - 1]), index);
    }
  }
  while (!open.empty()) {
    nodes_[open.back()].end = static_cast<int>(nodes_.size());
    open.pop_back();
  }
}

std::string_view Dom::Attr(int i, const char* name) const {
  const GumboElement* e = nodes_[i].element;
  if (e == nullptr) return {};
  const GumboAttribute* a = gumbo_get_attribute(&e->attributes, name);
  return a == nullptr || a->value == nullptr ? std::string_view() : std::string_view(a->value);
}

bool Dom::IsDropped(int i) const {
  for (; i >= 0; i = nodes_[i].parent) {
    if (nodes_[i].dropped) return true;
  }
  return false;
}

void Dom::ComputeStats() {
  // Pre-order: children come after parents, so a reverse sweep sees every
  // child before its parent.
  for (int i = static_cast<int>(nodes_.size()) - 1; i >= 0; --i) {
    Node& n = nodes_[i];
    if (n.is_text()) {
      n.chars = static_cast<uint32_t>(CountChars(n.text));
      n.commas = 0;
      for (char c : n.text) n.commas += (c == ',');
      n.link_chars = 0;
      continue;
    }
    n.chars = n.link_chars = n.commas = 0;
    for (int k : n.kids) {
      const Node& c = nodes_[k];
      if (c.dropped) continue;
      n.chars += c.chars;
      n.link_chars += c.link_chars;
      n.commas += c.commas;
    }
    if (n.tag == GUMBO_TAG_A) n.link_chars = n.chars;
  }
}

std::string Dom::Text(int i) const {
  std::string out;
  bool pending = false;
  std::vector<int> stack = {i};
  while (!stack.empty()) {
    int k = stack.back();
    stack.pop_back();
    const Node& n = nodes_[k];
    if (n.dropped) continue;
    if (n.is_text()) {
      AppendCollapsed(n.text, &out, &pending);
      continue;
    }
    if (IsBlockTag(n.tag)) pending = true;
    for (auto it = n.kids.rbegin(); it != n.kids.rend(); ++it) stack.push_back(*it);
  }
  return out;
}

}  // namespace parallax::ingest::html
