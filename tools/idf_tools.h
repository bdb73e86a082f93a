// Entry point of the IDF prior builder bundled in parallax-train.
#ifndef PARALLAX_TOOLS_IDF_TOOLS_H_
#define PARALLAX_TOOLS_IDF_TOOLS_H_

#include <cstdint>
#include <string>

#include "parallax/status.h"

namespace parallax::tools {

struct IdfOptions {
  std::string input;    // JSON lines (.gz or plain) with title/text fields
  std::string output;   // IdfPrior file (docs/formats/idf_prior.md)
  uint64_t max_docs = 1ull << 40;
  uint32_t min_df = 3;  // terms in fewer documents are left out (treated as rare)
};

// Counts document frequencies of the clusterer's terms and writes the prior.
Status BuildIdfPrior(const IdfOptions& options);

}  // namespace parallax::tools

#endif  // PARALLAX_TOOLS_IDF_TOOLS_H_
