// Private to the quotes module: word helpers for names, shared by the
// canonical names (names.cc) and speaker resolution (speakers.cc).
#ifndef PARALLAX_ANNOTATE_QUOTES_NAMES_H_
#define PARALLAX_ANNOTATE_QUOTES_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

namespace parallax::quotes {

// The space-separated words of `s` (views into it).
std::vector<std::string_view> Words(std::string_view s);
// True for an honorific or abbreviated title before a name: "Mr.", "Dr.", "Sen.", "Rev.", ...
bool Honorific(std::string_view word);
// "Mr. Kerry's" -> "Kerry" (with `person`, honorifics and a leading capitalized title dropped);
// "the State Department" -> "State Department".
std::string CleanName(std::string_view text, bool person);

}  // namespace parallax::quotes

#endif  // PARALLAX_ANNOTATE_QUOTES_NAMES_H_
