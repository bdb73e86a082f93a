// The claim machinery shared by the statement-conflict rules (claims.h).
#include "synth/claims.h"

#include <algorithm>
#include <map>
#include <set>

#include "cluster/text_features.h"
#include "core/months.h"

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

bool NamesWithoutYear(const Article& a, const TimeExpression& x) {
  const std::string_view body = a.body;
  if (x.span.end > body.size() || x.span.begin >= x.span.end) return false;
  const std::string_view text = x.span.Of(body);
  // A year written ("September 11, 2001", "the 2020 election", "'16") is no guess.
  int digits = 0;
  for (char ch : text) {
    digits = core::IsAsciiDigit(ch) ? digits + 1 : 0;
    if (digits == 4 || ch == '\'') return false;
  }
  if (text.find("\xE2\x80\x99") != std::string_view::npos) return false;
  // A month named first ("September 11", "Nov. 3", "November"), not a
  // relative date ("last month's election", "Friday's meeting").
  size_t first_end = 0;
  while (first_end < text.size() && (core::IsAsciiAlpha(text[first_end]) || text[first_end] == '.')) ++first_end;
  if (core::EnglishMonth(core::AsciiLowered(text.substr(0, first_end))) == 0) return false;
  // After it: a possessive ("November's election") or directly a noun.
  size_t p = x.span.end;
  bool possessive = false;
  for (std::string_view mark : {std::string_view("'s "), std::string_view("\xE2\x80\x99s ")}) {
    if (body.substr(p, mark.size()) == mark) {
      possessive = true;
      p += mark.size() - 1;
    }
  }
  if (p >= body.size() || body[p] != ' ') return false;
  size_t end = ++p;
  while (end < body.size() && core::IsAsciiLower(body[end])) ++end;
  if (end == p || (end < body.size() && core::IsAsciiAlnum(body[end])) ||
      cluster::IsStopWord(body.substr(p, end - p))) {
    return false;
  }
  if (possessive) return true;
  // Before it: a determiner or a possessive ("the", "a", "his", "Trump's").
  size_t b = x.span.begin;
  while (b > 0 && body[b - 1] == ' ') --b;
  size_t start = b;
  while (start > 0 && (core::IsAsciiAlpha(body[start - 1]) || body[start - 1] == '\'')) --start;
  const std::string before = core::AsciiLowered(body.substr(start, b - start));
  if (before.ends_with("'s") || (b >= 4 && body.substr(b - 4, 4) == "\xE2\x80\x99s")) return true;
  for (const char* d : {"the", "a", "an", "his", "her", "their", "its", "this", "that"}) {
    if (before == d) return true;
  }
  return false;
}

bool SpeaksOfAnEarlierMonth(const StoryCorpus& c, const SentenceInfo& s) {
  if (s.dates.empty()) return false;
  // (year, month) of a value; month 0 when it has none ("2019", "2019-W48").
  auto year_month = [](std::string_view v) {
    const int y = core::ParseAsciiDigits(v, 0, 4);
    const int m = v.size() >= 7 && v[4] == '-' ? core::ParseAsciiDigits(v, 5, 2) : -1;
    return std::pair<int, int>(y, m > 0 ? m : 0);
  };
  const Article& a = *c.articles()[s.article];
  const auto [py, pm] = year_month(a.published.value);
  if (py <= 0) return false;
  std::vector<uint32_t> inside;
  c.TimesInside(s.article, a.sentences[s.sentence].span, &inside);
  bool any = false;
  for (uint32_t xi : inside) {
    const TimeExpression& x = a.times[xi];
    // The dates of SentenceInfo::dates.
    if (x.type != "DATE" || x.needs_dct || x.value.empty() || !core::IsAsciiDigit(x.value[0])) continue;
    if (NamesWithoutYear(a, x)) continue;
    const auto [y, m] = year_month(x.value);
    if (y <= 0) return false;
    const bool earlier = m == 0 || pm == 0 ? y < py : std::pair(y, m) < std::pair(py, pm);
    if (!earlier) return false;
    any = true;
  }
  return any;
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
