// JSON view of a canonical entity (Store::ListEntities / GetEntity), shared
// by `parallax entities --format json` and GET /api/entities. Pure function;
// thread-safe.
#ifndef PARALLAX_RENDER_ENTITY_VIEW_H_
#define PARALLAX_RENDER_ENTITY_VIEW_H_

#include <nlohmann/json.hpp>

#include "parallax/store.h"

namespace parallax::render {

// {id, name, type, subtype, aliases: [..], mentions, articles,
//  roles: [{role, qualifier, affiliation, outlet, article_id, articles}]}
nlohmann::json EntitySummaryJson(const EntitySummary& e);

}  // namespace parallax::render

#endif  // PARALLAX_RENDER_ENTITY_VIEW_H_
