// Credit lines: who a quoted paragraph belongs to when no verb says so.
//
// Roundups (opinion digests, "what they are saying" pieces) print a quoted
// paragraph and under it a line naming its author and outlet ("Andrea
// Powell, NBC News", "Editorial Board, Wall Street Journal", "Marco Rubio,
// Twitter"), or end the quoted paragraph with the source's bare name ("“...”
// Reuters"). There is no cue word: the line's shape is the cue. So a credit
// is read only where the shape is unmistakable: the quote fills its
// paragraphs (it opens the first one, nothing but the credit follows its
// closing mark), the credit has at most ten tokens, no quote mark, no colon
// ("Photo: Reuters" is a caption), no photo credit ("Tami Chappell/Reuters"), no lower-case word but short function
// words, and it is either one name and nothing else, or two parts split by a
// comma or a dash whose first part holds a person (the author) or whose last
// part is wholly an organization or a registered outlet. A section heading
// ("Enthusiasm Gap") names no one and is not a credit. The credit outranks
// the colon, continuation and candidate rules, which would give the quote to
// whoever spoke before it.
//
// Reports print their illustrative quotes the same way with a dash-led line
// under each ("– Jane D. (pseudonym), 23, a former swimmer, spoke of ..."):
// there the dash is the cue, so the line may be long and lower-case, and
// the name is the capitalized words between the dash and the first comma or
// parenthesis (DashCredit).
#include <algorithm>
#include <string_view>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/gender.h"

