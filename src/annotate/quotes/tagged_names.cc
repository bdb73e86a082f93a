// Session 18: names the tagger cut, glued or mistyped at a speaker position, repaired from the
// words around the candidate (the tagger itself is fixed): a place and an organization tagged
// apart ("St. Louis" + "Tea Party"), a person title swallowed into an
// organization's span ("Rabbi New said" tagged ORG, the article's "Rabbi Ruvi New" a person), an
// address's number left outside a place ("10 Downing Street said"), text that lost its paragraph
// breaks glued to a name ("this.\"The Washington Post", "Times:"), a body the tagger did not tag
// before a spokesperson noun ("A Number 10 spokesperson said").
#include <string>
#include <string_view>
#include <vector>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/names.h"
#include "annotate/quotes/speakers_internal.h"
#include "core/ascii.h"

namespace parallax::quotes {

namespace {

bool Lower(char c) { return c >= 'a' && c <= 'z'; }
bool Upper(char c) { return c >= 'A' && c <= 'Z'; }

bool Digits(std::string_view w) {
  if (w.empty() || w.size() > 5) return false;
  for (char c : w) if (c < '0' || c > '9') return false;
  return true;
}

// The last word of a place that is an address when a house number comes before it.
bool StreetWord(std::string_view w) {
  return InList(w, {"avenue", "boulevard", "drive", "lane", "place", "road", "square", "street", "terrace"});
}

// A person's title or honorific that the tagger may put inside an organization's span.
bool PersonTitle(std::string_view raw, std::string_view lower) {
  if (Honorific(raw)) return true;
  return InList(lower, {"bishop", "cardinal", "chancellor", "governor", "imam", "mayor", "pastor", "president",
                    "rabbi", "rep.", "rev.", "reverend", "sen.", "senator", "gov.", "sheriff"});
}

}  // namespace

std::string UngluedName(std::string_view name) {
  std::string out(name);
  Unglue(&out);
  return out;
}

void Unglue(std::string* name) {
  // "this.\"The Washington Post", "noted.The New York Times": the name starts after the last stop
  // glued between a lower-case word and a capital or a quote mark.
  const std::string& n = *name;
  size_t from = 0;
  for (size_t i = n.find('.', 1); i != std::string::npos && i + 1 < n.size(); i = n.find('.', i + 1)) {
    if (!Lower(n[i - 1])) continue;
    size_t w = i;  // the glued word must be lower-case ("this", "noted"), not "Mr" or "U.S"
    while (w > 0 && n[w - 1] != ' ') --w;
    if (!Lower(n[w])) continue;
    size_t j = i + 1;
    while (j < n.size() && (n[j] == '"' || n.compare(j, 3, "\u201c") == 0)) j += n[j] == '"' ? 1 : 3;
    if (j < n.size() && Upper(n[j])) from = j;
  }
  size_t to = n.size();
  while (to > from && (n[to - 1] == ':' || n[to - 1] == ';')) --to;  // "told the Times:"
  if (to > from && (from > 0 || to < n.size())) *name = n.substr(from, to - from);
}

namespace {

// Tokens [first, end) of entity e.
Range EntityTokens(const Context& ctx, int32_t e) {
  uint32_t first = ctx.EntityStart(e), end = first;
  while (end < ctx.size() && ctx.EntityOf(end) == e) ++end;
  return Range{first, end};
}

// The place entity whose last token comes right before organization entity e's first, in its
// sentence ("St. Louis" + "Tea Party" tagged apart); -1 otherwise.
int32_t PlaceBefore(const Context& ctx, int32_t e) {
  if (e < 0 || ctx.article().entities[e].type != "ORG") return -1;
  uint32_t first = ctx.EntityStart(e);
  int32_t p = first > 0 ? ctx.EntityOf(first - 1) : -1;
  if (p < 0 || p == e || ctx.article().entities[p].type != "LOC" || ctx.SentenceOf(first - 1) != ctx.SentenceOf(first)) {
    return -1;
  }
  return p;
}

}  // namespace

void RepairName(const Context& ctx, int32_t e, std::string* name) {
  Unglue(name);
  // "10 Downing Street": a house number before a name that ends with a street word.
  Range r = EntityTokens(ctx, e);
  if (!r.empty() && StreetWord(ctx.Lower(r.e - 1)) && name->ends_with(ctx.Text(r.e - 1)) && r.b > 0 &&
      ctx.SentenceOf(r.b - 1) == ctx.SentenceOf(r.b) && Digits(ctx.Text(r.b - 1))) {
    *name = std::string(ctx.Text(r.b - 1)) + " " + *name;
  }
  // "St. Louis" + "Tea Party": the place before the organization is part of its name.
  int32_t p = PlaceBefore(ctx, e);
  if (p < 0) return;
  std::string_view place = ctx.article().entities[p].span.Of(ctx.article().body);
  if (!name->starts_with(place)) *name = std::string(place) + " " + *name;
}

namespace {

// The tokens of non-person entity e after its last person title, when one to three capitalized
// words follow the title and end the entity ("Rabbi New", "Colorado State University Chancellor
// Tony Frank" -> "Tony Frank"); empty otherwise.
Range AfterTitle(const Context& ctx, int32_t e) {
  Range r = EntityTokens(ctx, e);
  for (uint32_t t = r.e - 1; r.e > r.b + 1 && t-- > r.b && r.e - t <= 4;) {
    std::string_view w = ctx.Lower(t);
    if (!PersonTitle(ctx.Text(t), w) && !TitleNoun(w)) continue;
    for (uint32_t k = t + 1; k < r.e; ++k) {  // not "Chief Executive Officer", "Mayor's Office"
      std::string_view lower = ctx.Lower(k);
      if (!Capitalized(ctx.Text(k)) || lower.ends_with("'s") || lower.ends_with("\u2019s") || TitleNoun(lower) ||
          BodyNoun(lower) || PersonTitle(ctx.Text(k), lower)) {
        return {};
      }
    }
    return Range{t + 1, r.e};
  }
  return {};
}

}  // namespace

Speaker TitledPerson(const Context& ctx, int32_t e) {
  const Article& a = ctx.article();
  if (e < 0 || a.entities[e].type == "PER") return {};
  Range after = AfterTitle(ctx, e);
  if (after.empty()) return {};
  std::string_view name = ctx.TextOf(after.b, after.e), surname = ctx.Text(after.e - 1);
  // The fullest name of that surname the article gives, a person's or another titled mention's
  // ("Rabbi Ruvi New" tagged an organization too); two different ones leave it unrepaired.
  std::string full(name);
  int32_t person = -1;
  // Two or three words after a title are a person's given name and surname.
  bool evidence = after.e > after.b + 1;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    int32_t k = static_cast<int32_t>(i);
    if (k == e) continue;
    std::string other;
    if (IsPerson(ctx, k)) {
      other = ctx.Canonical(k);
    } else if (a.entities[i].type != "PER") {
      Range o = AfterTitle(ctx, k);
      if (!o.empty()) other = std::string(ctx.TextOf(o.b, o.e));
    }
    if (other.empty() || LastWord(other) != surname) continue;
    if (IsPerson(ctx, k) && other.size() >= full.size()) person = k;
    if (other.size() > full.size() && !other.ends_with(full)) return {};
    if (other.size() >= full.size()) {
      evidence = evidence || other.find(' ') != std::string::npos;
      full = other;
    }
  }
  if (!evidence) return {};
  return Speaker{a.entities[e].span, full, "person", person >= 0 ? person : e};
}

