// Name coreference, in the spirit of the high-precision name-matching sieves
// of the Stanford multi-pass resolver (Lee et al. 2013), restricted to
// proper names (pronouns and nominals are left to later work):
//
//  1. Exact match: mentions of one type whose keys (names.h: words
//     lower-cased, periods dropped, known aliases resolved, "U.S." = "US" =
//     "United States") are equal form one group.
//  2. Short names, longest groups first: a person group whose name is a
//     suffix of a longer person name ("Kerry" -> "John Kerry") or the first
//     word of a two-word name (Chinese order: "Xie" -> "Xie Zhenhua") joins
//     it; an organisation acronym joins the name whose initials it spells
//     ("CCP" -> "Chinese Communist Party"), a one-word organisation name the
//     longer name it starts ("Xinhua" -> "Xinhua News Agency").
//     A short name joins only when exactly one entity qualifies: with "Joe
//     Biden" and "Jill Biden" in one article, "Biden" stays on its own.
//     Suffix matches win over family-name-first matches.
//  3. Types never mix ("Bloomberg" the person and "Bloomberg" the outlet stay
//     apart), except that an acronym joins its spelled-out non-person name
//     whatever the tagger called it ("GM" tagged LOC -> "General Motors").
//  0. Before grouping, a person mention that starts with a title ("Ohio
//     Governor John Kasich", "General Mattis", as the tagger sometimes spans
//     them) loses the title, which roles.h then reads before the name; a
//     title styled into the name ("Pope Francis", "Queen Elizabeth") stays.
//     A name the tagger did not call a person right after a title ("Chinese
//     leader Xi Jinping" tagged ORG), or a two-word name ending in a one-word
//     person mention of the article ("Donald Trump" tagged ORG beside
//     "Trump"), becomes PER, with every mention of the same text.
//     A one-word name the tagger did not call a person but
//     the text treats as a leader -- "the Biden administration", "the Trump
//     campaign", "the Obama presidency" (the noun in lower case) -- becomes
//     PER, and so does every other one-word mention with the same word
//     ("Biden's climate czar"). Demonyms, parties and known place aliases
//     ("the US administration", "a Democratic administration") are skipped.
// The chain's name is its longest mention (first one on ties), its subtype
// the most frequent non-empty subtype of its mentions.
// Headline mentions (Article::title_entities) join the chain of the body
// entity they name by the same rules (exact key, then a unique short-name
// target), but never create, merge or rename chains: the body decides who
// the entities are; a headline-only name keeps chain -1. In a Title Case
// headline ("Unfrozen Caveman Pundit Debates Climate Change") capitals say
// nothing, and the tagger's runs there are mostly noise, so a headline
// mention that names no body entity is dropped; in a sentence-case headline
// it is kept unlinked ("Jacksonville, new site of the ... convention").
#include "annotate/entity/coref.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <utility>
#include <numeric>
#include <string>
#include <unordered_map>
#include <vector>

#include "annotate/entity/lexicon.h"
#include "annotate/entity/names.h"
#include "core/ascii.h"
#include "core/word_list.h"

namespace parallax::entity {

namespace {

// Entity types, interned: mentions carry "PER", "ORG", "LOC", "MISC" as
// strings, and the pairwise loop below compares small integers instead.
class TypeIds {
 public:
  static constexpr uint32_t kPer = 0, kOrg = 1, kMisc = 2;
  uint32_t Of(std::string_view type) {
    for (uint32_t i = 0; i < names_.size(); ++i)
      if (names_[i] == type) return i;
    names_.emplace_back(type);
    return static_cast<uint32_t>(names_.size() - 1);
  }
  const std::string& Name(uint32_t id) const { return names_[id]; }

