// Month-days written without a year that name an event rather than time
// their sentence: "the March 9 flood", "November 3's vote", "his Sept. 11
// remarks", "the September 11 attacks". Their year is the event's, which a
// reader is expected to know; the resolver's usual guess (the year that puts
// the date nearest the publication date, by tense) is often wrong for them.
// What this file decides (docs/time.md, "Named dates"):
//  - whether an expression names an event (NamesEvent);
//  - the year of a well-known anniversary the words after it name
//    (AnniversaryYear: "the Sept. 11 attacks" are 2001's);
//  - the year the same month-day was written with earlier in the text
//    (NamedYears: "Sept. 11, 2012, ... the Sept. 11 attack").
//
// Thread safety: pure functions; NamedYears is per text.
#ifndef PARALLAX_ANNOTATE_TIME_NAMED_DATES_H_
#define PARALLAX_ANNOTATE_TIME_NAMED_DATES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "annotate/time/tokens.h"

namespace parallax::time {

// Whether the expression on tokens [first, last) of `text` names an event:
// a possessive after it ("November 3's vote"), or a determiner or a
// possessive before it ("the", "a", "his", "Trump's") and a lower-case word
// after it that is no function word ("the March 9 flood", not "the March 9
// and 10 sessions" or "on March 9 the").
bool NamesEvent(std::string_view text, const Tokens& tk, uint32_t first, uint32_t last);

// Whether the event named by the expression ending at token `last` (its
// noun right after it) is told in the past: a past form within the two words
// after that noun, no punctuation between ("the March 9 flood destroyed",
// "the March 9 storm quickly struck"); not a copula or an auxiliary ("the
// March 9 meeting was postponed" may lie ahead), nor a participle of planning
// ("the March 9 vote scheduled by").
bool ToldInThePast(const Tokens& tk, uint32_t last);

// Whether the weekday on tokens [first, last) is counted from an event: "the"
// before it and "after", "following" or "before" after it, the event not
// itself a time expression (`next_first`, the first token of the next
// expression: "the Friday after Thanksgiving" is Thanksgiving's).
bool CountedFromEvent(const Tokens& tk, uint32_t first, uint32_t last, uint32_t next_first);

// The year of a well-known anniversary named by month `month`, day `day` and
// the words after the expression ending at token `last` ("September 11" +
// "attacks" within three words: 2001; the singular "attack" is not: the
// September 11, 2012 attack in Benghazi is named so too), else 0.
int AnniversaryYear(const Tokens& tk, uint32_t last, int month, int day);

// Years of the month-days a text has written in full ("September 11, 2001"),
// in text order: a later yearless mention of the same month-day that names an
// event takes that year.
class NamedYears {
 public:
  void Clear() { seen_.clear(); }
  void Note(int month, int day, int year) { seen_.push_back({month, day, year}); }
  // The year of the last full mention of (month, day), 0 when none.
  int YearOf(int month, int day) const;

 private:
  struct Seen { int month, day, year; };
  std::vector<Seen> seen_;
};

}  // namespace parallax::time

#endif  // PARALLAX_ANNOTATE_TIME_NAMED_DATES_H_
