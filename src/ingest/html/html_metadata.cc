// Metadata extraction.
//
// Publishers describe their pages in several overlapping vocabularies:
// OpenGraph (<meta property="og:*">), article:* and Dublin Core meta names,
// schema.org microdata (itemprop) and JSON-LD (<script type=
// "application/ld+json">). We collect every candidate in one walk of the
// gumbo tree, then choose per field by a fixed precedence that prefers the
// most explicit, most specific source (JSON-LD and OpenGraph before generic
// meta names, before in-body heuristics such as the first <h1>). JSON-LD is
// parsed with nlohmann::json in non-throwing mode; broken JSON is ignored.
#include "ingest/html/html_metadata.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cstdio>
#include <map>
#include <vector>

#include "ingest/html/html_dom.h"
#include "core/months.h"

namespace parallax::ingest::html {

namespace {

using Json = nlohmann::json;

struct Candidates {
  std::map<std::string, std::string> meta;  // lowercased key -> first content
  std::string html_lang, title_tag, h1, canonical, time_datetime, rel_author;
  std::vector<std::string> headings;  // first h1/h2 texts, in document order
  std::string class_author;  // text of the first short .author/.byline element
  std::string class_date;    // first date found in a short .date/.published/<time> element
  std::vector<std::string> ld_scripts;
};

std::string NodeText(const GumboNode* root) {
  std::string out;
  bool pending = false;
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* g = stack.back();
    stack.pop_back();
    if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_WHITESPACE || g->type == GUMBO_NODE_CDATA) {
      AppendCollapsed(g->v.text.text, &out, &pending);
      pending = pending || g->type == GUMBO_NODE_WHITESPACE;
    } else if (g->type == GUMBO_NODE_ELEMENT) {
      if (g->v.element.tag == GUMBO_TAG_SCRIPT || g->v.element.tag == GUMBO_TAG_STYLE) continue;
      pending = true;
      const GumboVector& k = g->v.element.children;
      for (unsigned i = k.length; i > 0; --i) stack.push_back(static_cast<const GumboNode*>(k.data[i - 1]));
    }
  }
  return std::string(Trim(out));
}

const char* AttrOf(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a == nullptr ? nullptr : a->value;
}

// Class/id words that mark bylines and dates in the page body.
void VisitClassHints(const GumboNode* g, Candidates* c) {
  const GumboElement& e = g->v.element;
  if (!c->class_author.empty() && !c->class_date.empty()) return;
  const char* cls = AttrOf(e, "class");
  std::string lower = cls ? AsciiLower(cls) : std::string();
  bool is_time = e.tag == GUMBO_TAG_TIME;
  bool author_hint = lower.find("byline") != std::string::npos || lower.find("author") != std::string::npos;
  bool date_hint = is_time || lower.find("date") != std::string::npos || lower.find("publish") != std::string::npos ||
                   lower.find("posted") != std::string::npos || lower.find("meta") != std::string::npos ||
                   lower.find("time") != std::string::npos;
  if (!author_hint && !date_hint) return;
  std::string text = NodeText(g);
  if (text.empty() || text.size() > 160) return;
  if (author_hint && c->class_author.empty() && CountChars(text) <= 60 && lower.find("avatar") == std::string::npos &&
      lower.find("bio") == std::string::npos && lower.find("comment") == std::string::npos) {
    c->class_author = text;
  }
  if (date_hint && c->class_date.empty()) c->class_date = NormalizeDate(text);
}

