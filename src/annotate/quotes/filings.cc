// A court filing's words (session 18): an article says who went to court
// ("Harvard and MIT have filed suit", "The ACLU sued the city", "Roe filed a
// lawsuit", "Roe, who ..., is suing the school") and then quotes the filing under other names ("the lawsuit
// alleges", "the court papers say", "the court documents say", "the suit
// charges"). Those phrases name the plaintiffs, as the quotation guideline
// writes a court filing's words: its plaintiff's document ("A and B" for two).
// Used by speakers.cc.
#include <string>
#include <string_view>
#include <vector>

#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/speakers_internal.h"

namespace parallax::quotes {

namespace {

constexpr uint32_t kFilingSentences = 20;  // how far back the plaintiffs may be named
constexpr size_t kMaxPlaintiffs = 3;

// Nouns that name a filing by themselves ("the lawsuit", "the suit", "the complaint").
bool FilingNoun(std::string_view w) {
  static constexpr std::string_view k[] = {"complaint", "filing", "lawsuit", "petition", "suit"};
  return InList(w, k);
}

// Nouns that name a filing after "court" ("the court papers", "court documents").
bool CourtPaperNoun(std::string_view w) {
  static constexpr std::string_view k[] = {"document", "documents", "filing", "filings", "papers", "records"};
  return InList(w, k);
}

// "the lawsuit", "the federal lawsuit from Wednesday", "the court papers": a definite phrase whose
// head (before a "from"/"of" complement) names a filing, with no name of a person in it.
bool FilingPhrase(const Context& ctx, Range main) {
  if (main.e - main.b < 2 || ctx.Lower(main.b) != "the") return false;
  uint32_t head = Head(ctx, main);
  if (head <= main.b || head >= main.e) return false;
  std::string_view hw = ctx.Lower(head);
  if (!FilingNoun(hw) && !(CourtPaperNoun(hw) && ctx.Lower(head - 1) == "court")) return false;
  for (uint32_t t = main.b; t <= head; ++t) {
    if (ctx.InQuote(t) || IsPerson(ctx, ctx.EntityOf(t))) return false;
  }
  return true;
}

// Token k starts the words that say someone went to court: "sued"/"sues", or a verb of filing
// with a filing noun at most three words after it ("filed suit", "filed a federal lawsuit",
// "brought a complaint").
bool GoesToCourt(const Context& ctx, uint32_t k, uint32_t end) {
  std::string_view w = ctx.Lower(k);
  if (w == "sued" || w == "sues") return true;
  // "is suing", "are suing" (session 19).
  if (w == "suing" && k > 0) {
    std::string_view aux = ctx.Lower(k - 1);
    return aux == "is" || aux == "are" || aux == "was" || aux == "were";
  }
  if (w != "filed" && w != "files" && w != "file" && w != "brought" && w != "lodged") return false;
  for (uint32_t u = k + 1; u < end && u <= k + 3; ++u) {
    if (FilingNoun(ctx.Lower(u))) return true;
  }
  return false;
}

// The persons and organizations that open the clause before the verb at `v` as its joint subject,
// in text order: entities joined by "and", "," and "the" only, ending right before the verb or
// its auxiliaries ("have", "has"), and starting a clause. Empty when the subject is no such list.
std::vector<int32_t> SubjectList(const Context& ctx, uint32_t v, uint32_t sentence_start) {
  std::vector<int32_t> list;
  uint32_t k = v;
  auto auxiliary = [&](std::string_view w) {
    return w == "have" || w == "has" || w == "had" || w == "also" || w == "is" || w == "are" || w == "was" ||
           w == "were";
  };
  while (k > sentence_start && auxiliary(ctx.Lower(k - 1))) --k;
  // "Roe, who lives in Austin with her husband, is suing": the subject before a relative clause
  // set off by commas (session 19).
  if (k > sentence_start + 2 && ctx.Lower(k - 1) == ",") {
    for (uint32_t r = k - 2; r > sentence_start + 1; --r) {
      std::string_view w = ctx.Lower(r);
      if ((w == "who" || w == "which") && ctx.Lower(r - 1) == ",") {
        k = r - 1;
        break;
      }
    }
  }
  uint32_t opens = k;  // the first token of the list's first entity
  while (k > sentence_start) {
    int32_t e = ctx.EntityOf(k - 1);
    bool party = e >= 0 && (IsPerson(ctx, e) || ctx.article().entities[e].type == "ORG");
    if (party) {
      uint32_t first = k - 1;
      while (first > sentence_start && ctx.EntityOf(first - 1) == e) --first;
      list.insert(list.begin(), e);
      k = opens = first;
      continue;
    }
    std::string_view w = ctx.Lower(k - 1);
    if (list.empty() || (w != "and" && w != "," && w != "the")) break;
    --k;
  }
  if (list.empty() || list.size() > kMaxPlaintiffs) return {};
  // A joiner read past the list ("Now, Roe, who ...": the comma after "Now") is not part of it.
  while (k < opens && ctx.Lower(k) != "the") ++k;
  // The list opens the clause: at the sentence start (a "the" may open it) or after a comma.
  while (k < v && ctx.Lower(k) == "the") ++k;
  uint32_t first = k;
  if (first != sentence_start && !(first > sentence_start && ctx.Lower(first - 1) == ",") &&
      !(first == sentence_start + 1 && ctx.Lower(sentence_start) == "the")) {
    return {};
  }
  return list;
}

}  // namespace

Speaker FilingReferent(const Context& ctx, Range main, uint32_t at) {
  if (main.empty() || !FilingPhrase(ctx, main)) return {};
  const auto& sentences = ctx.article().sentences;
  uint32_t here = ctx.SentenceOf(std::min(at, main.b));
  if (here >= sentences.size()) return {};
  for (uint32_t k = 0; k <= kFilingSentences && k <= here; ++k) {
    const Sentence& st = sentences[here - k];
    uint32_t end = std::min<uint32_t>(st.first_token + st.token_count, ctx.size());
    if (k == 0) end = std::min(end, main.b);  // in the phrase's own sentence, only before it
    for (uint32_t t = st.first_token; t < end; ++t) {
      if (ctx.InQuote(t) || !GoesToCourt(ctx, t, end)) continue;
      std::vector<int32_t> list = SubjectList(ctx, t, st.first_token);
      if (list.empty()) continue;
      Speaker s = FromEntity(ctx, list[0]);
      for (size_t i = 1; i < list.size(); ++i) {
        s.name += i + 1 == list.size() ? " and " : ", ";
        // "Harvard and the Massachusetts Institute of Technology": the article's "the" stays.
        const EntityMention& m = ctx.article().entities[list[i]];
        uint32_t first = ctx.TokenAt(m.span.begin);
        if (!IsPerson(ctx, list[i]) && first > 0 && ctx.Lower(first - 1) == "the") s.name += "the ";
        s.name += FromEntity(ctx, list[i]).name;
      }
      s.type = "document";
      s.span = Span{ctx.article().tokens[main.b].span.begin, ctx.article().tokens[main.e - 1].span.end};
      return s;
    }
  }
  return {};
}

}  // namespace parallax::quotes
