// Title forms around a person mention that RolesOf (roles.cc) reads through small helpers, and the
// check that drops titles not held (role_phrase.h):
//
//   name lists          "Sens. Ted Cruz, Rand Paul, Mike Lee and Ron Johnson" (ListAfter)
//   s-less possessives  "Joan Blades, Living Room Conversations' founder" (PossessiveAt)
//   pronoun owners      "Trump ... his former campaign manager, Steve Bannon" (PronounOwner)
//   adjectives          "his longtime friend and adviser, Roger Stone" (OpenerBeforeAdjectives)
//   "his role as ..."   "Christie, campaigning in his role as chairman of ..." (RoleAsTitle)
//   not held            "a President Trump", "President Romney would ..." (DropHypotheticalTitles)
//   lower-case fields   "assistant professor of political science at ..." (FieldOfTitle)
//   participle clauses  "Roy Moore, the Alabama Senate candidate accused of ..." (ClauseAfterTitle)
//   name as modifier    "Broidy, a former Trump campaign adviser," (PersonAsModifier)
//   event nouns         "after the fundraiser, Flake announced" (ObjectEndsClause)
//   coordinated titles  "Former South Carolina governor and U.N. Ambassador Nikki Haley" (CoordinatedBefore)
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/entity/lexicon.h"
#include "annotate/entity/role_phrase.h"
#include "core/ascii.h"
#include "core/word_list.h"

