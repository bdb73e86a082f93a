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
// True when `raw` opens with an ASCII lower-case letter.
inline bool Lowercase(std::string_view raw) { return !raw.empty() && raw[0] >= 'a' && raw[0] <= 'z'; }
// A possessive mark as the tokenizer splits it off a name: "'s", "’s", or a lone apostrophe
// ("Sanders'").
inline bool PossessiveMark(std::string_view w) { return w == "'s" || w == "\u2019s" || w == "'" || w == "\u2019"; }
// The last space-separated word of `name` (a view into it): its surname, "Jr." for
// "Donald Trump Jr." (which so stays apart from "Donald Trump").
std::string_view LastWord(std::string_view name);
// True for an honorific or abbreviated title before a name: "Mr.", "Dr.", "Sen.", "Rev.", ...
bool Honorific(std::string_view word);
// "Mr. Kerry's" -> "Kerry" (with `person`, honorifics and a leading capitalized title dropped);
// "the State Department" -> "State Department".
std::string CleanName(std::string_view text, bool person);
// Session 17 (folded_names.cc): full person names the tagger folded into another entity's span
// (the organization "UN Nikki Haley"): each mention of another type that ends with a known given
// name and a capitalized surname, in text order (views into the article's body).
struct FoldedName {
  std::string_view surname, given;
  Gender gender = Gender::kUnknown;  // the given name's
};
// Session 25 (untagged_names.cc): after them, the full names of a heading paragraph, which no sentence
// holds and so the tagger never reads ("Marco Rubio" as a one-line subhead, "Lindsey Graham, ... and
// George Pataki"): items that are a given name the table knows and a capitalized surname.
std::vector<FoldedName> FoldedNames(const Article& a);
std::vector<FoldedName> UntaggedNames(const Article& a);
// "Nikki Haley" for `surname` "Haley" from the first folded name with that surname whose given
// name's gender is compatible with `gender`; empty when none.
std::string FoldedPersonName(const std::vector<FoldedName>& folded, std::string_view surname, Gender gender);

// Session 18 (shared_surnames.cc), for a surname two people named in full share: the gender of the
// first "he"/"she" after the bare-surname person mention `mention` (an index into Article::entities)
// in its sentence, or opening the next sentence of its paragraph, with no other person, relative
// pronoun or quote mark between; kUnknown when there is none.
Gender BareSurnameGender(const Article& a, size_t mention);
// The gender at least twice as many of the bare mentions `bare_mentions` (one surname) give by
// BareSurnameGender(a, mention) as give the other, else kUnknown.
Gender BareSurnameGender(const Article& a, const std::vector<size_t>& bare_mentions);
// Session 21 (spouse_names.cc): the gender of the first personal pronoun (he/his/him, she/her) after
// person mention `mention` in its own sentence, with no other person, quote mark or relative pronoun
// between ("Ann Romney watched with a nervous look on her face": female); kUnknown when none.
Gender OwnSentencePronounGender(const Article& a, size_t mention);

// Session 24 (lone_surnames.cc): one person mention of a surname, for BareSurnameIsOtherPerson.
struct LoneSurnameMention {
  size_t entity;                     // index into Article::entities
  const std::string* full_name;      // the cleaned full name (2+ words), or nullptr for a bare surname
  Gender gender = Gender::kUnknown;  // honorific or given-name gender (CanonicalNames)
};
// True when the bare mentions of one surname (full_name == nullptr, gender unknown; `mentions` in
// text order) are another person than the one person the article names in full with it: exactly one
// full name holds the surname, a bare mention comes before its first mention (the article knew the
// person by the surname alone), that first mention is introduced as a relative (a kin noun or "first
// lady" among the four tokens before it), its gender is known from its given name or honorific, and no
// pronoun after a bare mention (BareSurnameGender) gives that gender. "President Trump ... Trump said"
// then "his wife, Melania Trump": the bare "Trump" is not Melania Trump.
bool BareSurnameIsOtherPerson(const Article& a, const std::vector<LoneSurnameMention>& mentions);
// True when one of the four tokens before person mention `mention` (an index into Article::entities) in
// its sentence is a kin noun or "first lady" ("his wife, Melania Trump", "the President's daughter and
// adviser, Ivanka Trump", "son Eric Trump"); CanonicalNames asks it first, as a cheap gate.
bool IntroducedAsRelative(const Article& a, size_t mention);

}  // namespace parallax::quotes

#endif  // PARALLAX_ANNOTATE_QUOTES_NAMES_H_