void VisitElement(const GumboNode* g, Candidates* c) {
  const GumboElement& e = g->v.element;
  switch (e.tag) {
    case GUMBO_TAG_HTML:
      if (const char* v = AttrOf(e, "lang")) c->html_lang = v;
      break;
    case GUMBO_TAG_TITLE:
      if (c->title_tag.empty()) c->title_tag = NodeText(g);
      break;
    case GUMBO_TAG_H1:
      if (c->h1.empty()) c->h1 = NodeText(g);
      if (c->headings.size() < 20) c->headings.push_back(NodeText(g));
      break;
    case GUMBO_TAG_H2:
      if (c->headings.size() < 20) c->headings.push_back(NodeText(g));
      break;
    case GUMBO_TAG_META: {
      const char* key = AttrOf(e, "property");
      if (key == nullptr) key = AttrOf(e, "name");
      if (key == nullptr) key = AttrOf(e, "itemprop");
      if (key == nullptr) key = AttrOf(e, "http-equiv");
      const char* content = AttrOf(e, "content");
      if (key != nullptr && content != nullptr) {
        std::string v(Trim(content));
        if (!v.empty()) c->meta.emplace(AsciiLower(Trim(key)), v);
      }
      break;
    }
    case GUMBO_TAG_LINK: {
      const char* rel = AttrOf(e, "rel");
      const char* href = AttrOf(e, "href");
      if (rel && href && AsciiLower(rel) == "canonical" && c->canonical.empty()) c->canonical = href;
      break;
    }
    case GUMBO_TAG_SCRIPT: {
      const char* type = AttrOf(e, "type");
      if (type && AsciiLower(Trim(type)) == "application/ld+json" && e.children.length > 0) {
        auto* t = static_cast<const GumboNode*>(e.children.data[0]);
        if (t->type == GUMBO_NODE_TEXT || t->type == GUMBO_NODE_WHITESPACE) c->ld_scripts.emplace_back(t->v.text.text);
      }
      break;
    }
    case GUMBO_TAG_TIME: {
      const char* dt = AttrOf(e, "datetime");
      if (dt && c->time_datetime.empty()) c->time_datetime = dt;
      break;
    }
    case GUMBO_TAG_A: {
      const char* rel = AttrOf(e, "rel");
      if (rel && AsciiLower(rel) == "author" && c->rel_author.empty()) c->rel_author = NodeText(g);
      break;
    }
    default:
      break;
  }
  VisitClassHints(g, c);
  if (const char* ip = AttrOf(e, "itemprop")) {
    std::string key = "itemprop:" + AsciiLower(ip);
    const char* v = AttrOf(e, "content");
    if (v == nullptr) v = AttrOf(e, "datetime");
    std::string value = v ? std::string(Trim(v)) : (key == "itemprop:author" || key == "itemprop:name" ? NodeText(g) : "");
    if (!value.empty() && value.size() < 300) c->meta.emplace(key, value);
  }
}

void Collect(const GumboNode* root, Candidates* c) {
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* g = stack.back();
    stack.pop_back();
    if (g->type != GUMBO_NODE_ELEMENT && g->type != GUMBO_NODE_TEMPLATE) continue;
    VisitElement(g, c);
    const GumboVector& k = g->v.element.children;
    for (unsigned i = k.length; i > 0; --i) stack.push_back(static_cast<const GumboNode*>(k.data[i - 1]));
  }
}

// ---- JSON-LD -------------------------------------------------------------

struct LdFields {
  std::string headline, author, date, publisher, body, description, url;
  int rank = 0;  // 2 = article type, 1 = web page
};

std::string JsonString(const Json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_array() && !j.empty()) return JsonString(j[0]);
  return "";
}

std::string JsonNames(const Json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_object()) return j.contains("name") ? JsonString(j["name"]) : "";
  if (!j.is_array()) return "";
  std::string out;
  for (const Json& x : j) {
    std::string n = JsonNames(x);
    if (n.empty() || out.find(n) != std::string::npos) continue;
    if (!out.empty()) out += ", ";
    out += n;
  }
  return out;
}

int TypeRank(const Json& type) {
  std::string t = AsciiLower(JsonString(type));
  if (type.is_array()) {
    int best = 0;
    for (const Json& x : type) best = std::max(best, TypeRank(x));
    return best;
  }
  if (t.find("article") != std::string::npos || t.find("posting") != std::string::npos ||
      t == "report" || t == "review") {
    return 2;
  }
  return t == "webpage" ? 1 : 0;
}

void WalkLd(const Json& j, LdFields* best, int depth) {
  if (depth > 8) return;
  if (j.is_array()) {
    for (const Json& x : j) WalkLd(x, best, depth + 1);
    return;
  }
  if (!j.is_object()) return;
  if (j.contains("@graph")) WalkLd(j["@graph"], best, depth + 1);
  int rank = j.contains("@type") ? TypeRank(j["@type"]) : 0;
  if (rank > 0 && rank > best->rank) {
    LdFields f;
    f.rank = rank;
    if (j.contains("headline")) f.headline = JsonString(j["headline"]);
    if (f.headline.empty() && j.contains("name")) f.headline = JsonString(j["name"]);
    if (j.contains("author")) f.author = JsonNames(j["author"]);
    if (j.contains("datePublished")) f.date = JsonString(j["datePublished"]);
    if (f.date.empty() && j.contains("dateCreated")) f.date = JsonString(j["dateCreated"]);
    if (j.contains("publisher")) f.publisher = JsonNames(j["publisher"]);
    if (j.contains("articleBody")) f.body = JsonString(j["articleBody"]);
    if (f.body.empty() && j.contains("text")) f.body = JsonString(j["text"]);
    if (j.contains("description")) f.description = JsonString(j["description"]);
    if (j.contains("url")) f.url = JsonString(j["url"]);
    *best = std::move(f);
  }
  if (j.contains("mainEntity")) WalkLd(j["mainEntity"], best, depth + 1);
}

