// Role finding by small, closed-vocabulary phrase parsers around each person
// mention. News English puts an office holder's title in a few fixed places:
//
//   before the name    [qualifier] [affiliation] modifiers HEAD  NAME
//                      "former US climate envoy John Kerry", "China's top
//                      diplomat Wang Yi", "Secretary of State Antony Blinken"
//   apposition after   NAME , [who is|was] [the|his|a] ... HEAD [of|for X] ,
//                      "John Kerry, the special climate envoy for the United States,"
//   apposition before  the|his|X's ... HEAD [in|of X] , NAME
//                      "his Chinese counterpart, Xie Zhenhua", "his counterpart
//                      in China, Xie", "Trump's campaign manager, Brad Parscale"
//   plural before pair HEADs NAME and NAME2   "GOP senators, Collins and Murkowski"
//   party tag          NAME (R-Wis.) | NAME, R-Wis. [, apposition]
//
// The parsers walk tokens from the name outwards and accept only words of
// the lexicon (lexicon.h): title heads, title modifiers, qualifiers
// ("former", "then-"), nationality adjectives and party words; entity
// mentions other than persons, and possessives ("China's"), count as
// affiliations, named by their coreference chain ("U.S." -> "United
// States"). The first unknown word ends the phrase, so a clause is never
// read as a title; a phrase without a head noun is no role. Precision over
// recall: unknown titles are missed rather than guessed.
#include "annotate/entity/roles.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "annotate/entity/lexicon.h"
#include "annotate/entity/names.h"
#include "annotate/entity/role_phrase.h"
#include "core/ascii.h"
#include "core/word_list.h"

