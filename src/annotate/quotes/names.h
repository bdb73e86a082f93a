// Private to the quotes module: word helpers for names, shared by the
// canonical names (names.cc) and speaker resolution (speakers.cc).
#ifndef PARALLAX_ANNOTATE_QUOTES_NAMES_H_
#define PARALLAX_ANNOTATE_QUOTES_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

#include "annotate/quotes/gender.h"

namespace parallax::quotes {

// The space-separated words of `s` (views into it).
std::vector<std::string_view> Words(std::string_view s);
// True when `raw` opens with an ASCII capital letter.
inline bool Capitalized(std::string_view raw) { return !raw.empty() && raw[0] >= 'A' && raw[0] <= 'Z'; }
// The last space-separated word of `name` (a view into it): its surname, "Jr." for
// "Donald Trump Jr." (which so stays apart from "Donald Trump").
std::string_view LastWord(std::string_view name);
// True for an honorific or abbreviated title before a name: "Mr.", "Dr.", "Sen.", "Rev.", ...
bool Honorific(std::string_view word);
// "Mr. Kerry's" -> "Kerry" (with `person`, honorifics and a leading capitalized title dropped);
// "the State Department" -> "State Department".
std::string CleanName(std::string_view text, bool person);
// Session 17 (folded_names.cc): "Nikki Haley" for `surname` "Haley" when a mention of another
// type ends with a known given name of a compatible gender and that surname (the tagger's "UN
// Nikki Haley", an organization); empty when none does. The first such mention wins.
std::string FoldedPersonName(const Article& a, std::string_view surname, Gender gender);

}  // namespace parallax::quotes

#endif  // PARALLAX_ANNOTATE_QUOTES_NAMES_H_
