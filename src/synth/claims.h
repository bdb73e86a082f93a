// Claims of the statement-conflict pass (internal to parallax_synth): what
// conflicts.cc (date and rank claims, the pass) and number_claims.cc (number
// claims) share. A claim is one value said about one key in one sentence;
// claims of one key that fall on different sides are a conflict (the rules
// are in conflicts.cc and number_claims.cc).
//
// Thread safety: pure functions; a SentenceTokens belongs to one thread.
#ifndef PARALLAX_SYNTH_CLAIMS_H_
#define PARALLAX_SYNTH_CLAIMS_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/ascii.h"
#include "synth/corpus.h"
#include "synth/story_view.h"

namespace parallax::synth::claims {

// The sentence's tokens, lower-cased, with their byte spans.
struct Toks {
  std::vector<std::string> words;
  std::vector<Span> spans;
};

// The lower-cased words are the story's word types' (lowered once per
// distinct word), not lowered again per token.
Toks TokensOf(const StoryCorpus& c, const SentenceInfo& s);

// Index of the token of `t` that holds byte `byte` of the body (the last
// token when the byte lies past them all).
int TokenAt(const Toks& t, uint32_t byte);

// A value claimed about a key, with where it was said.
struct Claim {
  std::string key, subject, value, surface;
  uint32_t sentence = 0;  // index into corpus.sentences()
  // A trip's destinations ("|dayton|el paso|", lower-cased) when the
  // sentence names them, else "": trips to places that share none are
  // different trips (conflicts.cc).
  std::string places;
  // A number claim's bound: '>' for a lower bound ("more than 30 million",
  // "at least 40", "over 500"), '<' for an upper one ("fewer than 20",
  // "under 5 percent", "up to 10"), 0 otherwise (bounds.cc).
  char bound = 0;
};

// PER mentions of the sentence as (first token, last token, name).
struct Person { int first, last; std::string name; };
std::vector<Person> PeopleOf(const StoryCorpus& c, const SentenceInfo& s, const Toks& t);

// One sentence's lower-cased tokens and people, built on first use and shared
// by its claim passes (dates, ranks, numbers) instead of once per pass.
class SentenceTokens {
 public:
  SentenceTokens(const StoryCorpus& c, uint32_t si) : c_(c), s_(c.sentences()[si]) {}
  const Toks& Tokens() {
    if (!toks_) toks_ = TokensOf(c_, s_);
    return *toks_;
  }
  const std::vector<Person>& People() {
    if (!people_) people_ = PeopleOf(c_, s_, Tokens());
    return *people_;
  }

