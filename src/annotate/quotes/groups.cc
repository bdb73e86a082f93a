// One typing for unnamed groups (session 17, docs/quotes.md "Session 17"): a
// group of people speaking together is `anonymous`, its description kept,
// when the article names it only by a common noun with no named body behind
// it ("experts", "campaigners", "the crowd", "some critics of the group"); it
// is `organization` when a named body, a party or a legislature defines it
// ("Senate Republicans", "the three Republican chairmen", "the DNC's
// lawyers", "prosecutors" (an office's voice), "lawyers for the DNC", "investigators on the local grand jury",
// "the bishops" after "the United States Conference of Catholic Bishops").
// A reader counting unattributed sourcing needs the first kind counted as
// such. Used by speakers.cc.
#include <string_view>

#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/names.h"
#include "core/ascii.h"
#include "annotate/quotes/speakers_internal.h"

namespace parallax::quotes {

namespace {

// Lower-case words of a party or a legislature that make a group a body's ("Senate Republicans",
// "GOP lawmakers", "Democratic senators", "House Democrats", "Tory MPs").
constexpr std::string_view kBodyWords[] = {"congressional", "democrat",  "democratic",    "democrats",
                                           "gop",           "house",     "labour",        "parliamentary",
                                           "republican",    "republicans", "senate",      "tories",
                                           "tory"};

// Plural nouns of people who speak as their office does, whose words are the office's ("prosecutors
// said" is the prosecution, as on-record as a filing); unlike "lawmakers" or "officials", each
// speaking for themselves.
constexpr std::string_view kOfficeVoices[] = {"investigators", "prosecutors", "regulators"};

// Token t names a body: an organization the tagger found, or a party or legislature word.
bool NamesBody(const Context& ctx, uint32_t t) {
  int32_t e = ctx.EntityOf(t);
  if (e >= 0 && ctx.article().entities[e].type == "ORG") return true;
  return InList(ctx.Lower(t), kBodyWords);
}

// "the bishops" after "the United States Conference of Catholic Bishops": a definite group whose
// head noun is a word of an organization named before it is that body's.
bool BodyOfItsNoun(const Context& ctx, Range main) {
  uint32_t h = Head(ctx, main), the = main.b;  // "However the bishops called": an opening word allowed
  while (the < h && ctx.Lower(the) != "the") ++the;
  if (the == h) return false;
  std::string_view head = ctx.Lower(h);
  const Article& a = ctx.article();
  uint32_t limit = a.tokens[main.b].span.begin;
  for (const EntityMention& m : a.entities) {
    if (m.span.begin >= limit) break;
    if (m.type != "ORG") continue;
    for (std::string_view w : Words(m.span.Of(a.body))) {
      if (w.size() == head.size() && core::AsciiLowered(w) == head) return true;
    }
  }
  return false;
}

// [b, e) holds "group of" and then, at most four words on, a plural noun of people: the end of that
// noun, else 0 ("a group of 25 activists and volunteers" -> after "activists").
uint32_t GroupOfPeopleEnd(const Context& ctx, uint32_t b, uint32_t e) {
  for (uint32_t t = b; t + 2 < e; ++t) {
    if (ctx.Lower(t) != "group" || ctx.Lower(t + 1) != "of") continue;
    for (uint32_t u = t + 2; u < e && u < t + 7 && !ctx.IsPunct(u); ++u) {
      std::string_view w = ctx.Lower(u);
      if (GroupNoun(w) || (AnonymousNoun(w) && w.ends_with("s"))) return u + 1;
    }
  }
  return 0;
}

}  // namespace

Speaker UnnamedBody(const Context& ctx, Range main, bool bare_generic) {
  if (GroupOfPeopleEnd(ctx, main.b, main.e) != 0) return Described(ctx, main, GroupType(ctx, main));
  if (!bare_generic) return Described(ctx, main, "organization");
  // "In an open letter ..., a group of 25 activists and volunteers asked ... “...,” the group wrote."
  const auto& sentences = ctx.article().sentences;
  uint32_t here = ctx.SentenceOf(main.b);
  for (uint32_t k = 0; k <= 3 && k <= here && here < sentences.size(); ++k) {
    const Sentence& st = sentences[here - k];
    uint32_t b = st.first_token, e = k == 0 ? main.b : st.first_token + st.token_count;
    for (uint32_t t = b; t + 2 < e; ++t) {
      uint32_t end = ctx.Lower(t + 1) == "group" ? GroupOfPeopleEnd(ctx, t + 1, e) : 0;
      if (end == 0 || !Determiner(ctx.Lower(t)) || ctx.InQuote(t)) continue;
      // "and volunteers": a coordinated second noun of people stays in the description.
      if (end + 1 < e && ctx.Lower(end) == "and" && (GroupNoun(ctx.Lower(end + 1)) || AnonymousNoun(ctx.Lower(end + 1)))) {
        end += 2;
      }
      Range group{t, end};
      return Described(ctx, group, GroupType(ctx, group));
    }
  }
  return Described(ctx, main, "organization");
}

Speaker UnnamedSpokesperson(const Context& ctx, Range main, const Discourse& d) {
  uint32_t here = ctx.SentenceOf(main.b);
  bool definite = ctx.Lower(main.b) == "the" || ctx.Lower(main.b) == "these";
  if (definite && d.last_speaker.resolved() && d.last_speaker.type == "organization" &&
      d.last_speaker_sentence <= here && here <= d.last_speaker_sentence + 3) {
    Speaker s = d.last_speaker;
    s.span = Described(ctx, main, "organization").span;
    return s;
  }
  bool body = false;
  for (uint32_t t = main.b; t < main.e && !body; ++t) body = BodyNoun(ctx.Lower(t));
  return Described(ctx, main, body ? "organization" : "anonymous");
}

const char* GroupType(const Context& ctx, Range main) {
  if (InList(ctx.Lower(Head(ctx, main)), kOfficeVoices)) return "organization";
  for (uint32_t t = main.b; t < main.e; ++t) {
    if (NamesBody(ctx, t)) return "organization";
    std::string_view w = ctx.Lower(t);
    // "the DNC's lawyers", "China's negotiators": the group of a named body or country (not of a
    // person: "Trump's supporters" are unnamed people).
    int32_t owner = t > main.b ? ctx.EntityOf(t - 1) : -1;
    if ((w == "'s" || w == "\u2019s") && owner >= 0 && ctx.article().entities[owner].type != "PER") {
      return "organization";
    }
  }
  if (BodyOfItsNoun(ctx, main)) return "organization";
  // "lawyers for the DNC", "investigators on the local grand jury": a body after a preposition of
  // membership, in the few words that follow ("critics of the group" is no membership).
  if (main.e < ctx.size() && InList(ctx.Lower(main.e), {"at", "for", "from", "in", "on", "with"})) {
    for (uint32_t t = main.e + 1; t < ctx.size() && t < main.e + 6; ++t) {
      if (ctx.IsPunct(t) || ctx.InQuote(t) || ctx.SentenceOf(t) != ctx.SentenceOf(main.e)) break;
      std::string_view w = ctx.Lower(t);
      if (NamesBody(ctx, t) || BodyNoun(w) || w == "jury" || w == "panel") return "organization";
    }
  }
  return "anonymous";
}

}  // namespace parallax::quotes
