// Short forms of English given names ("Chuck" / "Charles", "Bill" /
// "William", "Bob" / "Robert"), for the corpus linker (entity_store.cc):
// news outlets name one person "Charles E. Schumer" in one style and "Chuck
// Schumer" in another, so two persons with the same surname whose given
// names are forms of one name are one person (PersonWithOtherGivenName).
#ifndef PARALLAX_STORE_GIVEN_NAMES_H_
#define PARALLAX_STORE_GIVEN_NAMES_H_

#include <string>

namespace parallax::store {

// True when the given names `a` and `b` (keys: lower case, no periods, as
// entity::NameKey of one word) differ and one is a listed short form of
// the other or both are short forms of one listed name ("bob" / "bobby").
// Short forms shared by men's and women's names ("pat", "chris") are not
// listed, so never match.
bool OtherFormOfGivenName(const std::string& a, const std::string& b);

}  // namespace parallax::store

#endif  // PARALLAX_STORE_GIVEN_NAMES_H_
