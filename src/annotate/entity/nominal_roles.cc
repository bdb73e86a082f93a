// Roles given by a nominal or a pronoun (role_phrase.h NominalRoles).
//
// "The former governor of Indiana said", "the four-term congressman had stepped down", "He is the
// CEO of the REFORM Alliance": a definite title noun phrase that touches no name, or a title after
// a sentence-initial "He"/"She" and a copula, gives its role to the one person it can mean:
//   1. the one person of the article already given a compatible title by a name: same office
//      ("Rep. Chris Collins" ... "the congressman"; not "Vice President X" ... "the president"), no
//      other department ("Defense Secretary X" ... "the Treasury secretary"), affiliation and time
//      scope not contradicting ("French President Macron" ... "the Ukrainian president"; "former
//      CDC Director X" ... "the current CDC director"), if named in the phrase's sentence or the
//      two before it but not earlier in the same sentence. Two such people and "the governor" mean
//      neither, unless the phrase's affiliation picks one ("the New Jersey governor");
//   2. else, for a phrase that opens its sentence (or "He is ..."), the one person the sentence
//      before names, or that sentence's subject when it opens with a name ("Billionaire Charles
//      Koch said ... Hillary Clinton ... Donald Trump. The chairman of Koch Industries ..."); never a
//      person who holds an office and no compatible title ("Sen. X said. The governor ..."), and
//      never for offices held by one person in the world ("The Pope's encyclical"), nor for a
//      possessive without a time scope ("The president's plan"; "The former Massachusetts
//      governor's tone" names Romney);
//   3. (Cataphora) a title after "according to" that ends a sentence naming no one: the person the
//      next sentence names;
//   4. else, for an office title ("the GOP front-runner", "the president"), the article's salient
//      person when it is the last one named before the phrase (nominal_salience.cc).
// A title after the comma of an opening phrase is read like one that opens its sentence ("In tweets
// on Monday, the president said").
// No role is given for a phrase inside quotation marks, a predicate ("is the president", "as the
// governor"), an apposition or list item (after a comma), a phrase that follows an indefinite one
// of the same title ("told a Houston reporter ... The reporter"), or titles that name no one in
// particular ("the official", "the aide").
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/entity/lexicon.h"
#include "annotate/entity/role_phrase.h"
#include "core/ascii.h"
#include "core/word_list.h"

