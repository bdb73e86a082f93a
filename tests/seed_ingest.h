// Test helper (header-only; link parallax_pipeline): the seed articles
// ingested into a fresh store through the real pipeline.
#ifndef PARALLAX_TESTS_SEED_INGEST_H_
#define PARALLAX_TESTS_SEED_INGEST_H_

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "annotate/annotator.h"
#include "parallax/store.h"
#include "pipeline/ingester.h"

namespace parallax::testing_util {

// Opens a store at `db_path`, ingests PARALLAX_SHARED_DIR/seeds with the
// annotators named in `annotators`, and maps each seed's prefix ("000" ..
// "004") to its article id in *ids; *stored gets the number stored.
inline Result<std::unique_ptr<Store>> IngestSeeds(const std::string& db_path,
                                                  const std::vector<std::string>& annotators,
                                                  std::map<std::string, std::string>* ids, uint64_t* stored) {
  auto store = Store::Open(db_path);
  if (!store.ok()) return store.status();
  auto made = annotate::MakeAnnotators(annotators);
  if (!made.ok()) return made.status();
  pipeline::IngestOptions options;
  for (auto& a : *made) options.annotators.push_back(a.get());
  pipeline::Ingester ingester(store->get(), options);
  pipeline::IngestEvents events;
  events.on_article = [ids](const Article& a, PutOutcome) {
    (*ids)[std::filesystem::path(a.uri).filename().string().substr(0, 3)] = a.id;
  };
  pipeline::IngestStats stats;
  Status s = ingester.Run({std::string(PARALLAX_SHARED_DIR) + "/seeds"}, events, &stats);
  if (!s.ok()) return s;
  *stored = stats.stored;
  return std::move(*store);
}

}  // namespace parallax::testing_util

#endif  // PARALLAX_TESTS_SEED_INGEST_H_