Speaker UntaggedSpokesBody(const Context& ctx, Range main) {
  // "A Number 10 spokesperson", "a Pentagon spokeswoman": capitalized words (or a number after
  // one) right before the spokesperson noun, after a determiner, none of them tagged.
  uint32_t noun = main.b;
  while (noun < main.e && !SpokespersonNoun(ctx.Lower(noun))) ++noun;
  if (noun >= main.e || noun == main.b) return {};
  uint32_t b = noun;
  while (b > main.b && ctx.EntityOf(b - 1) < 0 && !ctx.IsPunct(b - 1) && !Determiner(ctx.Lower(b - 1)) &&
         (Capitalized(ctx.Text(b - 1)) || (Digits(ctx.Text(b - 1)) && b - 1 > main.b && Capitalized(ctx.Text(b - 2))))) {
    --b;
  }
  if (b == noun || b != main.b + 1 || !Determiner(ctx.Lower(main.b))) return {};
  Speaker s = Described(ctx, Range{b, noun}, "organization");
  s.span = Described(ctx, main, "organization").span;
  return s;
}

uint32_t NameStart(const Context& ctx, int32_t e) {
  int32_t p = PlaceBefore(ctx, e);
  return ctx.EntityStart(p >= 0 ? p : e);
}

Speaker PlaceBody(const Context& ctx, Range main, uint32_t head) {
  // "the St. Louis group" after "The nearby St. Louis Tea Party": a place right before the body
  // noun names the organization an earlier mention joined to that place.
  int32_t place = head > main.b ? ctx.EntityOf(head - 1) : -1;
  if (place < 0 || ctx.article().entities[place].type != "LOC") return {};
  std::string_view want = ctx.article().entities[place].span.Of(ctx.article().body);
  const auto& ents = ctx.article().entities;
  for (size_t i = ents.size(); i-- > 0;) {
    int32_t e = static_cast<int32_t>(i);
    if (ctx.EntityStart(e) >= main.b) continue;
    int32_t p = PlaceBefore(ctx, e);
    if (p >= 0 && ents[p].span.Of(ctx.article().body) == want) {
      Speaker s = FromEntity(ctx, e);
      s.span = Described(ctx, main, "organization").span;
      return s;
    }
  }
  return {};
}

bool OpeningPreposition(std::string_view w) {
  return InList(w, {"across", "amid", "among", "despite", "inside", "throughout", "under", "within", "without"});
}

}  // namespace parallax::quotes