namespace parallax::entity::phrase {

namespace {

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
  if (head > 0 && core::InList(w[head - 1], kOfficeMakers))
    cls = std::string(w[--first]) + " " + cls;
  for (size_t i = head + 1; i < w.size(); ++i) (cls += ' ') += w[i];  // "of state"
  // The other words ("defense" of "defense secretary"), but for descriptive ones.
  for (size_t i = 0; modifiers && i < first; ++i) {
    if (w[i] != "senior" && w[i] != "top" && w[i] != "lead" && w[i] != "principal" && w[i] != "special")
      modifiers->emplace_back(w[i]);
  }
  return cls;
}

// Offices one person rarely holds beside another title: a holder of one is not the antecedent of a
// nominal naming another ("Treasury Secretary Steven Mnuchin said ... The top US diplomat", rule 2).
bool IsOfficeClass(std::string_view c) {
  static constexpr std::string_view kOffices[] = {
      "president", "premier", "minister", "prime minister", "secretary", "senator", "congress", "governor",
      "mayor", "chancellor", "king", "queen", "pope", "speaker", "judge", "justice", "ambassador", "envoy",
      "sheriff", "attorney general", "prosecutor", "commissioner", "emperor", "vice president",
      "lieutenant governor", "secretary of state", "president-elect", "chief justice"};
  return core::InList(c, kOffices);
}

// Titles a nominal cannot resolve: held by many unnamed people ("the official said"), or by one
// person in the world, who is named by the title itself ("the Pope").
bool IsUnresolvableHead(std::string_view cls) {
  static constexpr std::string_view kHeads[] = {"official", "aide",  "member", "source", "expert",   "analyst",
                                                "general",  "staff", "executive", "chief", "head",   "leader",
                                                "diplomat", "pope",  "king",  "queen",  "emperor"};
  return core::InList(cls, kHeads);
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

// A determiner or possessive after "and" in a title list: the next title is someone else's.
bool OpensAnotherPerson(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" || w == "its";
}

// A word after which a title phrase is a predicate or an apposition, not a mention of someone named.
bool IsPredicateOpener(std::string_view w) {
  static constexpr std::string_view kWords[] = {"is", "was", "are", "were", "be", "been", "being", "become",
                                                "became", "becomes", "as", ",", "named", "elected", "appointed"};
  return core::InList(w, kWords);
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

// A list of titles without determiners after the nominal phrases->front(), up to token `l`: items
// after commas, the last after "and" (and an optional "now"), which ends before a lower-case word
// that is no title word (the sentence's verb). Appends the items only when the list is closed so.
void TitleList(const View& v, uint32_t l, std::vector<Phrase>* phrases) {
  std::vector<Phrase> items;
  uint32_t j = phrases->front().last + 1;  // the comma or "and" after the last phrase
  if (j > l || v.Tok(j) != ",") return;  // "The president and CEO of ...": ParseAfter's pair, not a list
  while (j + 1 <= l && items.size() < 5 && (v.Tok(j) == "," || v.Tok(j) == "and")) {
    uint32_t b = j + 1;
    bool last_item = v.Tok(j) == "and";
    if (!last_item && v.Tok(b) == "and") last_item = true, ++b;
    if (last_item && b <= l && v.Tok(b) == "now") ++b;
    if (b > l || OpensAnotherPerson(LowerWord(v.Tok(b)))) return;
    Phrase q;
    if (!last_item) {
      if (!ParseAfter(v, b, l, &q) || q.last + 1 > l || (v.Tok(q.last + 1) != "," && v.Tok(q.last + 1) != "and")) return;
      j = q.last + 1;
      items.push_back(std::move(q));
      continue;
    }
    // The last item: title words, names and affiliations up to the verb.
    uint32_t e = b;
    while (e <= l && (v.mention_at[e] >= 0 || !IsPlainLowerWord(v.Tok(e)) || IsRoleHead(LowerWord(v.Tok(e))) ||
                      IsRoleModifier(LowerWord(v.Tok(e))))) {
      ++e;
    }
    if (e > l || e == b || IsNounAfterTitle(v.Tok(e)) || !ParseAfter(v, b, e - 1, &q) || q.last != e - 1) return;
    items.push_back(std::move(q));
    for (Phrase& item : items) phrases->push_back(std::move(item));
    return;
  }
}

// A one-word person chain ("Clinton") whose word ends another person chain of the article ("Bill
// Clinton", "Hillary Clinton"): coreference left it apart because it may be either, and the store
// may link it to either, so rules 3 and the subject after an opening phrase do not give it a role.
bool AmbiguousSurname(const Article& a, int64_t holder) {
  if (holder < 0 || static_cast<size_t>(holder) >= a.entity_chains.size()) return false;
  const std::string& name = a.entity_chains[holder].name;
  if (name.empty() || name.find(' ') != std::string::npos) return false;
  for (size_t c = 0; c < a.entity_chains.size(); ++c) {
    const std::string& other = a.entity_chains[c].name;
    if (c != static_cast<size_t>(holder) && a.entity_chains[c].type == "PER" && other.size() > name.size() + 1 &&
        other.ends_with(name) && other[other.size() - name.size() - 1] == ' ') {
      return true;
    }
  }
  return false;
}

// Rule 3 of NominalRoles for sentence `si`, in which and in the two sentences before which no
// person is named; persons[next] is the first person mention after the sentence.
template <typename Quoted>
void Cataphora(const View& v, size_t si, const std::vector<uint32_t>& persons, size_t next, size_t named_roles,
               uint32_t para_begin, const Quoted& quoted, std::vector<RoleMention>* roles) {
  const Article& a = v.a;
  const Sentence& s = a.sentences[si];
  const Sentence& after = a.sentences[si + 1];
  const uint32_t f = s.first_token, l = std::min<uint32_t>(f + s.token_count - 1, static_cast<uint32_t>(v.n - 1));
  if (after.first_token <= l || v.mention_first[persons[next]] >= after.first_token + after.token_count) return;
  if (v.Tok(l) != ".") return;
  // The phrase ends the sentence: "according to" is among its last dozen tokens.
  for (uint32_t k = std::max(f + 2, l > 12 ? l - 12 : 0); k + 1 <= l; ++k) {
    if (v.Tok(k - 2) != "according" || v.Tok(k - 1) != "to" || (v.Tok(k) != "the" && v.Tok(k) != "The")) continue;
    Phrase p;
    if (!ParseAfter(v, k, l, &p, After::kNominal) || p.last + 1 != l || v.Tok(l) != ".") return;
    if (quoted(para_begin, a.tokens[k].span.begin)) return;
    std::vector<std::string> mods;
    const std::string cls = RoleClass(Join(p.words, " ", true), &mods);
    if (IsUnresolvableHead(cls)) return;
    // The one person the next sentence names, or the speaker of the quotation that opens it
    // ("“...,” Mitch Daniels said during an interview with Stuart Varney"); not one who holds
    // another office.
    int64_t holder = INT64_MIN;
    uint32_t mention = 0;
    bool speaker = false;
    for (size_t i = next; i < persons.size() && v.mention_first[persons[i]] < after.first_token + after.token_count; ++i) {
      const int32_t c = a.entities[persons[i]].chain;
      const int64_t h = c >= 0 ? c : -1 - static_cast<int64_t>(persons[i]);
      if (holder == INT64_MIN) {
        holder = h, mention = persons[i];
        const uint32_t b = v.mention_first[persons[i]];
        speaker = b >= after.first_token + 2 && v.Tok(b - 2) == "," && after.first_token < b &&
                  (v.Tok(b - 1) == "”" || v.Tok(b - 1) == "\"") &&
                  (v.Tok(after.first_token) == "“" || v.Tok(after.first_token) == "\"");
      } else if (h != holder && !speaker) {
        return;
      }
    }
    for (size_t r = 0; r < named_roles; ++r) {
      const RoleMention& rm = (*roles)[r];
      const int32_t c = a.entities[rm.mention].chain;
      const int64_t h = c >= 0 ? c : -1 - static_cast<int64_t>(rm.mention);
      if (h != holder || !rm.qualifier.empty()) continue;
      std::vector<std::string> hm;
      const std::string hc = RoleClass(rm.role, &hm);
      if (IsOfficeClass(hc) && hc != cls) return;
    }
    if (AmbiguousSurname(a, holder)) return;
    Emit(v, mention, p, roles);
    return;
  }
}

}  // namespace

void NominalRoles(const View& v, std::vector<RoleMention>* roles) {
  const Article& a = v.a;
  if (!v.ordered || a.sentences.size() < 2) return;
  auto holder_of = [&](uint32_t m) { return HolderOf(a, m); };
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
    const uint32_t para_begin =
        s.paragraph < a.paragraphs.size() && a.paragraphs[s.paragraph].span.begin <= a.tokens[f].span.begin
            ? a.paragraphs[s.paragraph].span.begin
            : a.tokens[f].span.begin;
    if (v.mention_first[persons[next_person]] >= l) {
      // 3. No one is named in this sentence or the two before it: "..., according to the former
      // governor of Indiana. 'Someone's going to pay,' Mitch Daniels said" -- a title after
      // "according to" that ends the sentence is the one person the next sentence names.
      if (si + 1 < a.sentences.size()) Cataphora(v, si, persons, next_person, named_roles, para_begin, quoted, roles);
      continue;
    }
    // The phrase at token k ("the" or, with pronoun_copula, a sentence-initial "He"/"She"); returns
    // the last token it covers.
    auto resolve = [&](uint32_t k, bool pronoun_copula) -> uint32_t {
      // "He has been the ...", "She used to be a ...": the copula's last word (role_copula.cc).
      uint32_t c_end = k + 1;
      bool past = false;
      if (pronoun_copula && !CopulaAt(v, k + 1, l, &c_end, &past)) return k;
      if (v.mention_at[k] >= 0 || !HeadFollows(v, pronoun_copula ? c_end : k, l, 3)) return k;
      // After a comma only as the subject after an opening phrase (nominal_salience.cc).
      const bool opening = !pronoun_copula && OpeningPhraseBefore(v, f, k);
      if (in_role(k) || (k > f && !opening && IsPredicateOpener(LowerWord(v.Tok(k - 1))))) return k;
      Phrase p;
      if (pronoun_copula && c_end > k + 1 && v.Tok(c_end) != "as") {
        if (!ParseAfter(v, c_end + 1, l, &p)) return k;
        if (past && p.qualifier.empty()) p.qualifier = "former";
      } else if (!(pronoun_copula ? ParseAfter(v, k + 1, l, &p, After::kCopula) : ParseAfter(v, k, l, &p, After::kNominal))) {
        return k;
      }
      if (quoted(para_begin, a.tokens[k].span.begin)) return k;
      if (opening && (p.last + 1 > l || !IsVerbLike(v.Tok(p.last + 1)))) return k;
      bool pronoun_before = false;
      for (uint32_t j = f; j < k && !pronoun_before; ++j) pronoun_before = IsPersonalPronoun(v.Tok(j));
      fill_held();
      // "the senator, John Smith, said": the name's own title (RolesOf).
      if (p.last + 2 <= l && v.Tok(p.last + 1) == "," && v.mention_at[p.last + 2] >= 0) return k;
      std::vector<Phrase> phrases{std::move(p)};
      // "The chairman and chief executive officer of Koch Industries"; not "The president and the
      // speaker", where a second determiner opens a second person.
      if (phrases[0].last + 2 <= l && v.Tok(phrases[0].last + 1) == "and" &&
          !OpensAnotherPerson(LowerWord(v.Tok(phrases[0].last + 2)))) {
        Phrase q;
        if (ParseAfter(v, phrases[0].last + 2, l, &q, After::kNominal)) {
          if (q.affiliations.empty()) q.affiliations = phrases[0].affiliations;
          if (phrases[0].affiliations.empty()) phrases[0].affiliations = q.affiliations;
          phrases.push_back(std::move(q));
        }
      }
      // "The former New York City mayor, billionaire businessman, philanthropist, and now
      // Democratic presidential candidate hit town": more titles of the same person.
      if (phrases.size() == 1) TitleList(v, l, &phrases);
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
      // A holder of another office, and no compatible title, is not the one the phrase names.
      auto other_office_of = [&](int64_t h) {
        for (size_t r = 0; r < named_roles; ++r) {
          if (held[r].holder == h && held[r].qualifier.empty() && IsOfficeClass(held[r].cls) &&
              !Compatible(held[r], np, cls, mods))
            return true;
        }
        return false;
      };
      bool rule2_declined = false;
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
      // A possessive ("The Pope's encyclical", "The president's plan") may name an office rather
      // than the person before; one with a time scope names a holder ("The former Massachusetts
      // governor's tone").
      const bool possessive = phrase_last + 1 <= l && IsPossessive(v.Tok(phrase_last + 1)) && np.qualifier.empty();
      if (same.empty() && (k == f || pronoun_copula) && si > 0 && !possessive) {
        // 2. The one person of the sentence before, or its subject; with a pronoun in that
        // sentence ("Trump never asked him"), only its subject.
        const Sentence& prev = a.sentences[si - 1];
        std::vector<int64_t> named;
        int64_t subject = INT64_MIN;
        int64_t verb_subject = INT64_MIN;
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
          } else if (verb_subject == INT64_MIN && v.mention_first[m] > prev.first_token &&
                     v.Tok(v.mention_first[m] - 1) == "," && v.mention_last[m] + 1 < f &&
                     IsVerbLike(v.Tok(v.mention_last[m] + 1))) {
            // "In his first appearance since the inauguration of Donald Trump, Clinton delivered a
            // speech": the name after an opening phrase and before its verb.
            verb_subject = holder_of(m);
          }
        }
        if (subject == INT64_MIN && !AmbiguousSurname(a, verb_subject)) subject = verb_subject;
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
        if (other_office_of(candidate)) rule2_declined = true;
        else if (candidate != INT64_MIN) holder = candidate;
        rule2_declined = rule2_declined || noun_before;
      }
      // 4. The article's salient person, when it is the last one named before the phrase and not
      // earlier in its sentence (nominal_salience.cc): "Given that reality, the GOP front-runner
      // recently retooled his campaign".
      if (holder == INT64_MIN && same.empty() && !possessive && !rule2_declined && SalientOffice(cls) &&
          !HasPossessive(v, np) && np.last < l && !np.words.empty() && np.words.back() != "lawmaker" && np.words.back() != "legislator") {
        const int64_t s = SalientPerson(v, persons, window, k);
        bool in_sentence = false;
        for (uint32_t m : persons) {
          if (v.mention_first[m] >= k) break;
          in_sentence = in_sentence || (v.mention_first[m] >= f && holder_of(m) == s);
        }
        if (s != INT64_MIN && !in_sentence && !other_office_of(s) && !AmbiguousSurname(a, s)) holder = s;
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
    uint32_t copula_end = 0;
    bool copula_past = false;
    if ((first == "He" || first == "She") && f + 2 <= l && CopulaAt(v, f + 1, l, &copula_end, &copula_past) &&
        copula_end + 1 <= l)
      next = resolve(f, true) + 1;
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

}  // namespace parallax::entity::phrase
