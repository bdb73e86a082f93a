// Private to the quotes module: cue and phrase helpers shared by the direct
// quote attribution (attribution.cc) and indirect speech (indirect.cc).
#ifndef PARALLAX_ANNOTATE_QUOTES_ATTRIBUTION_H_
#define PARALLAX_ANNOTATE_QUOTES_ATTRIBUTION_H_

#include <string>
#include <string_view>
#include <vector>

#include "annotate/quotes/context.h"
#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/quote_finder.h"

namespace parallax::quotes {

// A reporting cue: tokens [first, last).
struct Cue {
  uint32_t first = 0, last = 0;
  CueKind kind = CueKind::kNone;
  bool according = false;  // "according to"
  bool valid() const { return last > first; }
};

// The cue starting at token t ("said", "according to"), or an invalid Cue.
Cue CueAt(const Context& ctx, uint32_t t);
uint32_t SentenceStart(const Context& ctx, uint32_t tok);
// The start of a sentence's subject: past a dateline ("WASHINGTON —") and
// an introductory phrase up to its comma ("In that interview, he ...",
// "Then, the congressman ..."); `start` is the sentence's first token.
uint32_t SkipOpening(const Context& ctx, uint32_t start, uint32_t limit);
// "Within his statement, he said": prepositions that open an introductory phrase (tagged_names.cc).
bool OpeningPreposition(std::string_view w);
uint32_t SentenceEnd(const Context& ctx, uint32_t tok);
// End of the speaker phrase starting at `from` (after a cue), <= limit.
uint32_t PhraseEnd(const Context& ctx, uint32_t from, uint32_t limit);
// Start of the subject phrase ending right before the cue at `v`, >= start (subject_phrase.cc).
uint32_t SubjectStart(const Context& ctx, uint32_t v, uint32_t start);
// "Mr. Mueller planned to ask", "he went on to say": the end of the subject before the verb that
// governs the infinitive cue at `v`; v otherwise (subject_phrase.cc).
uint32_t InfinitiveStart(const Context& ctx, uint32_t start, uint32_t v);

// The Quotation for `content`; cue may be nullptr. Social cues ("tweeted",
// "wrote on X") turn a speaker's source type into "social".
Quotation MakeQuotation(const Span& content, const Context& ctx, const Cue* cue, const Speaker& s, bool direct);
// Updates the discourse state with a resolved speaker seen at token `tok`.
void Remember(const Context& ctx, const Speaker& s, uint32_t tok, Discourse* d);
// Whose words the text names a quote as, with no cue (named_words.cc): a person's remark right
// before the quote (`Mr. Lincoln's famous phrase from the Gettysburg Address “...”`), or `in the
// words of X, “...”`; unresolved when neither. [start, open): the quote's sentence before its mark.
Speaker NamedWordsSpeaker(const Context& ctx, uint32_t start, uint32_t open, const Discourse& d);
// The subject of "as X put it" right before the quote's mark, its comma or colon between
// (`as one former Clinton aide put it, “...”`; put_it.cc); unresolved otherwise.
Speaker AsPutItSpeaker(const Context& ctx, uint32_t start, uint32_t open, const Discourse& d);
// The author a credit line names for a quote that fills its paragraphs
// (`“...”` then `Andrea Powell, NBC News`, or `“...” Reuters`); unresolved
// when there is none (credit.cc).
Speaker CreditLine(const Context& ctx, const QuotedSpan& q, const Discourse& d);
// Session 16 (transcript.cc): the speaker of a quote opening at token `open` after a transcript's
// label opening the paragraph ("The question:" -> "the questioner", anonymous; "The answer:" ->
// the person named after "interview with" before, else "the interviewee"); unresolved otherwise.
Speaker TranscriptLine(const Context& ctx, uint32_t open);
// True when the quote opening at `open` follows an answer label ("The answer: “Correct.”"): a
// one-word reply there is a quotation.
bool TranscriptAnswer(const Context& ctx, uint32_t open);
// True when [comma, end) is ", APPOSITIVE" closing the sentence: a description ("a Republican
// consultant who worked for Cruz", "CEO of GAVI") with no reporting cue of its own (indirect.cc).
bool AppositiveToEnd(const Context& ctx, uint32_t comma, uint32_t end);
// Appends the indirect reports of sentence `sentence` (one without quote marks).
void FindIndirect(const Context& ctx, uint32_t sentence, Discourse* d, std::vector<Quotation>* out);

// True when the one-word quote [open, after) is the first part of an interrupted quotation: it
// opens its sentence, its cue follows it and the quote `next` opens right after the cue's phrase
// and a comma, in the same sentence (“Republicans,” he writes, “rely on ...”; interrupted.cc).
bool InterruptedOpening(const Context& ctx, const Cue& cue, uint32_t open, uint32_t after, const QuotedSpan* next);

// Participle cues (participles.cc). "CLAUSE, the Obama administration said Thursday, acknowledging
// that ... “...”": the participle v (after a comma) goes on with the subject of the attribution
// clause between the previous comma (or closing mark) and its own, when that clause holds a cue;
// an empty Speaker otherwise.
Speaker ReportBeforeParticiple(const Context& ctx, uint32_t v, uint32_t start, const Discourse& d);
// "..., with researchers describing the issue as “...”": after "with", the phrase [subject, v)
// right before the participle v is its subject, whatever it names (a person or not). Returns the
// phrase's first token (past "with" when SubjectStart took it in), or v when "with" does not open it.
uint32_t AbsoluteWithSubject(const Context& ctx, uint32_t subject, uint32_t v, uint32_t start);

// True when `content` (title-like words) ends with "!" and the cue follows the closing mark `after`
// at once, only a name or pronoun between, in the same sentence: “Crooked Hillary!” Trump added
// (interrupted.cc). Such a quote is speech, not the title of a work.
bool ExclaimedWithCue(const Context& ctx, std::string_view content, const Cue& cue, uint32_t after);

// Removes soft hyphens (U+00AD) from `name`: an article typeset with them ("Glen Bol\u00ADger")
// names its speakers without them (soft_hyphens.cc).
std::string WithoutSoftHyphens(std::string_view name);

// Shapes of a quoted span (quoted_shape.cc). Words separated by spaces or
// newlines:
size_t WordCount(std::string_view s);
// A title of a show, a work or an event rather than words someone said.
bool TitleLike(std::string_view content);
// A quoted span that names something rather than reporting words: a title
// after "titled"/"headlined" or after a work noun and "called" (`a series of
// videos called “How to be a journalist”`), a nickname inside a person's
// name (`Tom “...” Friedman`), or display text (`the headline on my screen
// reads, “...”`, `a bumper sticker proclaims: “...”`, `“...,” was the
// subtitle`), a phrase named as one (`the phrase “...”`). `open`/`after`: the
// tokens of the opening mark and right after the closing one.
bool NamedNotSaid(const Context& ctx, uint32_t open, uint32_t after);
// A quote filling its paragraphs in a list of such paragraphs after one that
// names headlines, captions or slogans and ends with a colon (`Take, for
// example, the following headlines ...:`): display text, not words reported.
bool ListedDisplayText(const Context& ctx, const QuotedSpan& q);
// An unattributed quote right after "the", "any", "these", ..., or "right(s) to": a term.
bool TermAfterDeterminer(const Context& ctx, uint32_t open);
// A quote right after "so-called" or "known as" (token `open` is its opening mark): a name, not
// words reported, even when its sentence holds a cue (naming_marks.cc).
bool TermByNamingMark(const Context& ctx, uint32_t open);
// A paragraph that holds only this quote, of six words or more, whose words the article gives
// again outside it: a pull quote, display text (pull_quotes.cc).
bool RepeatedPullQuote(const Context& ctx, const QuotedSpan& q);
// ListedDisplayText, TermByNamingMark or RepeatedPullQuote: display text or a name, whatever cue
// the quote's sentence holds (pull_quotes.cc; FindQuotations drops it).
bool DisplayOrName(const Context& ctx, const QuotedSpan& q, uint32_t open);
// A quote in a sentence that reports a poll before it (`38 percent believe it has been “...”`,
// `three-quarters of conservatives prefer a community where “...”`, `Those ... were asked:
// “...”`): the wording of a question or an answer, not words someone said. For quotes the rules
// found no speaker for.
bool SurveyWording(const Context& ctx, uint32_t open);
// Token `open` starts a sentence, or follows a sentence's final punctuation
// the segmenter kept in the same sentence.
bool QuoteOpensSentence(const Context& ctx, uint32_t open);
// A short quote that is a whole sentence, opening a sentence in the
// paragraph of the attributed quote `last`, goes on with that quote.
bool ShortSentenceGoesOn(const Context& ctx, const QuotedSpan& q, uint32_t open, const Quotation& last,
                         uint32_t prev_paragraph);

// Session 15 (referents.cc):
// "the grand jury found that ... “...”", "a 2013 report ... found ... some “...”": the speaker of
// the finding verb at `v` ("found", "finds") when its subject, or else the sentence's opening
// phrase, is a document or a body; unresolved otherwise (a person's findings are not reported words).
Speaker FindingSpeaker(const Context& ctx, uint32_t v, uint32_t start, const Discourse& d);
// The finding verbs FindingSpeaker reads (a cheap test for every word before a quote).
inline bool FindingWord(std::string_view w) { return w.size() == 5 && w[0] == 'f' && (w == "found" || w == "finds"); }
// "66 percent of Americans say ...": the subject of the cue at `v` is a share of people (a poll's
// respondents), whose quoted words are an answer's wording.
bool ShareOfPeople(const Context& ctx, uint32_t v);
// "Another participant who chose not to be named, says that ...": for a cue at `v` right after a
// comma, the end of the subject phrase [from, end) before a "who" clause that runs to that comma;
// `v` when the sentence is not so shaped.
uint32_t RelativeClauseSubjectEnd(const Context& ctx, uint32_t from, uint32_t v);
// "Another participant ... says that ..." then a paragraph opening with a quote the rules name no
// one for: the quote at token `open` goes on with `report`, the indirect report of sentence
// `report_sentence`, when that sentence ends the paragraph right before the quote's.
// `after`: the token after the quote's closing mark.
bool ReportGoesOn(const Context& ctx, uint32_t open, uint32_t after, const Quotation& report,
                  uint32_t report_sentence);

// Session 16 (clauses.cc):
// "it was Joe who said", "plagiarize from Yogi who once claimed": for the cue at `v`, the person
// named right before a "who" (an adverb or two allowed before the cue) that opens the cue's words;
// unresolved otherwise. `start`: the sentence's first token.
Speaker RelativeAntecedentSpeaker(const Context& ctx, uint32_t v, uint32_t start, const Discourse& d);
// "Booker insisted that Dr. Ford told “...”", "..., saying the UK maintained the “...”": the first
// token of the subject of the cue at `v` when that subject follows another cue of the sentence
// (directly or after "that"), so that the cue at `v` lies inside the clause the other reports;
// `v` otherwise.
uint32_t NestedReportSubject(const Context& ctx, uint32_t v, uint32_t start);

// Session 17 (trailing.cc): the speaker a clause right after the closing mark names, in the
// quote's sentence: `“...,” as Hicks wrote in her book` (sets *cue to "wrote"), `“...,” as one
// analyst put it`, `“...,” in the words of Kevin Kelly, a co-founder` (a person, body or outlet;
// *cue left as it was); unresolved otherwise. `after`: the token after the closing mark.
Speaker TrailingClauseSpeaker(const Context& ctx, const QuotedSpan& q, uint32_t after, const Discourse& d, Cue* cue);

// Session 18 (report_shapes.cc), for indirect speech:
// The cue at t that indirect.cc's lexicon leaves out: a verb of saying with another sense
// ("speculated", "observed", "pointed out", ...) followed by "that" within six words, or a base
// form after "went on to" ("went on to declare"); an invalid Cue otherwise.
Cue ThatClauseCueAt(const Context& ctx, uint32_t t);
// True for the words ThatClauseCueAt may take (a cheap first test).
bool WentOnCueWord(std::string_view w);
// "A Twitter user who posts under the name rider42 noted": for the cue at `v` in a sentence whose
// words start at `from`, the "who" ending a subject phrase that opens there (a determiner and a
// noun of an unnamed person, group or title); `v` when the sentence is not so shaped.
uint32_t RelativeSubjectEnd(const Context& ctx, uint32_t from, uint32_t v);
// The speaker `s` ResolvePhrase gave the subject [b, e) of an indirect report whose content is
// [content_b, content_e), corrected: a platform's user is social; "an analysis by X" is a
// document; "the two" are the first two people or bodies the content names; "the Oklahoma
// Republican" is the person named last within two sentences; a trailing "he" resolved to a man the
// content names is the last person speaker (same or previous paragraph).
Speaker CorrectIndirectSpeaker(const Context& ctx, Speaker s, uint32_t b, uint32_t e, uint32_t content_b,
                               uint32_t content_e, const Discourse& d);

// Session 19 (indirect_shapes.cc), for indirect speech:
// "On Monday, according to Reuters, Kudlow said ...": the "according to" at `t`, its phrase ending
// at `pe`, stands between commas after an opening phrase of the sentence (words from `from`), so
// its report is the words after the phrase, not the opening phrase before it.
bool ParentheticalAccording(const Context& ctx, uint32_t t, uint32_t pe, uint32_t from, uint32_t end);
// "Steel told the Tea Partiers about her two daughters": after the cue `c` ("told"), the words at
// `clause` are a listener with a determiner and an "about" complement (no "that" or punctuation
// before it), or after a verb of writing a written work ("wrote a letter in which ..."): no report.
bool ListenerThenComplement(const Context& ctx, const Cue& c, uint32_t clause, uint32_t end);
// "As pundits have already pointed out, CLAUSE": the report "as" at token `as` opens (at the
// sentence's words' start `from`, or after a comma, "and" or "but"), when auxiliaries or adverbs
// stand between its subject and its verb or the verb is a that-clause cue ("pointed out",
// "observed"); cue invalid otherwise (indirect.cc reads "as the Times noted," itself).
struct AsReport {
  Cue cue;
  uint32_t subject_b = 0, subject_e = 0, content_b = 0;
};
AsReport AsReportAt(const Context& ctx, uint32_t as, uint32_t from, uint32_t end);
// "..., in which he said CLAUSE", "... issues where they claim CLAUSE", "X, whom police say was
// ...": the subject starting at `subject` opens a relative clause ("where", "whom", or a
// preposition and "which").
bool RelativeSubject(const Context& ctx, uint32_t subject, uint32_t from);
// True when the words at `clause` after a cue can open a content clause: after "that", or at "the",
// a subject pronoun or a capitalized word (not "her discomfort", "a national security interest",
// "discovering a Bible"); asked of reports whose subject opens a relative clause.
bool ClauseOpening(const Context& ctx, uint32_t clause, uint32_t end);
// "A spokesman for the US mission in Geneva told": when the sentence's words (from `from`) open
// with a spokesperson noun and a "for"/"at"/"with" complement running to the subject found before
// the cue (`subject`), the subject starts at `from` and ends before a second complement ("in
// Geneva": *subject_end moves there); `subject` otherwise.
uint32_t SpokespersonSubjectStart(const Context& ctx, uint32_t from, uint32_t subject, uint32_t* subject_end);
// "WHO spokeswoman Fadela Chaib told": when the subject found before the cue starts right after the
// sentence's first word (at `from`), a capitalized acronym that reads as a phrase stop, the subject
// starts at `from`; `subject` otherwise.
uint32_t AcronymSubjectStart(const Context& ctx, uint32_t from, uint32_t subject);
// The speaker `s` of the indirect subject or "according to" phrase [b, e), corrected: an outlet's
// count or analysis ("a Reuters tally") is a document of that outlet; "the social network", "the
// platform" is the social platform named last within five sentences (organization).
Speaker CorrectIndirectSpeaker19(const Context& ctx, Speaker s, uint32_t b, uint32_t e);
// "Metro Weekly", "E&E News": a name of two to five capitalized words ending in a word newspapers
// and magazines are named by ("Times", "Journal", "Weekly", "News", ...); an organization speaker
// so named is an outlet the registry lacks (MakeQuotation).
bool OutletLikeName(std::string_view name);
// "said one Democrat", "a New Hampshire Republican said": an organization speaker "Democrat" or
// "Republican" after "one", "a", "an" or "another" (capitalized words between) is one unnamed
// member, anonymous, described by those words; `s` otherwise (MakeQuotation).
Speaker UnnamedPartyMember(const Context& ctx, const Speaker& s);

// Session 24 (source_types.cc), source types read where a Quotation is made:
// "In a Thursday tweet, Trump said", "called out Pence on Twitter, saying", "posted an apology to his
// Facebook page, writing", "he tweeted that ..., adding": true when the cue's sentence before the cue
// at `cue_first` (outside quotations) holds a social medium after "in"/"on"/"via"/"through"/"to"
// (four words between at most; not "Facebook's") or the verb "tweeted", in the cue's own clause (not
// inside ", who ... ," or ", after ... ,").
bool SocialBeforeCue(const Context& ctx, uint32_t cue_first);
// "Constitution", "Green New Deal", "the Twitter Rules", "Communications Decency Act": a name (an
// organization speaker's) of capitalized words whose last word names a law, pact, code or poll, with
// no "of" inside ("Opponents of the Affordable Care Act" is a group): a document.
bool NamedDocument(std::string_view name);
// "Oreskes said" with "Oreskes" tagged an organization in an article that names "Michael Oreskes": an
// organization speaker of one capitalized word (not a body noun or a registered outlet) is a person
// when exactly one person entity's name ends with it (that name is taken), else when the article,
// outside quotations, writes it after a given name of the gender table ("Glenn Thrush": that name) or
// an honorific ("Mr. Nelson": the word kept); `s` otherwise.
Speaker PersonTaggedOrganization(const Context& ctx, const Speaker& s);

// Session 21-22 (indirect_shapes21.cc), for indirect speech:
// "Jane Roe, president of the club, said that", "..., Jane Roe, chair of the board, said.": for
// the cue at `v` right after a comma, the first token of a subject phrase (a name, a pronoun, a
// capitalized or determiner-led phrase of at most eight words, opening the words from `from` or
// after a comma) followed by an appositive between commas (at most sixteen words, no other
// punctuation or quote mark, no cue but in a "who" clause, not a lone name of a list);
// *subject_end is set to the appositive's opening comma. `v` when the sentence is not so shaped.
uint32_t AppositiveSubjectStart(const Context& ctx, uint32_t from, uint32_t v, uint32_t* subject_end);
// ", adding that CLAUSE", ", saying he had been threatened": the first comma in [b, end), outside
// quotes, followed by a participle of saying and "that" (or, after "saying" and "adding", a clause
// opening with a subject pronoun, "the" or a capitalized name) with at least four words after it;
// sets *cue to the participle and *content_b to the clause's first token. `end` when there is none.
uint32_t ParticipleReportAt(const Context& ctx, uint32_t b, uint32_t end, Cue* cue, uint32_t* content_b);
// The "according to" at `t` opens the report's words (from `from`): at their start, after one
// punctuation mark, or after a conjunction or adverb ("But according to a study by X, CLAUSE").
bool LeadingAccording(const Context& ctx, uint32_t t, uint32_t from);
// The speaker `s` of the indirect subject or "according to" phrase [b, e), corrected after
// CorrectIndirectSpeaker19: an unresolved "that police statement" (a demonstrative, at most two
// words, a document noun) is that document; "a five year study by X" (a determiner, one or two
// lower-case or numeric words, a document noun, "by"/"from") is a document of X.
Speaker CorrectIndirectSpeaker21(const Context& ctx, Speaker s, uint32_t b, uint32_t e);
// "according to that police statement.": the end of a phrase at `b` that is a demonstrative, at most
// two lower-case words and a document noun closing the clause (punctuation or `end` after it); `b`
// otherwise.
uint32_t DemonstrativeDocumentEnd(const Context& ctx, uint32_t b, uint32_t end);

// Session 23 (indirect_shapes23.cc), for indirect speech:
// "CHICAGO — ", "WASHINGTON (AP) — ", "New Delhi, June 23, 2020 — ": the token after a dateline's
// dash among the first sixteen tokens from `first` (a place in capitals before a capitalized word, a
// parenthesized wire tag allowed, or a date ending with a year after a month; no quote mark or cue before the dash);
// `first` when the sentence has none.
uint32_t DatelineEnd(const Context& ctx, uint32_t first, uint32_t end);
// The speaker `s` of the subject phrase [b, e), corrected after CorrectIndirectSpeaker21: a country
// tagged at the phrase's end after one to three capitalized untagged words ("Priorities USA") is
// part of a body's name, an organization.
Speaker CorrectIndirectSpeaker23(const Context& ctx, Speaker s, uint32_t b, uint32_t e);
// "..., the Committee to Protect Journalists said": for the cue at `v`, when "the" and two to eight
// capitalized untagged words (with "of", "for", "to", "on", "and" between) come right before it,
// sets *s to that organization and returns the token of "the"; `v` otherwise.
uint32_t UntaggedBodyStart(const Context& ctx, uint32_t from, uint32_t v, Speaker* s);
// "The office cited the investigation and noted CLAUSE": for the "and" at `and_tok` right before a
// cue, the end of the subject phrase opening the words from `from` (a subject pronoun, a tagged
// name, a determiner and one to three lower-case words) when a past-tense verb follows it and no
// punctuation, quote mark, cue or relative word comes before the "and"; `from` otherwise.
uint32_t CoordinatedSubjectEnd(const Context& ctx, uint32_t from, uint32_t and_tok);
// The words at `clause` open a finite clause: "that" before them, a subject pronoun first, or an
// auxiliary or modal within six words with no punctuation before it.
bool FiniteClauseAhead(const Context& ctx, uint32_t clause, uint32_t end);
// "announced a cease-fire in their trade war", "explained his strategy for ...": the cue `c` is a verb
// that also takes an object (announced, explained, revealed, confirmed, disclosed, acknowledged,
// declared, denied, claimed) and the words at `clause` open with an indefinite or possessive
// determiner and no finite clause (FiniteClauseAhead).
bool ObjectNotClause(const Context& ctx, const Cue& c, uint32_t clause, uint32_t end);
// "Yet U.S. officials" -> "U.S. officials": a description without the conjunction or adverb that
// opened its sentence ("Yet", "But", "And", "So", "Still", "Also", "Meanwhile,", "Now").
std::string WithoutOpeningConjunction(const std::string& name);

// Session 25 (indirect_shapes25.cc): the speaker of a report whose subject phrase [*subject,
// subject_end) the resolver leaves unresolved, when it is "the"/"both" or a possessor ("Ohio's",
// "Sanders'": ApostrophePossessorStart; *subject moves back to it) and at most three lower-case words ending in a lower-case head noun: a place that speaks
// through its government ("the county", the body named before whose name ends in that noun when
// there is one) or, after a possessor, a body noun ("Sanders' campaign"): organization; "the
// couple"/"the pair": person, the phrase as its name; a possessor's title or role ("Ohio's
// governor"): person, the one named earlier with that title and the possessor next to the name
// ("Ohio Gov. Mike DeWine", "Michael Bromwich, McCabe's lawyer"), else the phrase as its name.
// Unresolved otherwise.
Speaker UnresolvedSubjectSpeaker(const Context& ctx, uint32_t from, uint32_t* subject, uint32_t subject_end);
// "Sanders' campaign announced": when a lone apostrophe after a tagged name ending in "s" comes right
// before the lower-case word at `subject` (not before `from`), the first token of that name; `subject`
// otherwise (indirect_shapes25.cc).
uint32_t ApostrophePossessorStart(const Context& ctx, uint32_t from, uint32_t subject);
// "CLAUSE, as the pollster Stan Greenberg told me.": the subject at `subject` follows ", as" and
// at least four words of the sentence's (from `from`) come before the comma (indirect_shapes25.cc;
// indirect.cc reads it when the cue ends the sentence, or a short tail does, and no "?" closes it).
bool TrailingAsClause(const Context& ctx, uint32_t from, uint32_t subject);
// "the couple", "the pair" as UnresolvedSubjectSpeaker names them: two people, never the "he" or
// "she" of a later sentence.
bool PairDescription(const Context& ctx, const Speaker& s);

// Participles of saying that report for the subject of the clause before them: ", adding that",
// ", saying CLAUSE" (indirect_shapes21.cc; indirect_shapes24.cc reads the same list).
bool ReportParticiple(std::string_view w);

// Session 24 (indirect_shapes24.cc), for indirect speech:
// "The senator had blamed the activists on CNN, saying that CLAUSE": for the participle of saying at
// `part` (after a comma), the end of the subject phrase opening the words from `from` (after an
// opening conjunction or a short phrase of time or place and its comma: "On Tuesday, the mayor";
// a subject pronoun, a tagged person's or body's name, a determiner and one to three more words)
// when a main verb (an auxiliary or a past tense) follows it, no punctuation, quote mark or
// relative pronoun comes before the comma, and a finite clause follows the participle (sets
// *subject_b to the subject's first token and *content_b to the clause's); `from` otherwise.
uint32_t ClauseBeforeParticipleSubjectEnd(const Context& ctx, uint32_t from, uint32_t part, uint32_t end,
                                          uint32_t* subject_b, uint32_t* content_b);
// "what he says is X", "spending, which experts say leads to X", "which many leaders said they
// support", "the documents he has said are coming": the cue `c` at `t`, its subject [subject, t)
// ("he"/"she" after a person's name earlier in the sentence, a tagged person's or body's name, or up
// to three lower-case words ending in a plural noun; an auxiliary allowed before the cue) after
// "what" or "which" (the pronoun also after a plural noun), is a report inside a relative clause:
// the words after the cue go on with a finite verb whose subject is the relative's gap, or a
// subject pronoun and its verb.
bool EmbeddedReport(const Context& ctx, uint32_t from, uint32_t subject, uint32_t t, const Cue& c, uint32_t end);

}  // namespace parallax::quotes

#endif  // PARALLAX_ANNOTATE_QUOTES_ATTRIBUTION_H_
