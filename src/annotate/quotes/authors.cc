// A study's named authors referred to together (session 17): an article names
// who wrote a study or paper ("Roe co-authored the study with Ann Lee and Tom
// Diaz", "a paper by Ann Lee, Tom Diaz and Jo Roe") and later quotes it with
// "the authors wrote" / "the researchers concluded". Those phrases name the
// authors "A, B and C" (type person), as the quotation guideline writes several
// people speaking together. Used by speakers.cc.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/speakers_internal.h"

namespace parallax::quotes {

namespace {

constexpr uint32_t kAuthorSentences = 25;  // how far back the authors may be named
constexpr uint32_t kAuthorParagraphs = 10;
constexpr size_t kMaxAuthors = 5;

bool AuthorsNoun(std::string_view w) {
  static constexpr std::string_view k[] = {"authors", "co-authors", "coauthors", "researchers"};
  return InList(w, k);
}

// "co-authored", "coauthored", "authored", "co-wrote".
bool AuthoringVerb(std::string_view w) {
  static constexpr std::string_view k[] = {"authored", "co-authored", "co-wrote", "coauthored", "cowrote"};
  return InList(w, k);
}

// The work nouns before "by" that name authors ("a study by", "the paper by").
bool WorkNoun(std::string_view w) {
  static constexpr std::string_view k[] = {"analysis", "article", "book", "paper", "report", "research", "study"};
  return InList(w, k);
}

// "the authors", "the study's authors", "its authors", "the researchers": a definite phrase
// headed by an author noun with no name in it.
bool AuthorsPhrase(const Context& ctx, Range main) {
  if (main.e - main.b < 2 || main.e - main.b > 4 || !AuthorsNoun(ctx.Lower(main.e - 1))) return false;
  std::string_view w0 = ctx.Lower(main.b);
  if (w0 != "the" && w0 != "its" && w0 != "their") return false;
  for (uint32_t t = main.b; t < main.e; ++t) {
    if (ctx.EntityOf(t) >= 0 || ctx.InQuote(t)) return false;
  }
  return true;
}

// A word that may stand before a name in a list of authors: a body's name or a title, capitalized
// ("Stanford University Professor", "University of Chicago Booth School of Business Associate
// Professor": the tagger may cut the body's name), or "of" between two such words.
bool AffiliationWord(const Context& ctx, uint32_t t) {
  auto capitalized = [&](uint32_t k) {
    std::string_view raw = ctx.Text(k);
    return k < ctx.size() && !ctx.InQuote(k) && !IsPerson(ctx, ctx.EntityOf(k)) && !raw.empty() &&
           std::isupper(static_cast<unsigned char>(raw[0])) && !ctx.IsPunct(k);
  };
  if (ctx.Lower(t) == "of") return t > 0 && capitalized(t - 1) && capitalized(t + 1);
  return capitalized(t);
}

// "the working paper, “Measuring X,” by": the work noun before a quoted title and "by" at `by`.
bool WorkBefore(const Context& ctx, uint32_t by, uint32_t sentence_start) {
  uint32_t t = by;
  while (t > sentence_start && (ctx.InQuote(t - 1) || ctx.IsPunct(t - 1)) && by - t < 40) --t;
  return t < by && t > sentence_start && WorkNoun(ctx.Lower(t - 1));
}

// The distinct persons of the list that starts at token `t` (after "by"), at most three lower-case
// words before its first name ("by the economists A and B"): names joined by "," and "and" only, so
// that the persons named later in the sentence ("... concerns fact-checkers such as X") are not
// authors.
std::vector<int32_t> ListAfterBy(const Context& ctx, uint32_t t, uint32_t end) {
  std::vector<int32_t> persons;
  for (uint32_t k = 0; k < 3 && t < end && ctx.EntityOf(t) < 0 && !ctx.Text(t).empty() &&
                       std::islower(static_cast<unsigned char>(ctx.Text(t)[0]));
       ++k) {
    ++t;
  }
  while (t < end && !ctx.InQuote(t)) {
    int32_t e = ctx.EntityOf(t);
    std::string_view w = ctx.Lower(t);
    if (IsPerson(ctx, e)) {
      bool seen = std::any_of(persons.begin(), persons.end(),
                              [&](int32_t p) { return ctx.Canonical(p) == ctx.Canonical(e); });
      if (!seen) persons.push_back(e);
      while (t < end && ctx.EntityOf(t) == e) ++t;
    } else if (w == "," || w == "and" || w == "&") {
      ++t;
    } else if (AffiliationWord(ctx, t)) {
      ++t;  // "by Harvard Professor A, Stanford University Professor B and ...": a title or body before a name
    } else {
      break;
    }
  }
  return persons;
}

// The distinct persons of sentence `s` (outside quotes) when it names a work's authors: an
// authoring verb, or a work noun right before "by" (then only the list after it, ListAfterBy).
// Empty otherwise. A sentence the segmenter ended inside a quoted title ("co-authored the study,
// “Is it ...? Evidence from ...,” with A and B") runs on through the sentences of its paragraph
// until the quote closes.
std::vector<int32_t> AuthorsNamedIn(const Context& ctx, uint32_t s) {
  const auto& sentences = ctx.article().sentences;
  const Sentence& st = sentences[s];
  uint32_t end = std::min<uint32_t>(st.first_token + st.token_count, ctx.size());
  for (uint32_t n = s + 1; n < sentences.size() && n < s + 4 && end > 0 && end < ctx.size() &&
                           (ctx.InQuote(end - 1) || ctx.InQuote(end)) && sentences[n].paragraph == st.paragraph;
       ++n) {
    end = std::min<uint32_t>(sentences[n].first_token + sentences[n].token_count, ctx.size());
  }
  bool authoring = false;
  uint32_t by = end;  // the "by" after a work noun, when no authoring verb names the authors
  for (uint32_t t = st.first_token; t < end && !authoring; ++t) {
    if (ctx.InQuote(t)) continue;
    std::string_view w = ctx.Lower(t);
    authoring = AuthoringVerb(w) || (w == "by" && t > st.first_token &&
                                     (WorkNoun(ctx.Lower(t - 1)) || WorkBefore(ctx, t, st.first_token)));
    if (authoring && !AuthoringVerb(w)) by = t;
  }
  std::vector<int32_t> persons;
  if (!authoring) return persons;
  if (by < end) return ListAfterBy(ctx, by + 1, end);
  for (uint32_t t = st.first_token; t < end; ++t) {
    int32_t e = ctx.EntityOf(t);
    if (ctx.InQuote(t) || !IsPerson(ctx, e)) continue;
    bool seen = std::any_of(persons.begin(), persons.end(),
                            [&](int32_t p) { return ctx.Canonical(p) == ctx.Canonical(e); });
    if (!seen) persons.push_back(e);
  }
  return persons;
}

}  // namespace

Speaker AuthorsReferent(const Context& ctx, Range main, uint32_t at) {
  if (main.empty() || !AuthorsPhrase(ctx, main)) return {};
  const auto& sentences = ctx.article().sentences;
  uint32_t here = ctx.SentenceOf(std::min(at, main.b));
  if (here >= sentences.size()) return {};
  uint32_t paragraph = sentences[here].paragraph;
  for (uint32_t k = 1; k <= kAuthorSentences && k <= here; ++k) {
    uint32_t s = here - k;
    if (sentences[s].paragraph + kAuthorParagraphs < paragraph) break;
    std::vector<int32_t> persons = AuthorsNamedIn(ctx, s);
    if (persons.empty()) continue;
    if (persons.size() < 2 || persons.size() > kMaxAuthors) return {};  // one author, or a list of others
    Speaker p = FromEntity(ctx, persons[0]);
    for (size_t i = 1; i < persons.size(); ++i) {
      p.name += i + 1 == persons.size() ? " and " : ", ";
      p.name += FromEntity(ctx, persons[i]).name;
    }
    p.type = "person";
    p.span = Span{ctx.article().tokens[main.b].span.begin, ctx.article().tokens[main.e - 1].span.end};
    return p;
  }
  return {};
}

}  // namespace parallax::quotes
