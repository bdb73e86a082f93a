// Session 25 (docs/quotes.md, "Session 25: sourcing25"): the subject of a report that the phrase
// resolver leaves unresolved, from the pooled misses of the development splits (indirect-dev and
// indirect-blind to indirect-blind7): a definite or possessive noun phrase that names no one
// ("But the county said", "The couple said", "Ohio's governor said", "Sanders' campaign announced").
// The speaker is the phrase itself, or the named body it points back to ("the county" -> "Maricopa
// County").
#include <string_view>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/names.h"
#include "annotate/quotes/speakers_internal.h"
#include "core/ascii.h"

namespace parallax::quotes {

namespace {

// Nouns of a place that speaks through its government ("the county said", "the state announced").
bool PlaceGovernmentNoun(std::string_view w) {
  return InList(w, {"borough", "city", "county", "country", "district", "parish", "province", "state", "town",
                    "township", "village"});
}

// Nouns of two people named together ("the couple", "the pair").
bool PairNoun(std::string_view w) { return InList(w, {"couple", "duo", "pair"}); }

// The last non-person entity mention before token `at` whose name ends in `noun` ("Maricopa County"
// for "county"), or -1; at most 2,000 tokens back.
int32_t NamedBodyEndingIn(const Context& ctx, std::string_view noun, uint32_t at) {
  const auto& ents = ctx.article().entities;
  for (size_t i = ents.size(); i-- > 0;) {
    int32_t e = static_cast<int32_t>(i);
    uint32_t start = ctx.EntityStart(e);
    if (start >= at) continue;
    if (start + 2000 < at) break;
    if (ents[i].type == "PER") continue;
    std::string_view name = ents[i].span.Of(ctx.article().body);
    size_t sp = name.rfind(' ');
    if (sp == std::string_view::npos) continue;
    std::string_view last = name.substr(sp + 1);
    if (last.size() == noun.size() && core::AsciiLowered(last) == noun) return e;
  }
  return -1;
}

// "Ohio Gov. Mike DeWine ... Ohio's governor said": the person named before token `at` with the
// title `title` (PersonWithTitle) when the possessor's last word (token `possessor`) is among the
// four words before that name or the six after it ("DeWine, Ohio's governor"); -1 otherwise.
int32_t HolderNamedWithPossessor(const Context& ctx, std::string_view title, uint32_t at, uint32_t possessor) {
  int32_t e = PersonWithTitle(ctx, title, at);
  if (e < 0) return -1;
  const std::string_view want = ctx.Lower(possessor);
  const Span& sp = ctx.article().entities[e].span;
  uint32_t first = ctx.TokenAt(sp.begin), last = ctx.TokenAt(sp.end - 1);
  for (uint32_t t = first > 4 ? first - 4 : 0; t < first; ++t) {
    if (ctx.Lower(t) == want) return e;
  }
  for (uint32_t t = last + 1; t < ctx.size() && t <= last + 6 && t < at; ++t) {
    if (ctx.Lower(t) == want) return e;
  }
  return -1;
}

}  // namespace

uint32_t ApostrophePossessorStart(const Context& ctx, uint32_t from, uint32_t subject) {
  if (subject < from + 2 || subject >= ctx.size()) return subject;
  std::string_view mark = ctx.Text(subject - 1);
  if (mark != "'" && mark != "\xE2\x80\x99") return subject;
  int32_t owner = ctx.EntityOf(subject - 2);
  if (owner < 0 || !ctx.Lower(subject - 2).ends_with("s") || !Lowercase(ctx.Text(subject))) return subject;
  uint32_t b = subject - 2;
  while (b > from && ctx.EntityOf(b - 1) == owner) --b;
  return b;
}

bool TrailingAsClause(const Context& ctx, uint32_t from, uint32_t subject) {
  return subject >= from + 6 && subject < ctx.size() && ctx.Lower(subject - 1) == "as" &&
         ctx.Lower(subject - 2) == ",";
}

bool PairDescription(const Context& ctx, const Speaker& s) {
  if (s.entity >= 0 || s.type != "person" || s.span.end <= s.span.begin) return false;
  uint32_t last = ctx.TokenAt(s.span.end - 1);
  return last < ctx.size() && PairNoun(ctx.Lower(last));
}

Speaker UnresolvedSubjectSpeaker(const Context& ctx, uint32_t from, uint32_t* subject, uint32_t subject_end) {
  const uint32_t b = ApostrophePossessorStart(ctx, from, *subject), e = subject_end;
  if (e <= b || e > b + 6 || e > ctx.size()) return {};
  const uint32_t head = e - 1;
  if (ctx.EntityOf(head) >= 0 || !Lowercase(ctx.Text(head))) return {};
  // The phrase: "the"/"both" or a possessor (a name and its mark), then at most three lower-case words.
  uint32_t t = b;
  bool definite = false, possessed = false;
  uint32_t possessor_last = b;
  std::string_view w0 = ctx.Lower(b);
  if (w0 == "the" || w0 == "both") {
    definite = true;
    ++t;
  } else {
    int32_t owner = ctx.EntityOf(b);
    while (t < head && owner >= 0 && ctx.EntityOf(t) == owner) ++t;
    if (t == b || t >= head || !PossessiveMark(ctx.Lower(t))) return {};
    possessed = true;
    possessor_last = t - 1;
    ++t;
  }
  if (head < t || head > t + 3) return {};
  for (uint32_t u = t; u < head; ++u) {
    if (ctx.EntityOf(u) >= 0 || ctx.IsPunct(u) || ctx.InQuote(u) || !Lowercase(ctx.Text(u))) return {};
  }
  const std::string_view hw = ctx.Lower(head);
  const Range phrase{b, e};
  Speaker s;
  if (PlaceGovernmentNoun(hw) || (possessed && BodyNoun(hw))) {  // "the county", "Sanders' campaign"
    int32_t body = definite && head == b + 1 ? NamedBodyEndingIn(ctx, hw, b) : -1;
    if (body >= 0) {
      s = FromEntity(ctx, body);
      s.type = "organization";
      s.span = Described(ctx, phrase, "organization").span;
    } else {
      s = Described(ctx, phrase, "organization");
    }
  } else if (PairNoun(hw) && definite) {  // "The couple said": the two people named before
    s = Described(ctx, phrase, "person");
  } else if (possessed && (TitleNoun(hw) || PersonRoleNoun(ctx.Text(head)))) {  // "Ohio's governor"
    int32_t holder = HolderNamedWithPossessor(ctx, hw, b, possessor_last);
    s = holder >= 0 ? FromEntity(ctx, holder) : Described(ctx, phrase, "person");
    s.span = Described(ctx, phrase, "person").span;
  } else {
    return {};
  }
  *subject = b;
  return s;
}

}  // namespace parallax::quotes
