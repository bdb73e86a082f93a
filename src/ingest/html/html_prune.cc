// Boilerplate pruning: the first, structural half of main-text extraction.
//
// Before any scoring we remove subtrees that are boilerplate by construction:
//  * tags whose meaning is "not the article": nav, aside, footer, menu, and
//    (only when they hold a minority of the page's text, since some sites
//    wrap the whole page in them) header and form;
//  * ARIA roles navigation, complementary, contentinfo, search, menu, dialog
//    (banner is treated like header);
//  * hidden elements (hidden attribute, aria-hidden, display:none);
//  * class/id vocabulary. Class and id values are split into lowercase words
//    at every non-alphanumeric character ("post-share_bar" -> post, share,
//    bar). A word that starts with a *strong* stem (comment, share, related,
//    newsletter, cookie, advert...) marks the node as boilerplate even when
//    a positive word (article, content, post...) is also present, because
//    "article-related" or "post-comments" are far more often boilerplate than
//    content. *Weak* stems (sidebar, header, footer, widget, menu...) only
//    count when no positive word is present.
// Every class/id/header/form rule is guarded by a share test: a node that
// holds most of the page's visible text (with enough of it to matter) is a
// layout wrapper, not a widget, and is never dropped that way. Nodes marked
// as the article body (itemprop=articleBody, <article>, <main>) are never
// dropped by vocabulary either.
#include <algorithm>
#include <iterator>
#include <cctype>
#include <string>
#include <vector>
#include <string_view>

#include "ingest/html/html_content.h"

namespace parallax::ingest::html {

namespace {

constexpr std::string_view kStrongStems[] = {
    "comment",  "share",     "sharing",   "social",   "related",   "newsletter", "subscri",
    "cookie",   "consent",   "gdpr",      "advert",   "sponsor",   "promo",      "breadcrumb",
    "pagination", "pager",   "popup",     "modal",    "disqus",    "recommend",  "outbrain",
    "taboola",  "signup",    "login",     "print",    "rating",    "skiplink",   "screenreader",
    "sronly",   "overlay",   "paywall",   "tagcloud", "tagline",   "toolbar",
    "most",     "trending",  "popular",   "syndicat", "follow",    "reaction",
    "shariff",  "adsense"};
constexpr std::string_view kStrongWords[] = {
    "ad", "ads", "adv", "tags", "tag", "keywords", "share", "sr", "visuallyhidden",
    "navi", "nav", "subnav", "topnav", "crumbs", "meta", "more", "rss"};
constexpr std::string_view kWeakStems[] = {
    "sidebar", "header", "footer", "banner", "menu", "masthead", "navbar", "navigation",
    "sidebox", "aside", "rail", "jump"};
constexpr std::string_view kPositiveStems[] = {
    "article", "content", "body", "entry", "main", "post", "story", "text", "blog", "prose",
    "news", "detail", "page", "single", "td-post", "hentry"};

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Calls f(word, last) for each lowercase alphanumeric word of each
// space-separated name in s; `last` is true for the final word of a name.
template <typename F>
void ForEachWord(std::string_view s, F f) {
  std::string word;
  auto flush = [&](bool last) {
    if (!word.empty()) f(std::string_view(word), last);
    word.clear();
  };
  for (size_t i = 0; i <= s.size(); ++i) {
    unsigned char u = i < s.size() ? static_cast<unsigned char>(s[i]) : ' ';
    if (std::isalnum(u)) {
      word.push_back(static_cast<char>(std::tolower(u)));
    } else {
      flush(std::isspace(u) != 0);
    }
  }
}

struct Vocab {
  bool strong = false, weak = false, positive = false;
};

Vocab ClassVocab(std::string_view cls, std::string_view id) {
  Vocab v;
  auto visit = [&](std::string_view w, bool last) {
    for (auto s : kStrongStems) v.strong |= StartsWith(w, s) && !StartsWith(w, "commentar");
    // Exact words count only at the end of a name: "post-tags" is a tag
    // list, "tag-politics" is a taxonomy label on the article itself.
    for (auto s : kStrongWords) v.strong |= (last && w == s);
    for (auto s : kWeakStems) v.weak |= StartsWith(w, s);
    for (auto s : kPositiveStems) v.positive |= StartsWith(w, s);
  };
  ForEachWord(cls, visit);
  ForEachWord(id, visit);
  return v;
}

bool IsHidden(const Dom& dom, int i) {
  if (gumbo_get_attribute(&dom.nodes()[i].element->attributes, "hidden") != nullptr) return true;
  if (dom.Attr(i, "aria-hidden") == "true") return true;
  std::string style = AsciiLower(dom.Attr(i, "style"));
  if (style.empty()) return false;
  std::string compact;
  for (char c : style) {
    if (c != ' ') compact.push_back(c);
  }
  return compact.find("display:none") != std::string::npos || compact.find("visibility:hidden") != std::string::npos;
}

enum class Verdict { kKeep, kDrop, kDropIfMinor };

Verdict ByTagAndRole(const Dom& dom, int i) {
  switch (dom.nodes()[i].tag) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_MENU:
      return Verdict::kDrop;
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEADER: case GUMBO_TAG_FORM:
      return Verdict::kDropIfMinor;
    default:
      break;
  }
  std::string role = AsciiLower(dom.Attr(i, "role"));
  if (role == "navigation" || role == "complementary" || role == "contentinfo" || role == "search" ||
      role == "menu" || role == "menubar" || role == "dialog" || role == "alertdialog") {
    return Verdict::kDropIfMinor;
  }
  if (role == "banner") return Verdict::kDropIfMinor;
  return Verdict::kKeep;
}

bool IsProtected(const Dom& dom, int i) {
  GumboTag t = dom.nodes()[i].tag;
  if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML || t == GUMBO_TAG_MAIN) return true;
  std::string_view ip = dom.Attr(i, "itemprop");
  return ip == "articleBody" || ip == "articlebody" || ip == "text";
}

}  // namespace