namespace parallax::entity {

namespace phrase {

View MakeView(const Article& a) {
  size_t n = a.tokens.size();
  View v{a, n, {}, {}, {}, true, {}, {}};
  v.mention_at.assign(n, -1);
  for (size_t i = 1; i < a.sentences.size() && v.ordered; ++i) {
    const Sentence& p = a.sentences[i - 1];
    v.ordered = static_cast<uint64_t>(p.first_token) + p.token_count <= a.sentences[i].first_token;
  }
  if (!v.ordered) {
    v.sent_first.assign(n, 0);
    v.sent_last.assign(n, n ? n - 1 : 0);
    for (const Sentence& s : a.sentences) {
      for (uint32_t k = s.first_token; k < s.first_token + s.token_count && k < n; ++k) {
        v.sent_first[k] = s.first_token;
        v.sent_last[k] = s.first_token + s.token_count - 1;
      }
    }
  }
  for (size_t m = 0; m < a.entities.size(); ++m) {
    Span sp = a.entities[m].span;
    auto it = std::lower_bound(a.tokens.begin(), a.tokens.end(), sp.begin,
                               [](const Token& t, uint32_t b) { return t.span.begin < b; });
    uint32_t first = static_cast<uint32_t>(it - a.tokens.begin()), last = first;
    while (last + 1 < n && a.tokens[last + 1].span.end <= sp.end) ++last;
    v.mention_first.push_back(first);
    v.mention_last.push_back(last);
    for (uint32_t k = first; k <= last && k < n; ++k) v.mention_at[k] = static_cast<int32_t>(m);
  }
  return v;
}


bool IsCapitalized(std::string_view w) { return !w.empty() && core::IsAsciiUpper(w[0]); }
bool IsPossessive(std::string_view w) { return w == "’s" || w == "'s"; }

// Name of the entity mentioned by mention `m`: its chain's name, else its own.
std::string EntityName(const View& v, int32_t m) {
  const EntityMention& e = v.a.entities[m];
  std::string lower = LowerWord(e.span.Of(v.a.body));
  std::string_view country = CountryOfDemonym(lower);
  if (!country.empty()) return std::string(country);
  // A party named by its short word ("GOP senators") is the party word's party, as when no
  // mention covers it.
  if (std::string_view party = lower.size() > 1 ? PartyOf(lower) : std::string_view(); !party.empty())
    return std::string(party);
  if (e.chain >= 0 && static_cast<size_t>(e.chain) < v.a.entity_chains.size())
    return v.a.entity_chains[e.chain].name;
  return DisplayName(NameWords(e.span.Of(v.a.body)));
}

// Splits a "then-"/"ex-"/"former-" prefix off `lower`; returns the qualifier.
std::string_view SplitQualifierPrefix(std::string* lower) {
  size_t dash = lower->find('-');
  if (dash == std::string::npos || dash + 1 >= lower->size()) return {};
  std::string_view q = QualifierOf(std::string_view(*lower).substr(0, dash));
  if (!q.empty()) lower->erase(0, dash + 1);
  return q;
}

bool IsTitleWord(const std::string& lw) { return IsRoleHead(lw) || IsRoleModifier(lw); }

// "FBI" of "ex-FBI", "CIA" of "former-CIA": an organisation's acronym (2-6 capitals) fused to a
// qualifier; "" when the token is no such word.
std::string_view AcronymAfterQualifier(std::string_view tok) {
  const size_t dash = tok.find('-');
  if (dash == std::string_view::npos || dash == 0) return {};
  const std::string_view rest = tok.substr(dash + 1);
  if (rest.size() < 2 || rest.size() > 6 || QualifierOf(LowerWord(tok.substr(0, dash))).empty()) return {};
  for (char c : rest)
    if (!core::IsAsciiUpper(c)) return {};
  // "then-GOP Sen. Norm Coleman": a party's acronym names the party.
  if (std::string_view party = PartyOf(LowerWord(rest)); !party.empty()) return party;
  return rest;
}

// "lady" is a title head only in "first lady" ("then-first lady"), never alone ("Lady Gaga").
bool IsLadyAfterFirst(std::string_view lw, std::string_view before) {
  return lw == "lady" && (before == "first" || before.ends_with("-first"));
}

// "first" to "twelfth": a school grade's ordinal ("tenth grader") is a title word only before
// "grader", since "the second president" names no office.
bool IsGradeOrdinal(std::string_view lw) {
  static constexpr std::string_view kOrdinals[] = {"first", "second", "third", "fourth", "fifth", "sixth",
                                                   "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"};
  return core::InList(lw, kOrdinals);
}

// "of State", "of Foreign Affairs": the capitalised department words that
// complete "Secretary of ..." ending at token `end`; returns how many (0-2).
// "Speaker of the House": the "the" counts as one of them.
int DepartmentWordsBefore(const View& v, uint32_t end, uint32_t floor) {
  for (int n = 1; n <= 3; ++n) {
    if (end < floor + n + 1) return 0;
    uint32_t of = end - n;
    bool ok = LowerWord(v.Tok(of)) == "of" && IsRoleHead(LowerWord(v.Tok(of - 1)));
    uint32_t k = of + 1;
    if (ok && n >= 2 && v.Tok(k) == "the") ++k;
    for (; ok && k <= end; ++k) ok = IsCapitalized(v.Tok(k)) && IsRoleModifier(LowerWord(v.Tok(k)));
    if (ok) return n;
  }
  return 0;
}

// A year inside a title: "Trump's 2020 campaign manager".
bool IsYear(std::string_view w) {
  return w.size() == 4 && (w.substr(0, 2) == "19" || w.substr(0, 2) == "20") && core::IsAsciiDigit(w[2]) &&
         core::IsAsciiDigit(w[3]);
}

// Consumes an affiliation ending at token `i` (mention, possessive, demonym,
// party word); returns the token before it, or `i + 1` when there is none.
int64_t AffiliationBefore(const View& v, int64_t i, int64_t floor, std::vector<std::string>* out) {
  std::string_view w = v.Tok(i);
  int32_t m = v.mention_at[i];
  if (i > floor && PossessiveAt(v, static_cast<uint32_t>(i)) && v.mention_at[i - 1] >= 0 &&
      v.mention_first[v.mention_at[i - 1]] >= floor) {
    int32_t pm = v.mention_at[i - 1];
    out->push_back(EntityName(v, pm));
    return static_cast<int64_t>(v.mention_first[pm]) - 1;
  }
  if (m >= 0 && v.a.entities[m].type != "PER" && v.mention_last[m] == i && v.mention_first[m] >= floor) {
    out->push_back(EntityName(v, m));
    return static_cast<int64_t>(v.mention_first[m]) - 1;
  }
  std::string lw = LowerWord(w);
  std::string_view c = CountryOfDemonym(lw);
  if (!c.empty()) return out->push_back(std::string(c)), i - 1;
  // A US state no mention covers ("Ohio Governor", "New York Gov."): the tagger put it inside
  // the person's mention, which coreference trimmed (coref.h).
  if (IsCapitalized(w) && m < 0) {
    if (i > floor && IsCapitalized(v.Tok(i - 1)) && v.mention_at[i - 1] < 0 &&
        IsStateName(LowerWord(v.Tok(i - 1)) + " " + lw)) {
      return out->push_back(std::string(v.Tok(i - 1)) + " " + std::string(w)), i - 2;
    }
    if (IsStateName(lw)) return out->push_back(std::string(w)), i - 1;
  }
  if (lw.size() > 1 && !PartyOf(lw).empty()) return out->push_back(std::string(PartyOf(lw))), i - 1;
  return i + 1;
}

// "would", "could", "to"-less modals and "did"/"does": the word after one is a verb.
bool IsModal(std::string_view w) {
  static constexpr std::string_view kModals[] = {"would", "will", "could", "can", "should", "may", "might",
                                                 "must", "did", "does", "do", "cannot"};
  return core::InList(w, kModals);
}

// Parses a title that ends at token `end` (inclusive), walking left no
// further than `floor`. False when there is no title head at `end`; with
// `plural`, a plural head ("senators") counts, singular, and sets p->plural.
bool ParseBefore(const View& v, uint32_t end, uint32_t floor, Phrase* p, bool plural) {
  std::vector<std::string> words;  // reversed
  int64_t i = end;
  int dept = DepartmentWordsBefore(v, end, floor);
  if (dept > 0) {
    for (int64_t k = end; k >= static_cast<int64_t>(end) - dept - 1; --k) words.push_back(LowerWord(v.Tok(k)));
    i = static_cast<int64_t>(end) - dept - 2;
  } else {
    std::string lw = LowerWord(v.Tok(end));
    std::string_view q = SplitQualifierPrefix(&lw);
    if (plural && !IsRoleHead(lw) && lw.size() > 3 && lw.back() == 's' && IsRoleHead(std::string_view(lw).substr(0, lw.size() - 1))) {
      lw.pop_back();
      p->plural = true;
    }
    // "Senior Fellow Shelby Steele": "fellow" heads a title only after a title word ("fellow Sen. X").
    const bool head = (IsRoleHead(lw) && (lw != "fellow" || (end > floor && IsRoleModifier(LowerWord(v.Tok(end - 1)))))) ||
                      (lw == "lady" && end > floor && IsLadyAfterFirst(lw, LowerWord(v.Tok(end - 1))));
    if (!head || (v.mention_at[end] >= 0 && v.a.entities[v.mention_at[end]].type == "PER")) return false;
    words.push_back(lw);
    if (!q.empty()) p->qualifier = q;
    i = static_cast<int64_t>(end) - 1;
    // "Commander in Chief Donald Trump": "in chief" written as two words after the head.
    if (lw == "chief" && q.empty() && end >= floor + 2 && LowerWord(v.Tok(end - 1)) == "in" &&
        v.mention_at[end - 2] < 0 && IsRoleHead(LowerWord(v.Tok(end - 2)))) {
      words.push_back("in");
      words.push_back(LowerWord(v.Tok(end - 2)));
      i = static_cast<int64_t>(end) - 3;
    }
  }
  while (i >= static_cast<int64_t>(floor) && p->qualifier.empty()) {
    std::string lw = LowerWord(v.Tok(i));
    int32_t m = v.mention_at[i];
    bool single = m >= 0 && v.mention_first[m] == v.mention_last[m];
    if (m >= 0 && v.a.entities[m].type == "PER" && !single) break;
    std::string_view q = SplitQualifierPrefix(&lw);
    if (!q.empty() && !IsTitleWord(lw)) {
      // "then-Mexican President": the qualifier fused to a nationality; "ex-FBI Director": to an
      // organisation's acronym.
      if (std::string_view c = CountryOfDemonym(lw); !c.empty() && (m < 0 || single)) {
        p->affiliations.emplace_back(c);
        p->qualifier = q;
        --i;
      } else if (std::string_view org = AcronymAfterQualifier(v.Tok(i)); !org.empty() && (m < 0 || single)) {
        p->affiliations.emplace_back(org);
        p->qualifier = q;
        --i;
      }
      break;
    }
    // An occupation ends the title before it: "Jordanian pilot Lt. X" ("Surgeon General" aside).
    if (IsOccupation(lw) && lw != "surgeon") break;
    // "Under Secretary" is a title; "(served) under President Bush" is not.
    if (lw == "under" && words.back() != "secretary" && words.back() != "secretary-general") break;
    if (!q.empty() || (((IsTitleWord(lw) && lw != "fellow") || (words.back() == "grader" && IsGradeOrdinal(lw))) &&
                       (m < 0 || single))) {
      if (m >= 0 && v.a.entities[m].type == "PER") break;
      // "would force President Nixon to resign": a lower-case word after a modal is its verb.
      if (q.empty() && i > static_cast<int64_t>(floor) && core::IsAsciiLower(v.Tok(i)[0]) && IsModal(v.Tok(i - 1)))
        break;
      words.push_back(lw);
      if (!q.empty()) p->qualifier = q;
      --i;
      continue;
    }
    if (q = QualifierOf(lw); !q.empty()) {
      p->qualifier = q;
      --i;
      break;
    }
    if (IsYear(v.Tok(i)) && m < 0) {
      --i;
      continue;
    }
    int64_t next = AffiliationBefore(v, i, floor, &p->affiliations);
    if (next > i) break;
    i = next;
  }
  // A qualifier may precede the affiliation: "former US envoy".
  while (i >= static_cast<int64_t>(floor)) {
    std::string_view q = QualifierOf(LowerWord(v.Tok(i)));
    if (q.empty() || !p->qualifier.empty()) break;
    p->qualifier = q;
    --i;
  }
  while (i >= static_cast<int64_t>(floor)) {  // "Republican Wisconsin Rep."
    int64_t next = AffiliationBefore(v, i, floor, &p->affiliations);
    if (next > i) break;
    i = next;
  }
  std::reverse(words.begin(), words.end());
  std::reverse(p->affiliations.begin(), p->affiliations.end());
  p->words = std::move(words);
  p->first = static_cast<uint32_t>(i + 1);
  p->last = end;
  return true;
}

// What may follow an apposition's title: punctuation, "who", "and", or a
// participle that starts a clause about the person ("a congressman facing
// charges", "a lawyer representing ...").
bool IsPhraseEnd(std::string_view w) {
  static constexpr std::string_view kEnds[] = {",", ".", ";", ":", ")", "\"", "”", "—", "–", "who", "and"};
  if (core::InList(w, kEnds)) return true;
  return w.size() > 4 && core::IsAsciiLower(w[0]) && w.substr(w.size() - 3) == "ing";
}

// The verbs that link a name to its title in ParseAfter (lower case only).
bool IsCopula(std::string_view w) {
  return w == "is" || w == "was" || w == "became" || w == "serves" || w == "served";
}

// A lower-case word of letters and hyphens ("gay", "longtime", "well-known").
bool IsPlainLowerWord(std::string_view w) {
  if (w.empty() || !core::IsAsciiLower(w[0])) return false;
  for (char c : w)
    if (!core::IsAsciiLower(c) && c != '-') return false;
  return true;
}

// Lower-case nouns that, after a title head, make the head a modifier ("the governor race", "the
// president pick"): a nominal (kNominal) may not end before them.
bool IsNounAfterTitle(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "office", "offices", "race", "races", "seat", "seats", "election", "elections", "campaign", "campaigns",
      "nomination", "post", "job", "jobs", "position", "role", "mansion", "residence", "level", "primary",
      "primaries", "debate", "debates", "term", "terms", "pick", "picks", "hopeful", "hopefuls", "candidates",
      "race's", "salary", "pay", "succession", "powers", "power", "title", "vote", "votes", "ballot"};
  return core::InList(w, kNouns);
}

// Words that make a definite title phrase no mention of a known holder: plurals ("the attorneys
// general"), ordinals and contrasts ("the next president", "the first Jewish president", "the
// current director", "the other senator").
bool IsNotAnaphoricModifier(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "next", "first", "second", "third", "fourth", "fifth", "last", "only", "future", "previous", "prior", "same",
      "other", "new", "current", "sitting", "potential", "possible", "likely", "eventual", "would-be", "losing",
      "winning", "typical", "average", "ideal", "modern", "real", "actual", "different", "another", "each", "every", "any"};
  return (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') ||
         core::InList(w, kWords);
}

// A lower-case word that can follow a subject noun phrase: an auxiliary or common reporting verb,
// a past form ("-ed"), a present third person ("-s"), an adverb ("-ly"). Rules out the nouns a
// title word can modify ("the official record", "the general counsel").
bool IsVerbLike(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {
      "is", "was", "has", "had", "will", "would", "could", "can", "should", "may", "might", "must", "did",
      "does", "said", "told", "met", "made", "took", "gave", "got", "went", "came", "left", "ran", "won",
      "lost", "spoke", "wrote", "sent", "held", "kept", "saw", "felt", "led", "sought", "brought", "thought",
      "knew", "also", "then", "now", "still", "never", "himself", "herself", "not", "who", "whose", "to"};
  if (core::InList(w, kVerbs)) return true;
  if (w.size() < 4 || !IsPlainLowerWord(w)) return false;
  std::string_view tail2 = w.substr(w.size() - 2);
  return tail2 == "ed" || tail2 == "ly" || (w.back() == 's' && tail2 != "ss" && tail2 != "us" && tail2 != "is");
}


// Nouns that end the name of a body of people written in lower case ("the city council's health
// committee", "the panel"): a title's object may be such a phrase, which names no entity.
bool IsBodyNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "committee", "council", "panel", "board", "commission", "department", "agency", "bureau", "office",
      "administration", "company", "firm", "corporation", "group", "party", "union", "association",
      "foundation", "institute", "university", "college", "school", "court", "newspaper", "magazine",
      "network", "league", "caucus", "subcommittee", "team", "organization", "organisation", "ministry"};
  return core::InList(w, kNouns);
}

