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
#include "core/ascii.h"

namespace parallax::entity {

namespace {

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

struct Phrase {
  uint32_t first = 0, last = 0;      // token range of the whole phrase
  std::vector<std::string> words;    // role words in text order (lower, expanded)
  std::string qualifier;
  std::vector<std::string> affiliations;  // in text order
  bool plural = false;  // the head was plural ("senators"): it titles each name of a pair
};

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
  if (IsPossessive(w) && i > floor && v.mention_at[i - 1] >= 0 && v.mention_first[v.mention_at[i - 1]] >= floor) {
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

// Parses a title that ends at token `end` (inclusive), walking left no
// further than `floor`. False when there is no title head at `end`; with
// `plural`, a plural head ("senators") counts, singular, and sets p->plural.
bool ParseBefore(const View& v, uint32_t end, uint32_t floor, Phrase* p, bool plural = false) {
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
    if (!IsRoleHead(lw) || (v.mention_at[end] >= 0 && v.a.entities[v.mention_at[end]].type == "PER")) return false;
    words.push_back(lw);
    if (!q.empty()) p->qualifier = q;
    i = static_cast<int64_t>(end) - 1;
  }
  while (i >= static_cast<int64_t>(floor) && p->qualifier.empty()) {
    std::string lw = LowerWord(v.Tok(i));
    int32_t m = v.mention_at[i];
    bool single = m >= 0 && v.mention_first[m] == v.mention_last[m];
    if (m >= 0 && v.a.entities[m].type == "PER" && !single) break;
    std::string_view q = SplitQualifierPrefix(&lw);
    if (!q.empty() && !IsTitleWord(lw)) break;
    // "Under Secretary" is a title; "(served) under President Bush" is not.
    if (lw == "under" && words.back() != "secretary" && words.back() != "secretary-general") break;
    if (!q.empty() || (IsTitleWord(lw) && (m < 0 || single))) {
      if (m >= 0 && v.a.entities[m].type == "PER") break;
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
  if (std::find(std::begin(kEnds), std::end(kEnds), w) != std::end(kEnds)) return true;
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
  return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
}

// Words that make a definite title phrase no mention of a known holder: plurals ("the attorneys
// general"), ordinals and contrasts ("the next president", "the first Jewish president", "the
// current director", "the other senator").
bool IsNotAnaphoricModifier(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "next", "first", "second", "third", "fourth", "fifth", "last", "only", "future", "previous", "prior",
      "same", "other", "new", "current", "sitting", "potential", "possible", "likely", "eventual", "would-be",
      "typical", "average", "ideal", "modern", "real", "actual", "different", "another", "each", "every", "any"};
  return (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') ||
         std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
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
  if (std::find(std::begin(kVerbs), std::end(kVerbs), w) != std::end(kVerbs)) return true;
  if (w.size() < 4 || !IsPlainLowerWord(w)) return false;
  std::string_view tail2 = w.substr(w.size() - 2);
  return tail2 == "ed" || tail2 == "ly" || (w.back() == 's' && tail2 != "ss" && tail2 != "us" && tail2 != "is");
}

// Where ParseAfter reads: an apposition after a name ("Kerry, the U.S. envoy,"); the verb of "NAME is
// the ranking member ..." (kCopula, `begin` at the verb); a definite noun phrase of its own ("The
// former governor of Indiana said", kNominal, `begin` at "the"), which may end before a verb or a
// possessive rather than only at punctuation.
enum class After { kApposition, kCopula, kNominal };

// Parses an apposition title starting at token `begin`, up to `ceil`.
bool ParseAfter(const View& v, uint32_t begin, uint32_t ceil, Phrase* p, After mode = After::kApposition) {
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
    if (i <= ceil && LowerWord(v.Tok(i)) == "as") ++i;
  }
  if (i <= ceil && IsAppositionOpener(LowerWord(v.Tok(i)))) {
    ++i;
    // One lower-case word the lexicon does not know may open the noun phrase when a title word
    // or a name follows it: "the gay Rutgers student", "a longtime Republican strategist".
    if (i + 1 <= ceil && IsPlainLowerWord(v.Tok(i)) && !IsTitleWord(LowerWord(v.Tok(i))) &&
        QualifierOf(LowerWord(v.Tok(i))).empty() &&
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
    if (!q.empty() && !IsTitleWord(lw)) {
      if (mode == After::kNominal && last_head >= 0) break;  // "The Ukrainian president then assured"
      p->qualifier = q;
      ++i;
      continue;
    }
    if (IsTitleWord(lw) && (m < 0 || v.mention_first[m] == v.mention_last[m]) &&
        (m < 0 || v.a.entities[m].type != "PER")) {
      if (!q.empty()) p->qualifier = q;
      if (IsRoleHead(lw)) last_head = i;
      words.emplace_back(i++, lw);
      continue;
    }
    if (m >= 0 && v.a.entities[m].type != "PER" && v.mention_first[m] == i && v.mention_last[m] <= ceil) {
      uint32_t after = v.mention_last[m] + 1;
      if (after <= ceil && IsPossessive(v.Tok(after))) ++after;
      p->affiliations.push_back(EntityName(v, m));
      i = after;
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
  if (last_head < 0) return false;
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
  uint32_t k = end + 1;
  std::string prep = k <= ceil ? LowerWord(v.Tok(k)) : "";
  if (prep == "for" || prep == "of" || prep == "in" || prep == "to" || prep == "at" || prep == "on") {
    uint32_t j = k + 1;
    if (j <= ceil && LowerWord(v.Tok(j)) == "the") ++j;
    int32_t m = j <= ceil ? v.mention_at[j] : -1;
    // "a spokesperson for de Blasio", "director of Harvard's Institute of Politics".
    if (m >= 0 && v.mention_first[m] == j && v.mention_last[m] <= ceil) {
      p->affiliations.push_back(EntityName(v, m));
      end = v.mention_last[m];
      int32_t m2 = end + 2 <= ceil && IsPossessive(v.Tok(end + 1)) ? v.mention_at[end + 2] : -1;
      if (m2 >= 0 && v.a.entities[m2].type != "PER" && v.mention_first[m2] == end + 2 && v.mention_last[m2] <= ceil) {
        p->affiliations.push_back(EntityName(v, m2));
        end = v.mention_last[m2];
      }
    }
  }
  // "..., the Texas governor until 2017,": an office that ended.
  if (end + 1 <= ceil && LowerWord(v.Tok(end + 1)) == "until") {
    past = true;
  } else if (end + 1 <= ceil && !IsPhraseEnd(v.Tok(end + 1))) {
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
  r.role = Join(p.words, " ", true);
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

// "his counterpart in China, Xie Zhenhua": a title whose prepositional
// phrase names a place or organisation, ending at token `end` before the comma.
bool ParseBeforeWithObject(const View& v, uint32_t end, uint32_t floor, Phrase* p) {
  int32_t m = v.mention_at[end];
  if (m < 0 || v.a.entities[m].type == "PER" || v.mention_last[m] != end) return false;
  uint32_t prep = v.mention_first[m];
  if (prep >= 1 && LowerWord(v.Tok(prep - 1)) == "the") --prep;
  if (prep < floor + 2) return false;
  --prep;
  std::string w = LowerWord(v.Tok(prep));
  if (w != "in" && w != "of" && w != "for" && w != "at" && w != "from") return false;
  if (!ParseBefore(v, prep - 1, floor, p)) return false;
  p->affiliations.push_back(EntityName(v, m));
  p->last = end;
  return true;
}

void RolesOf(const View& v, uint32_t m, std::vector<RoleMention>* out) {
  uint32_t first = v.mention_first[m], last = v.mention_last[m];
  uint32_t floor = v.SentenceFirst(first), ceil = v.SentenceLast(last);
  size_t before = out->size();
  const int32_t conjunct = NextConjunct(v, m, ceil);
  auto emit = [&](const Phrase& ph) {
    Emit(v, m, ph, out);
    if (ph.plural && conjunct >= 0) Emit(v, static_cast<uint32_t>(conjunct), ph, out);
  };
  Phrase p;
  // "... commentary from the president Barr will stomach": a bare lower-case
  // head after "the" is a noun phrase of its own that happens to touch the
  // next name, not that name's title ("President Barr", "the US envoy Kerry").
  const bool bare_noun = first > floor + 1 && !IsCapitalized(v.Tok(first - 1)) &&
                         LowerWord(v.Tok(first - 2)) == "the";
  if (first > floor && ParseBefore(v, first - 1, floor, &p, conjunct >= 0) &&
      !(bare_noun && p.words.size() == 1 && p.first == first - 1 && p.qualifier.empty())) {
    emit(p);
  }
  p = Phrase();
  if (first > floor + 1 && v.Tok(first - 1) == "," &&
      (ParseBefore(v, first - 2, floor, &p, conjunct >= 0) ||
       (p = Phrase(), ParseBeforeWithObject(v, first - 2, floor, &p)))) {
    // An apposition before the name is a noun phrase of its own: it starts the sentence or with
    // a determiner ("his Chinese counterpart, Xie"), a possessive name ("Trump's campaign
    // manager, Brad Parscale") or is plural before a pair of names ("GOP senators, Susan
    // Collins and Lisa Murkowski"); else it may end a clause ("... met the minister, Kerry said").
    int32_t m0 = v.mention_at[p.first];
    bool possessive = m0 >= 0 && v.mention_first[m0] == p.first && v.mention_last[m0] + 1 < first &&
                      IsPossessive(v.Tok(v.mention_last[m0] + 1));
    bool opened = p.first == floor || IsAppositionOpener(LowerWord(v.Tok(p.first - 1))) ||
                  IsAppositionOpener(LowerWord(v.Tok(p.first))) || possessive || (p.plural && conjunct >= 0);
    if (opened) emit(p);
  }
  uint32_t close = 0;
  std::string tag;
  if (last + 1 <= ceil && (v.Tok(last + 1) == "(" || v.Tok(last + 1) == ",")) tag = PartyTag(v, last + 1, ceil, &close);
  p = Phrase();
  if (last + 2 <= ceil && v.Tok(last + 1) == "," && tag.empty() && ParseAfter(v, last + 2, ceil, &p)) {
    Emit(v, m, p, out);
  } else if (!tag.empty() && close + 2 <= ceil && v.Tok(close + 1) == "," && ParseAfter(v, close + 2, ceil, &p)) {
    Emit(v, m, p, out);  // "Levin (D-Mich.), the ranking member of ..."
  } else if (last + 2 <= ceil && (first == floor || v.Tok(first - 1) == ",") && IsCopula(v.Tok(last + 1)) &&
             (p = Phrase(), ParseAfter(v, last + 1, ceil, &p, After::kCopula))) {
    // "Granderson is a journalist", "Obama was president": the name is the subject (a name
    // that starts the sentence or follows a comma, not "a profile of Smith is the ...").
    Emit(v, m, p, out);
  }
  if (tag.empty()) return;
  bool attached = false;
  for (size_t r = before; r < out->size(); ++r) {
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

// --- Roles given by a nominal or a pronoun -----------------------------------------------------
//
// "The former governor of Indiana said", "the four-term congressman had stepped down", "He is the
// Senate's majority whip": a definite title noun phrase that touches no name, or a title after a
// sentence-initial "He"/"She" and a copula, gives its role to the one person it can mean:
//   1. the one person named in that sentence (before the phrase) or the two before it to whom the
//      article has already given a compatible title: same office ("Rep. Chris Collins" ... "the
//      congressman"; not "Vice President X" ... "the president"), no other department ("Defense
//      Secretary X" ... "the Treasury secretary"), affiliation and time scope not contradicting
//      ("French President Macron" ... "the US president"; "former CDC Director X" ... "the CDC
//      director"). Two such people and "the governor" mean neither, unless the phrase's affiliation
//      picks one ("the New Jersey governor");
//   2. else, for a phrase that opens its sentence (or "He is ..."), the one person the sentence
//      before names, or that sentence's subject when it opens with a name ("Billionaire Charles
//      Koch said ... Hillary Clinton ... Donald Trump. The chairman of Koch Industries ..."); never a
//      person who holds an office of another class ("Sen. X said. The governor ..."), and never for
//      offices held by one person in the world ("The Pope's encyclical").
// No role is given for a phrase inside quotation marks, a predicate ("is the president", "as the
// governor"), an apposition or list item (after a comma), a phrase that follows an indefinite one
// of the same title ("told a Houston reporter ... The reporter"), or titles that name no one in
// particular ("the official", "the aide").

// The office a normalized role names, for matching a nominal to a holder: the head noun with the
// words that make another office of it ("vice president", "lieutenant governor", "press
// secretary", "attorney general", "secretary of state"), spellings of one office folded
// ("congressman", "representative", "member of congress" -> "congress").
std::string RoleClass(std::string_view role, std::vector<std::string>* modifiers = nullptr) {
  if (role == "member of congress") return "congress";
  if (role == "ceo" || role.ends_with("chief executive") || role.ends_with("chief executive officer")) return "ceo";
  const std::vector<std::string_view> w = core::SplitAsciiSpace(role);
  if (w.empty()) return "";
  size_t head = w.size() - 1;
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (w[i + 1] == "of") {
      head = i;
      break;
    }
  }
  std::string_view h = w[head];
  if (h == "representative" || h == "congressman" || h == "congresswoman" || h == "lawmaker" || h == "legislator")
    h = "congress";
  else if (h == "chairman" || h == "chairwoman" || h == "chairperson") h = "chair";
  else if (h == "spokesman" || h == "spokeswoman") h = "spokesperson";
  else if (h == "advisor") h = "adviser";
  std::string cls(h);
  // "attorney general", "vice president", "press secretary": the word before makes another office.
  static constexpr std::string_view kOfficeMakers[] = {"vice", "lieutenant", "deputy", "assistant", "under",
                                                       "associate", "co", "first", "press", "attorney", "inspector",
                                                       "surgeon", "solicitor", "secretary", "chief", "executive"};
  size_t first = head;
  if (head > 0 && std::find(std::begin(kOfficeMakers), std::end(kOfficeMakers), w[head - 1]) != std::end(kOfficeMakers))
    cls = std::string(w[--first]) + " " + cls;
  for (size_t i = head + 1; i < w.size(); ++i) (cls += ' ') += w[i];  // "of state"
  // The other words ("defense" of "defense secretary"), but for descriptive ones.
  for (size_t i = 0; modifiers && i < first; ++i) {
    if (w[i] != "senior" && w[i] != "top" && w[i] != "lead" && w[i] != "principal" && w[i] != "special")
      modifiers->emplace_back(w[i]);
  }
  return cls;
}

// Offices one person rarely holds two of at once: a holder of one is not the antecedent of a
// nominal naming another (rule 2 above).
bool IsOfficeClass(std::string_view c) {
  static constexpr std::string_view kOffices[] = {
      "president", "premier", "minister", "prime minister", "secretary", "senator", "congress", "governor",
      "mayor", "chancellor", "king", "queen", "pope", "speaker", "judge", "justice", "ambassador", "envoy",
      "sheriff", "attorney general", "prosecutor", "commissioner", "emperor", "vice president",
      "lieutenant governor", "secretary of state", "president-elect", "chief justice"};
  return std::find(std::begin(kOffices), std::end(kOffices), c) != std::end(kOffices);
}

// Titles a nominal cannot resolve: held by many unnamed people ("the official said"), or by one
// person in the world, who is named by the title itself ("the Pope").
bool IsUnresolvableHead(std::string_view cls) {
  static constexpr std::string_view kHeads[] = {"official", "aide",  "member", "source", "expert", "analyst",
                                                "general",  "staff", "executive", "chief", "head", "leader",
                                                "pope",     "king",  "queen", "emperor"};
  return std::find(std::begin(kHeads), std::end(kHeads), cls) != std::end(kHeads);
}

// "he", "she", "him", "her", "his", "hers", "himself", "herself" (first letter in either case).
// Asked of every token of an article, so it looks at the first letters before comparing.
bool IsPersonalPronoun(std::string_view w) {
  if (w.size() < 2 || w.size() > 7) return false;
  const char c = core::AsciiLower(w[0]);
  if (c == 's') return w.size() == 3 && w[1] == 'h' && w[2] == 'e';
  if (c != 'h') return false;
  const std::string_view r = w.substr(1);
  return r == "e" || r == "im" || r == "er" || r == "is" || r == "ers" || r == "imself" || r == "erself";
}

// A title head among the next `count` words after `k` within `last` (lower-cased on the stack):
// most "the"s open no title, and ParseAfter need not be asked about them.
bool HeadFollows(const View& v, uint32_t k, uint32_t last, uint32_t count) {
  char buf[32];
  for (uint32_t j = k + 1; j <= last && count > 0; ++j, --count) {
    if (const int32_t m = v.mention_at[j]; m >= 0) {  // a name counts as one word: "the New York City mayor"
      if (v.a.entities[m].type == "PER") return false;
      j = std::max(j, v.mention_last[m]);
      continue;
    }
    std::string_view w = v.Tok(j);
    if (w.empty() || w == "," || w == ";" || w == ":") return false;  // no title runs past these
    if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
    if (w.size() < 2 || w.size() > sizeof(buf)) continue;
    for (size_t i = 0; i < w.size(); ++i) buf[i] = core::AsciiLower(w[i]);
    if (IsRoleHead(std::string_view(buf, w.size()))) return true;
  }
  return false;
}

// A word after which a title phrase is a predicate or an apposition, not a mention of someone named.
bool IsPredicateOpener(std::string_view w) {
  static constexpr std::string_view kWords[] = {"is", "was", "are", "were", "be", "been", "being", "become",
                                                "became", "becomes", "as", ",", "named", "elected", "appointed"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

struct Held {
  int64_t holder;  // chain (or -1 - mention when the mention has no chain)
  std::string cls;  // RoleClass
  std::vector<std::string> modifiers;  // RoleClass's other words
  std::string qualifier;
  std::vector<std::string> affiliations;
};

std::vector<std::string> SplitAffiliations(const std::string& s) {
  std::vector<std::string> out;
  size_t b = 0;
  while (b < s.size()) {
    size_t e = s.find(", ", b);
    if (e == std::string::npos) e = s.size();
    out.push_back(s.substr(b, e - b));
    b = e + 2;
  }
  return out;
}

// Whether `h` can be the title the nominal `np` (class `cls`, modifiers `mods`) speaks of again.
bool Compatible(const Held& h, const Phrase& np, const std::string& cls, const std::vector<std::string>& mods) {
  if (h.cls != cls) return false;
  for (const std::string& x : mods)
    if (std::find(h.modifiers.begin(), h.modifiers.end(), x) == h.modifiers.end()) return false;
  if (!np.affiliations.empty() && !h.affiliations.empty()) {
    // A party says nothing against a state ("Texas Gov. Perry" ... "the outgoing Republican governor").
    auto is_party = [](const std::string& x) { return !PartyOf(LowerWord(x)).empty(); };
    const bool h_party = std::any_of(h.affiliations.begin(), h.affiliations.end(), is_party);
    bool shared = false, checked = false;
    for (const std::string& x : np.affiliations) {
      if (is_party(x) && !h_party) continue;
      checked = true;
      shared = shared || std::find(h.affiliations.begin(), h.affiliations.end(), x) != h.affiliations.end();
    }
    if (checked && !shared) return false;
  }
  // A title the article gave without affiliation is taken up by "the Vermont senator", "the
  // Democratic strategist", "the U.S. president", not by "the Ukrainian president".
  if (h.affiliations.empty()) {
    for (const std::string& x : np.affiliations) {
      if (x != "United States" && !IsStateName(LowerWord(x)) && PartyOf(LowerWord(x)).empty()) return false;
    }
  }
  const std::string& q = np.qualifier;
  return q == h.qualifier || q == "then" || h.qualifier == "then" ||
         (h.qualifier.empty() && (q == "outgoing" || q == "acting" || q == "interim"));
}

void NominalRoles(const View& v, std::vector<RoleMention>* roles) {
  const Article& a = v.a;
  if (!v.ordered || a.sentences.size() < 2) return;
  auto holder_of = [&](uint32_t m) -> int64_t {
    int32_t c = a.entities[m].chain;
    return c >= 0 ? c : -1 - static_cast<int64_t>(m);
  };
  // The roles attached to names (RolesOf); the nominal ones found here are not used to resolve
  // later nominals, so that one wrong link does not spread.
  const size_t named_roles = roles->size();
  std::vector<Held> held;  // filled at the first phrase found: most articles have none
  auto fill_held = [&] {
    if (!held.empty() || named_roles == 0) return;
    for (size_t r = 0; r < named_roles; ++r) {
      const RoleMention& rm = (*roles)[r];
      std::vector<std::string> mods;
      std::string cls = RoleClass(rm.role, &mods);
      held.push_back(Held{holder_of(rm.mention), std::move(cls), std::move(mods), rm.qualifier,
                          SplitAffiliations(rm.affiliation)});
    }
  };
  auto in_role = [&](uint32_t k) {
    const Span t = a.tokens[k].span;
    for (size_t r = 0; r < named_roles; ++r)
      if ((*roles)[r].span.begin <= t.begin && t.end <= (*roles)[r].span.end) return true;
    return false;
  };
  // Person mentions by first token, in text order.
  std::vector<uint32_t> persons;
  for (uint32_t m = 0; m < a.entities.size(); ++m)
    if (v.mention_first[m] < v.n && a.entities[m].type == "PER") persons.push_back(m);
  if (persons.empty()) return;
  std::stable_sort(persons.begin(), persons.end(),
                   [&](uint32_t x, uint32_t y) { return v.mention_first[x] < v.mention_first[y]; });
  // Each holder's first mention (token), in text order.
  std::vector<std::pair<int64_t, uint32_t>> first_named;
  for (uint32_t m : persons) {
    const int64_t h = holder_of(m);
    if (std::none_of(first_named.begin(), first_named.end(), [&](const auto& x) { return x.first == h; }))
      first_named.emplace_back(h, v.mention_first[m]);
  }
  auto named_before = [&](int64_t h, uint32_t k) {
    for (const auto& [holder, tok] : first_named)
      if (holder == h) return tok < k;
    return false;
  };
  // Whether byte `at` lies inside quotation marks opened in its paragraph (from byte `from`).
  auto quoted = [&](uint32_t from, uint32_t at) {
    bool in = false;
    const char* b = a.body.data();
    for (uint32_t i = from; i < at; ++i) {
      if (b[i] == '"') {
        in = !in;
      } else if (static_cast<unsigned char>(b[i]) == 0xE2 && i + 2 < a.body.size() &&
                 static_cast<unsigned char>(b[i + 1]) == 0x80) {
        if (static_cast<unsigned char>(b[i + 2]) == 0x9C) in = true;        // “
        else if (static_cast<unsigned char>(b[i + 2]) == 0x9D) in = false;  // ”
      }
    }
    return in;
  };
  size_t next_person = 0;  // the first person mention not before the window of the sentence
  for (size_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    if (s.token_count == 0 || s.first_token >= v.n) continue;
    const uint32_t f = s.first_token, l = std::min<uint32_t>(f + s.token_count - 1, static_cast<uint32_t>(v.n - 1));
    // A holder is named in this sentence or the two before it (rules 1 and 2): skip the others.
    const uint32_t window = a.sentences[si >= 2 ? si - 2 : 0].first_token;
    while (next_person < persons.size() && v.mention_first[persons[next_person]] < window) ++next_person;
    if (next_person == persons.size()) break;
    if (v.mention_first[persons[next_person]] >= l) continue;
    const uint32_t para_begin =
        s.paragraph < a.paragraphs.size() && a.paragraphs[s.paragraph].span.begin <= a.tokens[f].span.begin
            ? a.paragraphs[s.paragraph].span.begin
            : a.tokens[f].span.begin;
    // The phrase at token k ("the" or, with pronoun_copula, a sentence-initial "He"/"She"); returns
    // the last token it covers.
    auto resolve = [&](uint32_t k, bool pronoun_copula) -> uint32_t {
      if (v.mention_at[k] >= 0 || !HeadFollows(v, pronoun_copula ? k + 1 : k, l, 3)) return k;
      if (in_role(k) || (k > f && IsPredicateOpener(LowerWord(v.Tok(k - 1))))) return k;
      Phrase p;
      if (!(pronoun_copula ? ParseAfter(v, k + 1, l, &p, After::kCopula) : ParseAfter(v, k, l, &p, After::kNominal)))
        return k;
      if (quoted(para_begin, a.tokens[k].span.begin)) return k;
      bool pronoun_before = false;
      for (uint32_t j = f; j < k && !pronoun_before; ++j) pronoun_before = IsPersonalPronoun(v.Tok(j));
      fill_held();
      // "the senator, John Smith, said": the name's own title (RolesOf).
      if (p.last + 2 <= l && v.Tok(p.last + 1) == "," && v.mention_at[p.last + 2] >= 0) return k;
      std::vector<Phrase> phrases{std::move(p)};
      // "The chairman and chief executive officer of Koch Industries".
      if (phrases[0].last + 2 <= l && v.Tok(phrases[0].last + 1) == "and") {
        Phrase q;
        if (ParseAfter(v, phrases[0].last + 2, l, &q, After::kNominal)) {
          if (q.affiliations.empty()) q.affiliations = phrases[0].affiliations;
          if (phrases[0].affiliations.empty()) phrases[0].affiliations = q.affiliations;
          phrases.push_back(std::move(q));
        }
      }
      const uint32_t phrase_last = phrases.back().last;
      const Phrase& np = phrases[0];
      const std::string role = Join(np.words, " ", true);
      std::vector<std::string> mods;
      const std::string cls = RoleClass(role, &mods);
      if (IsUnresolvableHead(cls)) return k;
      // 1. The one person named before with a compatible title, if named in the window.
      std::vector<int64_t> same, same_aff;
      for (size_t r = 0; r < named_roles; ++r) {
        const int64_t h = held[r].holder;
        if (std::find(same.begin(), same.end(), h) != same.end() || !Compatible(held[r], np, cls, mods) ||
            !named_before(h, k)) {
          continue;
        }
        same.push_back(h);
        if (!np.affiliations.empty()) same_aff.push_back(h);
      }
      int64_t holder = INT64_MIN;
      if (same.size() == 1) holder = same[0];
      else if (same.size() > 1 && same_aff.size() == 1) holder = same_aff[0];
      if (holder != INT64_MIN) {
        bool in_window = false, in_sentence = false;
        for (uint32_t m : persons) {
          if (v.mention_first[m] >= k) break;
          if (holder_of(m) != holder || v.mention_first[m] < window) continue;
          in_window = true;
          in_sentence = in_sentence || v.mention_first[m] >= f;
        }
        // "Romney won the popular vote and the president kept his job": a person named earlier in
        // the same sentence is not taken up by a title there.
        if (!in_window || (in_sentence && !pronoun_copula)) return k;
      }
      const bool possessive = phrase_last + 1 <= l && IsPossessive(v.Tok(phrase_last + 1));
      if (same.empty() && (k == f || pronoun_copula) && si > 0 && !possessive) {
        // 2. The one person of the sentence before, or its subject; with a pronoun in that
        // sentence ("Trump never asked him"), only its subject.
        const Sentence& prev = a.sentences[si - 1];
        std::vector<int64_t> named;
        int64_t subject = INT64_MIN;
        bool prev_pronoun = false;
        for (uint32_t j = prev.first_token; j < f && !prev_pronoun; ++j) prev_pronoun = IsPersonalPronoun(v.Tok(j));
        for (uint32_t m : persons) {
          if (v.mention_first[m] < prev.first_token) continue;
          if (v.mention_first[m] >= f) break;
          if (std::find(named.begin(), named.end(), holder_of(m)) == named.end()) named.push_back(holder_of(m));
          // The subject: a name that opens the sentence, after its title if any.
          if (named.size() == 1 &&
              (v.mention_first[m] == prev.first_token ||
               std::any_of(roles->begin(), roles->begin() + named_roles, [&](const RoleMention& r) {
                 return r.mention == m && r.span.begin == a.tokens[prev.first_token].span.begin;
               }))) {
            subject = holder_of(m);
          }
        }
        // "police have identified one student ... English said. The student is": the title's noun
        // in the sentence before (outside a title of its own) is someone else.
        bool noun_before = false;
        const std::string_view noun = np.words.empty() ? std::string_view() : std::string_view(np.words.back());
        for (uint32_t j = prev.first_token; j < k && !noun_before; ++j) {
          if (in_role(j)) continue;
          std::string lw = LowerWord(v.Tok(j));
          noun_before = lw == noun || (lw.size() == noun.size() + 1 && lw.back() == 's' && lw.starts_with(noun));
        }
        const int64_t candidate = noun_before ? INT64_MIN : named.size() == 1 && !prev_pronoun ? named[0] : subject;
        bool other_office = false;
        for (size_t r = 0; r < named_roles; ++r) {
          other_office = other_office || (held[r].holder == candidate && held[r].qualifier.empty() &&
                                          IsOfficeClass(held[r].cls) && IsOfficeClass(cls) &&
                                          !Compatible(held[r], np, cls, mods));
        }
        if (!other_office && candidate != INT64_MIN) holder = candidate;
      }
      if (holder == INT64_MIN) return k;
      int64_t last = -1;  // the holder's last mention before the phrase
      for (uint32_t m : persons) {
        if (v.mention_first[m] >= k) break;
        if (holder_of(m) == holder) last = m;
      }
      if (last < 0) return k;
      // A title after a pronoun that may be the holder ("He endorsed the former secretary").
      if (!pronoun_copula && pronoun_before) return k;
      // "told a Houston reporter ... The reporter": the definite takes up the indefinite.
      bool indefinite = false;
      const std::string_view head = np.words.empty() ? std::string_view() : std::string_view(np.words.back());
      for (uint32_t j = v.mention_last[last] + 1; j + 1 < k && !indefinite; ++j) {
        std::string_view t = v.Tok(j);
        if (t != "a" && t != "an" && t != "A" && t != "An") continue;
        for (uint32_t d = 1; d <= 4 && j + d < k && !indefinite; ++d) indefinite = LowerWord(v.Tok(j + d)) == head;
      }
      if (indefinite) return k;
      for (const Phrase& ph : phrases) Emit(v, static_cast<uint32_t>(last), ph, roles);
      return phrase_last;
    };
    uint32_t next = f;
    const std::string_view first = v.Tok(f);
    if ((first == "He" || first == "She") && f + 2 <= l && IsCopula(v.Tok(f + 1))) next = resolve(f, true) + 1;
    // Every "the"/"The" of the sentence.
    const char* b = a.body.data();
    for (uint32_t k = next; k <= l; ++k) {
      const Span t = a.tokens[k].span;
      if (t.end - t.begin != 3 || t.end > a.body.size() || (b[t.begin] != 't' && b[t.begin] != 'T') || b[t.begin + 1] != 'h' ||
          b[t.begin + 2] != 'e') {
        continue;
      }
      k = resolve(k, false);
    }
  }
}

}  // namespace

void FindRoles(Article* article) {
  article->roles.clear();
  if (article->entities.empty() || article->tokens.empty()) return;
  View v = MakeView(*article);
  std::vector<RoleMention> roles;
  for (uint32_t m = 0; m < article->entities.size(); ++m) {
    if (article->entities[m].type != "PER" || v.mention_first[m] >= v.n) continue;
    RolesOf(v, m, &roles);
  }
  NominalRoles(v, &roles);
  std::stable_sort(roles.begin(), roles.end(), [](const RoleMention& x, const RoleMention& y) {
    return x.span.begin != y.span.begin ? x.span.begin < y.span.begin : x.mention < y.mention;
  });
  article->roles = std::move(roles);
}

}  // namespace parallax::entity
