// Search result views. Marks come from the store as two control bytes that
// cleaned article text never contains; every view replaces them, and the HTML
// view escapes everything else so a hostile article cannot inject markup.
#include "render/search_view.h"

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

std::string SearchResultsToJson(const SearchResults& results, size_t offset, int indent) {
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
