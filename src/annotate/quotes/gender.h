// Private to the quotes module: the grammatical gender news writing gives a
// person, so that "she said" does not resolve to the last man quoted.
#ifndef PARALLAX_ANNOTATE_QUOTES_GENDER_H_
#define PARALLAX_ANNOTATE_QUOTES_GENDER_H_

#include <string>
#include <string_view>
#include <vector>

#include "parallax/article.h"

namespace parallax::quotes {

enum class Gender { kUnknown, kMale, kFemale };

// The gender of a given name (lower-case ASCII, "hillary") from the embedded
// table models/first-names-en.tsv (how it was derived: models/README.md),
// kUnknown for names it lacks or that are used for both. Thread-safe.
Gender GivenNameGender(std::string_view lower_name);

// The gender of a gendered honorific or title word (lower-case: "mr.",
// "ms", "congresswoman", "spokesman"), else kUnknown.
Gender WordGender(std::string_view lower_word);

// The gender a mention carries itself: an honorific or gendered title in
// it or right before it ("Mr. Trump", "Congresswoman Ernst"), else kUnknown.
Gender HonorificGender(const Article& article, const EntityMention& mention);

// The gender of every person entity of the article, indexed like
// Article::entities (kUnknown for other types), given each entity's
// canonical name. In-document evidence first: an honorific or gendered title
// right before any mention of the same canonical name ("Mrs. Clinton",
// "Congresswoman Ernst"); else the canonical name's given name; else, for a
// name neither types, the article's own pronouns: a sentence naming only that
// person followed by one opening with "she"/"her" (or "he"/"his"), when all
// such evidence agrees.
// `honorific`, when not null, holds HonorificGender of every person mention
// (as CanonicalNames returns it), so that it is not computed twice.
std::vector<Gender> PersonGenders(const Article& article, const std::vector<std::string>& canonical,
                                  const std::vector<Gender>* honorific = nullptr);

// The index of the sentence of `article` that holds byte `at`, or
// article.sentences.size() when none does (sentences in byte order).
size_t SentenceAtByte(const Article& article, uint32_t at);

// The start byte of the first person mention (type "PER") after entity
// `mention` in Article::entities, or UINT32_MAX when none follows: where a
// pronoun stops speaking of `mention`.
uint32_t NextPersonStart(const Article& article, size_t mention);

// True unless both are known and differ.
inline bool Compatible(Gender a, Gender b) { return a == Gender::kUnknown || b == Gender::kUnknown || a == b; }

}  // namespace parallax::quotes

#endif  // PARALLAX_ANNOTATE_QUOTES_GENDER_H_