// The last token of a lower-case body after "of the" at token `j` ("city council's health
// committee"): at most five plain words and possessives ending in a body noun; 0 when there is none.
uint32_t LowerCaseBodyEnd(const View& v, uint32_t j, uint32_t ceil) {
  uint32_t last = 0;
  for (uint32_t i = j; i <= ceil && i < j + 5; ++i) {
    std::string_view w = v.Tok(i);
    if (v.mention_at[i] >= 0 || !(IsPlainLowerWord(w) || (IsPossessive(w) && i > j))) break;
    if (IsBodyNoun(w)) last = i;
  }
  return last;
}

// Parses an apposition title starting at token `begin`, up to `ceil`.
bool ParseAfter(const View& v, uint32_t begin, uint32_t ceil, Phrase* p, After mode) {
  const bool copula = mode == After::kCopula;
  uint32_t i = begin;
  // "who was ...", "who served as ...": an office held before, in an
  // article written now; scoped like "former" unless the title says "then".
  bool past = false;
  if (copula || (i + 1 <= ceil && LowerWord(v.Tok(i)) == "who")) {
    if (!copula) ++i;
    std::string verb = LowerWord(v.Tok(i));
    if (verb != "is" && verb != "was" && verb != "became" && verb != "serves" && verb != "served") return false;
    past = verb == "was" || verb == "served";
    ++i;
    // "Murkowski was one of the senators who spoke": the past tense is the event's.
    if (past && verb == "was" && i + 1 <= ceil && LowerWord(v.Tok(i)) == "one" && v.Tok(i + 1) == "of") past = false;
    if (i <= ceil && LowerWord(v.Tok(i)) == "as") ++i;
  }
  // "Jay Sekulow, one of the president's lawyers,", "Andrew Young, one of King's top aides": the
  // singular of a plural head after "one of"; a title's possessive ("the president's") is skipped.
  const bool one_of = mode != After::kNominal && i + 2 <= ceil && LowerWord(v.Tok(i)) == "one" && v.Tok(i + 1) == "of";
  int64_t plural_head = -1;
  if (one_of) {
    i += 2;
    if (i + 3 <= ceil && LowerWord(v.Tok(i)) == "the" && IsRoleHead(LowerWord(v.Tok(i + 1))) && PossessiveAt(v, i + 2))
      i += 3;
  }
  if (i <= ceil && IsAppositionOpener(LowerWord(v.Tok(i)))) {
    ++i;
    // One lower-case word the lexicon does not know may open the noun phrase when a title word
    // or a name follows it: "the gay Rutgers student", "a longtime Republican strategist".
    if (i + 1 <= ceil && IsPlainLowerWord(v.Tok(i)) && (!IsTitleWord(LowerWord(v.Tok(i))) || AdjectiveFellow(v, i, ceil)) &&
        QualifierOf(LowerWord(v.Tok(i))).empty() && !IsGradeOrdinal(LowerWord(v.Tok(i))) &&
        (mode != After::kNominal || !IsNotAnaphoricModifier(v.Tok(i))) &&
        (IsTitleWord(LowerWord(v.Tok(i + 1))) || v.mention_at[i + 1] >= 0 ||
         !CountryOfDemonym(LowerWord(v.Tok(i + 1))).empty())) {
      ++i;
    }
  }
  int64_t last_head = -1;
  std::vector<std::pair<uint32_t, std::string>> words;
  while (i <= ceil) {
    std::string lw = LowerWord(v.Tok(i));
    int32_t m = v.mention_at[i];
    std::string_view q = SplitQualifierPrefix(&lw);
    if (q.empty()) q = QualifierOf(lw);
    if (one_of && lw.size() > 3 && lw.back() == 's' && !IsRoleHead(lw) &&
        IsRoleHead(std::string_view(lw).substr(0, lw.size() - 1))) {
      lw.pop_back();
      plural_head = i;
    }
    if (!q.empty() && !IsTitleWord(lw)) {
      if (mode == After::kNominal && last_head >= 0) break;  // "The Ukrainian president then assured"
      p->qualifier = q;
      if (std::string_view c = CountryOfDemonym(lw); !c.empty()) p->affiliations.emplace_back(c);  // "then-Mexican"
      else if (std::string_view org = AcronymAfterQualifier(v.Tok(i)); !org.empty()) p->affiliations.emplace_back(org);
      ++i;
      continue;
    }
    // "this commander in chief", "editor in chief of ...": two words after the head.
    if (lw == "in" && last_head >= 0 && static_cast<uint32_t>(last_head) + 1 == i && i + 1 <= ceil &&
        LowerWord(v.Tok(i + 1)) == "chief" && v.mention_at[i + 1] < 0) {
      words.emplace_back(i, "in");
      words.emplace_back(i + 1, "chief");
      last_head = i + 1;
      i += 2;
      continue;
    }
    const bool lady = !words.empty() && IsLadyAfterFirst(lw, words.back().second);
    if ((IsTitleWord(lw) || lady || (i + 1 <= ceil && IsGradeOrdinal(lw) && LowerWord(v.Tok(i + 1)) == "grader")) &&
        (m < 0 || v.mention_first[m] == v.mention_last[m]) && (m < 0 || v.a.entities[m].type != "PER") &&
        !AdjectiveFellow(v, i, ceil)) {
      if (!q.empty()) p->qualifier = q;
      if (IsRoleHead(lw) || lady) last_head = i;
      words.emplace_back(i++, lw);
      continue;
    }
    if (m >= 0 && v.a.entities[m].type != "PER" && v.mention_first[m] == i && v.mention_last[m] <= ceil) {
      uint32_t after = v.mention_last[m] + 1;
      if (after <= ceil && PossessiveAt(v, after)) ++after;
      p->affiliations.push_back(EntityName(v, m));
      i = after;
      continue;
    }
    // "Michael Cohen, President Trump's former personal lawyer": a person's possessive says whose
    // the title is; the words before it are that person's own title.
    if (m >= 0 && v.a.entities[m].type == "PER" && v.mention_first[m] == i && v.mention_last[m] + 1 <= ceil &&
        PossessiveAt(v, v.mention_last[m] + 1)) {
      words.clear();
      last_head = -1;
      p->qualifier.clear();
      p->affiliations.assign(1, EntityName(v, m));
      i = v.mention_last[m] + 2;
      continue;
    }
    if (PersonAsModifier(v, i, ceil)) {  // "a former Trump campaign adviser"
      p->affiliations.push_back(EntityName(v, m));
      i = v.mention_last[m] + 1;
      continue;
    }
    std::string_view c = CountryOfDemonym(lw);
    if (c.empty() && lw.size() > 1) c = PartyOf(lw);
    if (c.empty()) break;
    p->affiliations.emplace_back(c);
    ++i;
  }
  // "Cummings, the Maryland Democrat who is the ranking member ...": the
  // title is in the clause after a title-less apposition.
  if (last_head < 0 && words.empty() && i > begin && i + 1 <= ceil && LowerWord(v.Tok(i)) == "who") {
    if (mode == After::kNominal) return false;
    *p = Phrase();
    return ParseAfter(v, i, ceil, p);
  }
  if (last_head < 0 || (one_of && last_head != plural_head)) return false;
  uint32_t end = static_cast<uint32_t>(last_head);
  for (const auto& [k, w] : words)
    if (k <= end) p->words.push_back(w);
  // "secretary of state", then "for the United States" / "of China".
  if (end + 2 <= ceil && LowerWord(v.Tok(end + 1)) == "of" && IsCapitalized(v.Tok(end + 2)) &&
      v.mention_at[end + 2] < 0 && IsRoleModifier(LowerWord(v.Tok(end + 2)))) {
    p->words.push_back("of");
    p->words.push_back(LowerWord(v.Tok(end + 2)));
    end += 2;
  }
  if (mode != After::kNominal) end = FieldOfTitle(v, end, ceil, &p->words);  // "professor of political science"
  // The title's object: "for the United States", "of Harvard's Institute of Politics", "from
  // Janesville"; then more objects of the object ("leader of the Quds Force of Iran's Revolutionary
  // Guard"), or one lower-case body ("head of the city council's health committee").
  for (int objects = 0; objects < 3; ++objects) {
    const uint32_t k = end + 1;
    const std::string prep = k <= ceil ? LowerWord(v.Tok(k)) : "";
    const bool first_object = objects == 0;
    // "a prosecutor with the Colorado District Attorneys' Council": "with" as a first object.
    if (!(prep == "of" || prep == "in" || prep == "at" || prep == "for" || prep == "from" ||
          (first_object && (prep == "to" || prep == "on" || prep == "with")))) {
      break;
    }
    uint32_t j = k + 1;
    if (j <= ceil && LowerWord(v.Tok(j)) == "the") ++j;
    int32_t m = j <= ceil ? v.mention_at[j] : -1;
    // "a spokesperson for de Blasio", "director of Harvard's Institute of Politics".
    if (m >= 0 && v.mention_first[m] == j && v.mention_last[m] <= ceil &&
        ((first_object && prep != "with") || v.a.entities[m].type != "PER")) {
      p->affiliations.push_back(EntityName(v, m));
      end = v.mention_last[m];
      int32_t m2 = end + 2 <= ceil && PossessiveAt(v, end + 1) ? v.mention_at[end + 2] : -1;
      if (m2 >= 0 && v.a.entities[m2].type != "PER" && v.mention_first[m2] == end + 2 && v.mention_last[m2] <= ceil) {
        p->affiliations.push_back(EntityName(v, m2));
        end = v.mention_last[m2];
      } else if (end + 2 <= ceil && PossessiveAt(v, end + 1)) {
        // "a spokesman for Corbett's legal office": a lower-case body after the possessive.
        if (uint32_t body_end = LowerCaseBodyEnd(v, end + 2, ceil); body_end > 0) end = body_end;
      }
      continue;
    }
    if (j == k + 1 && j <= ceil && (v.Tok(j) == "a" || v.Tok(j) == "an")) ++j;  // "at a pharmaceutical company"
    if (uint32_t body_end = LowerCaseBodyEnd(v, j, ceil); body_end > 0 && j > k + 1) end = body_end;
    break;
  }
  // "..., the Texas governor until 2017,": an office that ended.
  if (end + 1 <= ceil && LowerWord(v.Tok(end + 1)) == "until") {
    past = true;
  } else if (end + 1 <= ceil && !IsPhraseEnd(v.Tok(end + 1)) && !ClauseAfterTitle(v, end + 1, ceil, &p->words)) {
    // A nominal may end before a verb ("The former president cautioned") or a possessive ("the
    // billionaire's team"), not before a name or a noun the head modifies ("the governor race").
    std::string_view next = v.Tok(end + 1);
    if (mode != After::kNominal) return false;
    if (IsPossessive(next)) {
      if (end + 2 <= ceil && IsNounAfterTitle(v.Tok(end + 2))) return false;  // "the governor's mansion"
    } else if (!IsVerbLike(next) || IsNounAfterTitle(next)) {
      return false;
    }
  }
  if (past && p->qualifier.empty()) p->qualifier = "former";
  p->first = begin;
  p->last = end;
  return true;
}

