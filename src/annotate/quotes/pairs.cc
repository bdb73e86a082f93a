// Two named people referred to together (session 16): a report names a pair
// as one sentence's subject ("Sens. Jane Roe, R-Iowa, and John Doe, D-Ohio,
// sent a letter ...") and then speaks of them as "the senators", "the two
// lawmakers", "their statement", "the senators' letter" or "the Roe-Doe
// letter". Those phrases name the pair "A and B" (speakers.cc's NamedPair
// form), not a group by its description. Used by speakers.cc.
#include <string>
#include <string_view>

#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/names.h"
#include "annotate/quotes/speakers_internal.h"

namespace parallax::quotes {

namespace {

constexpr uint32_t kPairSentences = 12;   // how far back the pair may be named
constexpr uint32_t kPairParagraphs = 4;

// Past ", R-Iowa," after a name at `t` (a comma, at most five tokens naming no person, a comma);
// `t` itself when no such tag follows.
uint32_t SkipTag(const Context& ctx, uint32_t t, uint32_t end) {
  if (t >= end || ctx.Text(t) != ",") return t;
  for (uint32_t u = t + 1; u < end && u < t + 7; ++u) {
    if (ctx.Text(u) == ",") return u > t + 1 ? u + 1 : t;
    if (IsPerson(ctx, ctx.EntityOf(u)) || ctx.Lower(u) == "and" || ctx.InQuote(u)) return t;
  }
  return t;
}

// The two persons opening sentence `s` as its joint subject ("Sens. A, R-Iowa, and B, R-S.C.,
// sent"), capitalized title words before each allowed; false when it opens otherwise.
bool PairOpening(const Context& ctx, uint32_t s, int32_t* first, int32_t* second) {
  const Sentence& st = ctx.article().sentences[s];
  uint32_t end = std::min<uint32_t>(st.first_token + st.token_count, ctx.size());
  uint32_t t = st.first_token;
  auto title = [&](uint32_t k) {
    return ctx.EntityOf(k) < 0 && !ctx.IsPunct(k) && !ctx.InQuote(k) && Capitalized(ctx.Text(k));
  };
  while (t < end && t - st.first_token < 4 && title(t)) ++t;
  *first = t < end ? ctx.EntityOf(t) : -1;
  if (!IsPerson(ctx, *first) || ctx.InQuote(t)) return false;
  while (t < end && ctx.EntityOf(t) == *first) ++t;
  t = SkipTag(ctx, t, end);
  if (t >= end || ctx.Lower(t) != "and") return false;
  uint32_t and_at = t++;
  while (t < end && t - and_at < 4 && title(t)) ++t;
  *second = t < end ? ctx.EntityOf(t) : -1;
  if (!IsPerson(ctx, *second) || ctx.Canonical(*second) == ctx.Canonical(*first)) return false;
  while (t < end && ctx.EntityOf(t) == *second) ++t;
  t = SkipTag(ctx, t, end);
  std::string_view next = t < end ? ctx.Lower(t) : "";
  return !(next == "'s" || next == "\u2019s" || next == "and" || next == ",");  // a possessive or a list
}

// "Grassley-Graham" for the pair's surnames, in either order.
bool SurnamePair(std::string_view word, std::string_view a, std::string_view b) {
  size_t dash = word.find('-');
  if (dash == std::string_view::npos) return false;
  std::string_view x = word.substr(0, dash), y = word.substr(dash + 1);
  return (x == a && y == b) || (x == b && y == a);
}

enum class Form { kNone, kGroup, kTheir, kSurnames };

// Which way the phrase `main` may refer to a pair: "the senators", "both lawmakers", "the two
// senators" (a plural group noun after at most "the", "both", "two", with no name in it), "their ...",
// or a hyphenated word of two capitalized parts ("the Grassley-Graham letter").
Form PairForm(const Context& ctx, Range main, uint32_t* hyphen) {
  std::string_view w0 = ctx.Lower(main.b);
  if (w0 == "their") return Form::kTheir;
  for (uint32_t t = main.b; t < main.e; ++t) {
    std::string_view raw = ctx.Text(t);
    size_t dash = raw.find('-');
    if (dash != std::string_view::npos && dash > 0 && dash + 1 < raw.size() && Capitalized(raw) &&
        Capitalized(raw.substr(dash + 1))) {
      *hyphen = t;
      return Form::kSurnames;
    }
  }
  uint32_t b = main.b;  // "the senators' letter": the phrase may start at the possessor's noun
  std::string_view before = b > 0 ? ctx.Lower(b - 1) : "";
  if (b >= 3 && (before == "'" || before == "\u2019") && GroupNoun(ctx.Lower(b - 2))) {
    b = ctx.Lower(b - 3) == "two" && b >= 4 ? b - 4 : b - 3;
    w0 = ctx.Lower(b);
  }
  if (w0 != "the" && w0 != "both") return Form::kNone;
  uint32_t t = b + 1;
  if (t < main.e && (ctx.Lower(t) == "two" || ctx.Lower(t) == "both")) ++t;
  if (t >= main.e || ctx.EntityOf(t) >= 0 || !GroupNoun(ctx.Lower(t))) return Form::kNone;
  std::string_view noun = ctx.Lower(t);  // a plural that may name two ("the senators"), not "the crowd"
  return noun.ends_with("s") && !noun.ends_with("ss") ? Form::kGroup : Form::kNone;
}

}  // namespace

Speaker PairReferent(const Context& ctx, Range main, uint32_t at) {
  if (main.empty()) return {};
  uint32_t hyphen = main.b;
  Form form = PairForm(ctx, main, &hyphen);
  if (form == Form::kNone) return {};
  const auto& sentences = ctx.article().sentences;
  uint32_t here = ctx.SentenceOf(std::min(at, main.b));
  if (here >= sentences.size()) return {};
  uint32_t paragraph = sentences[here].paragraph;
  for (uint32_t k = 1; k <= kPairSentences && k <= here; ++k) {
    uint32_t s = here - k;
    if (sentences[s].paragraph + kPairParagraphs < paragraph) break;
    int32_t first = -1, second = -1;
    if (!PairOpening(ctx, s, &first, &second)) continue;
    if (form == Form::kSurnames && !SurnamePair(ctx.Text(hyphen), LastWord(ctx.Canonical(first)),
                                                LastWord(ctx.Canonical(second)))) {
      return {};
    }
    Speaker p = FromEntity(ctx, first);
    p.name += " and " + ctx.Canonical(second);
    p.entity = first;
    p.type = "person";
    p.span = Span{ctx.article().tokens[main.b].span.begin, ctx.article().tokens[main.e - 1].span.end};
    return p;
  }
  return {};
}

}  // namespace parallax::quotes
