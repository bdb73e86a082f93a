// Internal to the roles stage (roles.cc, nominal_roles.cc): the token view and the title phrase
// parsers they share. Not part of the annotator's interface (roles.h).
#ifndef PARALLAX_ANNOTATE_ENTITY_ROLE_PHRASE_H_
#define PARALLAX_ANNOTATE_ENTITY_ROLE_PHRASE_H_

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/article.h"

namespace parallax::entity::phrase {

// An article's tokens with the entity mention covering each and sentence bounds.
struct View {
  const Article& a;
  size_t n;  // tokens
  // Token k's text; read on demand, since roles look at a few tokens around
  // each person mention only.
  std::string_view Tok(size_t k) const { return a.tokens[k].span.Of(a.body); }
  std::vector<int32_t> mention_at;  // mention covering the token, -1 if none
  std::vector<uint32_t> mention_first, mention_last;
  // Sentences in token order without overlaps (the segmenter's): a token's sentence is found by
  // a binary search, asked only at person mentions. Otherwise the per-token arrays below answer.
  bool ordered = true;
  std::vector<uint32_t> sent_first, sent_last;  // per token, filled only when !ordered
  // The first and last token of token k's sentence; [0, n - 1] for a token in no sentence.
  uint32_t SentenceFirst(uint32_t k) const { return ordered ? SentenceOf(k, true) : sent_first[k]; }
  uint32_t SentenceLast(uint32_t k) const { return ordered ? SentenceOf(k, false) : sent_last[k]; }
  uint32_t SentenceOf(uint32_t k, bool first) const {
    auto it = std::upper_bound(a.sentences.begin(), a.sentences.end(), k,
                               [](uint32_t t, const Sentence& s) { return t < s.first_token; });
    if (it != a.sentences.begin()) {
      const Sentence& s = *(it - 1);
      if (static_cast<uint64_t>(k) < static_cast<uint64_t>(s.first_token) + s.token_count) {
        return first ? s.first_token : s.first_token + s.token_count - 1;
      }
    }
    return first ? 0 : static_cast<uint32_t>(n ? n - 1 : 0);
  }
};

View MakeView(const Article& a);

// A title phrase: its tokens, normalized words, time-scope qualifier and affiliations.
struct Phrase {
  uint32_t first = 0, last = 0;      // token range of the whole phrase
  std::vector<std::string> words;    // role words in text order (lower, expanded)
  std::string qualifier;
  std::vector<std::string> affiliations;  // in text order
  bool plural = false;  // the head was plural ("senators"): it titles each name of a pair
};

// Where ParseAfter reads: an apposition after a name ("Kerry, the U.S. envoy,"); the verb of "NAME is
// the ranking member ..." (kCopula, `begin` at the verb); a definite noun phrase of its own ("The
// former governor of Indiana said", kNominal, `begin` at "the"), which may end before a verb or a
// possessive rather than only at punctuation.
enum class After { kApposition, kCopula, kNominal };

// Parses a title phrase that starts at token `begin`, up to `ceil` (see After).
bool ParseAfter(const View& v, uint32_t begin, uint32_t ceil, Phrase* p, After mode = After::kApposition);
// Appends the role of `p` held by mention `mention`.
void Emit(const View& v, uint32_t mention, const Phrase& p, std::vector<RoleMention>* out);
// The words joined by `sep`, abbreviations expanded when `expand` ("rep" -> "representative").
std::string Join(const std::vector<std::string>& words, const char* sep, bool expand);
bool IsPossessive(std::string_view w);  // "'s", "’s"
bool IsCopula(std::string_view w);      // "is", "was", "became", "serves", "served"
// A lower-case word that can follow a subject noun phrase: an auxiliary or a common verb, a past
// ("-ed") or present third-person ("-s") form, an adverb ("-ly").
bool IsVerbLike(std::string_view w);
bool IsPlainLowerWord(std::string_view w);  // lower-case letters and hyphens ("gay", "well-known")
// Nouns a title head modifies ("the governor race", "the president pick").
bool IsNounAfterTitle(std::string_view w);

// "(R-Wis.)" at token `open`, or ", D-Va." with `open` at the comma: "party, state"; empty when there
// is no party tag. `*close` gets the tag's last token (roles.cc).
std::string PartyTag(const View& v, uint32_t open, uint32_t ceil, uint32_t* close);
// A possessive at token k: "'s", or an apostrophe glued to a capitalised word ending in "s"
// ("Living Room Conversations' founder", "Jones' lawyer"; role_forms.cc).
bool PossessiveAt(const View& v, uint32_t k);
// The person mentions listed after person mention `m` up to token `ceil`: "m and N2", "m, N2, N3
// and N4" (", and" too; a name may carry "of PLACE": "Susan Collins of Maine and ..."); empty
// when the names after m end in no "and" (an apposition or a clause, not a list).
std::vector<uint32_t> ListAfter(const View& v, uint32_t m, uint32_t ceil);
// The chain name of the person a possessive "his"/"her" at token `pronoun` refers to: the one
// person named between `floor` and the pronoun, when that is not mention `holder`'s chain; ""
// when there is none or more than one ("Trump fired his campaign manager, Y" -> Trump).
std::string PronounOwner(const View& v, uint32_t pronoun, uint32_t floor, uint32_t holder);
// The opener ("his", "the", "our") of an apposition whose title starts at token `first`, when up
// to four plain lower-case words that are no verb or preposition ("and" included) come between:
// "his longtime friend and adviser, Roger Stone", "our very dumb and incompetent Mayor of NYC, de
// Blasio"; `first` when there is none.
uint32_t OpenerBeforeAdjectives(const View& v, uint32_t first, uint32_t floor);
// "professor of political science", "director of communications": a lower-case field of up to
// five plain words ("and" between two) after "of" right after the title's last token `end`, which
// ends the phrase or precedes an object ("at Fort Lewis College"); appends "of" and the field to
// `words` and returns its last token, or `end` when there is none (role_forms.cc).
uint32_t FieldOfTitle(const View& v, uint32_t end, uint32_t ceil, std::vector<std::string>* words);
// A past participle and a preposition, or "to" and one of a few verbs, at token k that open a
// clause about the person an apposition names: "the Alabama Senate candidate accused of ...", "a
// dentist convicted of", "Trump's nominee to be the next vice chairman". An ordinal before the
// title's head is then the clause's and is dropped from `words` ("the first president to visit").
bool ClauseAfterTitle(const View& v, uint32_t k, uint32_t ceil, std::vector<std::string>* words);
// A person's name of one or two words at token i used as a noun modifier before a lower-case title
// word: "a former Trump campaign adviser", "an Obama spokeswoman" (the title's affiliation).
bool PersonAsModifier(const View& v, uint32_t i, uint32_t ceil);
// The phrase `p` before an apposition's comma, with its determiner (or first word) at `det`, is a
// preposition's object that ends that clause rather than naming the next person: an indefinite one
// ("despite the presence of a conservative businessman, Pataki ousted Cuomo") or a bare title that
// also names an event ("after the fundraiser, Flake announced") (role_forms.cc).
// An indefinite one is not when the apposition closes after the name (`closed`: "hush money to a
// former model, Shera Bechard, who said").
bool ObjectEndsClause(const View& v, uint32_t det, uint32_t floor, const Phrase& p, bool closed);
// Parses a title that ends at token `end` (inclusive), walking left no further than `floor`. False
// when there is no title head at `end`; with `plural`, a plural head ("senators") counts, singular,
// and sets p->plural (roles.cc).
bool ParseBefore(const View& v, uint32_t end, uint32_t floor, Phrase* p, bool plural = false);
// "Former South Carolina governor and U.N. Ambassador Nikki Haley": a second title `q` before the
// "and" that precedes the title `p` read before a name, when `q` opens the sentence or follows a
// comma, a dash or a parenthesis; a time qualifier of `q` ("former") is shared with `p` unless
// `p` is an occupation ("former senator and lawyer Joe Biden").
bool CoordinatedBefore(const View& v, uint32_t floor, Phrase* p, Phrase* q);
// What may follow an apposition's title: punctuation, "who", "and", a participle (roles.cc).
bool IsPhraseEnd(std::string_view w);
// "Ted Cruz and Mike Lee, the two senators,", "... are both Republican senators": a plural title
// after a pair of names, starting at token `begin` (after the comma or the copula), that is the
// whole phrase up to its end; p->plural is set (role_forms.cc).
bool ParsePluralAfterPair(const View& v, uint32_t begin, uint32_t ceil, Phrase* p);
// "a co-chairman of the panel and a professor at Imperial College", "the president and CEO of
// Acme", "editorial board member and fellow at the Manhattan Institute": a second title `q` after
// the "and" that follows the title `p` read after a name, opened by a determiner or bare (then it
// starts with a title word or a qualifier); a bare second title's object is also the first's when
// the first has none ("president and CEO of Acme" -> both of Acme). After a copula (`copula`) a
// "former" of `p` reaches `q` (role_forms.cc).
bool SecondTitleAfterAnd(const View& v, uint32_t ceil, bool copula, Phrase* p, Phrase* q);
// "fellow" at token i used as an adjective ("a fellow senator", "his fellow Republicans"): another
// word of a noun phrase follows it, not punctuation, a preposition, "and" or "who" (role_forms.cc).
bool AdjectiveFellow(const View& v, uint32_t i, uint32_t ceil);
// "said", "told", "wrote", ...: a verb reporting speech (lower case).
bool IsReportingVerb(std::string_view w);
bool IsPreposition(std::string_view lower);  // "of", "in", "for", ... (roles.cc)
// "his role as chairman of ...", "her position as a board member at ...": the title after "his|her
// role|position|capacity|job as" within eight tokens after person mention `m`.
bool RoleAsTitle(const View& v, uint32_t m, uint32_t ceil, Phrase* p);
// Drops the titles not held yet: "a President Trump", "I doubt President Romney would ...".
void DropHypotheticalTitles(const View& v, std::vector<RoleMention>* roles);

// The copula starting at token k: its last token in *end and whether it puts the title in the past
// ("was", "had been", "used to be", "served as"); false when none. One word ("is", "was", "became",
// "remains", "serves", "served"), "is|was also", "is now", "was once", "has|had been", "used to be",
// "works|worked as"; "as" after "serves"/"served" belongs to it (role_copula.cc).
bool CopulaAt(const View& v, uint32_t k, uint32_t ceil, uint32_t* end, bool* past);
// "NAME is a journalist", "NAME, a Democrat, has been the senator", "NAME is an author, speaker and
// founder of X": the titles a copula after subject mention `m` gives it, appended to `out`; false
// when there is no copula or no title after it (role_copula.cc).
bool CopulaRoles(const View& v, uint32_t m, uint32_t ceil, std::vector<RoleMention>* out);
// Person roles of person mention `m` from the phrases around it (roles.cc).
void RolesOf(const View& v, uint32_t m, std::vector<RoleMention>* out);
// Who mention `m` names: its coreference chain, or -1 - m when it has none (nominal_salience.cc).
int64_t HolderOf(const Article& a, uint32_t m);
// The holder (HolderOf) of the last person mention between token `window` and the title at token
// `k`, when that person is the article's salient one: named at least 3 times and at least twice as often as any other person; INT64_MIN otherwise.
// `persons` are the article's person mentions in text order (nominal_salience.cc).
int64_t SalientPerson(const View& v, const std::vector<uint32_t>& persons, uint32_t window, uint32_t k);
// The office classes (nominal_roles.cc RoleClass: "president", "secretary of state", "nominee") a
// definite title may give to the salient person (nominal_salience.cc).
bool SalientOffice(std::string_view cls);
// Token k follows the comma that closes an opening phrase of the sentence starting at token f, in
// which no person is named and which holds no other comma: "Given that reality, the GOP
// front-runner ..." (a title there is the clause's subject when a verb follows it).
bool OpeningPhraseBefore(const View& v, uint32_t f, uint32_t k);
// A possessive among the tokens of `p` ("the State Department's inspector general"): the title is
// the organisation's office, not a person the article is about (nominal_salience.cc).
bool HasPossessive(const View& v, const Phrase& p);
// Appends the roles that nominals and pronouns give (nominal_roles.cc); `roles` holds the roles
// RolesOf found, which it uses to find the holders.
void NominalRoles(const View& v, std::vector<RoleMention>* roles);

}  // namespace parallax::entity::phrase

#endif  // PARALLAX_ANNOTATE_ENTITY_ROLE_PHRASE_H_
