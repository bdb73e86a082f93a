// Test helper for the role rules (roles_test.cc, nominal_roles_test.cc): hand-made mentions run
// through segmentation, chains and roles, so a role rule is checked apart from the tagger.
#ifndef PARALLAX_TESTS_ENTITY_ROLES_UTIL_H_
#define PARALLAX_TESTS_ENTITY_ROLES_UTIL_H_

#include <string>
#include <utility>
#include <vector>

#include "annotate/entity/coref.h"
#include "annotate/entity/roles.h"
#include "mentions_util.h"
#include "parallax/article.h"
#include "text/segment.h"

namespace parallax {

// `body` with the given (text, type) mentions, segmented, chained and with its roles found.
inline Article Annotated(std::string body, const std::vector<std::pair<std::string, std::string>>& mentions) {
  Article a = WithMentions(std::move(body), mentions);
  a.paragraphs = text::SplitParagraphs(a.body);
  text::Segment(&a);
  entity::BuildChains(&a);
  entity::FindRoles(&a);
  return a;
}

// Every role of Annotated(body, mentions) as "<holder's chain name>:<role>[/qualifier][@affiliation]".
inline std::vector<std::string> Roles(std::string body,
                                      const std::vector<std::pair<std::string, std::string>>& mentions) {
  Article a = Annotated(std::move(body), mentions);
  std::vector<std::string> out;
  for (const RoleMention& r : a.roles) {
    const EntityMention& e = a.entities[r.mention];
    out.push_back((e.chain >= 0 ? a.entity_chains[e.chain].name : "?") + ":" + r.role +
                  (r.qualifier.empty() ? "" : "/" + r.qualifier) + (r.affiliation.empty() ? "" : "@" + r.affiliation));
  }
  return out;
}

}  // namespace parallax

#endif  // PARALLAX_TESTS_ENTITY_ROLES_UTIL_H_
