// Search result views. Marks come from the store as two control bytes that
// cleaned article text never contains; every view replaces them, and the HTML
// view escapes everything else so a hostile article cannot inject markup.
#include "render/search_view.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "render/story_text.h"

namespace parallax::render {

std::string MarkedToText(std::string_view marked, std::string_view open, std::string_view close) {
  std::string out;
  out.reserve(marked.size());
  for (char c : marked) {
    if (c == kHitOpen) out += open;
    else if (c == kHitClose) out += close;
    else out.push_back(c);
  }
  return out;
}

std::string MarkedToHtml(std::string_view marked) {
  std::string out;
  out.reserve(marked.size() + 32);
  for (char c : marked) {
    if (c == kHitOpen) out += "<mark>";
    else if (c == kHitClose) out += "</mark>";
    else AppendHtmlEscaped(c, &out);
  }
  return out;
}

namespace {

// True when `s` is well-formed UTF-8 (no overlong forms, surrogates or
// code points past U+10FFFF: what nlohmann's decoder accepts).
bool ValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (len == 0 || c > 0xF4 || i + len > n) return false;
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return false;
    }
    if (c == 0xE0 && p[i + 1] < 0xA0) return false;   // overlong
    if (c == 0xED && p[i + 1] >= 0xA0) return false;  // surrogate
    if (c == 0xF0 && p[i + 1] < 0x90) return false;   // overlong
    if (c == 0xF4 && p[i + 1] >= 0x90) return false;  // past U+10FFFF
    i += len;
  }
  return true;
}

// `s` as a JSON string, byte for byte what nlohmann::json::dump(-1, ' ',
// false, replace) writes; text that is not UTF-8 goes through nlohmann
// itself (its replacement of bad sequences is kept exactly).
void AppendJsonString(std::string_view s, std::string* out) {
  if (!ValidUtf8(s)) {
    *out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\b': *out += "\\b"; break;
      case '\f': *out += "\\f"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\t': *out += "\\t"; break;
      default:
        *out += "\\u00";
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 15]);
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

// A number as nlohmann writes it (integers in decimal; doubles by its
// Grisu2 shortest round-trip form, "null" when not finite).
void AppendJsonNumber(double v, std::string* out) {
  if (!std::isfinite(v)) {
    *out += "null";
    return;
  }
  char buf[64];
  char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, static_cast<size_t>(end - buf));
}

void AppendKey(const char* key, std::string* out) {
  out->push_back('"');
  *out += key;
  *out += "\":";
}

// The compact JSON of SearchResultsToJson written directly (keys in
// nlohmann's sorted order): the API's search pages are rendered per
// uncached request, where building a json tree cost more than the writing.
std::string CompactJson(const SearchResults& results, size_t offset) {
  std::string out;
  out.reserve(1024 + results.hits.size() * 1200);
  out.push_back('{');
  auto field = [&](const char* key, const std::string& value) {
    AppendKey(key, &out);
    AppendJsonString(value, &out);
    out.push_back(',');
  };
  AppendKey("all_words", &out);
  out += std::to_string(results.all_words) + ",";
  AppendKey("hits", &out);
  out.push_back('[');
  for (size_t i = 0; i < results.hits.size(); ++i) {
    const SearchHit& h = results.hits[i];
    if (i > 0) out.push_back(',');
    out.push_back('{');
    field("id", h.id);
    field("outlet", h.outlet);
    field("published", h.published);
    AppendKey("score", &out);
    AppendJsonNumber(h.score, &out);
    out.push_back(',');
    field("snippet", MarkedToText(h.snippet, "", ""));
    field("snippet_html", MarkedToHtml(h.snippet));
    field("title", h.title);
    AppendKey("title_html", &out);
    AppendJsonString(MarkedToHtml(h.title_marked), &out);
    out.push_back('}');
  }
  out += "],";
  AppendKey("offset", &out);
  out += std::to_string(offset) + ",";
  AppendKey("rank_window", &out);
  out += std::to_string(results.rank_window) + ",";
  AppendKey("relaxed", &out);
  out += results.relaxed ? "true," : "false,";
  AppendKey("total", &out);
  out += std::to_string(results.total) + ",";
  AppendKey("total_is_estimate", &out);
  out += results.total_is_estimate ? "true}" : "false}";
  return out;
}

}  // namespace

std::string SearchResultsToJson(const SearchResults& results, size_t offset, int indent) {
  if (indent < 0) return CompactJson(results, offset);
  nlohmann::json hits = nlohmann::json::array();
  for (const auto& h : results.hits) {
    hits.push_back({{"id", h.id},
                    {"outlet", h.outlet},
                    {"title", h.title},
                    {"published", h.published},
                    {"score", h.score},
                    {"snippet", MarkedToText(h.snippet, "", "")},
                    {"snippet_html", MarkedToHtml(h.snippet)},
                    {"title_html", MarkedToHtml(h.title_marked)}});
  }
  nlohmann::json j = {{"total", results.total},   {"total_is_estimate", results.total_is_estimate},
                      {"all_words", results.all_words}, {"relaxed", results.relaxed},
                      {"rank_window", results.rank_window},
                      {"offset", offset},            {"hits", hits}};
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string SearchResultsToText(const SearchResults& results, size_t offset, bool color) {
  std::string_view open = color ? "\033[1m" : "[", close = color ? "\033[0m" : "]";
  std::string out;
  char line[64];
  if (results.relaxed) {
    out += results.all_words == 0 ? std::string("(no article has every word; showing articles with some of them)\n")
                                  : "(" + std::to_string(results.all_words) +
                                        " with every word, then articles with some of them)\n";
  }
  if (results.rank_window > 0) {
    out += "(many matches: ranked by relevance within each " + std::to_string(results.rank_window) +
           " newest, newest first)\n";
  }
  for (size_t i = 0; i < results.hits.size(); ++i) {
    const SearchHit& h = results.hits[i];
    std::snprintf(line, sizeof line, "%zu. ", offset + i + 1);
    out += line + (h.title.empty() ? std::string("(untitled)") : MarkedToText(h.title_marked, open, close));
    out += "\n   " + (h.outlet.empty() ? std::string("unknown outlet") : h.outlet);
    if (!h.published.empty()) out += ", " + h.published;
    std::snprintf(line, sizeof line, "  %s  score %.3g\n", h.id.c_str(), h.score);
    out += line;
    std::string snippet = MarkedToText(h.snippet, open, close);
    for (char& c : snippet) if (c == '\n') c = ' ';
    out += "   " + snippet + "\n";
  }
  std::snprintf(line, sizeof line, "%zu-%zu of %s%llu\n", results.hits.empty() ? offset : offset + 1,
                offset + results.hits.size(), results.total_is_estimate ? "at least " : "",
                static_cast<unsigned long long>(results.total));
  out += line;
  return out;
}

}  // namespace parallax::render
