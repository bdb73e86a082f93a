// Session 18: documents whose author the article names around another mention of them. "Her office
// issued a brief statement, attributed to the congresswoman, ... “...,” the statement read.": the
// statement is the person the possessive pronoun points back to (type document), as "a statement
// from Harry Reid's office" is Harry Reid's (documents.cc). "a 414-page report released by the
// Senate Judiciary Committee ... The report claims ... “...”": the agent after the document noun
// is its author, for that mention and for a later bare "the report".
#include <string>
#include <string_view>
#include <utility>

#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/names.h"
#include "annotate/quotes/speakers_internal.h"

namespace parallax::quotes {

namespace {

// The people who issue a person's documents for them.
bool OfficeNoun(std::string_view w) {
  return InList(w, {"aides", "attorney", "attorneys", "campaign", "lawyer", "lawyers", "office", "spokesman",
                    "spokesperson", "spokeswoman", "staff", "team"});
}

// "statement" and "statements", "letter" and "letters": the same document noun.
bool SameNoun(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  return a == b || (b.size() == a.size() + 1 && b.back() == 's' && b.starts_with(a));
}

// Participles whose "by" agent wrote or issued the document before them.
bool AuthoredBy(std::string_view w) {
  return InList(w, {"authored", "commissioned", "compiled", "drafted", "filed", "issued", "prepared", "produced",
                    "published", "released", "sent", "signed", "written"});
}

}  // namespace

Speaker AgentAfterDocument(const Context& ctx, uint32_t noun) {
  uint32_t t = noun + 1;
  if (t < ctx.size() && AuthoredBy(ctx.Lower(t))) ++t;
  if (ctx.Lower(t) != "by" || ctx.SentenceOf(t) != ctx.SentenceOf(noun)) return {};
  ++t;
  if (ctx.Lower(t) == "the") ++t;
  // The first name after "by" (a body before its chairman's name: "by Senate Judiciary Committee
  // Chairman Chuck Grassley" is the committee's), title words before it allowed.
  for (uint32_t k = t; k < t + 3 && k < ctx.size() && !ctx.IsPunct(k) && !ctx.InQuote(k); ++k) {
    int32_t e = ctx.EntityOf(k);
    if (e < 0) continue;
    if (!IsPerson(ctx, e) && ctx.article().entities[e].type != "ORG") return {};
    Speaker author = FromEntity(ctx, e);
    // "Senate Judiciary Committee Chairman Chuck Grassley" with "Senate" alone tagged: the body's
    // name goes on over organization tokens and untagged capitalized words up to a title word.
    uint32_t end = k;
    auto body_word = [&](uint32_t u) {
      int32_t f = ctx.EntityOf(u);
      if (f >= 0) return ctx.article().entities[f].type == "ORG";
      return Capitalized(ctx.Text(u)) && !TitleNoun(ctx.Lower(u)) && !ctx.InQuote(u) &&
             ctx.SentenceOf(u) == ctx.SentenceOf(k);
    };
    while (end < ctx.size() && body_word(end)) ++end;
    if (!IsPerson(ctx, e) && end > k && ctx.EntityOf(end - 1) != e) {
      author.name = std::string(ctx.TextOf(k, end));
      author.span.end = ctx.article().tokens[end - 1].span.end;
    }
    author.type = "document";
    return author;
  }
  return {};
}

Speaker AgentOfEarlierDocument(const Context& ctx, uint32_t noun) {
  std::string_view want = ctx.Lower(noun);
  for (uint32_t k = noun; k > 0 && noun - k < 3000;) {
    --k;
    if (ctx.InQuote(k) || !SameNoun(ctx.Lower(k), want)) continue;
    Speaker author = AgentAfterDocument(ctx, k);
    if (author.resolved()) {
      author.span = ctx.article().tokens[noun].span;
      return author;
    }
  }
  return {};
}

Speaker OfficeDocumentAuthor(const Context& ctx, uint32_t noun, const Discourse& d) {
  std::string_view want = ctx.Lower(noun);
  uint32_t sentence = ctx.SentenceOf(noun);
  if (sentence == UINT32_MAX) return {};
  const auto& sentences = ctx.article().sentences;
  // The nearest sentence at most six before the noun's that opens "His/Her <office noun>" and names
  // the same document after an authoring verb ("Her office issued a brief statement").
  for (uint32_t s = sentence; s > 0 && sentence - s < 6;) {
    --s;
    uint32_t t = sentences[s].first_token, end = t + sentences[s].token_count;
    std::string_view pron = ctx.Lower(t);
    if ((pron != "his" && pron != "her") || ctx.InQuote(t) || !OfficeNoun(ctx.Lower(t + 1))) continue;
    bool authored = false;
    for (uint32_t k = t + 2; k < end && k < t + 8; ++k) {
      if (ctx.InQuote(k) || ctx.IsPunct(k)) break;
      authored = authored || AuthoringVerbWord(ctx.Lower(k));
      if (!authored || !SameNoun(ctx.Lower(k), want)) continue;
      Speaker author = ResolvePronoun(ctx, Pronoun::kPerson, Range{t, t + 1}, t, d);
      if (!author.resolved() || author.type != "person" || author.entity < 0) return {};
      author.type = "document";
      author.span = ctx.article().tokens[noun].span;
      return author;
    }
  }
  return {};
}

}  // namespace parallax::quotes
