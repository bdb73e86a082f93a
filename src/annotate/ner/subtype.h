// Finer news subtypes derived from a CoNLL-typed mention:
//   LOC  -> "GPE" (countries, subdivisions, cities -- the default for LOC),
//           "FACILITY" (airports, squares, bridges, ...), "" for natural
//           features (rivers, seas, mountains, ...);
//   MISC -> "EVENT" (COP28, the Olympics, a summit, a war, ...),
//           "NORP" (nationality / language adjectives: "German", "Chinese");
//   ORG  -> "FACILITY" when its head is a building word ("Heathrow Airport"
//           tagged ORG), else "";
//   PER  -> "".
// Rules use the mention's tokens and the iso-codes gazetteer lists.
// Pure function; thread-safe.
#ifndef PARALLAX_ANNOTATE_NER_SUBTYPE_H_
#define PARALLAX_ANNOTATE_NER_SUBTYPE_H_

#include <string>
#include <string_view>
#include <vector>

#include "annotate/ner/gazetteer.h"

namespace parallax::ner {

// tokens/hashes: the mention's tokens (normalised) and their lowercased hashes.
std::string DeriveSubtype(int type, const std::vector<std::string_view>& tokens, const uint64_t* lower_hashes,
                          const Gazetteer& gazetteer);

struct Mention;

// Event-name patterns the statistical model misses (it learned from 1996
// news): a conference-series code ("COP28", "G20", "G7", "MH17": two or more
// capitals and two or more digits, or "G" and digits) that no mention covers
// becomes a MISC/EVENT mention; a MISC mention containing one gets the EVENT
// subtype. `mentions` is one sentence's, sorted; it stays sorted.
void AddSeriesCodeEvents(const std::vector<std::string_view>& sentence, std::vector<Mention>* mentions);

}  // namespace parallax::ner

#endif  // PARALLAX_ANNOTATE_NER_SUBTYPE_H_