 private:
  std::vector<std::string> names_ = {"PER", "ORG", "MISC"};
};

// A distinct mention text's name words and key (names.h): articles repeat
// the same few names, so each text is read once.
struct Form {
  std::vector<std::string> words;
  std::string key;
  std::vector<std::pair<uint32_t, uint32_t>> group_of_type;  // (type, group): ExactGroups' cache
};

// What ShortNameTarget compares about a name, computed once per group rather
// than once per pair of groups.
struct Shape {
  uint32_t type = 0;
  const std::vector<std::string>* words = nullptr;  // the group's longest form
  bool acronym_ok = false;  // an acronym the lexicon does not know ("US" is no acronym of others)
  bool short_acronym = false;  // AcronymLetters
  bool long_initials = false;  // NameInitials
  std::string letters, all, content;
};

// The short side is filled in here; the long side's initials only when some
// group of the article can be an acronym (FillInitials), which most cannot.
Shape MakeShape(uint32_t type, const std::vector<std::string>& words) {
  Shape s;
  s.type = type;
  s.words = &words;
  s.short_acronym = AcronymLetters(words, &s.letters);
  // CanonicalAlias matters only to a would-be acronym.
  s.acronym_ok = s.short_acronym && CanonicalAlias(words[0]).empty();
  return s;
}

void FillInitials(Shape* s) { s->long_initials = NameInitials(*s->words, &s->all, &s->content); }

bool IsAcronym(const Shape& s, const Shape& l) {
  return s.short_acronym && l.long_initials && (s.letters == l.content || s.letters == l.all);
}

struct Group {
  uint32_t type;
  uint32_t form;  // the longest form of its mentions (first on ties)
  std::vector<uint32_t> mentions;
};

struct UnionFind {
  std::vector<size_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  size_t Find(size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
};

// Groups of mentions with equal type and key; `*form_of` gets each mention's
// form (an index into `*forms`), for naming the chains later.
std::vector<Group> ExactGroups(const Article& a, TypeIds* types, std::vector<Form>* forms,
                               std::vector<uint32_t>* form_of) {
  std::vector<Group> groups;
  std::unordered_map<std::string_view, uint32_t> form_of_text;
  std::unordered_map<std::string, size_t> index;  // type + '\x1f' + key -> group
  std::string key;
  form_of->resize(a.entities.size());
  // Sized once: growing the maps rehashes, growing `forms` moves every Form.
  forms->reserve(a.entities.size());
  form_of_text.reserve(a.entities.size());
  index.reserve(a.entities.size());
  for (uint32_t i = 0; i < a.entities.size(); ++i) {
    const EntityMention& m = a.entities[i];
    std::string_view text = m.span.Of(a.body);
    auto [ft, new_form] = form_of_text.emplace(text, static_cast<uint32_t>(forms->size()));
    if (new_form) {
      Form f;
      f.words = NameWords(text);
      f.key = NameKey(f.words);
      forms->push_back(std::move(f));
    }
    const uint32_t form = ft->second;
    (*form_of)[i] = form;
    const uint32_t type = types->Of(m.type);
    auto& cache = (*forms)[form].group_of_type;
    auto gt = std::find_if(cache.begin(), cache.end(), [&](const auto& p) { return p.first == type; });
    if (gt == cache.end()) {
      key.assign(m.type).push_back('\x1f');
      key += (*forms)[form].key;
      auto [it, added] = index.emplace(key, groups.size());
      if (added) groups.push_back(Group{type, form, {}});
      gt = cache.emplace(cache.end(), type, static_cast<uint32_t>(it->second));
    }
    Group& g = groups[gt->second];
    if ((*forms)[form].words.size() > (*forms)[g.form].words.size()) g.form = form;
    g.mentions.push_back(i);
  }
  return groups;
}

// The group the name `s` can stand for, or SIZE_MAX when none or several
// qualify; `skip` is s's own group (SIZE_MAX for a headline name).
size_t ShortNameTarget(const std::vector<Shape>& shapes, const Shape& s, size_t skip, UnionFind* uf) {
  const size_t s_words = s.words->size();
  const bool acronym = s.acronym_ok && s.short_acronym;
  // Only persons match persons, and a non-person matches across types or
  // beyond its own type's rules only as an acronym.
  if (s.type != TypeIds::kPer && s.type != TypeIds::kOrg && s.type != TypeIds::kMisc && !acronym) return SIZE_MAX;
  // past_suffix: a person name that ends the longer one only before its generational suffix
  // ("Jones" / "John E. Jones III"), taken when no name ends with it ("Trump" goes to "Donald
  // Trump", not to "Donald Trump Jr.").
  size_t suffix_root = SIZE_MAX, first_root = SIZE_MAX, past_root = SIZE_MAX;
  int suffix_n = 0, first_n = 0, past_n = 0;
  for (size_t h = 0; h < shapes.size(); ++h) {
    const Shape& l = shapes[h];
    if (h == skip || l.words->size() <= s_words) continue;
    bool family_first = false;
    if (l.type != s.type) {
      // An acronym follows its spelled-out name's type ("GM" tagged LOC).
      if (s.type == TypeIds::kPer || l.type == TypeIds::kPer || !acronym || !IsAcronym(s, l)) continue;
    } else if (s.type == TypeIds::kPer) {
      if (!IsShortPersonName(*s.words, *l.words, &family_first)) continue;
    } else if (!(acronym && IsAcronym(s, l)) && !(s.type == TypeIds::kOrg && IsShortOrgName(*s.words, *l.words)) &&
               !(s.type == TypeIds::kMisc && IsShortIndexName(*s.words, *l.words))) {
      continue;
    }
    size_t root = uf->Find(h);
    const bool past = s.type == TypeIds::kPer && !family_first && IsGenerationalSuffix(l.words->back()) &&
                      !IsGenerationalSuffix(s.words->back());
    size_t& r = family_first ? first_root : past ? past_root : suffix_root;
    int& n = family_first ? first_n : past ? past_n : suffix_n;
    if (r != root) ++n;
    r = root;
  }
  if (suffix_n == 1) return suffix_root;
  if (suffix_n == 0 && past_n == 1) return past_root;
  if (suffix_n == 0 && past_n == 0 && first_n == 1) return first_root;
  return SIZE_MAX;
}

// The word that follows byte `end` of `text` (after spaces), or "".
std::string_view NextWord(std::string_view text, size_t end) {
  while (end < text.size() && text[end] == ' ') ++end;
  size_t start = end;
  while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
  return text.substr(start, end - start);
}

// LowerWord on the stack, for the per-mention tests below: words longer
// than any title word come back empty.
class LowerView {
 public:
  explicit LowerView(std::string_view w) {
    if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
    if (w.size() > sizeof(buf_)) return;
    for (size_t i = 0; i < w.size(); ++i) buf_[i] = core::AsciiLower(w[i]);
    n_ = w.size();
  }
  std::string_view view() const { return std::string_view(buf_, n_); }