namespace parallax::entity::phrase {

bool PossessiveAt(const View& v, uint32_t k) {
  const std::string_view w = v.Tok(k);
  if (IsPossessive(w)) return true;
  if ((w != "'" && w != "’") || k == 0) return false;
  // The apostrophe is glued to a word ending in "s" ("Conversations'"), not a closing quote
  // after a space.
  const std::string_view before = v.Tok(k - 1);
  return v.a.tokens[k - 1].span.end == v.a.tokens[k].span.begin && !before.empty() &&
         (before.back() == 's' || before.back() == 'S') && core::IsAsciiUpper(before[0]);
}

namespace {

bool IsPerson(const View& v, int32_t m) { return m >= 0 && v.a.entities[m].type == "PER"; }

// The person mention that starts at token k, or -1.
int32_t PersonAt(const View& v, uint32_t k, uint32_t ceil) {
  if (k > ceil) return -1;
  const int32_t m = v.mention_at[k];
  return IsPerson(v, m) && v.mention_first[m] == k && v.mention_last[m] <= ceil ? m : -1;
}

// The token after person mention m and its "of PLACE" ("Susan Collins of Maine") or party tag
// ("Ben Sasse (R-NE)", "Elijah Cummings, D-Md.").
uint32_t AfterMember(const View& v, int32_t m, uint32_t ceil) {
  uint32_t k = v.mention_last[m] + 1;
  if (k + 1 <= ceil && (v.Tok(k) == "of" || v.Tok(k) == "Of") && v.mention_at[k + 1] >= 0 &&
      !IsPerson(v, v.mention_at[k + 1]) && v.mention_first[v.mention_at[k + 1]] == k + 1) {
    k = v.mention_last[v.mention_at[k + 1]] + 1;
  }
  uint32_t close = 0;
  if (k < ceil && (v.Tok(k) == "(" || v.Tok(k) == ",") && !PartyTag(v, k, ceil, &close).empty()) k = close + 1;
  return k;
}

}  // namespace

std::vector<uint32_t> ListAfter(const View& v, uint32_t m, uint32_t ceil) {
  std::vector<uint32_t> out;
  uint32_t k = AfterMember(v, static_cast<int32_t>(m), ceil);
  // At most eight names; each after a comma, the last after "and" or ", and".
  while (k + 1 <= ceil && out.size() < 8) {
    const std::string_view w = v.Tok(k);
    if (w == "and" || (w == "," && k + 2 <= ceil && v.Tok(k + 1) == "and")) {
      const int32_t n = PersonAt(v, w == "and" ? k + 1 : k + 2, ceil);
      if (n < 0) break;
      out.push_back(static_cast<uint32_t>(n));
      return out;
    }
    const int32_t n = w == "," ? PersonAt(v, k + 1, ceil) : -1;
    if (n < 0) break;
    out.push_back(static_cast<uint32_t>(n));
    k = AfterMember(v, n, ceil);
  }
  out.clear();  // no "and": an apposition or a clause, not a list
  return out;
}

std::string PronounOwner(const View& v, uint32_t pronoun, uint32_t floor, uint32_t holder) {
  const std::string_view w = v.Tok(pronoun);
  if (w != "his" && w != "her" && w != "His" && w != "Her") return "";
  const int32_t own = v.a.entities[holder].chain;
  int32_t owner = -1;
  for (uint32_t k = floor; k < pronoun; ++k) {
    const int32_t o = v.mention_at[k];
    if (!IsPerson(v, o) || v.mention_first[o] != k) continue;
    const int32_t c = v.a.entities[o].chain;
    if (c < 0 || c == own) return "";  // the holder named before: "X, and his aide, Y" is unclear
    if (owner >= 0 && owner != c) return "";
    owner = c;
  }
  if (owner < 0 || static_cast<size_t>(owner) >= v.a.entity_chains.size()) return "";
  return v.a.entity_chains[owner].name;
}

// "his longtime friend and adviser, Roger Stone", "our very dumb and incompetent Mayor of NYC, de
// Blasio": up to four plain lower-case words that are no verb or preposition ("and" included)
// between an opener and an apposition's title at token `first`; returns the opener's token, or
// `first` when there is none.
uint32_t OpenerBeforeAdjectives(const View& v, uint32_t first, uint32_t floor) {
  uint32_t k = first;
  while (k > floor && first - k < 4) {
    const std::string_view w = v.Tok(k - 1);
    const std::string lw = LowerWord(w);
    if (!IsPlainLowerWord(w) || IsVerbLike(w) || IsPreposition(lw) || IsAppositionOpener(lw) || v.mention_at[k - 1] >= 0)
      break;
    --k;
  }
  return k < first && k > floor && IsAppositionOpener(LowerWord(v.Tok(k - 1))) ? k - 1 : first;
}

namespace {

// Words that may not stand in a lower-case field: determiners, pronouns, quantifiers.
bool IsFieldStop(std::string_view w) {
  static constexpr std::string_view kStops[] = {
      "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
      "both", "all", "some", "many", "most", "several", "each", "every", "any", "no", "one", "two", "three",
      "mine", "yours", "ours", "theirs", "who", "which", "whom", "whose", "what", "and", "or", "but", "not",
      "has", "had", "have", "are", "were", "will", "would"};
  return core::InList(w, kStops);
}

}  // namespace

uint32_t FieldOfTitle(const View& v, uint32_t end, uint32_t ceil, std::vector<std::string>* words) {
  if (end + 2 > ceil || v.Tok(end + 1) != "of") return end;
  uint32_t k = end + 2, last = 0;
  for (; k <= ceil && k < end + 8; ++k) {
    const std::string_view w = v.Tok(k);
    if (v.mention_at[k] >= 0 || !IsPlainLowerWord(w) || IsPreposition(w)) break;
    // "and" only between two field words: "professor of law and political science".
    if (w == "and") {
      if (last == 0 || k + 1 > ceil || !IsPlainLowerWord(v.Tok(k + 1)) || IsFieldStop(v.Tok(k + 1)) ||
          IsPreposition(v.Tok(k + 1)) || v.mention_at[k + 1] >= 0) {
        break;
      }
      continue;
    }
    if (IsFieldStop(w) || IsCopula(w) || IsReportingVerb(w)) break;
    last = k;
  }
  if (last == 0 || last > end + 5) return end;
  // The field ends the phrase or an object follows it ("... at Fort Lewis College").
  const std::string_view next = last + 1 <= ceil ? v.Tok(last + 1) : std::string_view(".");
  static constexpr std::string_view kEnds[] = {",", ".", ";", ":", ")", "—", "–", "who", "at", "in", "for", "from"};
  if (!core::InList(next, kEnds)) return end;
  for (uint32_t j = end + 1; j <= last; ++j) words->push_back(std::string(v.Tok(j)));
  return last;
}

namespace {

bool ClauseAt(const View& v, uint32_t k, uint32_t ceil) {
  if (k + 1 > ceil) return false;
  const std::string_view w = v.Tok(k);
  // "Trump's nominee to be the next vice chairman", "the first president to visit Hiroshima".
  static constexpr std::string_view kInfinitives[] = {"be", "lead", "head", "run", "serve", "replace", "succeed",
                                                      "become", "fill", "oversee", "direct", "visit", "win"};
  if (w == "to") return core::InList(v.Tok(k + 1), kInfinitives);
  if (!(w == "known" || w == "born") && (w.size() < 5 || !IsPlainLowerWord(w) || !w.ends_with("ed"))) return false;
  static constexpr std::string_view kPreps[] = {"of", "by", "with", "in", "for", "on", "from", "as"};
  return core::InList(v.Tok(k + 1), kPreps);
}

}  // namespace

bool ClauseAfterTitle(const View& v, uint32_t k, uint32_t ceil, std::vector<std::string>* words) {
  if (!ClauseAt(v, k, ceil)) return false;
  // "the first American president to visit", "the last ambassador killed on the job": the ordinal
  // belongs to the clause ("first lady", "first minister" are titles of their own).
  static constexpr std::string_view kOrdinals[] = {"first", "second", "third", "last", "only"};
  static constexpr std::string_view kKeep[] = {"lady", "gentleman", "minister", "secretary", "deputy", "vice"};
  if (words->size() >= 2 && core::InList(words->front(), kOrdinals) && !core::InList((*words)[1], kKeep))
    words->erase(words->begin());
  return true;
}

bool PersonAsModifier(const View& v, uint32_t i, uint32_t ceil) {
  const int32_t m = v.mention_at[i];
  if (!IsPerson(v, m) || v.mention_first[m] != i || v.mention_last[m] + 1 > ceil) return false;
  // One or two words ("Trump", "Hillary Clinton"), then a lower-case title word.
  if (v.mention_last[m] > i + 1) return false;
  const std::string_view next = v.Tok(v.mention_last[m] + 1);
  return !next.empty() && core::IsAsciiLower(next[0]) &&
         (IsRoleHead(LowerWord(next)) || IsRoleModifier(LowerWord(next)));
}

bool ObjectEndsClause(const View& v, uint32_t det, uint32_t floor, const Phrase& p, bool closed) {
  if (det <= floor) return false;
  const std::string before = LowerWord(v.Tok(det - 1)), d = LowerWord(v.Tok(det));
  if (IsPreposition(before) && (d == "a" || d == "an")) return !closed;
  // Title words that also name an event: "after the fundraiser, Flake", "inside the fundraiser".
  static constexpr std::string_view kEvents[] = {"fundraiser", "fund-raiser"};
  static constexpr std::string_view kTimes[] = {"after", "before", "during", "inside", "outside", "since"};
  return p.words.size() == 1 && core::InList(p.words[0], kEvents) &&
         (IsPreposition(before) || core::InList(before, kTimes));
}

bool CoordinatedBefore(const View& v, uint32_t floor, Phrase* p, Phrase* q) {
  if (p->first < floor + 2 || v.Tok(p->first - 1) != "and") return false;
  if (!ParseBefore(v, p->first - 2, floor, q) || q->words.empty()) return false;
  if (q->first != floor) {
    static constexpr std::string_view kOpen[] = {",", "(", "—", "–", ":"};
    if (!core::InList(v.Tok(q->first - 1), kOpen)) return false;
  }
  // "former" reaches an office, not a profession ("former senator and lawyer Joe Biden").
  static constexpr std::string_view kProfessions[] = {
      "lawyer", "attorney", "journalist", "reporter", "columnist", "editor", "author", "activist", "investor",
      "businessman", "businesswoman", "philanthropist", "billionaire", "banker", "economist", "scientist",
      "researcher", "professor", "doctor", "physician", "host", "anchor", "student"};
  const std::string_view head = p->words.back();
  if (p->qualifier.empty() && !IsOccupation(head) && !core::InList(head, kProfessions)) p->qualifier = q->qualifier;
  return true;
}

// "Ted Cruz and Mike Lee, the two senators,", "... are both Republican senators": a plural title
// after a pair of names, starting at token `begin` (after the comma or the copula), that is the
// whole phrase up to its end; p->plural is set.
bool ParsePluralAfterPair(const View& v, uint32_t begin, uint32_t ceil, Phrase* p) {
  uint32_t start = begin;
  while (start <= ceil && start < begin + 2) {
    const std::string lw = LowerWord(v.Tok(start));
    if (lw != "the" && lw != "both" && lw != "two") break;
    ++start;
  }
  for (uint32_t end = start; end <= ceil && end < start + 5; ++end) {
    if (v.mention_at[end] >= 0 && v.a.entities[v.mention_at[end]].type == "PER") return false;
    if (end + 1 <= ceil && !IsPhraseEnd(v.Tok(end + 1))) continue;
    return ParseBefore(v, end, start, p, true) && p->plural && p->first == start;
  }
  return false;
}


bool SecondTitleAfterAnd(const View& v, uint32_t ceil, bool copula, Phrase* p, Phrase* q) {
  const uint32_t k = p->last + 2;
  if (k + 1 > ceil || v.Tok(p->last + 1) != "and") return false;
  const std::string_view det = v.Tok(k);
  const bool determiner = det == "a" || det == "an" || det == "the";
  if (!determiner) {
    // Bare: a title word or a qualifier opens it ("and CEO of Acme", "and former governor"), not a
    // person, a pronoun or another noun phrase ("and his wife", "and Trump").
    const std::string lw = LowerWord(det);
    const int32_t m = v.mention_at[k];
    if (IsPerson(v, m) || (!IsRoleHead(lw) && !IsRoleModifier(lw) && QualifierOf(lw).empty())) return false;
  }
  if (!ParseAfter(v, k, ceil, q)) return false;
  // Shared only by a one-word first title ("president and CEO of Acme", not "a former congressman and
  // head of the DEA", "a Navy pilot and member of the committee") and only an object after the
  // second's title words ("and Philadelphia deputy mayor" names no object).
  uint32_t j = k;
  while (j < q->last && v.mention_at[j] < 0 && (IsRoleHead(LowerWord(v.Tok(j))) || IsRoleModifier(LowerWord(v.Tok(j)))))
    ++j;
  if (!determiner && p->affiliations.empty() && p->qualifier.empty() && p->words.size() == 1 && j > k &&
      IsPreposition(LowerWord(v.Tok(j)))) {
    p->affiliations = q->affiliations;
  }
  if (q->qualifier.empty() && p->qualifier == "former" && copula) q->qualifier = p->qualifier;
  return true;
}

bool AdjectiveFellow(const View& v, uint32_t i, uint32_t ceil) {
  if (i + 1 > ceil || LowerWord(v.Tok(i)) != "fellow") return false;
  const std::string_view next = v.Tok(i + 1);
  return !IsPhraseEnd(next) && !IsPreposition(LowerWord(next));
}

// A reporting verb after a name: "the filmmaker Matthew A. Cherry said" names the filmmaker,
// "the consultant Hillary Clinton hired" does not.
bool IsReportingVerb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {"said", "says", "told", "tells", "wrote", "writes", "added",
                                                "tweeted", "explained", "noted", "argued", "recalled"};
  return core::InList(w, kVerbs);
}

