// Names: normal forms of entity names shared by within-document
// coreference (coref.h) and corpus-level canonical entities (the store's
// entity linker).
//
// A name's *words* are its whitespace-separated words without a leading
// "the", honorifics ("Mr.", "Dr.") and a possessive ending ("Kerry's" ->
// "Kerry"). Its *key* is the words lower-cased, periods removed, joined by
// one space ("U.S." -> "us"), or the lower-cased canonical name when the
// lexicon knows one ("U.S." -> "united states"). Two mentions with the same
// type and key name the same entity. Pure functions; thread-safe.
#ifndef PARALLAX_ANNOTATE_ENTITY_NAMES_H_
#define PARALLAX_ANNOTATE_ENTITY_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

namespace parallax::entity {

std::vector<std::string> NameWords(std::string_view text);
// The display form: words joined by one space, or the canonical alias.
std::string DisplayName(const std::vector<std::string>& words);
std::string NameKey(const std::vector<std::string>& words);

// True when `short_words` is an acronym of `long_words`: its letters (periods
// ignored, 2-6 of them, all capitals in the text) are the initials of the
// long name's capitalised words, function words ("of", "and", "the", "for")
// skipped or not ("CCP" / "Chinese Communist Party", "U.N." / "United Nations").
bool IsAcronymOf(const std::vector<std::string>& short_words, const std::vector<std::string>& long_words);

// The two halves of IsAcronymOf, for callers that test one name against
// many: `*letters` gets the acronym's letters (true when `short_words` is one
// word of 2-6 capitals, periods ignored); `*all` and `*content` get the
// initials of every word and of the non-function words (true when the name
// has two or more words, each starting with a letter). IsAcronymOf(s, l) ==
// AcronymLetters(s) && NameInitials(l) && (letters == content || letters == all).
bool AcronymLetters(const std::vector<std::string>& short_words, std::string* letters);
bool NameInitials(const std::vector<std::string>& long_words, std::string* all, std::string* content);

// A generational suffix that may end a person's name: "Jr.", "Sr.", "II", "III", "IV".
bool IsGenerationalSuffix(std::string_view word);

// True when the shorter person name can stand for the longer one: its words
// are a suffix of the longer ("Kerry" / "John Kerry", "Ahmed al-Jaber" /
// "Sultan Ahmed al-Jaber"; a generational suffix aside: "Jones" / "John E.
// Jones III", but not "Donald Trump" / "Donald Trump Jr."), or it is the
// first of exactly two words (family name first: "Xie" / "Xie Zhenhua").
// `family_first` is set for the latter.
bool IsShortPersonName(const std::vector<std::string>& short_words, const std::vector<std::string>& long_words,
                       bool* family_first);

// True when an organisation name abbreviates a longer one that starts with
// it and continues with generic words only ("Xinhua" / "Xinhua News Agency",
// "Aer Lingus" / "Aer Lingus Group PLC"; not "Bloomberg" / "Bloomberg
// Philanthropies").
bool IsShortOrgName(const std::vector<std::string>& short_words, const std::vector<std::string>& long_words);

// True when a stock index's name abbreviates a longer one that starts with
// it and continues with index words only ("industrial", "average",
// "index", "composite": "Dow Jones" / "Dow Jones Industrial Average",
// "Nasdaq" / "Nasdaq Composite"). Session 23.
bool IsShortIndexName(const std::vector<std::string>& short_words, const std::vector<std::string>& long_words);

// An organisation's name words without the legal-form words that end it
// ("Apple Inc." -> "Apple", "General Motors Corporation" -> "General
// Motors", "Fiat SpA" -> "Fiat"; a trailing comma or period is ignored). A
// name made only of such words is returned whole. "Group" and "Holdings"
// are not legal forms here ("Eurasia Group" is not Eurasia), nor "AG"
// ("Florida AG").
std::vector<std::string> WithoutLegalForm(std::vector<std::string> words);

}  // namespace parallax::entity

#endif  // PARALLAX_ANNOTATE_ENTITY_NAMES_H_
