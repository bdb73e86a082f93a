// `parallax-train idf`: background document frequencies for the clusterer.
//
// Reads JSON lines (title/text fields, optionally gzip-compressed), runs the
// clusterer's own feature extraction on each document (so the hashed terms
// match exactly what StoryClusterer sees), counts in how many documents each
// term occurs, drops terms seen in fewer than --min-df documents (they would
// be treated as rare anyway, and dropping them keeps the file small), and
// writes an IdfPrior file (docs/formats/idf_prior.md). Only counts of hashed
// terms are written: no text of the corpus can be recovered from the file.
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <unordered_map>

#include "cluster/idf_prior.h"
#include "cluster/text_features.h"
#include "tools/gz_lines.h"
#include "tools/idf_tools.h"

namespace parallax::tools {

Status BuildIdfPrior(const IdfOptions& opt) {
  std::unordered_map<uint64_t, uint32_t> df;
  uint64_t docs = 0;
  cluster::FeatureOptions features;
  PARALLAX_RETURN_IF_ERROR(ForEachGzLine(opt.input, [&](const std::string& line) {
    if (docs >= opt.max_docs) return false;
    auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object()) return true;
    auto text = j.find("text");
    if (text == j.end() || !text->is_string()) return true;
    std::string title;
    if (auto t = j.find("title"); t != j.end() && t->is_string()) title = t->get<std::string>();
    cluster::TextFeatures tf = cluster::ExtractFeatures(title, text->get<std::string>(), features);
    for (const cluster::TermCount& t : tf.terms) ++df[t.term];  // terms are unique per document
    ++docs;
    return true;
  }));
  if (docs == 0) return Status::InvalidArgument("no documents with a text field in " + opt.input);
  std::vector<std::pair<uint64_t, uint32_t>> kept;
  for (const auto& [term, n] : df) {
    if (n >= opt.min_df) kept.push_back({term, n});
  }
  std::string bytes = cluster::IdfPrior::Encode(docs, std::move(kept));
  std::ofstream out(opt.output, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return Status::IOError("cannot write " + opt.output);
  fmt::print(stderr, "{} documents, {} terms, {} kept (df >= {}), {} bytes\n", docs, df.size(),
             (bytes.size() - 28) / 12, opt.min_df, bytes.size());
  return Status::OK();
}

}  // namespace parallax::tools