std::string Join(const std::vector<std::string>& words, const char* sep, bool expand) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += sep;
    out += expand ? std::string(ExpandTitleWord(w)) : w;
  }
  return out;
}

void Emit(const View& v, uint32_t mention, const Phrase& p, std::vector<RoleMention>* out) {
  if (p.words.empty()) return;
  RoleMention r;
  r.span = Span{v.a.tokens[p.first].span.begin, v.a.tokens[p.last].span.end};
  r.mention = mention;
  // "a top Romney adviser", "the top aide": "top" ranks the holder, it is no word of the title.
  r.role = p.words.size() > 1 && p.words[0] == "top"
               ? Join(std::vector<std::string>(p.words.begin() + 1, p.words.end()), " ", true)
               : Join(p.words, " ", true);
  r.qualifier = p.qualifier;
  r.affiliation = Join(p.affiliations, ", ", false);
  out->push_back(std::move(r));
}

// "(R-Wis.)" at `open`, or ", D-Va." with `open` at the comma: party and
// state; empty when there is no party tag. `*close` gets the tag's last token.
std::string PartyTag(const View& v, uint32_t open, uint32_t ceil, uint32_t* close) {
  std::string text;
  const bool paren = v.Tok(open) == "(";
  // After a comma, only a capital party letter and a dash can start a tag ("D-Va.").
  if (!paren && (open + 1 > ceil || v.Tok(open + 1).empty() || !core::IsAsciiUpper(v.Tok(open + 1)[0]) ||
                 (v.Tok(open + 1).size() >= 2 ? v.Tok(open + 1)[1] != '-' : open + 2 > ceil || v.Tok(open + 2) != "-"))) {
    return "";
  }
  uint32_t k = open + 1;
  auto stop = [&](std::string_view t) { return paren ? t == ")" : (t == "," || t == ";" || t == "and" || t == ")"); };
  for (; k <= ceil && k < open + 6 && !stop(v.Tok(k)); ++k) text += v.Tok(k);
  if (paren && (k > ceil || v.Tok(k) != ")")) return "";
  if (!paren) {
    if (k == open + 1) return "";
    --k;  // the tag's last token
  }
  if (text.size() < 3 || text[1] != '-') return "";
  std::string_view party = PartyOf(LowerWord(text.substr(0, 1)));
  std::string state_abbr;
  for (char c : text.substr(2))
    if (c != '.') state_abbr.push_back(core::AsciiLower(c));
  std::string_view state = StateOfAbbreviation(state_abbr);
  if (party.empty() || state.empty()) return "";
  *close = k;
  return std::string(party) + ", " + std::string(state);
}

