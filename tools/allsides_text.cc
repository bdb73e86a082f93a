// Reads one article of the AllSides corpus by id: a linear scan of the
// gzipped JSONL (about a second for the whole file), parsing only the line
// whose "id" field matches.
#include "tools/allsides_text.h"

#include <nlohmann/json.hpp>

#include "tools/gz_lines.h"

namespace parallax::tools {

namespace {

std::vector<std::string> Paragraphs(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    size_t b = start, e = end;
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; };
    while (b < e && space(text[b])) ++b;
    while (e > b && space(text[e - 1])) --e;
    if (e > b) out.push_back(text.substr(b, e - b));
    start = end + 1;
  }
  return out;
}

}  // namespace

Result<AllsidesArticle> ReadAllsidesArticle(const std::string& path, const std::string& id) {
  const std::string key = "\"id\": \"" + id + "\"";
  const std::string compact_key = "\"id\":\"" + id + "\"";
  std::string found;
  PARALLAX_RETURN_IF_ERROR(ForEachGzLine(path, [&](const std::string& line) {
    if (line.find(key) == std::string::npos && line.find(compact_key) == std::string::npos) return true;
    found = line;
    return false;
  }));
  if (found.empty()) return Status::NotFound(path + ": no article with id " + id);
  auto j = nlohmann::json::parse(found, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object() || j.value("id", "") != id) return Status::Corruption(path + ": bad line for id " + id);
  return AllsidesArticle{j.value("outlet", ""), Paragraphs(j.value("text", ""))};
}

Result<std::map<std::string, AllsidesArticle>> ReadAllsidesArticles(const std::string& path,
                                                                    const std::set<std::string>& ids) {
  std::map<std::string, AllsidesArticle> out;
  PARALLAX_RETURN_IF_ERROR(ForEachGzLine(path, [&](const std::string& line) {
    size_t at = line.find("\"id\"");
    if (at == std::string::npos) return true;
    size_t q = line.find('"', line.find(':', at) + 1);
    size_t end = q == std::string::npos ? q : line.find('"', q + 1);
    if (end == std::string::npos || !ids.count(line.substr(q + 1, end - q - 1))) return true;
    auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_object() && ids.count(j.value("id", ""))) {
      out[j.value("id", "")] = AllsidesArticle{j.value("outlet", ""), Paragraphs(j.value("text", ""))};
    }
    return out.size() < ids.size();
  }));
  return out;
}

}  // namespace parallax::tools
