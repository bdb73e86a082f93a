// Main-content detection: choosing the article container and emitting its
// text as blocks.
//
// After pruning (html_prune.cc), every element whose *own* inline text (text
// children and inline descendants, not nested blocks) is at least
// min_paragraph_chars long is a "text holder" - typically a <p>, but also a
// <div> or <td> with bare text. A holder votes for the elements that contain
// it: its score is 1 + commas + min(chars/100, 3), damped by its link density
// (text inside <a> relative to all text), and it is credited in full to its
// container (the parent of a <p>, or the <div> itself), half to the next
// ancestor and a sixth to the one above. So the element that directly holds
// many long, comma-rich, link-poor paragraphs wins; navigation lists, link
// farms and one-line teasers score little. Each candidate then gets a small
// tag prior (div +5, article +10, itemprop=articleBody +50, td/pre/
// blockquote +3) and a class prior (+25 for article/content/post/... words),
// and its total is multiplied by (1 - its link density).
//
// The best candidate is then widened:
//  (1) when several strong candidates (>= 3/4 of the best) share an
//      ancestor within three levels, the ancestor is taken instead;
//  (2) climbing: every node also knows its "good text" - the link-damped
//      characters of all text holders below it. We climb to an ancestor
//      whenever it holds at least 1.5x the good text of the current choice
//      and is not link-dominated. This catches articles whose paragraphs
//      are spread over many sibling wrappers (page builders such as
//      Elementor or WPBakery emit one wrapper per paragraph), which the
//      parent-credit score alone splits into weak candidates;
//  (3) siblings of the chosen node join when they score >= 20% of it, or
//      are long link-poor paragraphs, or short link-free sentences;
//  (4) standfirst paragraphs (class lead/intro/teaser/summary/...) that
//      precede the chosen node inside the same <article> are prepended.
//
// The chosen subtrees are then linearized into blocks (a block boundary at
// every block-level tag and <br>), and a precision pass removes, line by
// line, what slipped through: link-dominated lines, credit lines, the
// repeated headline, short lines that are share/ad/related widgets in any
// of a dozen languages, and everything after an end-of-article marker such
// as a "Related articles" or "Comments" heading in the second half of the
// text.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/html/html_content.h"
#include "ingest/html/html_filter.h"

