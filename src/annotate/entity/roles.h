// Roles: the titles and offices the text gives person mentions.
//
// Finds, for every PER mention of an article whose chains are built
// (coref.h), the roles around it: pre-modifier titles ("US climate envoy
// John Kerry", "then-House Speaker Nancy Pelosi", "China's top diplomat Wang
// Yi", "Republican Wisconsin Rep. Mike Gallagher"), appositions after the
// name ("Xie Zhenhua, China's climate envoy,", "Kerry, who is the U.S.
// climate envoy,") and before it ("his Chinese counterpart, Xie Zhenhua"),
// and party tags ("(R-Wis.)"); then a definite title phrase that touches no
// name ("the former governor of Indiana", "The chairman of Koch Industries")
// or "He is the ..." gives its role to the one person it can mean, none when
// ambiguous (nominal_roles.cc). Each becomes a RoleMention with the
// normalized role ("climate envoy"), the time-scope qualifier ("former",
// "then", ...) and the affiliation (canonical names of the places, parties
// or organisations in the title, comma-separated: "United States",
// "Republican, Wisconsin"). Pure function; thread-safe.
#ifndef PARALLAX_ANNOTATE_ENTITY_ROLES_H_
#define PARALLAX_ANNOTATE_ENTITY_ROLES_H_

#include "parallax/article.h"

namespace parallax::entity {

// Replaces article->roles (sorted by span). Needs tokens, sentences and
// entities; uses entity_chains (when built) for affiliation names.
void FindRoles(Article* article);

}  // namespace parallax::entity

#endif  // PARALLAX_ANNOTATE_ENTITY_ROLES_H_
