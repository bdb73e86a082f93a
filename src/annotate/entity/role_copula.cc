// Copular roles of a named subject (session 24): "NAME is/was/has been/remains/used to be ... TITLE".
//
// Since session 15 a title after "is"/"was"/"became"/"serves"/"served" right after a name that
// opens the sentence (or follows a comma or its own title) is that name's role. The role gold of
// sessions 15 to 23 holds the same class in forms that reading missed:
//
//   the subject's apposition comes between   "Elizabeth Warren, a Democrat, is the senior senator"
//                                            "Her daughter, Amelia Tyagi, is the co-founder of ..."
//   a copula of two or three words            "has been", "had been", "is also", "is now", "was
//                                            once", "remains", "used to be", "serves as", "works as"
//   a list of titles after the copula         "X is an author, speaker and founder of Equality Vines"
//
// The subject is still a name that opens its sentence (after its title) or follows a comma; an
// apposition between the name and the verb is closed by a comma and holds no person and no
// reporting verb ("Trump, Smith said, is ..." gives nothing). The title is parsed as an apposition
// is (ParseAfter: closed vocabulary, the phrase must end at punctuation, "and" or a clause), so "X is
// a man who ..." or "X has been critical of ..." give nothing. Time scope: "was", "had been", "was
// once", "used to be", "served as", "worked as" -> former; "has been", "is", "remains" -> held now.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/entity/lexicon.h"
#include "annotate/entity/names.h"
#include "annotate/entity/role_phrase.h"
#include "core/ascii.h"
#include "core/word_list.h"

