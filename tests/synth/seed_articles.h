// The seed articles read, cleaned, segmented and annotated (time, ner, coref, quotes) as
// the ingest job does it; shared by the synth golden tests.
#ifndef PARALLAX_TESTS_SYNTH_SEED_ARTICLES_H_
#define PARALLAX_TESTS_SYNTH_SEED_ARTICLES_H_

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "annotate/annotator.h"
#include "ingest/reader.h"
#include "text/article_builder.h"

namespace parallax::testing_util {

// Seed prefix ("000".."004") -> annotated article; empty when the seeds
// folder is missing.
inline std::map<std::string, Article> LoadSeedArticles() {
  std::map<std::string, Article> out;
  const std::string dir = std::string(PARALLAX_SHARED_DIR) + "/seeds";
  if (!std::filesystem::exists(dir)) return out;
  auto annotators = annotate::MakeAnnotators({"time", "ner", "coref", "quotes"});
  if (!annotators.ok()) return out;
  ingest::ReadPaths({dir}, {}, [&](Result<ingest::RawDocument> d) {
    if (!d.ok()) return true;
    auto a = text::BuildArticle(std::move(*d));
    if (!a.ok()) return true;
    for (auto& annotator : *annotators) (void)annotator->Annotate(&*a);
    out[std::filesystem::path(a->uri).filename().string().substr(0, 3)] = std::move(*a);
    return true;
  });
  return out;
}

}  // namespace parallax::testing_util

#endif  // PARALLAX_TESTS_SYNTH_SEED_ARTICLES_H_