namespace parallax::quotes {

namespace {

constexpr uint32_t kMaxCreditTokens = 10;

bool FunctionWord(std::string_view w) {
  static const std::string_view k[] = {"&", "and", "at", "for", "of", "on", "the"};
  return InList(w, k);
}

bool Separator(std::string_view w) { return w == "," || w == "\u2014" || w == "\u2013" || w == "-" || w == "|"; }

bool SocialSite(std::string_view lower) {
  static const std::string_view k[] = {"facebook", "instagram", "twitter"};
  return std::any_of(std::begin(k), std::end(k), [&](std::string_view s) { return lower.starts_with(s); });
}

// "Tami Chappell/Reuters", "AP Photo", "Getty Images": a picture's credit.
bool PhotoCredit(std::string_view lower) {
  return lower.find('/') != std::string_view::npos || lower == "photo" || lower == "images" || lower == "getty";
}

// True when tokens [first, last) have the shape of a credit line, and sets
// *sep to the first separator (or last when none).
bool CreditShape(const Context& ctx, uint32_t first, uint32_t last, uint32_t* sep) {
  if (last <= first || last - first > kMaxCreditTokens) return false;
  *sep = last;
  uint32_t words = 0;
  for (uint32_t t = first; t < last; ++t) {
    std::string_view raw = ctx.Text(t);
    if (ctx.IsQuoteMark(t) || raw == ":" || raw == ";" || PhotoCredit(ctx.Lower(t))) return false;
    if (Separator(raw)) {
      if (*sep == last && t > first) *sep = t;
      continue;
    }
    if (ctx.IsPunct(t)) continue;
    unsigned char c = static_cast<unsigned char>(raw[0]);
    if (std::islower(c) && !FunctionWord(raw)) return false;
    words += std::isalpha(c) != 0;
  }
  return words > 0;
}

// The single organization, outlet or person that tokens [first, last) name
// and nothing else; unresolved otherwise.
Speaker WholeName(const Context& ctx, uint32_t first, uint32_t last, const Discourse& d) {
  while (first < last && ctx.IsPunct(first)) ++first;
  while (last > first && ctx.IsPunct(last - 1)) --last;
  if (first >= last) return {};
  int32_t e = ctx.EntityOf(first);
  bool one_entity = e >= 0;
  for (uint32_t t = first; t < last && one_entity; ++t) one_entity = ctx.EntityOf(t) == e;
  if (one_entity) return SpeakerOfEntity(ctx, e);
  std::string_view text = ctx.TextOf(first, last);
  if (ctx.registry().FindByName(text) == nullptr) return {};
  Speaker s = ResolvePhrase(ctx, first, last, first, d);
  return s.type == "outlet" ? s : Speaker{};
}

// The person opening tokens [first, last): a tagged person, else two or
// three capitalized words opening with a known given name.
Speaker Author(const Context& ctx, uint32_t first, uint32_t last) {
  for (uint32_t t = first; t < last; ++t) {
    int32_t e = ctx.EntityOf(t);
    if (e >= 0 && PersonEntity(ctx, e)) return SpeakerOfEntity(ctx, e);
  }
  uint32_t n = last - first;
  if (n < 2 || n > 3 || ctx.EntityOf(first) >= 0) return {};
  for (uint32_t t = first; t < last; ++t) {
    if (ctx.IsPunct(t) || !std::isupper(static_cast<unsigned char>(ctx.Text(t)[0]))) return {};
  }
  if (GivenNameGender(ctx.Lower(first)) == Gender::kUnknown) return {};
  Speaker s;
  s.span = Span{ctx.article().tokens[first].span.begin, ctx.article().tokens[last - 1].span.end};
  s.name = std::string(ctx.TextOf(first, last));
  s.type = "person";
  return s;
}

bool Dash(std::string_view w) { return w == "\u2014" || w == "\u2013"; }

// "– Daiki A. (pseudonym), 23, a professional athlete, ...": the person (or
// organization) named by tokens [first, last) of a paragraph opening with a
// dash, up to its first comma or parenthesis: one to four capitalized words
// or initials; a tagged entity wins. Unresolved for any other paragraph.
Speaker DashCredit(const Context& ctx, uint32_t first, uint32_t last) {
  if (first + 1 >= last || !Dash(ctx.Text(first))) return {};
  uint32_t b = first + 1, e = b;
  while (e < last && ctx.Text(e) != "," && ctx.Text(e) != "(") ++e;
  if (e == b || e - b > 5 || e == last) return {};
  int32_t ent = ctx.EntityOf(b);
  if (ent >= 0) {
    for (uint32_t t = b; t < e; ++t) if (ctx.EntityOf(t) != ent) ent = -1;
  }
  if (ent >= 0 && ctx.article().entities[ent].type != "LOC") return SpeakerOfEntity(ctx, ent);
  uint32_t words = 0;
  for (uint32_t t = b; t < e; ++t) {
    std::string_view raw = ctx.Text(t);
    if (raw == ".") continue;
    if (raw.empty() || !std::isupper(static_cast<unsigned char>(raw[0])) || ctx.IsQuoteMark(t)) return {};
    ++words;
  }
  if (words == 0 || words > 4) return {};
  Speaker s;
  s.span = Span{ctx.article().tokens[b].span.begin, ctx.article().tokens[e - 1].span.end};
  s.name = std::string(ctx.TextOf(b, e));
  s.type = "person";
  return s;
}

}  // namespace

Speaker CreditLine(const Context& ctx, const QuotedSpan& q, const Discourse& d) {
  const Article& a = ctx.article();
  Speaker label = TranscriptLine(ctx, ctx.TokenAt(q.outer.begin));  // "The question: “...”"
  if (label.resolved()) return label;
  if (!q.closed) return {};
  uint32_t after = ctx.TokenAt(q.outer.end);
  uint32_t para_end = ctx.TokenAt(a.paragraphs[q.last_paragraph].span.end);
  // A quote that ends its paragraph, over a dash-led line: "“...”" then "– Jane D., 23, ...".
  bool ends_paragraph = true;
  for (uint32_t t = after; t < para_end && ends_paragraph; ++t) ends_paragraph = ctx.IsPunct(t) && !ctx.IsQuoteMark(t);
  if (ends_paragraph && q.last_paragraph + 1 < a.paragraphs.size()) {
    const Paragraph& next = a.paragraphs[q.last_paragraph + 1];
    Speaker s = DashCredit(ctx, ctx.TokenAt(next.span.begin), ctx.TokenAt(next.span.end));
    if (s.resolved()) return s;
  }
  if (q.outer.begin != a.paragraphs[q.first_paragraph].span.begin) return {};
  uint32_t first = after, last = para_end;
  if (after >= para_end) {  // the quote fills its paragraph: the credit is the next one
    if (q.last_paragraph + 1 >= a.paragraphs.size()) return {};
    const Paragraph& next = a.paragraphs[q.last_paragraph + 1];
    first = ctx.TokenAt(next.span.begin);
    last = ctx.TokenAt(next.span.end);
  }
  uint32_t sep = last;
  if (!CreditShape(ctx, first, last, &sep)) return {};
  if (sep == last) return WholeName(ctx, first, last, d);
  Speaker s = Author(ctx, first, sep);
  if (!s.resolved()) return WholeName(ctx, sep + 1, last, d);
  for (uint32_t t = sep + 1; t < last; ++t) {
    if (SocialSite(ctx.Lower(t))) s.type = "social";
  }
  return s;
}

}  // namespace parallax::quotes
