// Sourcing profile of one article: who it lets speak and how it sources its
// claims (share of anonymous sourcing, outlets cited, voices quoted).
//
// A pure function over an Article's quotes layer (and cited_outlets); run
// the "quotes" annotator first. Thread-safe.
#ifndef PARALLAX_ANNOTATE_QUOTES_SOURCING_H_
#define PARALLAX_ANNOTATE_QUOTES_SOURCING_H_

#include <string>
#include <string_view>
#include <vector>

#include "parallax/article.h"

namespace parallax::quotes {

struct Voice {
  std::string name;         // canonical speaker name (Quotation::speaker_name)
  std::string source_type;  // person, organization, outlet, anonymous, document, social
  uint32_t quotations = 0;  // direct + indirect attributed to this voice
  uint32_t direct = 0;
  uint32_t words = 0;       // words of direct quotation given to this voice
};

struct SourcingProfile {
  uint32_t quotations = 0;    // all of Article::quotes
  uint32_t direct = 0;        // quoted words
  uint32_t indirect = 0;      // reported speech
  uint32_t attributed = 0;    // with a resolved speaker
  // Attributed quotations per source type, in the order person,
  // organization, outlet, anonymous, document, social.
  std::vector<std::pair<std::string, uint32_t>> by_type;
  double anonymous_share = 0;  // anonymous / attributed (0 when none attributed)
  // Outlets the article cites: Article::cited_outlets, then outlets that
  // speak in its quotations; first mention first, no duplicates.
  std::vector<std::string> outlets_cited;
  std::vector<Voice> voices;  // distinct speakers, most quotations first (ties: first seen)
  std::vector<std::string> anonymous_descriptions;  // as written, distinct
};

SourcingProfile ProfileSourcing(const Article& article);

// Attributed quotations of one source type ("anonymous", ...); 0 for others.
uint32_t CountOfType(const SourcingProfile& profile, std::string_view source_type);

}  // namespace parallax::quotes

#endif  // PARALLAX_ANNOTATE_QUOTES_SOURCING_H_
