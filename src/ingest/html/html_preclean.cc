// Pre-parse cleanup.
//
// Typical news pages are 50-80% inline JavaScript, CSS, SVG path data and
// comments, none of which can become article text, and the HTML parser
// spends most of its time tokenizing exactly those bytes. A single linear
// scan (memchr for '<') removes them before parsing: comments, and every
// <script>, <style>, <svg> and <noscript> element with its body, except
// <script type="application/ld+json"> which carries metadata, and
// <script type="text/template"> whose body is unwrapped because some
// platforms (Blogger) ship the whole post as such a template. The element
// body ends at the first case-insensitive "</name", which is how the HTML
// tokenizer ends raw-text elements too.
//
// The same scan guards the parser against pathological nesting: gumbo's
// tree construction is superlinear in depth (tens of seconds for 40,000
// unclosed <div>s), so the input is cut where the open-element depth,
// estimated from start and end tags (void and auto-closing elements such as
// <br>, <p>, <li>, <td> ignored), first exceeds max_nesting.
#include "ingest/html/html_preclean.h"

#include <cctype>

namespace parallax::ingest::html {

namespace {

bool IsVoidOrAutoClosing(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
      "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "colgroup", "thead",
      "tbody", "tfoot", "rb", "rt", "rp", "html", "head", "body", "image", "keygen", "basefont", "frame"};
  for (std::string_view n : kNames) {
    if (n == name) return true;
  }
  return false;
}

bool IsRemovedElement(std::string_view name) {
  return name == "script" || name == "style" || name == "svg" || name == "noscript";
}

bool EqualsLower(std::string_view s, size_t pos, std::string_view lower) {
  if (pos + lower.size() > s.size()) return false;
  for (size_t k = 0; k < lower.size(); ++k) {
    if (std::tolower(static_cast<unsigned char>(s[pos + k])) != lower[k]) return false;
  }
  return true;
}

// Offset just past the end tag "</name ...>" at or after `from`, or s.size().
size_t SkipPastEndTag(std::string_view s, size_t from, std::string_view name) {
  size_t i = from;
  while ((i = s.find("</", i)) != std::string_view::npos) {
    if (EqualsLower(s, i + 2, name)) {
      size_t gt = s.find('>', i);
      return gt == std::string_view::npos ? s.size() : gt + 1;
    }
    i += 2;
  }
  return s.size();
}

bool Contains(std::string_view open_tag, std::string_view lower) {
  for (size_t i = 0; i + lower.size() <= open_tag.size(); ++i) {
    if (EqualsLower(open_tag, i, lower)) return true;
  }
  return false;
}

}  // namespace

std::string Preclean(std::string_view s, size_t max_nesting) {
  std::string out;
  out.reserve(s.size() / 2);
  size_t depth = 0, i = 0;
  char name_buf[16];
  while (i < s.size()) {
    size_t lt = s.find('<', i);
    if (lt == std::string_view::npos) lt = s.size();
    out.append(s.substr(i, lt - i));
    if (lt >= s.size()) break;
    if (s.compare(lt, 4, "<!--") == 0) {
      size_t end = s.find("-->", lt + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    size_t j = lt + 1;
    bool closing = j < s.size() && s[j] == '/';
    if (closing) ++j;
    size_t len = 0;
    while (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j])) && len < sizeof name_buf) {
      name_buf[len++] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[j++])));
    }
    std::string_view name(name_buf, len);
    if (!closing && IsRemovedElement(name)) {
      size_t gt = s.find('>', j);
      if (gt == std::string_view::npos) break;
      bool self_closing = gt > lt && s[gt - 1] == '/';
      size_t end = self_closing ? gt + 1 : SkipPastEndTag(s, gt + 1, name);
      std::string_view open_tag = s.substr(lt, gt - lt);
      if (name == "script" && Contains(open_tag, "ld+json")) {
        out.append(s.substr(lt, end - lt));
      } else if (name == "script" && !self_closing && Contains(open_tag, "text/template")) {
        i = gt + 1;  // client-side template (Blogger posts): its body is markup, keep it
        continue;
      }
      i = end;
      continue;
    }
    if (len > 0 && !IsVoidOrAutoClosing(name)) {
      if (closing) {
        depth -= depth > 0;
      } else if (++depth > max_nesting) {
        break;  // cut here: drop this tag and the rest
      }
    }
    out.append(s.substr(lt, j - lt));
    i = j;
  }
  return out;
}

}  // namespace parallax::ingest::html
