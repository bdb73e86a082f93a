// Internal: the phrase helpers speaker resolution (speakers.cc) shares with
// document speakers (documents.cc). Not a public header; nothing outside
// src/annotate/quotes includes it.
#ifndef PARALLAX_ANNOTATE_QUOTES_SPEAKERS_INTERNAL_H_
#define PARALLAX_ANNOTATE_QUOTES_SPEAKERS_INTERNAL_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "annotate/quotes/context.h"
#include "annotate/quotes/lexicon.h"

namespace parallax::quotes {

// Tokens [b, e) of the article.
struct Range {
  uint32_t b = 0, e = 0;
  bool empty() const { return e <= b; }
};

// The head token of a segment: its last word that is not an adverb, before
// an "of"/"from" complement ("Rep. Elijah Cummings of Maryland", "the
// governor of Texas") unless `before_complement` is false.
uint32_t Head(const Context& ctx, Range r, bool before_complement = true);
// Entity e as a speaker (SpeakerOfEntity); an organization's name goes on
// across "on"/"for" and the capitalized words after it.
Speaker FromEntity(const Context& ctx, int32_t e);
// Tokens r as a description of `type`, without adverbs, a cue or an opening
// "then"/"and"/"but" at the edges.
Speaker Described(const Context& ctx, Range r, const char* type);
// True when the mention starting at token `first` opens a clause: after a
// sentence start, a comma, a conjunction or a clause-initial title
// ("Vice President Han Zheng", but not "met with President Obama").
bool ClauseInitial(const Context& ctx, uint32_t first);
// True for a person entity that is not a party tag or a name suffix; false for -1.
bool IsPerson(const Context& ctx, int32_t e);
// True when person entity e is its sentence's subject: at most six words before it, none of them
// punctuation or a clause word ("Presumptive GOP presidential nominee Donald Trump has ...").
bool OpensSentence(const Context& ctx, int32_t e);

// A document speaker for the phrase `main` (its head a document noun, or a
// document noun in it), `last` the end of the whole speaker phrase: its
// author when the phrase names one ("a statement from Harry Reid's office",
// "the White House statement"), the last authored document for a bare "the
// statement", the author who introduced "the suit" before, else the
// description (type document).
Speaker DocumentSpeaker(const Context& ctx, Range main, uint32_t last, uint32_t at, const Discourse& d);

// Session 15 (referents.cc):
// True when token `tok` lies in a paragraph wholly in parentheses, a page's aside ("( Also on
// POLITICO: Paul, Cruz weigh in on Ferguson)"): its names are no antecedents.
bool InAside(const Context& ctx, uint32_t tok);
// True when the person mention starting at `first` opens its sentence after role words, lower-case
// ones among them ("GOP strategist and SuperPAC sponsor Karl Rove told ..."): the sentence's subject.
bool OpensAfterRoleWords(const Context& ctx, uint32_t first);
// "one of them", "two of the executives": an unnamed member of a group (anonymous, the phrase
// `main` kept), when `head` is a number word before "of"; unresolved otherwise.
Speaker PartitiveSource(const Context& ctx, Range main, uint32_t head);
// "this same prestidigitator", "the same official": the last speaker again, when it spoke at most
// three sentences before; unresolved otherwise.
Speaker SameSpeakerAgain(const Context& ctx, Range main, const Discourse& d);

// Session 16 (referents.cc): the organization or outlet opening the main clause of the sentence
// before token `at`'s, in the same paragraph, as its subject ("When ..., The Post promptly awarded
// it ... They researched ..."), for "they"; unresolved otherwise.
Speaker BodySubjectBefore(const Context& ctx, uint32_t at);

// Session 20 (referents.cc): "the chief curator at the museum", "the entomologist": a definite
// phrase headed by a lower-case noun of a person's occupation refers back to the person who opens
// one of the two sentences before it (or its own), named after the last person speaker; unresolved
// otherwise ("“...,” says the curator" after "Brian Brown's heart leapt when ...").
Speaker RoleReferent(const Context& ctx, Range main, uint32_t head, const Discourse& d);

// Session 16 (pairs.cc):
// "the senators", "the two lawmakers", "their statement", "the senators' letter", "the Roe-Doe
// letter": the two named people an earlier sentence (at most twelve back, four paragraphs) opened
// with as its joint subject ("Sens. Jane Roe, R-Iowa, and John Doe, D-Ohio, sent ..."), named
// "A and B" (type person); unresolved when `main` has none of those forms or no pair was named.
Speaker PairReferent(const Context& ctx, Range main, uint32_t at);
// Session 16 (transcript.cc): "the interview subject", "the interviewee": the person named after
// "interview with" at most 400 tokens before; unresolved otherwise.
Speaker InterviewReferent(const Context& ctx, Range main, uint32_t at);
// Session 17 (authors.cc): "the authors", "the study's authors", "the researchers": the two to
// five persons an earlier sentence (at most 25 back, ten paragraphs) names as a work's authors
// ("A co-authored the study with B and C", "a paper by A and B"), named "A, B and C" (type
// person); unresolved otherwise.
Speaker AuthorsReferent(const Context& ctx, Range main, uint32_t at);

// Session 18 (filings.cc): "the lawsuit", "the suit", "the court papers", "the court documents": the
// plaintiffs an earlier sentence (at most 20 back) names as the joint subject of "sued" or of a
// verb of filing with a filing noun ("Harvard and MIT have filed suit"), named "A and B" (type
// document); unresolved for other phrases or when no plaintiff was named.
Speaker FilingReferent(const Context& ctx, Range main, uint32_t at);

// The referent of pronoun token r.b of kind p before token `at` (speakers.cc): he/she/him/her the
// last fitting person (she/her female, else male), they a group, a pair or a body, it a document.
Speaker ResolvePronoun(const Context& ctx, Pronoun p, Range r, uint32_t at, const Discourse& d);

// Session 17 (antecedents.cc): "his statement said", "her letter reads": a document the phrase
// `main` names by a possessive pronoun and a document noun is the pronoun's person's (type
// document); unresolved for any other phrase or when the pronoun has no person.
Speaker PossessiveDocumentAuthor(const Context& ctx, Range main, uint32_t at, const Discourse& d);
// ResolvePronoun, but "he"/"she" first take an unnamed person that opens a clause of their
// paragraph before them when no person is named in between ("Their neighbor also told the outlet
// that ... “...,” he said" -> "Their neighbor", anonymous).
Speaker PronounSpeaker(const Context& ctx, Pronoun p, Range r, uint32_t at, const Discourse& d);
// True when the person mention starting at `first` is B of "A and B" where A opens no clause
// ("met with Defense Secretary A and B, the adviser"): a list's item, no pronoun's antecedent.
bool ListedAfterPerson(const Context& ctx, uint32_t first);
// True when the person mention starting at `first` is a subject a pronoun points back to: it opens
// a clause and is not a list's last item (ListedAfterPerson), opens its sentence after role words,
// or is the example of a plural subject ("Democrats like Sen. Harry Reid are calling ...").
bool PronounSubject(const Context& ctx, uint32_t first);

// Session 17 (groups.cc): the source type of a group speaking together, the phrase `main` headed by
// a plural noun of people or a gathering: "organization" when a named body, a party or a
// legislature defines it ("Senate Republicans", "the DNC's lawyers", "lawyers for the DNC"),
// "anonymous" when a common noun alone names it ("experts", "campaigners", "the crowd").
const char* GroupType(const Context& ctx, Range main);
// A phrase headed by a body noun no organization of the article is: "a group of 25 activists" is a
// group of people (typed by GroupType); a bare "the group" (`bare_generic`) is the last such group
// named at most three sentences before; anything else the description, type organization.
Speaker UnnamedBody(const Context& ctx, Range main, bool bare_generic);
// A spokesperson phrase naming no organization or place: "the spokespersons" after "Spokespersons
// for Uber and Lyft said" is the body that spoke last (at most three sentences before); "a police
// spokesman" an unnamed body (the description, organization); else an anonymous source.
Speaker UnnamedSpokesperson(const Context& ctx, Range main, const Discourse& d);

// Session 18 (tagged_names.cc): names the tagger cut, glued or mistyped at a speaker position.
// `name` from the first capital after a stop glued to a lower-case word ("this.\"The Washington
// Post" -> "The Washington Post"), a colon or semicolon after it dropped ("Times:"); `name` otherwise.
std::string UngluedName(std::string_view name);
void Unglue(std::string* name);
// The name of place or organization entity e repaired in place: Unglue, the house number right before
// a name ending in a street word ("10 Downing Street"), the place tagged apart right before an
// organization ("St. Louis" + "Tea Party" -> "St. Louis Tea Party").
void RepairName(const Context& ctx, int32_t e, std::string* name);
// "Rabbi New", "Colorado State University Chancellor Tony Frank" tagged an organization: the person
// named by the capitalized words after the span's last person title, by the fullest name of that
// surname the article gives ("Rabbi Ruvi New" -> "Ruvi New"), when a fuller name or two words show
// it is one and none of them is a title or body noun (type person); unresolved otherwise.
Speaker TitledPerson(const Context& ctx, int32_t e);
// "The nearby St. Louis Tea Party" with "St. Louis" and "Tea Party" tagged apart: the first token
// of organization entity e's name, the adjacent place's first token included.
uint32_t NameStart(const Context& ctx, int32_t e);
// "the St. Louis group": the organization an earlier mention names with the place right before
// the body noun at token `head` (PlaceBefore), as FromEntity; unresolved otherwise.
Speaker PlaceBody(const Context& ctx, Range main, uint32_t head);
// "A Number 10 spokesperson", "a Pentagon spokeswoman": the untagged capitalized words between the
// determiner and the spokesperson noun of `main` as an organization; unresolved otherwise.
Speaker UntaggedSpokesBody(const Context& ctx, Range main);

// Session 18 (authored_documents.cc): "Her office issued a brief statement ... “...,” the statement
// read": the document noun at token `noun` is the person the possessive pronoun points back to
// (type document) when one of the six sentences before opens "His/Her <office, campaign, lawyers,
// ...>" and names the same document after an authoring verb; unresolved otherwise.
Speaker OfficeDocumentAuthor(const Context& ctx, uint32_t noun, const Discourse& d);
// "a report released by the Senate Judiciary Committee": the person or organization named first
// after "by" (an authoring participle before it allowed) following the document noun at token
// `noun`, type document; unresolved otherwise.
Speaker AgentAfterDocument(const Context& ctx, uint32_t noun);
// "The report claims ...": AgentAfterDocument of the nearest earlier mention of the same document
// noun that has one (at most 3,000 tokens back); unresolved otherwise.
Speaker AgentOfEarlierDocument(const Context& ctx, uint32_t noun);

// The last person named before token `at` with `title` next to the name: right before it ("Gov.
// Mike Pence", "Vice President Han Zheng") or in an appositive after it ("Guterres, the UN
// secretary-general"); -1 when none (speakers.cc).
int32_t PersonWithTitle(const Context& ctx, std::string_view title, uint32_t at);

// Session 19 (salience.cc): "he"/"she" at token r.b when the sentences before it (its paragraph and
// the one before) keep one person as their subject: the subject of the nearest sentence that names
// one ("President Trump defended his son. He said, ..."; "The governor anticipated the pushback. “...,”
// he said" -> the person named with that title), read back across sentences that go on with the
// person by a pronoun of the same gender and name no other compatible person; unresolved when a
// sentence names someone else first, or the subject is not newer than the last person quoted.
Speaker SalientSubject(const Context& ctx, Range r, const Discourse& d);

// Session 21 (party_members.cc): "the Arizona Republican", "the New York Democrat": a definite
// phrase of at most five words headed by "Republican"/"Democrat" is the person LastPersonBefore
// finds, named in the phrase's paragraph or the one before (type person); unresolved otherwise.
Speaker PartyMemberReferent(const Context& ctx, Range main);

// Session 22 (attributive_names.cc): person `e` when its name is a modifier of a title and the titled
// person after it ("Trump campaign communications director Tim Murtaugh", "Obama adviser David
// Axelrod": the name, an optional 's, up to five words of office ending in a title, then the person),
// that person when of gender `want` or unknown; else `e`.
int32_t ModifiedPerson(const Context& ctx, int32_t e, Gender want);
// Lower-case words of a person's team or office that may stand between a modifying name and a title
// ("campaign", "communications", "press", "deputy", ...).
bool OfficeWord(std::string_view lower_word);

// Session 23 (title_runs.cc): token t ("of", "for", "on") joins the capitalized words of one title in
// the run that opens at token b ("Secretary of State John Kerry", "Adviser for Communications Ben
// Rhodes", "Chairman of the Joint Chiefs of Staff"): a capitalized title word before it with only
// capitalized words, "the" and such prepositions between, and a capitalized word that is no person
// after it (or after "the").
bool TitlePreposition(const Context& ctx, uint32_t b, uint32_t t);

// Session 24 (unnamed_roles.cc): a lower-case noun of a person's role or trade: an agent noun
// (AgentNoun: "lobbyist", "consultant") or one of "attorney", "lawyer", "founder", "staffer", ... (also
// plural).
bool PersonRoleNoun(std::string_view raw);
// Session 25 (unnamed_roles.cc): a lower-case title noun (TitleNoun) that is no spokesperson noun, or "head".
bool UnnamedTitleNoun(std::string_view raw);
// Session 24 (unnamed_roles.cc): token t ends an unnamed person's role in phrase `main`, so the
// preposition after it opens a modifier whose names do not speak ("a trial attorney at the Justice
// Department", "one lawyer for the family"): the phrase opens with "a", "an", "one" or "another", t is a
// role noun (PersonRoleNoun) or an unnamed-source noun, only lower-case words and "and" stand between,
// and t + 1 is "at", "for", "to", "with", "in" or "on".
bool UnnamedRole(const Context& ctx, Range main, uint32_t t);
// That unnamed person as an anonymous source described by the words before `modifier` (ModifierStart
// in speakers.cc) when UnnamedRole(ctx, main, modifier - 1); unresolved otherwise. "a trial attorney at
// the Justice Department said" was the Justice Department, or a person described by the title noun.
Speaker UnnamedRoleSource(const Context& ctx, Range main, uint32_t modifier);
// Session 25 (unnamed_roles.cc): the speaker of a title phrase `main` (head word `hw`) that no named
// person holds: an anonymous source when it opens with "a", "an", "another" or "one" ("A Democratic
// senator on this committee said": an unnamed person by role, as the guideline types it); for "the" +
// title, the anonymous last speaker of the three sentences before whose description ends with that
// title ("Another executive said ... the executive said"); else the description as a person.
Speaker UnnamedTitleSpeaker(const Context& ctx, Range main, std::string_view hw, const Discourse& d);

}  // namespace parallax::quotes

#endif  // PARALLAX_ANNOTATE_QUOTES_SPEAKERS_INTERNAL_H_
