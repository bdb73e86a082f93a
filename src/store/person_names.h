// Person-name tests for the corpus linker (entity_store.cc) that compare
// initials: a fragment the tagger cut out of a longer name ("J. Trump" from
// "Donald J. Trump") and two spellings of one middle name ("Donald J.
// Trump" / "Donald John Trump"). Words are entity::NameWords of a name.
#ifndef PARALLAX_STORE_PERSON_NAMES_H_
#define PARALLAX_STORE_PERSON_NAMES_H_

#include <string>
#include <vector>

namespace parallax::store {

// The capital letters of an initials word ("J." -> "J", "H.W." -> "HW",
// "W" -> "W"), or "" when the word is not initials (one or two capitals,
// two only with a period).
std::string InitialLetters(const std::string& word);

// True when `alias` is a fragment of the person name `name` that does not
// stand for it: initials followed by the last words of `name` whose first
// initial differs from that of `name`'s first word ("J. Trump" in a chain
// named "Donald J. Trump" or "Donald Trump", the middle initial and the
// surname). "D. Trump" and "Trump" stand for "Donald Trump"; such an alias
// is no alias (it is kept out of the entity's aliases).
bool IsForeignInitialFragment(const std::vector<std::string>& alias, const std::vector<std::string>& name);

// True when the middle words of two names of three or more words can be one
// middle name: the same sequence of initials, a full middle word counting
// by its first letter ("J." / "John", "H.W." / "Herbert Walker"; not "W." /
// "H.W.").
bool MiddlesAgree(const std::vector<std::string>& a, const std::vector<std::string>& b);

// For a two-word name made of initials and a surname ("P. Manafort", "B.
// Comey"): whether the person name `person` (two or more words, same last
// word) can be the one meant: the initial is that of its first word or of
// one of its middle words ("Paul Manafort", "James B. Comey").
bool InitialFitsPerson(const std::vector<std::string>& fragment, const std::vector<std::string>& person);

}  // namespace parallax::store

#endif  // PARALLAX_STORE_PERSON_NAMES_H_
