// Word lists for attribution: reporting verbs, pronouns, anonymous-source,
// document and social-media nouns, titles. Lookups take lower-case ASCII
// words; all tables are static and immutable (thread-safe).
#ifndef PARALLAX_ANNOTATE_QUOTES_LEXICON_H_
#define PARALLAX_ANNOTATE_QUOTES_LEXICON_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "core/word_list.h"
#include "parallax/article.h"

namespace parallax::quotes {

enum class CueKind {
  kNone,
  kSpeech,   // said, told, added, warned, ...
  kSocial,   // tweeted, posted
  kWrite,    // wrote, reported, published (documents and outlets too)
};

// The reporting verb `word` (any inflection listed), or kNone.
CueKind ReportingVerb(std::string_view word);
// What a cue test asks first about each token, for a caller that asks about
// nearly every token of an article: (*out)[t] holds ReportingVerb of
// tokens[t]'s bytes in `lower` (a lower-cased text the tokens index) in the
// bits of kCueKindBits, plus kCueAccording for "according" and kCueRead for
// "read"; 0 for every other word. One pass that rejects most tokens by their
// first byte and length before hashing.
inline constexpr uint8_t kCueKindBits = 3, kCueAccording = 4, kCueRead = 8;
void CueWords(std::string_view lower, const std::vector<Token>& tokens, std::vector<uint8_t>* out);
// True for verbs that also introduce indirect speech with a that-clause
// ("said", "told", "warned", ...); narrower than ReportingVerb.
bool IndirectSpeechVerb(std::string_view word);

enum class Pronoun { kNone, kPerson, kPlural, kIt };
Pronoun PronounKind(std::string_view word);

// Head nouns of unnamed human sources: "official", "person", "source", ...
bool AnonymousNoun(std::string_view word);
// Head nouns of people speaking for a body: "spokesperson", "spokesman", ...
bool SpokespersonNoun(std::string_view word);
// Head nouns of written sources: "statement", "report", "study", ...
bool DocumentNoun(std::string_view word);
// Social platforms and posts: "twitter", "tweet", "facebook", "post", ...
bool SocialWord(std::string_view word);
// Nouns of official bodies: "department", "ministry", "agency", "government", ...
bool BodyNoun(std::string_view word);
// Titles and roles a speaker can be referred to by: "president", "envoy", ...
bool TitleNoun(std::string_view word);
// Plural nouns of people speaking together ("senators", "critics", "campaigners", ...) and
// collective nouns of a gathering ("crowd", "audience", "mob").
bool GroupNoun(std::string_view word);
// A lower-case noun of a person by its agent suffix ("lobbyist", "consultant",
// "historian"); takes the word as written (case matters).
bool AgentNoun(std::string_view raw);
// Short word lists written at the call (the tables above are for the long
// ones): core::InList.
using core::InList;
// Articles and "one"/"another"/"this"/"that" opening a noun phrase.
bool Determiner(std::string_view word);
// Words that cannot be inside a speaker phrase (prepositions, conjunctions,
// verbs that start a new clause): the phrase stops there.
bool PhraseStop(std::string_view word);

}  // namespace parallax::quotes

#endif  // PARALLAX_ANNOTATE_QUOTES_LEXICON_H_
