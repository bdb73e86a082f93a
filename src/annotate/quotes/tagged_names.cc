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
bool PersonTitle(std::string_view raw) {
  if (Honorific(raw)) return true;
  return InList(core::AsciiLowered(raw), {"bishop", "cardinal", "chancellor", "governor", "imam", "mayor", "pastor", "president",
                    "rabbi", "rep.", "rev.", "reverend", "sen.", "senator", "gov.", "sheriff"});
}

}  // namespace

std::string UngluedName(std::string_view name) {
  // "this.\"The Washington Post", "noted.The New York Times": the name starts after the last stop
  // glued between a lower-case word and a capital or a quote mark.
  size_t from = 0;
  for (size_t i = 1; i + 1 < name.size(); ++i) {
    if (name[i] != '.' || !Lower(name[i - 1])) continue;
    size_t w = i;  // the glued word must be lower-case ("this", "noted"), not "Mr" or "U.S"
    while (w > 0 && name[w - 1] != ' ') --w;
    if (!Lower(name[w])) continue;
    size_t j = i + 1;
    while (j < name.size() && (name[j] == '"' || name.compare(j, 3, "\u201c") == 0)) j += name[j] == '"' ? 1 : 3;
    if (j < name.size() && Upper(name[j])) from = j;
  }
  std::string_view out = name.substr(from);
  while (!out.empty() && (out.back() == ':' || out.back() == ';')) out.remove_suffix(1);  // "told the Times:"
  return out.empty() ? std::string(name) : std::string(out);
}

std::string AddressName(const Context& ctx, int32_t e, std::string name) {
  const EntityMention& m = ctx.article().entities[e];
  std::string_view text = m.span.Of(ctx.article().body);
  if (!StreetWord(core::AsciiLowered(LastWord(text))) || !name.ends_with(LastWord(text))) return name;
  uint32_t first = ctx.EntityStart(e);
  if (first == 0 || ctx.SentenceOf(first - 1) != ctx.SentenceOf(first) || !Digits(ctx.Text(first - 1))) return name;
  return std::string(ctx.Text(first - 1)) + " " + name;
}

namespace {

// The words of non-person entity text after its last person title, when one to three capitalized
// words follow the title and end the text ("Rabbi New", "Colorado State University Chancellor
// Tony Frank" -> "Tony Frank"); empty otherwise.
std::string_view AfterTitle(std::string_view text) {
  std::vector<std::string_view> words = Words(text);
  for (size_t i = words.size() - 1; i-- > 0;) {
    std::string_view raw = words[i];
    if (!PersonTitle(raw) && !TitleNoun(core::AsciiLowered(raw))) continue;
    size_t rest = words.size() - i - 1;
    if (rest > 3) return {};
    for (size_t k = i + 1; k < words.size(); ++k) {  // not "Chief Executive Officer", "Mayor's Office"
      std::string lower = core::AsciiLowered(words[k]);
      if (!Capitalized(words[k]) || lower.ends_with("'s") || lower.ends_with("\u2019s") || TitleNoun(lower) ||
          BodyNoun(lower) || PersonTitle(words[k])) {
        return {};
      }
    }
    return text.substr(words[i + 1].data() - text.data());
  }
  return {};
}

}  // namespace

Speaker TitledPerson(const Context& ctx, int32_t e) {
  const Article& a = ctx.article();
  if (e < 0 || a.entities[e].type == "PER") return {};
  std::string_view name = AfterTitle(a.entities[e].span.Of(a.body));
  if (name.empty()) return {};
  std::string_view surname = LastWord(name);
  // The fullest name of that surname the article gives, a person's or another titled mention's
  // ("Rabbi Ruvi New" tagged an organization too); two different ones leave it unrepaired.
  std::string full(name);
  int32_t person = -1;
  // Two or three words after a title are a person's given name and surname.
  bool evidence = name.find(' ') != std::string_view::npos;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    int32_t k = static_cast<int32_t>(i);
    std::string other = IsPerson(ctx, k) ? ctx.Canonical(k) : std::string(AfterTitle(a.entities[i].span.Of(a.body)));
    if (other.empty() || LastWord(other) != surname || k == e) continue;
    if (IsPerson(ctx, k) && other.size() >= full.size()) person = k;
    if (other.size() > full.size() && !other.ends_with(full)) return {};
    if (other.size() > full.size() || (other == full && k != e)) {
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

namespace {

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

uint32_t NameStart(const Context& ctx, int32_t e) {
  int32_t p = PlaceBefore(ctx, e);
  return ctx.EntityStart(p >= 0 ? p : e);
}

std::string PlacedName(const Context& ctx, int32_t e, std::string name) {
  int32_t p = PlaceBefore(ctx, e);
  if (p < 0) return name;
  std::string_view place = ctx.article().entities[p].span.Of(ctx.article().body);
  if (name.starts_with(place)) return name;
  return std::string(place) + " " + name;
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
