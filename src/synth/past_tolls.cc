// Past death tolls (claims.h, PastTollClaims).
//
// "where an EF5 tornado decimated the town in 2011, killing 162 people" and
// "the 2011 tornado that devastated Joplin, Mo., ... when 161 people were
// killed": the toll of an event of an earlier year, told in passing by two
// outlets in sentences of different fact groups. A past event's toll is one
// fact across the story, as a person's age is: the claim is keyed by the
// place and the year alone. Running tolls (this week's shooting, a
// pandemic's deaths) are no claim here: the sentence must speak only of an
// earlier year, and a count qualified by "at least" keeps its
// 15% slack (NumbersAgree).
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "core/ascii.h"
#include "synth/claims.h"

namespace parallax::synth::claims {

namespace {

bool IsCount(std::string_view w) {
  if (w.empty() || w.size() > 7 || !core::IsAsciiDigit(w[0])) return false;
  for (char ch : w) {
    if (!core::IsAsciiDigit(ch) && ch != ',') return false;
  }
  return true;
}

// The place of the event: the last LOC mention that ends before byte `at`
// in the sentence; "Joplin, Mo.": a state after a comma is the town's.
std::string PlaceBefore(const StoryCorpus& c, const SentenceInfo& s, uint32_t at) {
  const Article& a = *c.articles()[s.article];
  std::vector<uint32_t> mentions;
  c.MentionsInside(s.article, a.sentences[s.sentence].span, &mentions);
  int last = -1, before_last = -1;
  for (uint32_t m : mentions) {
    const EntityMention& e = a.entities[m];
    if (e.type != "LOC" || e.span.end > at) continue;
    before_last = last;
    last = static_cast<int>(m);
  }
  if (last < 0) return "";
  if (before_last >= 0) {
    const Span prev = a.entities[before_last].span, cur = a.entities[last].span;
    const std::string_view gap = std::string_view(a.body).substr(prev.end, cur.begin - prev.end);
    if (core::TrimAscii(gap) == ",") last = before_last;
  }
  return c.EntityName(s.article, static_cast<uint32_t>(last));
}

// The latest year the sentence's dates name when all of them lie in years
// before the publication's, else 0. Unlike PastYearOf, a reference without a
// date ("now" in a quotation about the present storm) is passed over: the
// year must be named, and the toll's verb is in the past.
int PastYear(const StoryCorpus& c, const SentenceInfo& s) {
  auto year = [](std::string_view v) { return std::max(0, core::ParseAsciiDigits(v, 0, 4)); };
  const int published = year(c.articles()[s.article]->published.value);
  if (published == 0) return 0;
  int latest = 0;
  for (std::string_view d : s.dates) {
    if (d.empty() || !core::IsAsciiDigit(d[0])) continue;  // PRESENT_REF, XXXX-...
    const int y = year(d);
    if (y == 0 || y >= published) return 0;
    latest = std::max(latest, y);
  }
  return latest;
}

}  // namespace

void PastTollClaims(const StoryCorpus& c, uint32_t si, SentenceTokens* st, std::vector<Claim>* out) {
  const SentenceInfo& s = c.sentences()[si];
  if (s.numbers.empty()) return;
  const int year = PastYear(c, s);
  if (year == 0) return;
  const Toks& t = st->Tokens();
  const size_t n = t.words.size();
  for (size_t i = 0; i + 1 < n; ++i) {
    if (!IsCount(t.words[i]) || t.words[i + 1] != "people") continue;
    // "killing 162 people", "killed 24 people"; "161 people were killed",
    // "58 people died".
    // "killing at least 158 people": the bound's words between.
    const bool bound = i >= 2 && ((t.words[i - 2] == "at" && t.words[i - 1] == "least") ||
                                  (t.words[i - 2] == "more" && t.words[i - 1] == "than"));
    const size_t verb = bound ? i - 2 : i;
    const bool active = verb >= 1 && (t.words[verb - 1] == "killing" || t.words[verb - 1] == "killed");
    const bool passive = i + 3 < n && (t.words[i + 2] == "were" || t.words[i + 2] == "had") &&
                         (t.words[i + 3] == "killed" || t.words[i + 3] == "died");
    const bool died = i + 2 < n && t.words[i + 2] == "died";
    if (!active && !passive && !died) continue;
    // A quotation-heavy sentence makes no other claim (conflicts.cc); its
    // narration after the quotation ("... now," says Huff, ... in 2011,
    // killing 162 people) is the writer's.
    const Article& a = *c.articles()[s.article];
    const Span sent = a.sentences[s.sentence].span;
    bool quoted = false;
    const std::string_view text = sent.Of(a.body);
    ScanMarks(text, 0, t.spans[i].begin - sent.begin, text.size(), &quoted);
    if (quoted) continue;
    const std::string place = PlaceBefore(c, s, t.spans[i].begin);
    if (place.empty()) continue;
    std::string value;
    for (char ch : t.words[i]) {
      if (ch != ',') value.push_back(ch);
    }
    if (bound) value = "~" + value;
    const std::string unit = "people killed (" + place + ", " + std::to_string(year) + ")";
    out->push_back({"number\t\t" + unit, unit, value, t.words[i] + " people", si});
  }
}

}  // namespace parallax::synth::claims