namespace parallax::entity::phrase {

bool CopulaAt(const View& v, uint32_t k, uint32_t ceil, uint32_t* end, bool* past) {
  std::string_view w = v.Tok(k);
  std::string_view next = k + 1 <= ceil ? v.Tok(k + 1) : std::string_view();
  *end = k;
  *past = false;
  if (w == "is" || w == "was") {
    *past = w == "was";
    if (next == "also" || (w == "is" && next == "now") || (w == "was" && next == "once")) ++*end;
    return true;
  }
  if (w == "became" || w == "remains") return true;
  if (w == "serves" || w == "served") {
    *past = w == "served";
    if (next == "as") ++*end;
    return true;
  }
  // "works as a nurse", "worked as a health care executive": a job by its verb.
  if ((w == "works" || w == "worked") && next == "as") {
    *past = w == "worked";
    ++*end;
    return true;
  }
  if ((w == "has" || w == "had") && next == "been") {
    *past = w == "had";
    ++*end;
    return true;
  }
  if (w == "used" && next == "to" && k + 2 <= ceil && v.Tok(k + 2) == "be") {
    *past = true;
    *end = k + 2;
    return true;
  }
  return false;
}

namespace {

// The first token of the copula after person mention `m`: right after the name, or after a comma
// that closes the name's apposition ("Warren, a Democrat, is"; "Amelia Tyagi, is" after an
// apposition before the name). 0 when there is none.
uint32_t CopulaAfterName(const View& v, uint32_t m, uint32_t ceil) {
  const uint32_t last = v.mention_last[m];
  if (last + 2 > ceil) return 0;
  if (v.Tok(last + 1) != ",") return last + 1;
  uint32_t end = 0;
  bool past = false;
  if (CopulaAt(v, last + 2, ceil, &end, &past)) return last + 2;  // "Her daughter, Amelia Tyagi, is"
  // At most 25 tokens to the closing comma; no person, quotation mark or reporting verb between.
  for (uint32_t k = last + 2; k <= ceil && k < last + 27; ++k) {
    std::string_view w = v.Tok(k);
    if (w == ",") return k + 1 <= ceil ? k + 1 : 0;
    if ((v.mention_at[k] >= 0 && v.a.entities[v.mention_at[k]].type == "PER") || IsReportingVerb(w) ||
        w == "\"" || w == "“" || w == "”" || w == "(" || w == ";" || w == ":") {
      return 0;
    }
  }
  return 0;
}

// A title after a comma in a list of titles: "an author, speaker and founder of Equality Vines".
// Starts at token k (after the comma); the title must end before "," or "and".
bool ListedTitle(const View& v, uint32_t k, uint32_t ceil, Phrase* q) {
  if (k > ceil || v.mention_at[k] >= 0) return false;
  if (!ParseAfter(v, k, ceil, q)) return false;
  return q->last + 1 <= ceil && (v.Tok(q->last + 1) == "," || v.Tok(q->last + 1) == "and");
}

}  // namespace

bool CopulaRoles(const View& v, uint32_t m, uint32_t ceil, std::vector<RoleMention>* out) {
  const uint32_t c = CopulaAfterName(v, m, ceil);
  uint32_t c_end = 0;
  bool past = false;
  if (c == 0 || !CopulaAt(v, c, ceil, &c_end, &past) || c_end + 1 > ceil) return false;
  // "was the only GOP senator who voted against", "is the first official who listened": with "who"
  // after the title the copula describes a deed; "was" puts no office in the past ("was one of the
  // senators who" is read so too), and an ordinal is the deed's, not the title's ("first lady" aside).
  bool deed = false;
  if (c_end + 3 <= ceil && LowerWord(v.Tok(c_end + 1)) == "the") {
    const std::string w = LowerWord(v.Tok(c_end + 2));
    static constexpr std::string_view kOnly[] = {"only", "first", "last", "second", "third", "fourth", "fifth"};
    deed = core::InList(w, kOnly) && !(w == "first" && LowerWord(v.Tok(c_end + 3)) == "lady");
  }
  // The session-15 form ("NAME is|was|became|serves|served ...") keeps its own parse, which also
  // reads "was one of the senators who ..." as no "former".
  Phrase p;
  const bool plain = c == v.mention_last[m] + 1 && IsCopula(v.Tok(c)) && (c_end == c || v.Tok(c_end) == "as");
  if (plain) {
    if (!ParseAfter(v, c, ceil, &p, After::kCopula)) return false;
  } else {
    if (!ParseAfter(v, c_end + 1, ceil, &p)) return false;
    if (past && p.qualifier.empty()) p.qualifier = "former";
  }
  if (deed && p.last + 1 <= ceil && v.Tok(p.last + 1) == "who") {
    if (p.qualifier == "former" && LowerWord(v.Tok(p.first)) != "former" && LowerWord(v.Tok(c_end + 3)) != "former")
      p.qualifier.clear();
    if (p.words.size() > 1 && core::InList(p.words[0], {"first", "last", "second", "third", "fourth", "fifth"}))
      p.words.erase(p.words.begin());
  }
  // "an author, speaker and founder of ...": titles listed after commas before the last "and".
  std::vector<Phrase> listed;
  while (p.last + 2 <= ceil && v.Tok(p.last + 1) == ",") {
    Phrase q;
    if (!ListedTitle(v, p.last + 2, ceil, &q)) break;
    if (past && q.qualifier.empty()) q.qualifier = "former";
    listed.push_back(std::move(p));
    p = std::move(q);
  }
  for (const Phrase& l : listed) Emit(v, m, l, out);
  // "a co-chairman of the panel and a professor at ...": a second title after "and" (role_forms.cc).
  Phrase q;
  const std::vector<std::string> own = p.affiliations;
  const bool second = SecondTitleAfterAnd(v, ceil, true, &p, &q);
  // The last title's object is not shared back over a list ("a writer, speaker and founder of X").
  if (!listed.empty()) p.affiliations = own;
  if (second && past && q.qualifier.empty()) q.qualifier = "former";
  Emit(v, m, p, out);
  if (second) {
    Emit(v, m, q, out);
  } else if (p.last + 1 <= ceil && v.Tok(p.last + 1) == "who" && (q = Phrase(), ParseAfter(v, p.last + 1, ceil, &q))) {
    Emit(v, m, q, out);  // "a Trump fund-raiser who became the RNC's deputy finance chairman"
  }
  return true;
}

}  // namespace parallax::entity::phrase
