#include "tools/timeline17.h"

#include <string_view>
#include <utility>

#include "ingest/input_stream.h"
#include "text/segment.h"

namespace parallax::tools {

std::string Detokenize(std::string text) {
  static const std::pair<std::string_view, std::string_view> kTokens[] = {
      {"-LRB-", "("}, {"-RRB-", ")"}, {"-LSB-", "["}, {"-RSB-", "]"}, {"-LCB-", "{"}, {"-RCB-", "}"},
      {"``", "\""}, {"''", "\""}};
  for (const auto& [from, to] : kTokens) {
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
      text.replace(at, from.size(), to);
    }
  }
  return text;
}

Article MakeTimeline17Article(const nlohmann::json& entry, const std::string& outlet) {
  Article a;
  a.id = entry.value("uid", std::string());
  a.outlet = outlet;
  a.published.value = entry.value("dct", std::string());
  a.published.precision = PublishedTime::Precision::kDay;
  a.published.source = MetaSource::kMetadata;
  a.body = Detokenize(entry.value("text", std::string()));
  a.paragraphs.push_back({{0, static_cast<uint32_t>(a.body.size())}, false});
  text::Segment(&a);
  return a;
}

Result<nlohmann::json> ReadTimeline17Entries(const std::string& folder) {
  const std::string path = folder + "/articles.json.gz";
  auto raw = ingest::ReadDecompressedFile(path);
  if (!raw.ok()) return raw.status();
  nlohmann::json entries = nlohmann::json::parse(*raw, nullptr, false);
  if (!entries.is_array()) return Status::Corruption(path + ": not a JSON list");
  return entries;
}

}  // namespace parallax::tools
