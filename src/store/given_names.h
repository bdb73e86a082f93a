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

// True for the key (entity::NameKey) of a well-known person whose usual
// name is another well-known person's name with a middle name added or the
// given name in another form ("john quincy adams" is not John Adams,
// "stephen king" the novelist is not Rep. Steve King): the person rules
// never join such a name by a middle name or a given name's other form.
// A short hand-written list (session 23).
bool IsDistinctPersonName(const std::string& key);

}  // namespace parallax::store

#endif  // PARALLAX_STORE_GIVEN_NAMES_H_
