// Document speakers: the author of "the statement", "a memo from X", "the
// White House statement", and of "the suit" an earlier sentence introduced
// ("The NAACP adopted a resolution", "Mueller has submitted questions").
#include <algorithm>
#include <string>
#include <string_view>

#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/speakers_internal.h"

namespace parallax::quotes {

namespace {

// "queries" -> "query", "questions" -> "question": one form for singular and plural.
std::string NounStem(std::string_view w) {
  if (w.size() > 4 && w.ends_with("ies")) return std::string(w.substr(0, w.size() - 3)) + "y";
  if (w.size() > 3 && w.ends_with("s") && !w.ends_with("ss")) w.remove_suffix(1);
  return std::string(w);
}

// Verbs of writing, issuing or adopting a document ("The NAACP adopted a
// resolution", "Mueller has submitted questions"): the subject is its author
// ("The Times obtained the questions", "Trump called the suit ..." are not).
bool AuthoringVerb(std::string_view w) {
  static const std::string_view k[] = {
      "adopted", "adopts", "approved", "authored", "brought", "commissioned", "compiled", "conducted", "drafted",
      "file", "filed", "files", "introduced", "issued", "issues", "lodged", "passed", "penned", "posted",
      "prepared", "presented", "published", "released", "releases", "sent", "sends", "signed", "sponsored",
      "submitted", "submits", "unveiled", "wrote", "writes", "written"};
  return InList(w, k);
}

// The author of "the resolution" from a sentence that mentioned it before:
// the first person or organization opening a clause before the noun in the
// nearest such sentence where an authoring verb comes between them ("The
// NAACP adopted a resolution ..."); singular and plural, and a compound
// ("lawsuit" for "the suit"), match. When no sentence before names an author,
// a later one that names the same document with "the" does ("“...,” the
// lawsuit says. ... Former prosecutor Thomas O'Brien filed the lawsuit").
Speaker IntroducedDocumentAuthor(const Context& ctx, uint32_t head) {
  std::string noun = NounStem(ctx.Lower(head));
  auto same_noun = [&](uint32_t k) {
    std::string_view w = ctx.Lower(k);  // the stems' last letters must match: most words end here
    char last = w.size() > 4 && w.ends_with("ies") ? 'y' : w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") ? w[w.size() - 2] : w.empty() ? 0 : w.back();
    if (noun.empty() || last != noun.back()) return false;
    std::string other = NounStem(ctx.Lower(k));  // "the suit" was introduced as "a lawsuit"
    return !other.empty() && (other.ends_with(noun) || noun.ends_with(other)) && !ctx.InQuote(k);
  };
  auto author_before = [&](uint32_t k) -> Speaker {  // k: a mention of the noun
    uint32_t sentence = ctx.SentenceOf(k);
    bool authored = false;  // an authoring verb between the subject and the noun
    for (uint32_t u = k; u > 0 && ctx.SentenceOf(u - 1) == sentence; --u) {
      authored = authored || AuthoringVerb(ctx.Lower(u - 1));
      int32_t e = ctx.EntityOf(u - 1);
      bool author = IsPerson(ctx, e) || (e >= 0 && ctx.article().entities[e].type == "ORG");
      bool first = u - 1 == 0 || ctx.SentenceOf(u - 2) != sentence || ctx.EntityOf(u - 2) != e;
      // "Former federal prosecutor Thomas O'Brien filed": a lower-case title before the subject too.
      if (author && first && authored && (ClauseInitial(ctx, u - 1) || OpensSentence(ctx, e))) {
        Speaker s = FromEntity(ctx, e);
        s.type = "document";
        return s;
      }
    }
    return {};
  };
  // The mentions with an author depend on the noun only: found once per article and noun, so
  // an article naming "the report" in each of thousands of sentences is read once, not once
  // per quote.
  Context::AuthoredMentions& memo = ctx.DocumentMemo(noun);
  if (!memo.ready) {
    for (uint32_t k = 0; k < ctx.size(); ++k) {
      if (!same_noun(k) || !author_before(k).resolved()) continue;
      memo.all.push_back(k);
      if (k > 0 && ctx.Lower(k - 1) == "the") memo.after_the.push_back(k);
    }
    memo.ready = true;
  }
  // The nearest such mention before the head, else the first one after it that follows "the".
  auto before = std::lower_bound(memo.all.begin(), memo.all.end(), head);
  if (before != memo.all.begin()) return author_before(*(before - 1));
  auto after = std::upper_bound(memo.after_the.begin(), memo.after_the.end(), head);
  if (after != memo.after_the.end()) return author_before(*after);
  return {};
}

// False when the document `doc` was named by a document noun other than `noun` ("her
// statement" is not "the report"); true when its mention holds no document noun.
bool SameDocumentNoun(const Context& ctx, const Speaker& doc, std::string_view noun) {
  uint32_t end = ctx.TokenAt(doc.span.end);
  for (uint32_t t = ctx.TokenAt(doc.span.begin); t < end; ++t) {
    if (!DocumentNoun(ctx.Lower(t))) continue;
    std::string a = NounStem(ctx.Lower(t)), b = NounStem(noun);
    return a.ends_with(b) || b.ends_with(a);
  }
  return true;
}

}  // namespace

// "a statement from Harry Reid's office", "the statement from his attorney, William McGinley".
Speaker DocumentSpeaker(const Context& ctx, Range main, uint32_t last, uint32_t at, const Discourse& d) {
  for (uint32_t t = main.b; t < main.e; ++t) {
    if (ctx.Lower(t) != "from" && ctx.Lower(t) != "by") continue;
    Range rest{t + 1, last};
    int32_t person = -1;
    for (uint32_t u = rest.e; u > rest.b && person < 0; --u) if (IsPerson(ctx, ctx.EntityOf(u - 1))) person = ctx.EntityOf(u - 1);
    Speaker s = person >= 0 ? FromEntity(ctx, person) : ResolvePhrase(ctx, rest.b, rest.e, at, d);
    if (s.resolved()) {
      s.type = "document";
      return s;
    }
  }
  // "Mr. Braley's apology noted", "the White House statement said": a person,
  // an organization or a place before the document noun is its author.
  for (uint32_t t = main.b; t < Head(ctx, main); ++t) {
    int32_t e = ctx.EntityOf(t);
    if (!IsPerson(ctx, e) && (e < 0 || ctx.article().entities[e].type == "MISC")) continue;
    Speaker s = FromEntity(ctx, ctx.EntityOf(t));
    s.type = "document";
    s.span.end = std::max(s.span.end, ctx.article().tokens[Head(ctx, main)].span.end);  // the document's noun too
    return s;
  }
  uint32_t head = Head(ctx, main);
  if (head + 1 == main.e && DocumentNoun(ctx.Lower(head))) {  // "a report released by X" (authored_documents.cc)
    Speaker agent = AgentAfterDocument(ctx, head);
    if (agent.resolved()) return agent;
  }
  bool bare = head == main.b + 1 && ctx.Lower(main.b) == "the";
  if (bare && d.last_document.resolved() && SameDocumentNoun(ctx, d.last_document, ctx.Lower(head))) {
    return d.last_document;
  }
  // "the suit", "the new suit", "one of the queries", "one question": a document the article
  // introduced before, with its author ("Mueller hopes to ask ... questions").
  std::string_view det = ctx.Lower(main.b);
  bool known = det == "the" || det == "one" || det == "another" || det == "each" || det == "some";
  uint32_t noun = head;
  for (uint32_t t = main.b; t < main.e && !DocumentNoun(ctx.Lower(noun)); ++t) noun = t;
  if (known && DocumentNoun(ctx.Lower(noun))) {
    Speaker s = IntroducedDocumentAuthor(ctx, noun);
    if (!s.resolved()) s = OfficeDocumentAuthor(ctx, noun, d);  // "Her office issued a statement"
    if (!s.resolved()) s = AgentOfEarlierDocument(ctx, noun);  // "a report released by X ... the report"
    if (s.resolved()) return s;
  }
  Speaker own = PossessiveDocumentAuthor(ctx, main, at, d);  // "his statement said" (antecedents.cc)
  if (own.resolved()) return own;
  return Described(ctx, main, "document");
}

bool AuthoringVerbWord(std::string_view w) { return AuthoringVerb(w); }

}  // namespace parallax::quotes
