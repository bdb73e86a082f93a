// Lexicon: the closed word lists the roles and coreference stages use.
//
// A hand-written NLP resource (documented in models/README.md): news titles
// (head nouns such as "envoy", "secretary", "premier"), the words that may
// precede a title head inside a title ("climate", "foreign", "vice",
// "treasury"), time-scope qualifiers ("former", "then-"), abbreviations
// ("Rep." = representative), nationality adjectives ("Chinese" -> China),
// US state abbreviations used in party tags ("R-Wis." -> Wisconsin), and the
// short forms of frequent place and organisation names ("U.S." -> United
// States). All lookups take a lower-cased word and are thread-safe (the
// tables are immutable statics).
#ifndef PARALLAX_ANNOTATE_ENTITY_LEXICON_H_
#define PARALLAX_ANNOTATE_ENTITY_LEXICON_H_

#include <string>
#include <string_view>
#include <vector>

namespace parallax::entity {

// Lower-cases ASCII and strips one trailing period ("Rep." -> "rep").
std::string LowerWord(std::string_view word);

// A title head noun ("envoy", "secretary", "secretary-general", "rep").
bool IsRoleHead(std::string_view lower);
// An occupation among the title heads ("historian", "consultant", "criminologist",
// "physician"): a job rather than an office, which ends a title ("Jordanian pilot Lt. X" is a
// lieutenant, not a "pilot lieutenant").
bool IsOccupation(std::string_view lower);
// A word that can precede a head inside a title ("climate", "vice", "house").
bool IsRoleModifier(std::string_view lower);
// Normalized form of a title word: abbreviations expanded ("rep" ->
// "representative", "sen" -> "senator"), other words unchanged.
std::string_view ExpandTitleWord(std::string_view lower);
// "former", "then", "acting", "incoming", "outgoing", "interim" (and "ex" ->
// "former"); "" when `lower` is no qualifier.
std::string_view QualifierOf(std::string_view lower);
// Honorifics that precede a name and are dropped from it ("mr", "dr", "sir").
bool IsHonorific(std::string_view lower);
// Country of a nationality adjective ("chinese" -> "China"); "" if unknown.
std::string_view CountryOfDemonym(std::string_view lower);
// Political party of a party adjective or letter ("republican", "r" ->
// "Republican"); "" if unknown.
std::string_view PartyOf(std::string_view lower);
// US state of a postal or AP abbreviation ("wis" -> "Wisconsin"); "" if unknown.
std::string_view StateOfAbbreviation(std::string_view lower);
// True for the lower-cased full name of a US state ("ohio", "new york").
bool IsStateName(std::string_view lower);
// Canonical name of a frequent short or variant name, compared without
// periods and case ("U.S.", "US", "USA", "America" -> "United States";
// "UN" -> "United Nations"); "" when there is none.
std::string_view CanonicalAlias(std::string_view name);
// CanonicalAlias of the words joined by spaces, without joining them.
std::string_view CanonicalAlias(const std::vector<std::string>& words);
// Determiners and possessive pronouns that open an apposition ("the", "his").
bool IsAppositionOpener(std::string_view lower);
// Generic organisation words that let a one-word name stand for the full
// name ("Xinhua" for "Xinhua News Agency"): "agency", "inc", "group", ...
bool IsGenericOrgWord(std::string_view lower);

}  // namespace parallax::entity

#endif  // PARALLAX_ANNOTATE_ENTITY_LEXICON_H_