// The person named next in "NAME [of PLACE] and NAME2", or -1.
int32_t NextConjunct(const View& v, uint32_t m, uint32_t ceil) {
  uint32_t k = v.mention_last[m] + 1;
  if (k + 1 <= ceil && (v.Tok(k) == "of" || v.Tok(k) == "Of") && v.mention_at[k + 1] >= 0 &&
      v.a.entities[v.mention_at[k + 1]].type != "PER") {
    k = v.mention_last[v.mention_at[k + 1]] + 1;
  }
  if (k + 1 > ceil || v.Tok(k) != "and") return -1;
  int32_t n = v.mention_at[k + 1];
  return n >= 0 && v.a.entities[n].type == "PER" && v.mention_first[n] == k + 1 ? n : -1;
}

bool IsPreposition(std::string_view lw) {
  static constexpr std::string_view kWords[] = {"of", "in", "for", "with", "by", "from", "to", "at", "on",
                                                "about", "against", "despite", "like", "than", "over", "into"};
  return core::InList(lw, kWords);
}

// "his counterpart in China, Xie Zhenhua": a title whose prepositional
// phrase names a place or organisation, ending at token `end` before the comma; with `of_only`,
// right before the name and after "of" ("Mayor of Berkeley Jesse Arreguin").
bool ParseBeforeWithObject(const View& v, uint32_t end, uint32_t floor, Phrase* p, bool of_only = false) {
  int32_t m = v.mention_at[end];
  // "the former chief executive of AccuWeather, Barry Myers": one capitalised word no mention covers.
  const bool bare = m < 0 && !of_only && end > floor + 2 && IsCapitalized(v.Tok(end)) && v.Tok(end - 1) == "of" &&
                    IsPlainLowerWord(LowerWord(v.Tok(end))) && !IsTitleWord(LowerWord(v.Tok(end)));
  if (!bare && (m < 0 || v.a.entities[m].type == "PER" || v.mention_last[m] != end)) return false;
  uint32_t prep = bare ? end : v.mention_first[m];
  if (prep >= 1 && LowerWord(v.Tok(prep - 1)) == "the") --prep;
  if (prep < floor + 2) return false;
  --prep;
  std::string w = LowerWord(v.Tok(prep));
  if (w != "of" && (of_only || (w != "in" && w != "for" && w != "at" && w != "from"))) return false;
  if (!ParseBefore(v, prep - 1, floor, p)) return false;
  p->affiliations.push_back(bare ? std::string(v.Tok(end)) : EntityName(v, m));
  p->last = end;
  return true;
}

