// The semantic parse of one time expression, produced by the recogniser and
// consumed by the resolver. It says what the words mean (calendar fields, a
// shift from the DCT, an amount of time, a recurrence, a reference word)
// without knowing the DCT; the resolver turns it into a TIMEX3 value.
#ifndef PARALLAX_ANNOTATE_TIME_SEMANTICS_H_
#define PARALLAX_ANNOTATE_TIME_SEMANTICS_H_

#include <cstdint>
#include <type_traits>

#include "annotate/time/lexicon.h"

namespace parallax::time {

// How a missing year / week is filled in from the DCT.
constexpr int kRelTense = 100;  // by the tense of the sentence (bare "Friday", "July 16")
constexpr int kRelNone = 101;   // nothing is missing

struct Sem {
  enum class Kind : uint8_t {
    kNone,
    kDate,      // calendar fields, some maybe missing
    kShift,     // a unit-granular point shifted from the DCT ("last week", "3 years ago")
    kDuration,  // an amount of time ("two and a half years")
    kSet,       // a recurrence ("daily", "every Monday")
    kRef,       // PAST_REF / PRESENT_REF / FUTURE_REF
    kQuarterRef,  // "the quarter", "the latest period": the quarter under discussion
  };
  Kind kind = Kind::kNone;

  // kDate
  int year = -1, month = -1, day = -1, weekday = 0;
  int decade = -1;   // "199" for the 1990s
  int century = -1;  // "19" for the 20th century
  int quarter = 0, half = 0;
  char season[3] = {};
  int hour = -1, minute = -1;
  char part_of_day[3] = {};
  int rel = kRelNone;  // kRelTense, -1 (last), 0 (this), +1 (next)
  int year_rel = kRelNone;  // "July last year": the DCT's year + year_rel (-1, 0, +1)

  // kShift / kDuration / kSet
  Unit unit = Unit::kNone;
  double amount = 0;     // kShift: signed offset in units; kDuration: length
  bool fuzzy = false;    // amount unknown ("several years" -> PXY)
  bool by_tense = false; // kShift: direction from tense ("the weekend")
  bool year_ago = false; // "a year ago/earlier": the quarter under discussion, a year back
  bool anaphoric = false;  // kShift "the following year": from the last mentioned date
  bool past_anaphor = false;  // "the next year": anaphoric in a past narrative only
  bool possessive = false; // "Thursday's ruling": names a day already reached
  bool adjective = false; // hyphenated modifier ("third-quarter", "two-year"): no "the"
  bool utc = false;       // clock time given in UTC/GMT
  int day_offset = 0;     // clock time + "today"/"yesterday"/"tomorrow"
  bool day_named = false; // clock time: "today"/"yesterday"/"tomorrow" named its day
  int holiday_rule = 0;   // kDate: n-th weekday rule (see lexicon_en.cc), day set once the year is known
  // kDate, a month-day without its year that names an event (named_dates.h:
  // "the March 9 flood"): set by the tagger. event_year: the event's year
  // when known (an anniversary, the same month-day written in full earlier).
  bool names_event = false;
  int event_year = 0;
  bool event_past = false;  // the named event is told in the past ("the March 9 flood destroyed")
  bool from_event = false;  // kDate weekday counted from an event: "the Sunday after the attack"

  // Static strings (literals or lexicon codes), so that a Sem stays a cheap,
  // trivially copyable value: the recogniser builds many per text.
  const char* ref = "";  // kRef value
  const char* mod = "";  // TimeML mod
};
static_assert(std::is_trivially_copyable_v<Sem>, "Sem is copied freely while matching");

}  // namespace parallax::time

#endif  // PARALLAX_ANNOTATE_TIME_SEMANTICS_H_
