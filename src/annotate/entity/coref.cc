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
//  0. Before grouping, a one-word name the tagger did not call a person but
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
#include <map>
#include <string_view>
#include <utility>
#include <numeric>
#include <string>
#include <unordered_map>
#include <vector>

#include "annotate/entity/lexicon.h"
#include "annotate/entity/names.h"

namespace parallax::entity {

namespace {

struct Group {
  std::string type;
  std::vector<std::string> words;  // longest form
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

// Groups of mentions with equal type and key; `*words` gets each mention's
// name words (NameWords), for naming the chains later.
std::vector<Group> ExactGroups(const Article& a, std::vector<std::vector<std::string>>* words) {
  std::vector<Group> groups;
  std::unordered_map<std::string, size_t> index;  // type + '\x1f' + key -> group
  std::string key;
  words->resize(a.entities.size());
  for (uint32_t i = 0; i < a.entities.size(); ++i) {
    const EntityMention& m = a.entities[i];
    (*words)[i] = NameWords(m.span.Of(a.body));
    const std::vector<std::string>& w = (*words)[i];
    key.assign(m.type).push_back('\x1f');
    key += NameKey(w);
    auto [it, added] = index.emplace(key, groups.size());
    if (added) groups.push_back(Group{m.type, w, {}});
    Group& g = groups[it->second];
    if (w.size() > g.words.size()) g.words = w;
    g.mentions.push_back(i);
  }
  return groups;
}

// The group `g` can stand for, or SIZE_MAX when none or several qualify.
size_t ShortNameTarget(const std::vector<Group>& groups, size_t g, UnionFind* uf) {
  const Group& s = groups[g];
  // Names the lexicon knows ("US") are never read as acronyms of others.
  bool acronym_ok = CanonicalAlias(s.words.empty() ? "" : s.words[0]).empty();
  size_t suffix_root = SIZE_MAX, first_root = SIZE_MAX;
  int suffix_n = 0, first_n = 0;
  for (size_t h = 0; h < groups.size(); ++h) {
    const Group& l = groups[h];
    if (h == g || l.words.size() <= s.words.size()) continue;
    size_t root = uf->Find(h);
    bool family_first = false;
    if (l.type != s.type) {
      // An acronym follows its spelled-out name's type ("GM" tagged LOC).
      if (s.type == "PER" || l.type == "PER" || !acronym_ok || !IsAcronymOf(s.words, l.words)) continue;
    } else if (s.type == "PER") {
      if (!IsShortPersonName(s.words, l.words, &family_first)) continue;
    } else if (!(acronym_ok && IsAcronymOf(s.words, l.words)) && !(s.type == "ORG" && IsShortOrgName(s.words, l.words))) {
      continue;
    }
    size_t& r = family_first ? first_root : suffix_root;
    int& n = family_first ? first_n : suffix_n;
    if (r != root) ++n;
    r = root;
  }
  if (suffix_n == 1) return suffix_root;
  if (suffix_n == 0 && first_n == 1) return first_root;
  return SIZE_MAX;
}

// The word that follows byte `end` of `text` (after spaces), or "".
std::string_view NextWord(std::string_view text, size_t end) {
  while (end < text.size() && text[end] == ' ') ++end;
  size_t start = end;
  while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
  return text.substr(start, end - start);
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
// `groups_in` gets one scratch group at its end per lookup, removed again.
void LinkTitleMentions(Article* article, std::vector<Group>* groups_in, UnionFind* uf,
                       const std::map<size_t, int32_t>& chain_of_root) {
  Article& a = *article;
  if (a.title_entities.empty()) return;
  std::vector<Group>& groups = *groups_in;
  const size_t body_groups = groups.size();
  std::vector<std::string> keys(body_groups);
  for (size_t g = 0; g < body_groups; ++g) keys[g] = NameKey(groups[g].words);
  for (EntityMention& m : a.title_entities) {
    m.chain = -1;
    std::vector<std::string> words = NameWords(m.span.Of(a.title));
    std::string key = NameKey(words);
    size_t target = SIZE_MAX;
    for (size_t g = 0; g < body_groups && target == SIZE_MAX; ++g) {
      if (groups[g].type == m.type && keys[g] == key) target = uf->Find(g);
    }
    if (target == SIZE_MAX) {
      groups.push_back(Group{m.type, words, {}});
      uf->parent.push_back(groups.size() - 1);
      target = ShortNameTarget(groups, groups.size() - 1, uf);
      groups.pop_back();
      uf->parent.pop_back();
    }
    if (target == SIZE_MAX) continue;
    auto it = chain_of_root.find(uf->Find(target));
    if (it != chain_of_root.end()) m.chain = it->second;
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
  std::vector<std::vector<std::string>> words_of;  // per mention
  std::vector<Group> groups = ExactGroups(a, &words_of);
  UnionFind uf(groups.size());
  std::vector<size_t> order(groups.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t x, size_t y) { return groups[x].words.size() > groups[y].words.size(); });
  for (size_t g : order) {
    size_t target = ShortNameTarget(groups, g, &uf);
    if (target != SIZE_MAX && target != uf.Find(g)) uf.parent[uf.Find(g)] = target;
  }
  // Chains in order of first mention; groups are already in that order.
  std::map<size_t, int32_t> chain_of_root;
  for (size_t g = 0; g < groups.size(); ++g) {
    size_t root = uf.Find(g);
    auto [it, added] = chain_of_root.emplace(root, static_cast<int32_t>(a.entity_chains.size()));
    if (added) a.entity_chains.push_back(EntityChain{"", groups[root].type, "", {}});
    EntityChain& c = a.entity_chains[it->second];
    for (uint32_t m : groups[g].mentions) {
      c.mentions.push_back(m);
      a.entities[m].chain = it->second;
    }
  }
  LinkTitleMentions(&a, &groups, &uf, chain_of_root);
  for (EntityChain& c : a.entity_chains) {
    std::sort(c.mentions.begin(), c.mentions.end());
    const std::vector<std::string>* best = nullptr;
    std::map<std::string, int> subtypes;
    for (uint32_t m : c.mentions) {
      if (!best || words_of[m].size() > best->size()) best = &words_of[m];
      if (!a.entities[m].subtype.empty()) ++subtypes[a.entities[m].subtype];
    }
    c.name = best ? DisplayName(*best) : DisplayName({});
    int top = 0;
    for (const auto& [s, n] : subtypes)
      if (n > top) top = n, c.subtype = s;
  }
}

}  // namespace parallax::entity