namespace parallax::ingest::html {

namespace {

constexpr float kClimbRatio = 1.5f;

struct InlineStats {
  uint32_t chars = 0, link_chars = 0, commas = 0;
};

InlineStats OwnInline(const Dom& dom, const Node& n) {
  InlineStats s;
  for (int k : n.kids) {
    const Node& c = dom.nodes()[k];
    if (c.dropped || (!c.is_text() && IsBlockTag(c.tag))) continue;
    s.chars += c.chars;
    s.link_chars += c.link_chars;
    s.commas += c.commas;
  }
  return s;
}

bool VotesForParent(GumboTag t) {
  return t == GUMBO_TAG_P || t == GUMBO_TAG_PRE || t == GUMBO_TAG_LI || t == GUMBO_TAG_DD ||
         t == GUMBO_TAG_BLOCKQUOTE || t == GUMBO_TAG_DT || HeadingLevel(t) > 0;
}

float TagPrior(const Dom& dom, int i) {
  float p = 0;
  switch (dom.nodes()[i].tag) {
    case GUMBO_TAG_DIV: p = 5; break;
    case GUMBO_TAG_ARTICLE: p = 10; break;
    case GUMBO_TAG_TD: case GUMBO_TAG_PRE: case GUMBO_TAG_BLOCKQUOTE: p = 3; break;
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_LI: p = -3; break;
    default: break;
  }
  std::string_view ip = dom.Attr(i, "itemprop");
  if (ip == "articleBody" || ip == "articlebody") p += 50;
  if (HasPositiveClass(dom.Attr(i, "class"), dom.Attr(i, "id"))) p += 25;
  return p;
}

// Marks `gone` for nodes inside dropped subtrees.
std::vector<char> GoneMask(const Dom& dom) {
  const auto& nodes = dom.nodes();
  std::vector<char> gone(nodes.size(), 0);
  for (size_t i = 0; i < nodes.size(); ++i) {
    gone[i] = nodes[i].dropped || (nodes[i].parent >= 0 && gone[nodes[i].parent]);
  }
  return gone;
}

// Scores candidates; returns the best one or -1. `good` receives, per node,
// the link-damped characters of all text holders in its subtree.
int ScoreCandidates(Dom* dom, const std::vector<char>& gone, const HtmlOptions& options, std::vector<float>* good) {
  auto& nodes = dom->nodes();
  good->assign(nodes.size(), 0.0f);
  std::vector<char> primed(nodes.size(), 0);
  auto credit = [&](int i, float s) {
    if (i < 0) return;
    if (!primed[i]) {
      primed[i] = 1;
      nodes[i].score += TagPrior(*dom, i);
    }
    nodes[i].score += s;
  };
  for (size_t i = 0; i < nodes.size(); ++i) {
    const Node& n = nodes[i];
    if (gone[i] || n.is_text() || !IsBlockTag(n.tag) || n.tag == GUMBO_TAG_BODY || n.tag == GUMBO_TAG_HTML) continue;
    InlineStats s = OwnInline(*dom, n);
    if (s.chars < options.min_paragraph_chars) continue;
    float ld = static_cast<float>(s.link_chars) / static_cast<float>(s.chars);
    if (ld > 0.5f) continue;
    (*good)[i] = static_cast<float>(s.chars) * (1 - ld);
    float vote = (1.0f + static_cast<float>(s.commas) + std::min(static_cast<float>(s.chars) / 100.0f, 3.0f)) * (1 - ld);
    int first = VotesForParent(n.tag) ? n.parent : static_cast<int>(i);
    credit(first, vote);
    if (first >= 0) credit(nodes[first].parent, vote / 2);
    if (first >= 0 && nodes[first].parent >= 0) credit(nodes[nodes[first].parent].parent, vote / 6);
  }
  for (int i = static_cast<int>(nodes.size()) - 1; i > 0; --i) {
    if (nodes[i].parent >= 0) (*good)[nodes[i].parent] += (*good)[i];
  }
  int best = -1;
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (!primed[i] || gone[i]) continue;
    Node& n = nodes[i];
    float ld = n.chars == 0 ? 0 : static_cast<float>(n.link_chars) / static_cast<float>(n.chars);
    n.score *= (1 - ld);
    if (best < 0 || n.score > nodes[best].score) best = static_cast<int>(i);
  }
  return best;
}

bool IsAncestor(const Dom& dom, int a, int d) { return a <= d && d < dom.nodes()[a].end; }

// Climbs to an ancestor that also holds other strong candidates.
int Promote(const Dom& dom, const std::vector<char>& gone, int best) {
  const auto& nodes = dom.nodes();
  std::vector<int> strong;
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (!gone[i] && !nodes[i].is_text() && static_cast<int>(i) != best && nodes[i].score >= 0.75f * nodes[best].score &&
        !IsAncestor(dom, static_cast<int>(i), best) && !IsAncestor(dom, best, static_cast<int>(i))) {
      strong.push_back(static_cast<int>(i));
    }
  }
  int a = best;
  for (int level = 0; level < 3 && !strong.empty(); ++level) {
    a = nodes[a].parent;
    if (a < 0 || nodes[a].tag == GUMBO_TAG_BODY || nodes[a].tag == GUMBO_TAG_HTML) return best;
    int inside = 0;
    for (int s : strong) inside += IsAncestor(dom, a, s);
    if (inside >= 2) return a;
  }
  return best;
}

