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
    "postmeta", "entrymeta", "postmetadata", "entryfooter", "authorinfo", "authorbox", "authorbio",
    "abouttheauthor", "nextstory", "nextpost", "prevpost", "donat", "wpcaption",
    "comment",  "share",     "sharing",   "social",   "related",   "newsletter", "subscri",
    "cookie",   "consent",   "gdpr",      "advert",   "sponsor",   "promo",      "breadcrumb",
    "pagination", "pager",   "popup",     "modal",    "disqus",    "recommend",  "outbrain",
    "taboola",  "signup",    "login",     "rating",    "skiplink",   "screenreader",
    "sronly",   "overlay",   "paywall",   "tagcloud", "tagline",   "toolbar",
    "most",     "trending",  "popular",   "syndicat", "follow",    "reaction",
    "shariff",  "adsense"};
constexpr std::string_view kStrongWords[] = {
    "bio", "biography", "byline", "credits", "credit", "caption", "donation", "cta", "readingtime",
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

// Stems that mark a node as boilerplate with no exemption: discussion
// threads are never the article.
constexpr std::string_view kHardStems[] = {"comment", "disqus", "respond", "replies", "reply"};

struct Vocab {
  bool hard = false, strong = false, weak = false, positive = false;
};

Vocab ClassVocab(std::string_view cls, std::string_view id) {
  Vocab v;
  auto visit = [&](std::string_view w, bool last) {
    bool not_commentary = !StartsWith(w, "commentar");
    for (auto s : kHardStems) v.hard |= StartsWith(w, s) && not_commentary;
    for (auto s : kStrongStems) v.strong |= StartsWith(w, s) && not_commentary;
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
    case GUMBO_TAG_NAV: case GUMBO_TAG_MENU: case GUMBO_TAG_FIGCAPTION:
      return Verdict::kDrop;
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
      return Verdict::kDropIfMinor;
    case GUMBO_TAG_HEADER: {
      // An article's own header holds its standfirst; a page header does not.
      for (int a = dom.nodes()[i].parent; a >= 0; a = dom.nodes()[a].parent) {
        if (dom.nodes()[a].tag == GUMBO_TAG_ARTICLE) return Verdict::kKeep;
      }
      return Verdict::kDropIfMinor;
    }
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
    // Long ids are slugs generated from text ("#why-most-people-...").
    std::string_view id = dom.Attr(i, "id");
    f.vocab[i] = ClassVocab(dom.Attr(i, "class"), id.size() > 30 ? std::string_view() : id);
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

// Link-damped characters of the text holders (elements whose own inline
// text is >= 25 code points) in each subtree, skipping dropped nodes.
std::vector<float> GoodText(const Dom& dom) {
  const auto& nodes = dom.nodes();
  std::vector<float> good(nodes.size(), 0.0f);
  for (int i = static_cast<int>(nodes.size()) - 1; i >= 0; --i) {
    const Node& n = nodes[i];
    if (n.dropped || n.is_text()) continue;
    uint32_t chars = 0, links = 0;
    for (int k : n.kids) {
      const Node& c = nodes[k];
      if (c.dropped || (!c.is_text() && IsBlockTag(c.tag))) continue;
      chars += c.chars;
      links += c.link_chars;
    }
    if (chars >= 25 && links * 2 <= chars) good[i] += static_cast<float>(chars - links);
    if (n.parent >= 0) good[n.parent] += good[i];
  }
  return good;
}

// Pass 1: structural drops (tags, roles, hidden, discussion threads).
void DropStructural(Dom* dom, const PruneFacts& facts) {
  auto& nodes = dom->nodes();
  const double total = std::max<uint32_t>(nodes[0].chars, 1);
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
    } else if (facts.vocab[i].hard && !major && n.tag != GUMBO_TAG_ARTICLE) {
      n.dropped = true;
    }
  }
}

// Pass 2: vocabulary drops, judged against the text left after pass 1.
void DropByVocabulary(Dom* dom, const PruneFacts& facts) {
  auto& nodes = dom->nodes();
  const double total = std::max<uint32_t>(nodes[0].chars, 1);
  std::vector<float> good = GoodText(*dom);
  const float all_good = std::max(good[0], 1.0f);
  for (size_t i = 0; i < nodes.size(); ++i) {
    Node& n = nodes[i];
    if (n.is_text() || n.dropped || IsProtected(*dom, static_cast<int>(i)) || n.tag == GUMBO_TAG_ARTICLE) continue;
    if (n.chars >= 400 && n.chars >= 0.6 * total) continue;
    const Vocab& voc = facts.vocab[i];
    // A node that is (or wraps) a positively named block holding a good
    // share of the text, or that simply holds much of the page's paragraph
    // text, is the article even when it also carries a "paywall",
    // "read-more" or "sharing-container" class.
    bool article_like = facts.body_chars[i] >= 200 && facts.body_chars[i] >= 0.15 * total &&
                        facts.body_chars[i] * 2 >= n.chars;
    article_like = article_like || (voc.positive && n.chars >= 200 && n.chars >= 0.15 * total);
    article_like = article_like || (good[i] >= 400 && good[i] >= 0.4f * all_good);
    if (voc.strong && !article_like) n.dropped = true;
    bool wraps_article = facts.holds_article[i] || (facts.body_chars[i] >= 200 && facts.body_chars[i] * 2 >= n.chars);
    if (voc.weak && !voc.positive && !wraps_article) n.dropped = true;
  }
}

void PruneBoilerplate(Dom* dom) {
  dom->ComputeStats();
  if (dom->nodes().empty()) return;
  PruneFacts facts = ComputeFacts(*dom);
  DropStructural(dom, facts);
  dom->ComputeStats();
  DropByVocabulary(dom, facts);
  dom->ComputeStats();
}

}  // namespace parallax::ingest::html