LdFields ParseLd(const std::vector<std::string>& scripts) {
  LdFields best;
  for (const std::string& s : scripts) {
    Json j = Json::parse(s, nullptr, /*allow_exceptions=*/false);
    if (!j.is_discarded()) WalkLd(j, &best, 0);
  }
  return best;
}

// ---- choosing ------------------------------------------------------------

bool Digits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return false;
  for (size_t i = pos; i < pos + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

bool PlausibleDate(int y, int m, int d) { return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31; }


std::string Meta(const Candidates& c, std::initializer_list<const char*> keys, bool allow_url = true) {
  for (const char* k : keys) {
    auto it = c.meta.find(k);
    if (it == c.meta.end()) continue;
    if (!allow_url && (it->second.rfind("http", 0) == 0 || it->second.find('/') != std::string::npos)) continue;
    return it->second;
  }
  return "";
}

std::string Clean(std::string_view s) {
  std::string out;
  bool pending = false;
  AppendCollapsed(s, &out, &pending);
  return std::string(Trim(out));
}

// Removes "By", "Von", "Posted by", "Autor:" and similar lead-ins (and
// stray punctuation) from a byline; returns "" when nothing name-like is left.
std::string StripBy(std::string s) {
  static constexpr std::string_view kLeadIns[] = {
      "post author", "posted by", "written by", "published by", "veröffentlicht von", "eingestellt von",
      "geschrieben von", "verfasst von", "publié par", "escrito por", "scritto da", "author:", "autor:",
      "autorin:", "auteur :", "auteur:", "by ", "von ", "vom ", "par ", "por ", "di ", "from "};
  bool changed = true;
  while (changed) {
    changed = false;
    std::string_view t = Trim(s);
    while (!t.empty() && (t.front() == ':' || t.front() == '|' || t.front() == '-' || t.front() == ',')) {
      t.remove_prefix(1);
      t = Trim(t);
    }
    std::string lower = AsciiLower(t);
    for (std::string_view lead : kLeadIns) {
      if (lower.compare(0, lead.size(), lead) == 0) {
        t.remove_prefix(lead.size());
        changed = true;
        break;
      }
    }
    s = std::string(Trim(t));
  }
  std::string lower = AsciiLower(s);
  if (lower == "by" || lower == "von" || lower.rfind("publiziert", 0) == 0 || lower.rfind("veröffentlicht", 0) == 0) {
    return "";
  }
  return s;
}

std::string ChooseDate(const Candidates& c, const LdFields& ld) {
  for (const std::string& d :
       {ld.date, Meta(c, {"article:published_time", "og:published_time", "itemprop:datepublished",
                          "datepublished", "date", "pubdate", "publishdate", "publish-date",
                          "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created",
                          "sailthru.date", "parsely-pub-date", "citation_publication_date",
                          "article.published", "og:updated_time", "article:modified_time",
                          "itemprop:datecreated", "last-modified", "itemprop:datemodified"}),
        c.time_datetime, c.class_date}) {
    std::string n = NormalizeDate(d);
    if (!n.empty()) return n;
  }
  return "";
}

// "/2019/10/21/" (or "/2019-10-21") in a URL path.
std::string DateFromUrl(std::string_view url) {
  for (size_t i = 0; i + 11 <= url.size(); ++i) {
    if (url[i] != '/' || !Digits(url, i + 1, 4)) continue;
    char sep = url[i + 5];
    if ((sep == '/' || sep == '-') && Digits(url, i + 6, 2) && i + 11 <= url.size() && url[i + 8] == sep &&
        Digits(url, i + 9, 2)) {
      return NormalizeDate(std::string(url.substr(i + 1, 4)) + "-" + std::string(url.substr(i + 6, 2)) + "-" +
                           std::string(url.substr(i + 9, 2)));
    }
  }
  return "";
}

// Splits a <title> at " | ", " - " and similar separators.
std::vector<std::string> TitleParts(const std::string& title) {
  std::vector<std::string> parts = {title};
  for (std::string_view sep : {" | ", " - ", " – ", " — ", " :: ", " » ", " › ", " · ", " « "}) {
    std::vector<std::string> next;
    for (const std::string& p : parts) {
      size_t start = 0, pos;
      while ((pos = p.find(sep, start)) != std::string::npos) {
        next.push_back(std::string(Trim(std::string_view(p).substr(start, pos - start))));
        start = pos + sep.size();
      }
      next.push_back(std::string(Trim(std::string_view(p).substr(start))));
    }
    parts = std::move(next);
  }
  return parts;
}

// The headline: a page heading confirmed by the <title> or og:title wins
// (the h1 of blogs is often the blog name, og:title often the site name);
// then og:title / JSON-LD headline; then a lone h1; then the longest
// non-site part of <title>.
std::string ChooseTitle(const Candidates& c, const LdFields& ld, const std::string& site) {
  std::string meta = Clean(Meta(c, {"og:title"}));
  if (meta.empty()) meta = Clean(ld.headline);
  if (meta.empty()) meta = Clean(Meta(c, {"twitter:title", "dc.title", "itemprop:headline"}));
  std::string title_tag = Clean(c.title_tag);
  std::vector<std::string> parts = TitleParts(title_tag);
  parts.push_back(title_tag);
  for (const std::string& p : TitleParts(meta)) parts.push_back(p);
  parts.push_back(meta);
  for (const std::string& raw : c.headings) {
    std::string h = Clean(raw);
    if (h.empty() || (!site.empty() && AsciiLower(h) == AsciiLower(site))) continue;
    for (const std::string& p : parts) {
      if (!p.empty() && AsciiLower(p) == AsciiLower(h)) return h;
    }
  }
  if (!meta.empty()) return StripTitleSuffix(meta, site);
  if (!c.h1.empty()) return Clean(c.h1);
  std::string best;
  for (const std::string& p : TitleParts(title_tag)) {
    bool is_site = !site.empty() && AsciiLower(p).find(AsciiLower(site)) != std::string::npos;
    if (!is_site && CountChars(p) > CountChars(best)) best = p;
  }
  return best.empty() ? title_tag : best;
}

void ChooseAll(const Candidates& c, const LdFields& ld, HtmlDocument* doc) {
  doc->site_name = Clean(Meta(c, {"og:site_name"}));
  if (doc->site_name.empty()) doc->site_name = Clean(ld.publisher);
  if (doc->site_name.empty()) doc->site_name = Clean(Meta(c, {"application-name", "twitter:site"}));
  doc->title = ChooseTitle(c, ld, doc->site_name);
  doc->byline = Clean(ld.author);
  if (doc->byline.empty()) {
    doc->byline = Clean(Meta(c, {"author", "article:author", "dc.creator", "byl", "parsely-author",
                                 "sailthru.author", "itemprop:author"},
                             /*allow_url=*/false));
  }
  if (doc->byline.empty()) doc->byline = Clean(c.rel_author);
  if (doc->byline.empty()) doc->byline = Clean(c.class_author);
  doc->byline = StripBy(doc->byline);
  if (!doc->byline.empty() && doc->byline[0] == '@') doc->byline.clear();  // a social handle, not a name
  if (doc->byline.size() > 200) doc->byline.clear();
  doc->published = ChooseDate(c, ld);
  doc->url = c.canonical.empty() ? Meta(c, {"og:url"}) : c.canonical;
  if (doc->url.empty()) doc->url = ld.url;
  if (doc->published.empty()) doc->published = DateFromUrl(doc->url);
  doc->language = c.html_lang.empty() ? Meta(c, {"og:locale", "content-language", "dc.language"}) : c.html_lang;
  doc->description = Clean(Meta(c, {"description", "og:description", "twitter:description"}));
  if (doc->description.empty()) doc->description = Clean(ld.description);
}

// Parses "21 October 2019", "21. Oktober 2019", "October 21, 2019", "Oct 21st 2019".
std::string NormalizeWordDate(std::string_view s) {
  std::vector<std::string> words;
  std::string cur;
  for (char ch : s) {
    unsigned char u = static_cast<unsigned char>(ch);
    if (std::isalnum(u) || u >= 0x80) {
      cur.push_back(static_cast<char>(std::tolower(u)));
    } else if (!cur.empty()) {
      words.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(cur);
  auto number = [](const std::string& w, int lo, int hi) {
    size_t k = 0;
    while (k < w.size() && std::isdigit(static_cast<unsigned char>(w[k]))) ++k;
    if (k == 0 || k > 4) return -1;
    std::string rest = w.substr(k);
    if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th" && rest != "er") return -1;
    int v = std::stoi(w.substr(0, k));
    return v >= lo && v <= hi ? v : -1;
  };
  for (size_t i = 0; i < words.size(); ++i) {
    int m = core::PageMonth(words[i]);
    if (m == 0) continue;
    int d = -1, y = -1;
    if (i > 0 && i + 1 < words.size()) {
      d = number(words[i - 1], 1, 31);
      y = number(words[i + 1], 1990, 2100);
    }
    if ((d < 0 || y < 0) && i + 2 < words.size()) {
      d = number(words[i + 1], 1, 31);
      y = number(words[i + 2], 1990, 2100);
    }
    if (d > 0 && y > 0) {
      char buf[40];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
      return buf;
    }
  }
  return "";
}

}  // namespace

std::string NormalizeDate(std::string_view s) {
  s = Trim(s);
  // Find the first YYYY-MM-DD / YYYY/MM/DD / YYYYMMDD or DD.MM.YYYY.
  for (size_t i = 0; i + 8 <= s.size(); ++i) {
    if (i > 0 && std::isdigit(static_cast<unsigned char>(s[i - 1]))) continue;
    if (Digits(s, i, 4) && i + 10 <= s.size() && (s[i + 4] == '-' || s[i + 4] == '/' || s[i + 4] == '.') &&
        s[i + 7] == s[i + 4] && Digits(s, i + 5, 2) && Digits(s, i + 8, 2)) {
      int y = std::stoi(std::string(s.substr(i, 4))), m = std::stoi(std::string(s.substr(i + 5, 2)));
      int d = std::stoi(std::string(s.substr(i + 8, 2)));
      if (!PlausibleDate(y, m, d)) continue;
      std::string out = std::string(s.substr(i, 4)) + "-" + std::string(s.substr(i + 5, 2)) + "-" +
                        std::string(s.substr(i + 8, 2));
      // Keep an ISO time part when present.
      size_t t = i + 10;
      if (t < s.size() && (s[t] == 'T' || s[t] == ' ') && Digits(s, t + 1, 2) && t + 6 <= s.size() && s[t + 3] == ':') {
        size_t e = t + 1;
        while (e < s.size() && (std::isdigit(static_cast<unsigned char>(s[e])) || s[e] == ':' || s[e] == '.' ||
                                s[e] == '+' || s[e] == '-' || s[e] == 'Z')) {
          ++e;
        }
        out += "T" + std::string(s.substr(t + 1, e - t - 1));
      }
      return out;
    }
    if (Digits(s, i, 2) && i + 10 <= s.size() && s[i + 2] == '.' && s[i + 5] == '.' && Digits(s, i + 3, 2) &&
        Digits(s, i + 6, 4)) {
      int d = std::stoi(std::string(s.substr(i, 2))), m = std::stoi(std::string(s.substr(i + 3, 2)));
      int y = std::stoi(std::string(s.substr(i + 6, 4)));
      if (!PlausibleDate(y, m, d)) continue;
      return std::string(s.substr(i + 6, 4)) + "-" + std::string(s.substr(i + 3, 2)) + "-" +
             std::string(s.substr(i, 2));
    }
    if (Digits(s, i, 8) && (i + 8 == s.size() || !std::isdigit(static_cast<unsigned char>(s[i + 8])))) {
      int y = std::stoi(std::string(s.substr(i, 4))), m = std::stoi(std::string(s.substr(i + 4, 2)));
      int d = std::stoi(std::string(s.substr(i + 6, 2)));
      if (!PlausibleDate(y, m, d)) continue;
      return std::string(s.substr(i, 4)) + "-" + std::string(s.substr(i + 4, 2)) + "-" + std::string(s.substr(i + 6, 2));
    }
  }
  return NormalizeWordDate(s);
}

std::string StripTitleSuffix(std::string_view title, std::string_view site_name) {
  std::string t(Trim(title));
  for (const char* sep : {" | ", " - ", " – ", " — ", " :: ", " » ", " · "}) {
    size_t p = t.rfind(sep);
    if (p == std::string::npos || p == 0) continue;
    std::string tail(Trim(std::string_view(t).substr(p + std::string_view(sep).size())));
    std::string head(Trim(std::string_view(t).substr(0, p)));
    // Drop the tail when it names the site or is clearly shorter than the head.
    bool names_site = !site_name.empty() && AsciiLower(tail).find(AsciiLower(site_name)) != std::string::npos;
    if (names_site || CountChars(tail) * 2 < CountChars(head)) return head;
  }
  return t;
}

void ExtractMetadata(const GumboOutput* output, HtmlDocument* doc, std::string* ld_body) {
  Candidates c;
  if (output != nullptr && output->root != nullptr) Collect(output->root, &c);
  LdFields ld = ParseLd(c.ld_scripts);
  ChooseAll(c, ld, doc);
  *ld_body = ld.body;
}

}  // namespace parallax::ingest::html