bool HasPositiveClass(std::string_view cls, std::string_view id) { return ClassVocab(cls, id).positive; }

namespace {

// Per-node facts the drop rules need, computed in one bottom-up sweep.
struct PruneFacts {
  std::vector<Vocab> vocab;
  std::vector<char> holds_article;   // subtree has <article>/<main>/articleBody
  std::vector<uint32_t> body_chars;  // largest positively named, non-strong descendant
};

PruneFacts ComputeFacts(const Dom& dom) {
  const auto& nodes = dom.nodes();
  PruneFacts f;
  f.vocab.resize(nodes.size());
  f.holds_article.assign(nodes.size(), 0);
  f.body_chars.assign(nodes.size(), 0);
  for (int i = static_cast<int>(nodes.size()) - 1; i >= 0; --i) {
    const Node& n = nodes[i];
    if (n.is_text()) continue;
    f.vocab[i] = ClassVocab(dom.Attr(i, "class"), dom.Attr(i, "id"));
    if (n.tag == GUMBO_TAG_ARTICLE || n.tag == GUMBO_TAG_MAIN || IsProtected(dom, i)) f.holds_article[i] = 1;
    if (f.vocab[i].positive && !f.vocab[i].strong) f.body_chars[i] = std::max(f.body_chars[i], n.chars);
    if (n.parent >= 0) {
      f.holds_article[n.parent] |= f.holds_article[i];
      f.body_chars[n.parent] = std::max(f.body_chars[n.parent], f.body_chars[i]);
    }
  }
  return f;
}

}  // namespace

void PruneBoilerplate(Dom* dom) {
  dom->ComputeStats();
  auto& nodes = dom->nodes();
  if (nodes.empty()) return;
  const double total = std::max<uint32_t>(nodes[0].chars, 1);
  PruneFacts facts = ComputeFacts(*dom);
  for (size_t i = 0; i < nodes.size(); ++i) {
    Node& n = nodes[i];
    if (n.is_text() || IsProtected(*dom, static_cast<int>(i))) continue;
    // "Major" nodes hold most of the page text: layout wrappers, not widgets.
    bool major = n.chars >= 400 && n.chars >= 0.6 * total;
    if (IsHidden(*dom, static_cast<int>(i))) {
      n.dropped = !major;
      continue;
    }
    Verdict v = ByTagAndRole(*dom, static_cast<int>(i));
    if (v == Verdict::kDrop || (v == Verdict::kDropIfMinor && !major && !facts.holds_article[i])) {
      n.dropped = true;
      continue;
    }
    if (n.tag == GUMBO_TAG_ARTICLE || major) continue;
    const Vocab& voc = facts.vocab[i];
    // A node that is (or wraps) a positively named block holding a good
    // share of the text is the article even when it also carries a
    // "paywall", "read-more" or "social-sticky" class.
    bool article_like = facts.body_chars[i] >= 200 && facts.body_chars[i] >= 0.15 * total &&
                        facts.body_chars[i] * 2 >= n.chars;
    article_like = article_like || (voc.positive && n.chars >= 200 && n.chars >= 0.15 * total);
    if (voc.strong && !article_like) n.dropped = true;
    if (voc.weak && !voc.positive && !article_like && !facts.holds_article[i]) n.dropped = true;
  }
  dom->ComputeStats();
}

}  // namespace parallax::ingest::html
