// TimeML reading walks the <TEXT> element once, copying character data to
// `plain` and recording, for every plain byte, the raw byte range it came
// from (an entity like "&amp;" maps five raw bytes to one plain byte).
// Writing re-emits the raw TEXT, dropping old TIMEX3 tags and inserting new
// ones at the raw offsets of their first and last plain byte.
#include "annotate/time/timeml.h"

#include <algorithm>
#include <cstdlib>

#include "core/unicode.h"

namespace parallax::time {
namespace {

// Decodes one entity at s[pos] == '&'; returns its length or 0.
size_t DecodeEntity(std::string_view s, size_t pos, std::string* out) {
  const size_t semi = s.find(';', pos);
  if (semi == std::string_view::npos || semi - pos > 10) return 0;
  const std::string_view name = s.substr(pos + 1, semi - pos - 1);
  if (name == "amp") *out += '&';
  else if (name == "lt") *out += '<';
  else if (name == "gt") *out += '>';
  else if (name == "quot") *out += '"';
  else if (name == "apos") *out += '\'';
  else if (name.size() > 1 && name[0] == '#') {
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string digits(name.substr(hex ? 2 : 1));
    char* end = nullptr;
    const long cp = std::strtol(digits.c_str(), &end, hex ? 16 : 10);
    if (digits.empty() || *end != 0 || cp <= 0 || cp > 0x10FFFF) return 0;
    core::AppendUtf8(static_cast<char32_t>(cp), out);
  } else {
    return 0;
  }
  return semi - pos + 1;
}

bool IsTimexTag(std::string_view tag) {
  return tag.rfind("<TIMEX3", 0) == 0 || tag.rfind("</TIMEX3", 0) == 0;
}

}  // namespace

std::string XmlAttribute(std::string_view tag, std::string_view name) {
  size_t pos = 0;
  while ((pos = tag.find(name, pos)) != std::string_view::npos) {
    const bool boundary = pos > 0 && (tag[pos - 1] == ' ' || tag[pos - 1] == '\t' || tag[pos - 1] == '\n');
    const size_t eq = pos + name.size();
    if (boundary && eq + 1 < tag.size() && tag[eq] == '=' && (tag[eq + 1] == '"' || tag[eq + 1] == '\'')) {
      const char quote = tag[eq + 1];
      const size_t close = tag.find(quote, eq + 2);
      if (close == std::string_view::npos) return "";
      return XmlUnescape(tag.substr(eq + 2, close - eq - 2));
    }
    pos = eq;
  }
  return "";
}

std::string XmlUnescape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      const size_t n = DecodeEntity(s, i, &out);
      if (n > 0) { i += n - 1; continue; }
    }
    out += s[i];
  }
  return out;
}

std::string XmlEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else out += c;
  }
  return out;
}

