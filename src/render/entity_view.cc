// The JSON shape of a canonical entity: every field of EntitySummary, roles
// one object per (role, qualifier, affiliation, outlet) with their article
// counts.
#include "render/entity_view.h"

namespace parallax::render {

nlohmann::json EntitySummaryJson(const EntitySummary& e) {
  nlohmann::json roles = nlohmann::json::array();
  for (const auto& r : e.roles)
    roles.push_back({{"role", r.role}, {"qualifier", r.qualifier}, {"affiliation", r.affiliation},
                     {"outlet", r.outlet}, {"article_id", r.article_id}, {"articles", r.articles}});
  return {{"id", e.id},           {"name", e.name},         {"type", e.type},         {"subtype", e.subtype},
          {"aliases", e.aliases}, {"mentions", e.mentions}, {"articles", e.articles}, {"roles", roles}};
}

}  // namespace parallax::render