 private:
  const StoryCorpus& c_;
  const SentenceInfo& s_;
  std::optional<Toks> toks_;
  std::optional<std::vector<Person>> people_;
};

// Whether the token at `at` stands in a clause that states no fact: after
// "if"/"unless" ("if the election was held today") or, with `modal`, after
// "could"/"might"/"would" ("could shut off power to 350,000 customers"),
// with no clause break (, ; :) in between, at most 10 words back.
inline bool InUnassertedClause(const Toks& t, int at, bool modal) {
  for (int k = at - 1; k >= 0 && k >= at - 10; --k) {
    const std::string_view w = t.words[k];
    // Sizes first: most words are none of these and cost one or two tests.
    switch (w.size()) {
      case 1:
        if (w[0] == ',' || w[0] == ';' || w[0] == ':') return false;
        break;
      case 2:
        if (w == "if") return true;
        break;
      case 5:
        if (modal && (w == "could" || w == "might" || w == "would")) return true;
        break;
      case 6:
        if (w == "unless") return true;
        break;
      default:
        break;
    }
  }
  return false;
}

// The past year a sentence speaks of: when every resolved date of the
// sentence lies in a year before its article's publication year ("In 2008,
// the group gave him 2 percent", a picture caption "... at a debate in
// 2007"), the latest of those years; 0 when the sentence has no date, a date
// in the publication year or later, or the article no publication year.
// What it says (a share, an office) held then, not now.
inline int PastYearOf(const StoryCorpus& c, const SentenceInfo& s) {
  if (s.dates.empty()) return 0;
  auto year = [](std::string_view v) { return std::max(0, core::ParseAsciiDigits(v, 0, 4)); };
  const int published = year(c.articles()[s.article]->published.value);
  if (published == 0) return 0;
  int latest = 0;
  for (std::string_view d : s.dates) {
    const int y = year(d);
    if (y == 0 || y >= published) return 0;
    latest = std::max(latest, y);
  }
  return latest;
}

// Whether the date `x` of article `a` names something rather than timing
// its sentence: a month named first and no year ("September 11", "Nov. 3",
// "November"; not "last month"), standing before a noun, after a determiner
// or as a possessive ("the September 11 terrorist attacks", "a June trip",
// "November's election"). Its year is the resolver's guess from the
// publication date, which is wrong for a well-known past event or an
// anniversary ("the September 11 attacks" in a 2016 article).
bool NamesWithoutYear(const Article& a, const TimeExpression& x);

// Whether a sentence speaks only of a time before its article's publication
// month: every resolved date lies in an earlier month, or, for a date with a
// year alone, an earlier year ("2019", "2024-01" in an article of March 2024:
// "Attorney General X won last month's election"). False for a sentence
// without dates, with one date this month or later, or in an article whose
// date has no year. A date that names an event without its year
// (NamesWithoutYear: "the September 11 attacks") does not time the sentence
// and is passed over. What it names (an office) is what held then; every
// sentence PastYearOf gives a year to is such a sentence.
bool SpeaksOfAnEarlierMonth(const StoryCorpus& c, const SentenceInfo& s);

// Side index of each claim: claims i and j join one side when agree(i, j)
// says so (union-find).
template <typename Agree>
std::vector<size_t> Sides(const std::vector<const Claim*>& claims, Agree agree) {
  std::vector<size_t> parent(claims.size());
  for (size_t i = 0; i < parent.size(); ++i) parent[i] = i;
  auto find = [&](size_t x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; };
  for (size_t i = 0; i < claims.size(); ++i)
    for (size_t j = i + 1; j < claims.size(); ++j)
      if (agree(i, j)) parent[find(i)] = find(j);
  std::vector<size_t> side(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) side[i] = find(i);
  return side;
}

// The conflict of `kind` that claims and their side indices make: one
// ConflictClaim per side (its first value, its cited sentences, its
// outlets), the sides with most sources first; nullopt when the claims
// fall on fewer than two sides or come from one outlet only.
std::optional<Conflict> MakeConflict(const StoryCorpus& c, const std::vector<const Claim*>& claims,
                                     const std::vector<size_t>& side, std::string kind, std::string fact);

// number_claims.cc: the number claims of corpus sentence `si` in fact group
// `fact` (none outside a fact group), appended to `out`.
void NumberClaims(const StoryCorpus& c, uint32_t si, const std::string& fact, SentenceTokens* st,
                  std::vector<Claim>* out);

// past_tolls.cc: the death toll of an event of an earlier year in corpus
// sentence `si` ("the 2011 tornado that devastated Joplin, Mo., ... when 161
// people were killed"), keyed by the place and the year across fact groups.
void PastTollClaims(const StoryCorpus& c, uint32_t si, SentenceTokens* st, std::vector<Claim>* out);

// bounds.cc: the bound the words before the number at token `i` of `words`
// make of it ('>', '<' or 0, as Claim::bound), "$" and "a" passed over.
char BoundOf(const std::vector<std::string>& words, size_t i);

// bounds.cc: whether two number claims are bounds in one direction less than
// twofold apart ("more than 30 million" / "more than 37 million"): both can
// hold, so they make no conflict. Bounds twofold apart or more ("more than
// 2,000" / "more than 4,000" people in one caravan) read as a reader's
// estimates, which disagree. NumberConflict asks it of claims published on
// one day only (a running count's states on two days still differ).
bool BoundsAgree(const Claim& a, const Claim& b);

// number_claims.cc: the conflict among the number claims of one key, if any.
std::optional<Conflict> NumberConflict(const StoryCorpus& c, const std::vector<const Claim*>& claims,
                                       std::string fact);

}  // namespace parallax::synth::claims

#endif  // PARALLAX_SYNTH_CLAIMS_H_
