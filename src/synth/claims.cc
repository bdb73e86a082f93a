// The claim machinery shared by the statement-conflict rules (claims.h).
#include "synth/claims.h"

#include <algorithm>
#include <map>
#include <set>

namespace parallax::synth::claims {

// The lower-cased words are the story's word types' (lowered once per
// distinct word), not lowered again per token.
Toks TokensOf(const StoryCorpus& c, const SentenceInfo& s) {
  const Article& a = *c.articles()[s.article];
  Toks t;
  t.words.reserve(s.token_count);
  t.spans.reserve(s.token_count);
  for (uint32_t i = s.first_token; i < s.first_token + s.token_count && i < a.tokens.size(); ++i) {
    const uint32_t type = c.TokenType(s.article, i);
    t.words.push_back(type == StoryCorpus::kNoType ? LowerToken(a.tokens[i].span.Of(a.body))
                                                   : c.words().Features(type).lower);
    t.spans.push_back(a.tokens[i].span);
  }
  return t;
}

int TokenAt(const Toks& t, uint32_t byte) {
  for (size_t i = 0; i < t.spans.size(); ++i) if (t.spans[i].end > byte) return static_cast<int>(i);
  return static_cast<int>(t.spans.size()) - 1;
}

std::vector<Person> PeopleOf(const StoryCorpus& c, const SentenceInfo& s, const Toks& t) {
  std::vector<Person> out;
  const Article& a = *c.articles()[s.article];
  const Span sent = a.sentences[s.sentence].span;
  std::vector<uint32_t> inside;
  c.MentionsInside(s.article, sent, &inside);
  for (uint32_t m : inside) {
    const auto& e = a.entities[m];
    if (e.type != "PER") continue;
    out.push_back({TokenAt(t, e.span.begin), TokenAt(t, e.span.end - 1), c.EntityName(s.article, m)});
  }
  return out;
}

std::optional<Conflict> MakeConflict(const StoryCorpus& c, const std::vector<const Claim*>& claims,
                                     const std::vector<size_t>& side, std::string kind, std::string fact) {
  std::map<size_t, ConflictClaim> sides;
  std::map<size_t, std::set<std::string>> outlets;
  std::map<size_t, std::set<uint32_t>> cited;
  for (size_t i = 0; i < claims.size(); ++i) {
    ConflictClaim& cc = sides[side[i]];
    if (cc.value.empty()) { cc.value = claims[i]->value; cc.surface = claims[i]->surface; }
    if (cited[side[i]].insert(claims[i]->sentence).second) cc.sources.push_back(c.Cite(c.sentences()[claims[i]->sentence]));
    outlets[side[i]].insert(c.Outlet(c.sentences()[claims[i]->sentence].article));
  }
  if (sides.size() < 2) return std::nullopt;
  std::set<std::string> all;
  for (auto& [k, o] : outlets) all.insert(o.begin(), o.end());
  if (all.size() < 2) return std::nullopt;  // one outlet disagreeing with itself
  Conflict out{std::move(kind), claims[0]->subject, std::move(fact), {}};
  for (auto& [k, cc] : sides) {
    cc.outlets.assign(outlets[k].begin(), outlets[k].end());
    out.claims.push_back(std::move(cc));
  }
  std::stable_sort(out.claims.begin(), out.claims.end(),
                   [](const ConflictClaim& a, const ConflictClaim& b) { return a.sources.size() > b.sources.size(); });
  return out;
}

}  // namespace parallax::synth::claims
