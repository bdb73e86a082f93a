// Full person names the tagger never saw (session 25). A profile's one-line subhead "Marco Rubio" or a
// list "Lindsey Graham, Bobby Jindal, Rick Santorum and George Pataki" is a paragraph with no sentence
// (the segmenter keeps headings out of the sentences, so the tagger reads no word of it), while the
// text after it tags the bare "Rubio" and "Pataki"; their quotations were credited to the bare
// surnames although the article gives the full names (speaker audit 3, docs/quotes.md "Session 25:
// speakers25"). Such a paragraph is read here: every item of it (split at commas and "and") that is a
// given name the table knows and a capitalized surname. CanonicalNames reads these after the folded
// names (folded_names.cc), only for a person whose name is still one word.
#include <algorithm>
#include <string_view>
#include <vector>

#include "annotate/quotes/gender.h"
#include "annotate/quotes/names.h"
#include "core/ascii.h"

namespace parallax::quotes {

namespace {

// "Rubio", "Santorum", "McConnell", "O'Rourke", "Ocasio-Cortez": a capital, then letters (at least one
// lower-case), apostrophes and hyphens.
bool SurnameShape(std::string_view w) {
  if (w.size() < 2 || !Capitalized(w)) return false;
  bool lower = false;
  for (char c : w.substr(1)) {
    lower = lower || (c >= 'a' && c <= 'z');
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'' || c == '-')) return false;
  }
  return lower;
}

bool GivenShape(std::string_view w) {
  if (w.size() < 2 || !Capitalized(w)) return false;
  for (char c : w.substr(1)) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

// One item of a heading: exactly "Given Surname".
void ReadItem(std::string_view item, std::vector<FoldedName>& out) {
  while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
  while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
  size_t sp = item.find(' ');
  if (sp == std::string_view::npos || item.find(' ', sp + 1) != std::string_view::npos) return;
  std::string_view given = item.substr(0, sp), surname = item.substr(sp + 1);
  if (!GivenShape(given) || !SurnameShape(surname)) return;
  Gender g = GivenNameGender(core::AsciiLowered(given));
  if (g != Gender::kUnknown) out.push_back(FoldedName{surname, given, g});
}

}  // namespace

std::vector<FoldedName> UntaggedNames(const Article& a) {
  std::vector<FoldedName> out;
  size_t s = 0;  // sentences and paragraphs are both in text order
  for (const Paragraph& p : a.paragraphs) {
    while (s < a.sentences.size() && a.sentences[s].span.end <= p.span.begin) ++s;
    if (s < a.sentences.size() && a.sentences[s].span.begin < p.span.end) continue;  // a paragraph of text
    std::string_view text = p.span.Of(a.body);
    if (text.size() > 200) continue;
    // Items at commas and " and ": "Lindsey Graham, Bobby Jindal, Rick Santorum and George Pataki".
    size_t b = 0;
    while (b <= text.size()) {
      size_t comma = text.find(',', b), conj = text.find(" and ", b);
      size_t e = std::min(comma, conj);
      if (e == std::string_view::npos) e = text.size();
      ReadItem(text.substr(b, e - b), out);
      b = e + (e == conj ? 5 : 1);
    }
  }
  // A surname two headings give with different given names ("Gavin Baker", then "Ken Baker") says
  // nothing of which one a bare "Baker" is: neither is read.
  std::vector<FoldedName> kept;
  for (const FoldedName& f : out) {
    bool shared = false;
    for (const FoldedName& g : out) shared = shared || (g.surname == f.surname && g.given != f.given);
    if (!shared) kept.push_back(f);
  }
  return kept;
}

}  // namespace parallax::quotes