// Climbs while an ancestor holds clearly more good text (articles whose
// paragraphs are spread over several wrappers).
int Climb(const Dom& dom, const std::vector<float>& good, int a) {
  const auto& nodes = dom.nodes();
  for (int p = nodes[a].parent; p >= 0; p = nodes[p].parent) {
    if (nodes[p].tag == GUMBO_TAG_BODY || nodes[p].tag == GUMBO_TAG_HTML) break;
    float ld = nodes[p].chars == 0 ? 0 : static_cast<float>(nodes[p].link_chars) / static_cast<float>(nodes[p].chars);
    if (good[p] >= kClimbRatio * good[a] && ld < 0.4f) a = p;
  }
  return a;
}

// The chosen node plus qualifying siblings, in document order.
std::vector<int> WithSiblings(const Dom& dom, const std::vector<char>& gone, int best) {
  const auto& nodes = dom.nodes();
  int parent = nodes[best].parent;
  if (parent < 0) return {best};
  float threshold = std::max(10.0f, 0.2f * nodes[best].score);
  std::vector<int> out;
  for (int k : nodes[parent].kids) {
    const Node& c = nodes[k];
    if (k == best) {
      out.push_back(k);
      continue;
    }
    if (gone[k] || c.chars == 0) continue;
    float ld = static_cast<float>(c.link_chars) / static_cast<float>(c.chars);
    bool keep = c.score >= threshold;
    if (!keep && (c.tag == GUMBO_TAG_P || c.is_text())) {
      std::string text = dom.Text(k);
      keep = (c.chars >= 80 && ld < 0.25f) || (c.chars > 0 && ld == 0 && EndsSentence(text));
    }
    if (keep) out.push_back(k);
  }
  return out;
}

// True when a class names a standfirst/lead/summary paragraph.
bool HasLeadClass(std::string_view cls) {
  static constexpr std::string_view kStems[] = {"lead", "intro", "teaser", "summary", "standfirst", "subhead",
                                                "subtitle", "excerpt", "chapo", "abstract", "sapo", "entradilla",
                                                "bajada", "deck", "dek", "perex"};
  std::string word;
  for (size_t i = 0; i <= cls.size(); ++i) {
    unsigned char c = i < cls.size() ? static_cast<unsigned char>(cls[i]) : ' ';
    if (std::isalnum(c)) {
      word.push_back(static_cast<char>(std::tolower(c)));
      continue;
    }
    for (std::string_view stem : kStems) {
      if (word.compare(0, stem.size(), stem) == 0 && word.compare(0, 6, "leader") != 0) return true;
    }
    word.clear();
  }
  return false;
}

// First lead-classed, link-poor element with some text inside subtree s.
int FindLead(const Dom& dom, const std::vector<char>& gone, int s) {
  const auto& nodes = dom.nodes();
  for (int k = s; k < nodes[s].end; ++k) {
    if (gone[k]) {
      k = nodes[k].end - 1;
      continue;
    }
    const Node& n = nodes[k];
    if (n.is_text() || n.chars < 30 || n.link_chars * 10 > n.chars * 3) continue;
    if (HasLeadClass(dom.Attr(k, "class")) || HasLeadClass(dom.Attr(k, "id"))) return k;
  }
  return -1;
}

// Standfirst paragraphs that precede the chosen subtree inside the same
// article (often a sibling of the body wrapper, or inside the header).
std::vector<int> WithLeads(const Dom& dom, const std::vector<char>& gone, std::vector<int> roots) {
  const auto& nodes = dom.nodes();
  std::vector<int> leads;
  int a = roots.front();
  for (int level = 0; level < 4 && nodes[a].tag != GUMBO_TAG_ARTICLE; ++level) {
    int p = nodes[a].parent;
    if (p < 0 || nodes[p].tag == GUMBO_TAG_BODY || nodes[p].tag == GUMBO_TAG_HTML) break;
    for (int k : nodes[p].kids) {
      if (k == a) break;
      int lead = gone[k] ? -1 : FindLead(dom, gone, k);
      if (lead >= 0) leads.push_back(lead);
    }
    a = p;
  }
  if (leads.empty()) return roots;
  std::sort(leads.begin(), leads.end());
  leads.insert(leads.end(), roots.begin(), roots.end());
  return leads;
}