// "his role as chairman of ...", "her position as a board member at ...": within eight tokens after
// person mention `m`, with no other person named between, the title after "his|her
// role|position|capacity|job as".
bool RoleAsTitle(const View& v, uint32_t m, uint32_t ceil, Phrase* p) {
  const uint32_t last = v.mention_last[m];
  for (uint32_t k = last + 3; k + 1 <= ceil && k <= last + 10; ++k) {
    // Asked of the tokens after every person: the span's bytes, without a view.
    const Span t = v.a.tokens[k].span;
    if (t.end - t.begin != 2 || t.end > v.a.body.size() || v.a.body[t.begin] != 'a' || v.a.body[t.begin + 1] != 's')
      continue;
    const std::string_view w = v.Tok(k - 1), pronoun = v.Tok(k - 2);
    if ((w != "role" && w != "position" && w != "capacity" && w != "job") || (pronoun != "his" && pronoun != "her"))
      return false;
    for (uint32_t j = last + 1; j < k - 2; ++j)
      if (const int32_t o = v.mention_at[j]; o >= 0 && v.a.entities[o].type == "PER") return false;
    // The name heads its phrase: a comma, a verb or "for" follows it, not a noun it modifies
    // ("Sanders campaign co-chair, left her position as president of ...").
    const std::string_view next = v.Tok(last + 1);
    if (next != "," && next != "for" && !IsVerbLike(next)) return false;
    return ParseAfter(v, k + 1, ceil, p, After::kNominal);
  }
  return false;
}


