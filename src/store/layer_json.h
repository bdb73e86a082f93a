// Annotation layers as compact JSON for the store's layer columns
// (docs/formats/store.md). Encoders never fail; decoders check every span
// against the text size and every field's type, and return kCorruption for
// anything else, so a damaged row never yields an out-of-range span.
#ifndef PARALLAX_STORE_LAYER_JSON_H_
#define PARALLAX_STORE_LAYER_JSON_H_

#include <string>
#include <string_view>
#include <vector>

#include "parallax/article.h"
#include "parallax/status.h"

namespace parallax::store {

// [[begin, end, type, value, mod, needs_dct], ...]
std::string TimesToJson(const std::vector<TimeExpression>& times);
Status TimesFromJson(std::string_view json, size_t text_size, std::vector<TimeExpression>* out);

// [[begin, end, type, subtype, confidence, chain], ...] (chain optional on read)
std::string EntitiesToJson(const std::vector<EntityMention>& entities);
Status EntitiesFromJson(std::string_view json, size_t text_size, std::vector<EntityMention>* out);

// [{"name", "type", "subtype", "mentions": [i, ...]}, ...]; mention indices
// must be below `num_mentions`.
std::string ChainsToJson(const std::vector<EntityChain>& chains);
Status ChainsFromJson(std::string_view json, size_t num_mentions, std::vector<EntityChain>* out);

// [{"b", "e", "m", "role", "q", "aff"}, ...]; m must be below `num_mentions`.
std::string RolesToJson(const std::vector<RoleMention>& roles);
Status RolesFromJson(std::string_view json, size_t text_size, size_t num_mentions, std::vector<RoleMention>* out);

// [{"b", "e", "cue": [b, e], "spk": [b, e], "direct", "name", "src", "chain"}, ...]
std::string QuotesToJson(const std::vector<Quotation>& quotes);
Status QuotesFromJson(std::string_view json, size_t text_size, size_t num_chains, std::vector<Quotation>* out);

// The headline layers of `a` (title_times, title_entities; spans into the
// title) as {"times": [...], "entities": [...]} with the row shapes above.
std::string TitleLayersToJson(const Article& a);
// Fills a->title_times and a->title_entities; spans are checked against
// a->title, chain indices against a->entity_chains (decode chains first).
// "{}" (a row written before headline layers existed) gives empty layers.
Status TitleLayersFromJson(std::string_view json, Article* a);

}  // namespace parallax::store

#endif  // PARALLAX_STORE_LAYER_JSON_H_