void RolesOf(const View& v, uint32_t m, std::vector<RoleMention>* out) {
  uint32_t first = v.mention_first[m], last = v.mention_last[m];
  uint32_t floor = v.SentenceFirst(first), ceil = v.SentenceLast(last);
  size_t before = out->size();
  const int32_t conjunct = NextConjunct(v, m, ceil);
  // "Sens. Ted Cruz, Rand Paul, Mike Lee and Ron Johnson": a plural title titles every name listed.
  const std::vector<uint32_t> list = ListAfter(v, m, ceil);
  auto emit = [&](const Phrase& ph) {
    Emit(v, m, ph, out);
    if (ph.plural)
      for (uint32_t n : list) Emit(v, n, ph, out);
  };
  Phrase p;
  // "... commentary from the president Barr will stomach": a bare lower-case
  // head after "the" is a noun phrase of its own that happens to touch the
  // next name, not that name's title ("President Barr", "the US envoy Kerry"); but an occupation
  // before a full name that a reporting verb, a comma or the sentence's end follows is its title
  // ("the filmmaker Matthew A. Cherry said").
  const bool bare_noun = first > floor + 1 && !IsCapitalized(v.Tok(first - 1)) &&
                         LowerWord(v.Tok(first - 2)) == "the" &&
                         !(IsOccupation(LowerWord(v.Tok(first - 1))) && last > first &&
                           (last == ceil || IsReportingVerb(v.Tok(last + 1)) || !IsVerbLike(v.Tok(last + 1))));
  bool titled = false;  // a title before the name opens the sentence or follows a comma
  if (first > floor && (ParseBefore(v, first - 1, floor, &p, !list.empty()) ||
                        (p = Phrase(), ParseBeforeWithObject(v, first - 1, floor, &p, true))) &&
      !(bare_noun && p.words.size() == 1 && p.first == first - 1 && p.qualifier.empty())) {
    Phrase q;  // "Former South Carolina governor and U.N. Ambassador Nikki Haley" (role_forms.cc)
    if (CoordinatedBefore(v, floor, &p, &q)) emit(q);
    emit(p);
    titled = p.first == floor || v.Tok(p.first - 1) == ",";
  }
  p = Phrase();
  if (first > floor + 1 && v.Tok(first - 1) == "," &&
      (ParseBefore(v, first - 2, floor, &p, !list.empty()) ||
       (p = Phrase(), ParseBeforeWithObject(v, first - 2, floor, &p)))) {
    // An apposition before the name is a noun phrase of its own: it starts the sentence or with
    // a determiner ("his Chinese counterpart, Xie"; adjectives may come between: "his longtime
    // friend and adviser, Roger Stone"), a possessive name ("Trump's campaign manager, Brad
    // Parscale") or is plural before a list of names ("GOP senators, Susan Collins and Lisa
    // Murkowski"); else it may end a clause ("... met the minister, Kerry said"). A singular one
    // before a list is the list's first item ("with the Queen, Donald and Melania Trump").
    int32_t m0 = v.mention_at[p.first];
    bool possessive = m0 >= 0 && v.mention_first[m0] == p.first && v.mention_last[m0] + 1 < first &&
                      PossessiveAt(v, v.mention_last[m0] + 1);
    bool opened = p.first == floor || IsAppositionOpener(LowerWord(v.Tok(p.first - 1))) ||
                  IsAppositionOpener(LowerWord(v.Tok(p.first))) || possessive || (p.plural && !list.empty());
    // With adjectives between, the apposition must close after the name ("the new president,
    // Trump fired off tweets" ends a clause).
    const std::string_view after_name = last + 1 <= ceil ? v.Tok(last + 1) : std::string_view(".");
    const bool closed = last == ceil || after_name == "," || after_name == "—" || after_name == "–" || after_name == ")";
    const uint32_t opener = opened || !closed ? p.first : OpenerBeforeAdjectives(v, p.first, floor);
    opened |= opener < p.first;
    // (", and" may close the apposition of the name instead: "the EPA chief, Scott Pruitt, and Trump's".)
    if (!p.plural && !list.empty() && !(v.Tok(last + 1) == "," && v.Tok(last + 2) == "and")) opened = false;
    // "despite the presence of a conservative businessman, Pataki ousted Cuomo", "after the
    // fundraiser, Flake left": a preposition's object ends that clause (role_forms.cc).
    if (opened && p.first > floor) {
      const uint32_t det = IsAppositionOpener(LowerWord(v.Tok(p.first))) ? p.first
                           : opener < p.first                            ? opener
                                                                         : p.first - 1;
      if (ObjectEndsClause(v, det, floor, p, closed)) opened = false;
      // "Trump fired his former campaign manager, Steve Bannon": "his" is the one person named
      // before it in the sentence.
      if (opened && p.affiliations.empty()) {
        if (std::string owner = PronounOwner(v, det, floor, m); !owner.empty()) p.affiliations.push_back(owner);
      }
    }
    if (opened) emit(p);
  }
  uint32_t close = 0;
  std::string tag;
  if (last + 1 <= ceil && (v.Tok(last + 1) == "(" || v.Tok(last + 1) == ",")) tag = PartyTag(v, last + 1, ceil, &close);
  p = Phrase();
  bool after = false, copular = false;
  if (last + 2 <= ceil && v.Tok(last + 1) == "," && tag.empty() && ParseAfter(v, last + 2, ceil, &p)) {
    after = true;
  } else if (!tag.empty() && close + 2 <= ceil && v.Tok(close + 1) == "," && ParseAfter(v, close + 2, ceil, &p)) {
    after = true;  // "Levin (D-Mich.), the ranking member of ..."
  } else if ((first == floor || v.Tok(first - 1) == "," || titled) && CopulaRoles(v, m, ceil, out)) {
    // "Granderson is a journalist", "Warren, a Democrat, has been the senator": the name is the
    // subject (it starts the sentence or follows a comma or its title; role_copula.cc).
    copular = true;
  }
  if (!after && !copular && conjunct >= 0 && tag.empty()) {
    // "Cruz and Lee, the two senators," / "Cruz and Lee are both senators": the pair's title.
    const uint32_t c_last = v.mention_last[conjunct];
    const std::string_view link = c_last + 2 <= ceil ? v.Tok(c_last + 1) : std::string_view();
    const bool copula = (link == "are" || link == "were") && (first == floor || v.Tok(first - 1) == ",");
    p = Phrase();
    if ((link == "," || copula) && ParsePluralAfterPair(v, c_last + 2, ceil, &p)) {
      if (link == "were" && p.qualifier.empty()) p.qualifier = "former";
      emit(p);
    }
  }
  if (after) {
    // "a co-chairman of the panel and a professor at Imperial College", "the president and CEO of
    // Acme": a second title after "and" (role_forms.cc).
    Phrase q;
    const bool second = SecondTitleAfterAnd(v, ceil, IsCopula(v.Tok(last + 1)), &p, &q);
    Emit(v, m, p, out);
    if (second) {
      Emit(v, m, q, out);
    } else if (p.last + 1 <= ceil && v.Tok(p.last + 1) == "who" && (q = Phrase(), ParseAfter(v, p.last + 1, ceil, &q))) {
      Emit(v, m, q, out);  // "a Trump fund-raiser who became the RNC's deputy finance chairman"
    }
  }
  // "Mr. Christie, campaigning in his role as chairman of the Republican Governors Association,",
  // "Collins had used information gleaned from his position as a board member at a company".
  if (Phrase q; RoleAsTitle(v, m, ceil, &q)) Emit(v, m, q, out);
  if (tag.empty()) return;
  bool attached = false;
  // Also a title the name got as an item of a list ("Sens. Ben Sasse (R-NE) and Chuck Grassley (R-IA)").
  for (size_t r = 0; r < out->size(); ++r) {
    if ((*out)[r].mention == m && (*out)[r].affiliation.empty()) (*out)[r].affiliation = tag, attached = true;
  }
  if (attached || out->size() > before) return;
  RoleMention r;
  const uint32_t tag_first = v.Tok(last + 1) == "(" ? last + 1 : last + 2;
  r.span = Span{v.a.tokens[tag_first].span.begin, v.a.tokens[close].span.end};
  r.mention = m;
  r.role = "member of congress";
  r.affiliation = tag;
  out->push_back(std::move(r));
}

}  // namespace phrase

void FindRoles(Article* article) {
  article->roles.clear();
  if (article->entities.empty() || article->tokens.empty()) return;
  phrase::View v = phrase::MakeView(*article);
  std::vector<RoleMention> roles;
  for (uint32_t m = 0; m < article->entities.size(); ++m) {
    if (article->entities[m].type != "PER" || v.mention_first[m] >= v.n) continue;
    phrase::RolesOf(v, m, &roles);
  }
  phrase::DropHypotheticalTitles(v, &roles);
  phrase::NominalRoles(v, &roles);
  std::stable_sort(roles.begin(), roles.end(), [](const RoleMention& x, const RoleMention& y) {
    return x.span.begin != y.span.begin ? x.span.begin < y.span.begin : x.mention < y.mention;
  });
  article->roles = std::move(roles);
}

}  // namespace parallax::entity