 private:
  char buf_[24];
  size_t n_ = 0;
};

// Titles that are part of how the holder is named ("Pope Francis").
bool IsStyleTitle(std::string_view lower) {
  static constexpr std::string_view kStyles[] = {"king",   "queen", "prince",   "princess",   "pope",     "emperor",
                                                 "sheikh", "emir",  "ayatollah", "archbishop", "cardinal", "bishop",
                                                 "rabbi",  "imam"};
  return core::InList(lower, kStyles);
}

// A capitalised title head that can precede a name ("Governor", "Gen."), or its plural
// ("Justices Kagan and Alito", "Senators McConnell, Cornyn and Thune": roles.h titles the list);
// "Dean" is more often a given name.
bool IsTitleHeadWord(std::string_view w) {
  if (w.empty() || !core::IsAsciiUpper(w[0])) return false;
  LowerView lw(w);
  const std::string_view l = lw.view();
  if (IsRoleHead(l)) return l != "dean";
  // Not the plural of a style title: "Kings Canyon", "Queens" are places.
  return l.size() > 3 && l.back() == 's' && IsRoleHead(l.substr(0, l.size() - 1)) &&
         !IsStyleTitle(l.substr(0, l.size() - 1));
}

// A word that may precede a title head inside a title: a modifier, another
// head, a qualifier, a nationality or a party ("Former", "Vice", "Chinese").
bool IsTitlePrefixWord(std::string_view w) {
  LowerView lower(w);
  std::string_view lw = lower.view();
  return IsRoleModifier(lw) || IsRoleHead(lw) || !QualifierOf(lw).empty() || !CountryOfDemonym(lw).empty() ||
         (lw.size() > 1 && !PartyOf(lw).empty()) || !CanonicalAlias(w).empty();
}

// Bytes of the title that opens a person mention ("Ohio Governor " of "Ohio
// Governor John Kasich"), 0 when it has none: the last capitalised title head
// followed by capitalised name words only, preceded by title words and at
// most a leading US state or known place name ("Ohio", "U.S.").
size_t LeadingTitleBytes(std::string_view text) {
  if (text.empty() || !core::IsAsciiUpper(text[0]) || text.find(' ') == std::string_view::npos) return 0;
  // Most names hold no title word before their last word: one pass, no allocation.
  bool any_head = false;
  for (size_t i = 0; i < text.size() && !any_head;) {
    size_t j = i;
    while (j < text.size() && !core::IsAsciiSpace(text[j])) ++j;
    if (j == text.size()) break;  // the last word
    any_head = IsTitleHeadWord(text.substr(i, j - i));
    i = j;
    while (i < text.size() && core::IsAsciiSpace(text[i])) ++i;
  }
  if (!any_head) return 0;
  const std::vector<std::string_view> words = core::SplitAsciiSpace(text);
  auto at = [&](std::string_view w) { return static_cast<size_t>(w.data() - text.data()); };
  for (size_t h = words.size() - 1; h-- > 0;) {
    const std::string_view w = words[h];
    if (!IsTitleHeadWord(w)) continue;
    if (IsStyleTitle(LowerView(w).view())) return 0;
    for (size_t k = h + 1; k < words.size(); ++k)
      if (!core::IsAsciiUpper(words[k][0])) return 0;
    size_t j = h;
    while (j > 0 && IsTitlePrefixWord(words[j - 1])) --j;
    if (j > 0) {
      std::string place;
      for (size_t k = 0; k < j; ++k) {
        if (k > 0) place.push_back(' ');
        place += LowerWord(words[k]);
      }
      std::string_view joined = text.substr(0, at(words[j - 1]) + words[j - 1].size());
      if (!IsStateName(place) && CanonicalAlias(joined).empty() && CountryOfDemonym(place).empty()) return 0;
    }
    return at(words[h + 1]);
  }
  return 0;
}

// The whitespace-separated word that ends right before byte `begin` (one or
// more spaces between), or "".
std::string_view WordBefore(std::string_view text, size_t begin) {
  size_t end = begin;
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end == begin) return {};
  size_t start = end;
  while (start > 0 && !core::IsAsciiSpace(text[start - 1])) --start;
  return text.substr(start, end - start);
}

// A name shaped like a person's: one to three capitalised words, none of them
// a title, generic organisation word, nationality or party, and no known alias.
bool LooksLikePersonName(std::string_view text) {
  const std::vector<std::string_view> words = core::SplitAsciiSpace(text);
  if (words.empty() || words.size() > 3 || !CanonicalAlias(text).empty()) return false;
  for (std::string_view w : words) {
    if (!core::IsAsciiUpper(w[0]) || w.size() < 2) return false;
    for (char c : w)
      if (!core::IsAsciiAlpha(c) && c != '-' && c != '.' && c != '\'') return false;
    std::string lw = LowerWord(w);
    std::string_view singular = lw.size() > 3 && lw.back() == 's' ? std::string_view(lw).substr(0, lw.size() - 1) : "";
    if (IsRoleHead(lw) || IsRoleModifier(lw) || IsGenericOrgWord(lw) || !CountryOfDemonym(lw).empty() ||
        !PartyOf(lw).empty() || lw == "of" || lw == "for" || lw == "and" || lw == "the" ||
        (!singular.empty() && !PartyOf(singular).empty())) {
      return false;
    }
  }
  // All capitals is an acronym ("NBC"), not a name.
  return !(words.size() == 1 && std::all_of(text.begin(), text.end(), [](char c) { return !core::IsAsciiLower(c); }));
}

// The end of a generational suffix after a person mention ending at byte `end` ("John E. Jones
// III", "Robert F. Kennedy Jr."): one space, the suffix, then no letter or digit; `end` if none.
uint32_t SuffixEnd(std::string_view text, uint32_t end) {
  if (end + 3 > text.size() || text[end] != ' ') return end;
  size_t j = end + 1;
  while (j < text.size() && j < end + 5 && (core::IsAsciiAlpha(text[j]) || text[j] == '.')) ++j;
  if (j < text.size() && (core::IsAsciiAlpha(text[j]) || core::IsAsciiDigit(text[j]))) return end;
  const std::string_view w = text.substr(end + 1, j - end - 1);
  if (IsGenerationalSuffix(w)) return static_cast<uint32_t>(j);
  // "Jones III." ending a sentence: the period is the sentence's.
  if (w.size() > 2 && w.back() == '.' && IsGenerationalSuffix(w.substr(0, w.size() - 1))) return static_cast<uint32_t>(j - 1);
  return end;
}

// Rule 0, titles: trims titles off person mentions and extends them over a generational suffix the
// tagger left out; retypes names after a title.
void ApplyTitles(Article* article) {
  Article& a = *article;
  for (auto* layer : {&a.entities, &a.title_entities}) {
    const std::string& text = layer == &a.entities ? a.body : a.title;
    for (size_t i = 0; i < layer->size(); ++i) {
      EntityMention& m = (*layer)[i];
      if (m.type != "PER" || m.span.end > text.size() || m.span.begin >= m.span.end) continue;
      m.span.begin += static_cast<uint32_t>(LeadingTitleBytes(m.span.Of(text)));
      const uint32_t end = SuffixEnd(text, m.span.end);
      if (end != m.span.end && (i + 1 == layer->size() || (*layer)[i + 1].span.begin >= end)) m.span.end = end;
    }
  }
  std::vector<std::string_view> named, surnames;  // surnames: one-word person mentions
  for (const EntityMention& m : a.entities) {
    if (m.type != "PER" || m.span.end > a.body.size() || m.span.begin >= m.span.end) continue;
    std::string_view text = m.span.Of(a.body);
    if (text.find(' ') == std::string_view::npos) surnames.push_back(text);
  }
  for (const EntityMention& m : a.entities) {
    if (m.type == "PER" || m.span.end > a.body.size() || m.span.begin >= m.span.end) continue;
    // "Donald Trump" tagged ORG where the article calls him "Trump" (PER) elsewhere.
    std::string_view name = m.span.Of(a.body);
    // Two words only, the first no place: "Super Typhoon Haiyan", "Alaska Sarah Palin" and
    // headline runs ("Endorses Donald Trump") are not names.
    size_t space = name.find(' ');
    if (space != std::string_view::npos && name.find(' ', space + 1) == std::string_view::npos &&
        std::find(surnames.begin(), surnames.end(), name.substr(space + 1)) != surnames.end() &&
        !IsStateName(LowerWord(name)) && !IsStateName(LowerWord(name.substr(0, space))) &&
        CanonicalAlias(name.substr(0, space)).empty() && LooksLikePersonName(name)) {
      named.push_back(name);
      continue;
    }
    std::string_view head = WordBefore(a.body, m.span.begin);
    if (head.empty()) continue;
    // ("Fellow"/"fellow" before a name is an adjective: "fellow California Sen. Kamala Harris",
    // "Fellow St. Louis Tea Party organizer Dana Loesch".)
    if (head == "fellow" || head == "Fellow") continue;
    bool title = IsTitleHeadWord(head);
    if (!title && core::IsAsciiLower(head[0]) && IsRoleHead(LowerView(head).view())) {
      // "Chinese leader Xi Jinping", not "the president Congress".
      std::string_view prev = WordBefore(a.body, static_cast<size_t>(head.data() - a.body.data()));
      title = !prev.empty() && (core::IsAsciiUpper(prev[0]) || !CountryOfDemonym(LowerView(prev).view()).empty());
    }
    if (title && LooksLikePersonName(name)) named.push_back(name);
  }
  // "Senior Fellow Shelby Steele" tagged ORG where the article names "Steele" (PER) elsewhere: a
  // title opens it and the last word is a person's one-word mention; the title is trimmed.
  for (EntityMention& m : a.entities) {
    if (m.type == "PER" || m.span.end > a.body.size() || m.span.begin >= m.span.end) continue;
    const std::string_view name = m.span.Of(a.body);
    // The surname first: it is cheap, and rules out nearly every mention.
    const size_t space = name.rfind(' ');
    if (space == std::string_view::npos ||
        std::find(surnames.begin(), surnames.end(), name.substr(space + 1)) == surnames.end()) {
      continue;
    }
    const size_t title = LeadingTitleBytes(name);
    if (title == 0 || space + 1 < title || !LooksLikePersonName(name.substr(title))) continue;
    m.span.begin += static_cast<uint32_t>(title);
    m.type = "PER";
    m.subtype.clear();
  }
  if (named.empty()) return;
  for (EntityMention& m : a.entities) {
    if (m.type == "PER" || m.span.end > a.body.size() || m.span.begin >= m.span.end) continue;
    if (std::find(named.begin(), named.end(), m.span.Of(a.body)) == named.end()) continue;
    m.type = "PER";
    m.subtype.clear();
  }
}

bool IsLeaderNoun(std::string_view w) { return w == "administration" || w == "campaign" || w == "presidency"; }

// Rule 0 above.
void RetypeLeaderNames(Article* article) {
  Article& a = *article;
  std::vector<std::string> leaders;
  for (const EntityMention& m : a.entities) {
    std::string_view text = m.span.Of(a.body);
    if (m.type == "PER" || text.find(' ') != std::string_view::npos || !IsLeaderNoun(NextWord(a.body, m.span.end))) {
      continue;
    }
    std::string lower = LowerWord(text);
    if (!CountryOfDemonym(lower).empty() || !PartyOf(lower).empty() || !CanonicalAlias(text).empty()) continue;
    leaders.emplace_back(text);
  }
  if (leaders.empty()) return;
  for (EntityMention& m : a.entities) {
    if (m.type == "PER" || std::find(leaders.begin(), leaders.end(), m.span.Of(a.body)) == leaders.end()) continue;
    m.type = "PER";
    m.subtype.clear();
  }
}

// True when most longer words of `title` after the first start with a
// capital letter (short function words are often left lower case).
bool IsTitleCase(std::string_view title) {
  int words = 0, capitalised = 0;
  size_t i = 0;
  bool first = true;
  while (i < title.size()) {
    while (i < title.size() && title[i] == ' ') ++i;
    size_t start = i;
    while (i < title.size() && title[i] != ' ') ++i;
    std::string_view w = title.substr(start, i - start);
    if (w.size() < 4 || !std::isalpha(static_cast<unsigned char>(w[0]))) continue;
    if (!std::exchange(first, false)) {
      ++words;
      capitalised += std::isupper(static_cast<unsigned char>(w[0])) ? 1 : 0;
    }
  }
  return words >= 2 && capitalised * 4 >= words * 3;
}

// Points each headline mention at the chain of the body group it names.
void LinkTitleMentions(Article* article, const std::vector<Group>& groups, const std::vector<Form>& forms,
                       std::vector<Shape>* shapes, bool initials_filled, TypeIds* types, UnionFind* uf,
                       const std::vector<int32_t>& chain_of_root) {
  Article& a = *article;
  if (a.title_entities.empty()) return;
  for (EntityMention& m : a.title_entities) {
    m.chain = -1;
    std::vector<std::string> words = NameWords(m.span.Of(a.title));
    std::string key = NameKey(words);
    const uint32_t type = types->Of(m.type);
    size_t target = SIZE_MAX;
    for (size_t g = 0; g < groups.size() && target == SIZE_MAX; ++g) {
      if (groups[g].type == type && forms[groups[g].form].key == key) target = uf->Find(g);
    }
    if (target == SIZE_MAX) {
      Shape shape = MakeShape(type, words);
      if (shape.acronym_ok && !initials_filled) {
        for (Shape& l : *shapes) FillInitials(&l);
        initials_filled = true;
      }
      target = ShortNameTarget(*shapes, shape, SIZE_MAX, uf);
    }
    if (target == SIZE_MAX) continue;
    int32_t chain = chain_of_root[uf->Find(target)];
    if (chain >= 0) m.chain = chain;
  }
  if (IsTitleCase(a.title)) {
    std::erase_if(a.title_entities, [](const EntityMention& m) { return m.chain < 0; });
  }
}

}  // namespace

void BuildChains(Article* article) {
  Article& a = *article;
  a.entity_chains.clear();
  RetypeLeaderNames(&a);
  ApplyTitles(&a);
  TypeIds types;
  std::vector<Form> forms;
  std::vector<uint32_t> form_of;  // per mention
  std::vector<Group> groups = ExactGroups(a, &types, &forms, &form_of);
  std::vector<Shape> shapes;
  shapes.reserve(groups.size());
  bool any_acronym = false;
  for (const Group& g : groups) {
    shapes.push_back(MakeShape(g.type, forms[g.form].words));
    any_acronym = any_acronym || shapes.back().acronym_ok;
  }
  if (any_acronym) {
    for (Shape& s : shapes) FillInitials(&s);
  }
  UnionFind uf(groups.size());
  std::vector<size_t> order(groups.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return forms[groups[x].form].words.size() > forms[groups[y].form].words.size();
  });
  for (size_t g : order) {
    size_t target = ShortNameTarget(shapes, shapes[g], g, &uf);
    if (target != SIZE_MAX && target != uf.Find(g)) uf.parent[uf.Find(g)] = target;
  }
  // Chains in order of first mention; groups are already in that order.
  std::vector<int32_t> chain_of_root(groups.size(), -1);
  for (size_t g = 0; g < groups.size(); ++g) {
    size_t root = uf.Find(g);
    int32_t& chain = chain_of_root[root];
    if (chain < 0) {
      chain = static_cast<int32_t>(a.entity_chains.size());
      a.entity_chains.push_back(EntityChain{"", types.Name(groups[root].type), "", {}});
    }
    EntityChain& c = a.entity_chains[chain];
    for (uint32_t m : groups[g].mentions) {
      c.mentions.push_back(m);
      a.entities[m].chain = chain;
    }
  }
  LinkTitleMentions(&a, groups, forms, &shapes, any_acronym, &types, &uf, chain_of_root);
  std::vector<std::pair<std::string_view, int>> subtypes;  // per chain, reused
  for (EntityChain& c : a.entity_chains) {
    std::sort(c.mentions.begin(), c.mentions.end());
    const std::vector<std::string>* best = nullptr;
    subtypes.clear();
    for (uint32_t m : c.mentions) {
      const std::vector<std::string>& words = forms[form_of[m]].words;
      if (!best || words.size() > best->size()) best = &words;
      std::string_view subtype = a.entities[m].subtype;
      if (subtype.empty()) continue;
      auto it = std::find_if(subtypes.begin(), subtypes.end(), [&](const auto& p) { return p.first == subtype; });
      if (it == subtypes.end()) subtypes.emplace_back(subtype, 1);
      else ++it->second;
    }
    c.name = best ? DisplayName(*best) : DisplayName({});
    // The most frequent subtype; on ties the alphabetically first.
    int top = 0;
    std::string_view chosen;
    for (const auto& [st, n] : subtypes) {
      if (n > top || (n == top && st < chosen)) top = n, chosen = st;
    }
    if (top > 0) c.subtype = std::string(chosen);
  }
}

}  // namespace parallax::entity
