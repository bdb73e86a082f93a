// Named dates (named_dates.h).
#include "annotate/time/named_dates.h"

#include <initializer_list>

#include "annotate/time/lexicon.h"

namespace parallax::time {

namespace {

bool OneOf(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list) {
    if (w == x) return true;
  }
  return false;
}

// The words of a word token: a gap token holds a run of them.
std::string_view FirstWord(std::string_view run) { return run.substr(0, run.find(' ')); }
std::string_view LastWord(std::string_view run) {
  const size_t space = run.rfind(' ');
  return space == std::string_view::npos ? run : run.substr(space + 1);
}

bool IsWord(const Tokens& tk, uint32_t i) { return i < tk.items.size() && tk.items[i].kind == Token::Kind::kWord; }

// Token i is the "'s" of a possessive: an apostrophe glued to the word
// before it and an "s" glued to it.
bool PossessiveAt(const Tokens& tk, uint32_t i) {
  return i + 1 < tk.items.size() && tk.items[i].kind == Token::Kind::kPunct && tk.items[i].punct == '\'' &&
         !tk.items[i].space_before() && IsWord(tk, i + 1) && !tk.items[i + 1].space_before() &&
         FirstWord(tk.Lower(tk.items[i + 1])) == "s";
}

bool IsAsciiLowerLetter(char c) { return c >= 'a' && c <= 'z'; }

}  // namespace

bool NamesEvent(std::string_view text, const Tokens& tk, uint32_t first, uint32_t last) {
  if (last >= tk.items.size() || tk.items[last].blank_line_before()) return false;
  if (PossessiveAt(tk, last)) return true;  // "November 3's vote"
  // Before it: a determiner, or a possessive ("Trump's March 9 rally").
  bool determined = false;
  if (first >= 2 && IsWord(tk, first - 1) && tk.items[first].space_before() &&
      tk.Lower(tk.items[first - 1]) == "s" && PossessiveAt(tk, first - 2)) {
    determined = true;
  } else if (first >= 1 && IsWord(tk, first - 1) && tk.items[first].space_before()) {
    determined = OneOf(LastWord(tk.Lower(tk.items[first - 1])),
                       {"the", "a", "an", "his", "her", "their", "its", "this", "that", "our", "your"});
  }
  if (!determined) return false;
  // After it: a lower-case word that is no function word.
  const Token& next = tk.items[last];
  if (next.kind != Token::Kind::kWord || !next.space_before() || next.begin >= text.size() ||
      !IsAsciiLowerLetter(text[next.begin])) {
    return false;
  }
  const std::string_view w = FirstWord(tk.Lower(next));
  return !OneOf(w, {"and", "or", "to", "in", "on", "at", "of", "for", "by", "with", "as", "that", "when", "the",
                    "a", "an", "is", "was", "were", "are", "be", "will", "would", "but", "after", "before",
                    "from", "through", "until", "he", "she", "it", "they", "we", "said", "says", "through"});
}

bool ToldInThePast(const Tokens& tk, uint32_t last) {
  int words = 0;
  for (uint32_t i = last; i < tk.items.size() && words < 3; ++i) {
    const Token& t = tk.items[i];
    if (t.kind != Token::Kind::kWord || (i > last && t.blank_line_before())) return false;
    std::string_view run = tk.Lower(t);
    while (!run.empty() && words < 3) {
      const std::string_view w = FirstWord(run);
      run = w.size() < run.size() ? run.substr(w.size() + 1) : std::string_view();
      if (w.empty()) continue;
      if (words++ == 0) continue;  // the noun
      if (OneOf(w, {"was", "were", "had", "has", "have", "been", "scheduled", "planned", "expected", "slated", "proposed", "set",
                    "called", "announced", "required", "mandated", "imposed", "extended", "delayed"})) {
        return false;
      }
      const bool gap_word = t.gap() || w.size() < t.end - t.begin;
      if ((w.size() > 4 && w.ends_with("ed")) || (!gap_word && (t.flags & kPastCue))) return true;
    }
  }
  return false;
}

bool CountedFromEvent(const Tokens& tk, uint32_t first, uint32_t last, uint32_t next_first) {
  if (first == 0 || !IsWord(tk, first - 1) || LastWord(tk.Lower(tk.items[first - 1])) != "the") return false;
  if (!IsWord(tk, last) || tk.items[last].blank_line_before()) return false;
  const std::string_view run = tk.Lower(tk.items[last]);
  const std::string_view w = FirstWord(run);
  if (!OneOf(w, {"after", "following", "before"})) return false;
  // The event: the words after the preposition, not another expression.
  return w.size() < run.size() || (last + 1 < tk.items.size() && last + 1 != next_first);
}

int AnniversaryYear(const Tokens& tk, uint32_t last, int month, int day) {
  // Named anniversaries: (month, day, the plural noun that names the event,
  // its year). The September 11, 2001 attacks are the one news names by
  // month and day alone across years.
  struct Anniversary { int month, day; std::string_view noun; int year; };
  static constexpr Anniversary kAnniversaries[] = {{9, 11, "attacks", 2001}};
  for (const Anniversary& a : kAnniversaries) {
    if (a.month != month || a.day != day) continue;
    int words = 0;
    for (uint32_t i = last; i < tk.items.size() && words < 3 && IsWord(tk, i) && !tk.items[i].blank_line_before();
         ++i) {
      std::string_view run = tk.Lower(tk.items[i]);
      while (!run.empty() && words < 3) {
        const std::string_view w = FirstWord(run);
        run = w.size() < run.size() ? run.substr(w.size() + 1) : std::string_view();
        if (w.empty()) continue;
        ++words;
        if (w == a.noun) return a.year;
        if (w == a.noun.substr(0, a.noun.size() - 1)) return 0;  // the singular names another one
      }
    }
  }
  return 0;
}

int NamedYears::YearOf(int month, int day) const {
  for (size_t i = seen_.size(); i-- > 0;) {
    if (seen_[i].month == month && seen_[i].day == day) return seen_[i].year;
  }
  return 0;
}

}  // namespace parallax::time