struct RawBlock {
  std::string text;
  int heading = 0;
  uint32_t link_chars = 0;
};

class Linearizer {
 public:
  Linearizer(const Dom& dom, const std::vector<char>& gone) : dom_(dom), gone_(gone) {}

  void Run(int root) {
    std::vector<int> stack = {root};
    while (!stack.empty()) {
      int v = stack.back();
      stack.pop_back();
      if (v < 0) {
        Exit(~v);
        continue;
      }
      const Node& n = dom_.nodes()[v];
      if (gone_[v]) continue;
      if (n.is_text()) {
        Text(n);
        continue;
      }
      Enter(n);
      stack.push_back(~v);
      for (auto it = n.kids.rbegin(); it != n.kids.rend(); ++it) stack.push_back(*it);
    }
    Flush();
  }
  std::vector<RawBlock>& blocks() { return blocks_; }

 private:
  void Enter(const Node& n) {
    if (n.tag == GUMBO_TAG_A) ++link_depth_;
    if (!IsBlockTag(n.tag)) return;
    Flush();
    if (HeadingLevel(n.tag) > 0) heading_ = HeadingLevel(n.tag);
  }
  void Exit(int v) {
    const Node& n = dom_.nodes()[v];
    if (n.tag == GUMBO_TAG_A) --link_depth_;
    if (!IsBlockTag(n.tag)) return;
    Flush();
    if (HeadingLevel(n.tag) > 0) heading_ = 0;
  }
  void Text(const Node& n) {
    size_t before = cur_.text.size();
    AppendCollapsed(n.text, &cur_.text, &pending_);
    if (link_depth_ > 0) cur_.link_chars += static_cast<uint32_t>(CountChars(std::string_view(cur_.text).substr(before)));
    pending_ = pending_ || (!n.text.empty() && n.text.back() == ' ');
  }
  void Flush() {
    std::string_view t = Trim(cur_.text);
    if (!t.empty()) {
      cur_.text = std::string(t);
      cur_.heading = heading_;
      blocks_.push_back(std::move(cur_));
    }
    cur_ = RawBlock();
    pending_ = false;
  }

  const Dom& dom_;
  const std::vector<char>& gone_;
  std::vector<RawBlock> blocks_;
  RawBlock cur_;
  bool pending_ = false;
  int link_depth_ = 0;
  int heading_ = 0;
};

int FindBody(const Dom& dom) {
  for (int k : dom.nodes().empty() ? std::vector<int>() : dom.nodes()[0].kids) {
    if (dom.nodes()[k].tag == GUMBO_TAG_BODY) return k;
  }
  return dom.nodes().empty() ? -1 : 0;
}

}  // namespace

std::vector<int> ChooseRoots(Dom* dom, const HtmlOptions& options) {
  if (dom->nodes().empty()) return {};
  std::vector<char> gone = GoneMask(*dom);
  std::vector<float> good;
  int best = ScoreCandidates(dom, gone, options, &good);
  if (best < 0) return {FindBody(*dom)};
  return WithLeads(*dom, gone, WithSiblings(*dom, gone, Climb(*dom, good, Promote(*dom, gone, best))));
}

std::vector<HtmlBlock> ExtractMainBlocks(Dom* dom, const std::string& title, const HtmlOptions& options) {
  if (dom->nodes().empty()) return {};
  std::vector<int> roots = ChooseRoots(dom, options);
  std::vector<char> gone = GoneMask(*dom);
  Linearizer lin(*dom, gone);
  for (int r : roots) {
    if (r >= 0) lin.Run(r);
  }
  std::vector<HtmlBlock> out;
  std::vector<LineInfo> lines;
  for (RawBlock& b : lin.blocks()) {
    lines.push_back(LineInfo{std::move(b.text), b.heading, b.link_chars});
  }
  return FilterLines(std::move(lines), title, options);
}

}  // namespace parallax::ingest::html