// "a President Trump", "I doubt President Romney would promise ...": a title before a name that
// an indefinite article opens, or whose holder is followed by "would" (not negated) while another
// person of the article holds the same title, names an office the person may hold one day.
void DropHypotheticalTitles(const View& v, std::vector<RoleMention>* roles) {
  auto chain_of = [&](uint32_t m) { return v.a.entities[m].chain >= 0 ? v.a.entities[m].chain : -1 - int64_t{m}; };
  auto hypothetical = [&](const RoleMention& r) {
    const uint32_t first = v.mention_first[r.mention], last = v.mention_last[r.mention];
    // Only a title right before the name ("a former aide, John Smith" is an apposition).
    if (first == 0 || !r.qualifier.empty() || r.span.end != v.a.tokens[first - 1].span.end) return false;
    uint32_t t = first - 1;  // the title's first token
    while (t > 0 && v.a.tokens[t].span.begin > r.span.begin) --t;
    if (t > 0 && (v.Tok(t - 1) == "a" || v.Tok(t - 1) == "an")) return true;
    // "would" only: "Justice Kennedy could retire", "President Wolfe wouldn't get out" are held.
    if (last + 2 >= v.n || v.Tok(last + 1) != "would") return false;
    const std::string_view after = v.Tok(last + 2);
    if (after == "n't" || after == "n’t" || after == "not" || after == "never") return false;
    for (const RoleMention& o : *roles)
      if (o.role == r.role && o.qualifier.empty() && chain_of(o.mention) != chain_of(r.mention)) return true;
    return false;
  };
  std::vector<bool> drop(roles->size());
  bool any = false;
  for (size_t i = 0; i < roles->size(); ++i) any |= drop[i] = hypothetical((*roles)[i]);
  if (!any) return;
  size_t k = 0;
  for (size_t i = 0; i < roles->size(); ++i) {
    if (drop[i]) continue;
    if (k != i) (*roles)[k] = std::move((*roles)[i]);
    ++k;
  }
  roles->resize(k);
}

}  // namespace parallax::entity::phrase