Result<TimemlDoc> ParseTimeml(std::string raw) {
  TimemlDoc doc;
  doc.raw = std::move(raw);
  const std::string& r = doc.raw;
  const size_t open = r.find("<TEXT>");
  const size_t close = r.find("</TEXT>");
  if (open == std::string::npos || close == std::string::npos || close < open) {
    return Status::InvalidArgument("TimeML: no <TEXT> element");
  }
  doc.text_begin = open + 6;
  doc.text_end = close;
  const size_t dct_open = r.find("<DCT>");
  if (dct_open != std::string::npos) {
    const size_t tag_end = r.find('>', r.find("<TIMEX3", dct_open));
    const size_t tag_start = r.find("<TIMEX3", dct_open);
    if (tag_start != std::string::npos && tag_end != std::string::npos) {
      const std::string value = XmlAttribute(std::string_view(r).substr(tag_start, tag_end - tag_start), "value");
      doc.dct = value.substr(0, 10);
    }
  }
  std::vector<Timex> open_timexes;
  for (size_t i = doc.text_begin; i < doc.text_end;) {
    if (r[i] == '<') {
      const size_t end = r.find('>', i);
      if (end == std::string::npos || end > doc.text_end) {
        return Status::InvalidArgument("TimeML: unterminated tag in <TEXT>");
      }
      const std::string_view tag(r.data() + i, end - i + 1);
      if (tag.rfind("<TIMEX3", 0) == 0) {
        Timex t;
        t.span.begin = static_cast<uint32_t>(doc.plain.size());
        t.type = XmlAttribute(tag, "type");
        t.value = XmlAttribute(tag, "value");
        t.mod = XmlAttribute(tag, "mod");
        open_timexes.push_back(t);
      } else if (tag.rfind("</TIMEX3", 0) == 0 && !open_timexes.empty()) {
        Timex t = open_timexes.back();
        open_timexes.pop_back();
        t.span.end = static_cast<uint32_t>(doc.plain.size());
        doc.gold.push_back(t);
      }
      i = end + 1;
      continue;
    }
    const size_t before = doc.plain.size();
    size_t consumed = 1;
    if (r[i] == '&') consumed = DecodeEntity(r, i, &doc.plain);
    if (r[i] != '&' || consumed == 0) {
      doc.plain += r[i];
      consumed = 1;
    }
    for (size_t k = before; k < doc.plain.size(); ++k) {
      doc.src_begin.push_back(static_cast<uint32_t>(i));
      doc.src_end.push_back(static_cast<uint32_t>(i + consumed));
    }
    i += consumed;
  }
  std::sort(doc.gold.begin(), doc.gold.end(),
            [](const Timex& a, const Timex& b) { return a.span.begin < b.span.begin; });
  return doc;
}

std::string WriteTimeml(const TimemlDoc& doc, const std::vector<Timex>& timexes) {
  const std::string& r = doc.raw;
  // Raw offsets of the tags we keep (everything but TIMEX3) inside TEXT.
  std::vector<std::pair<size_t, size_t>> kept;
  for (size_t i = doc.text_begin; i < doc.text_end; ++i) {
    if (r[i] != '<') continue;
    const size_t end = r.find('>', i);
    if (end == std::string::npos) break;
    if (!IsTimexTag(std::string_view(r).substr(i, end - i + 1))) kept.emplace_back(i, end + 1);
    i = end;
  }
  struct Insert { size_t at; int order; std::string text; };
  std::vector<Insert> inserts;
  int tid = 1;
  for (const Timex& t : timexes) {
    if (t.span.empty() || t.span.end > doc.plain.size()) continue;
    const size_t b = doc.src_begin[t.span.begin], e = doc.src_end[t.span.end - 1];
    const bool crosses = std::any_of(kept.begin(), kept.end(),
                                     [&](const auto& k) { return k.first > b && k.first < e; });
    if (crosses) continue;
    std::string open = "<TIMEX3 tid=\"t" + std::to_string(tid++) + "\" type=\"" + t.type +
                       "\" value=\"" + XmlEscape(t.value) + "\"";
    if (!t.mod.empty()) open += " mod=\"" + t.mod + "\"";
    open += " temporalFunction=\"" + std::string(t.needs_dct || t.value.find('X') != std::string::npos ? "true" : "false") +
            "\" functionInDocument=\"NONE\">";
    inserts.push_back({b, 1, std::move(open)});
    inserts.push_back({e, 0, "</TIMEX3>"});
  }
  std::stable_sort(inserts.begin(), inserts.end(), [](const Insert& x, const Insert& y) {
    return x.at != y.at ? x.at < y.at : x.order < y.order;
  });
  std::string out = r.substr(0, doc.text_begin);
  size_t next = 0;
  for (size_t i = doc.text_begin; i <= doc.text_end; ++i) {
    while (next < inserts.size() && inserts[next].at == i) out += inserts[next++].text;
    if (i == doc.text_end) break;
    if (r[i] == '<') {
      const size_t end = r.find('>', i);
      const std::string_view tag(r.data() + i, end - i + 1);
      if (!IsTimexTag(tag)) out += tag;
      // Inserts that fall inside a dropped tag's range cannot exist: offsets point at text.
      i = end;
      continue;
    }
    out += r[i];
  }
  out += r.substr(doc.text_end);
  return out;
}

}  // namespace parallax::time
