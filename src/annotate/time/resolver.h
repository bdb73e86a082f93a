// Resolver: turns a semantic parse into a TIMEX3 type and value, anchored
// to the document creation time (DCT) and the tense of the sentence. Keeps
// a little document state (the quarter under discussion) so that "the
// quarter" and "a year earlier" follow the text. See docs/time.md for the
// policy.
#ifndef PARALLAX_ANNOTATE_TIME_RESOLVER_H_
#define PARALLAX_ANNOTATE_TIME_RESOLVER_H_

#include <string>

#include "annotate/time/calendar.h"
#include "annotate/time/semantics.h"

namespace parallax::time {

enum class Tense : uint8_t { kUnknown, kPast, kPresent, kFuture };

// The tense of the sentence around one expression, worked out on first use:
// most expressions (durations, full dates, years, references) resolve
// without it. `detect(context)` must return the same tense whenever called.
class TenseOf {
 public:
  TenseOf(Tense (*detect)(const void* context), const void* context) : detect_(detect), context_(context) {}
  explicit TenseOf(Tense known) : known_(known), done_(true) {}
  Tense Get() const {
    if (!done_) {
      known_ = detect_(context_);
      done_ = true;
    }
    return known_;
  }

 private:
  Tense (*detect_)(const void*) = nullptr;
  const void* context_ = nullptr;
  mutable Tense known_ = Tense::kUnknown;
  mutable bool done_ = false;
};

struct Resolved {
  std::string type;
  std::string value;
  std::string mod;
  bool needs_dct = false;
};

class Resolver {
 public:
  // dct == nullptr: no DCT; relative values stay underspecified.
  explicit Resolver(const Date* dct) : has_dct_(dct != nullptr), dct_(dct ? *dct : Date{}) {}

  // `position` is a monotonically increasing token index (for document state).
  Resolved Resolve(const Sem& sem, const TenseOf& tense, uint32_t position);
  // Token index where the sentence of the next expression starts: a bare
  // clock time takes a day named earlier in its sentence.
  void SetSentenceStart(uint32_t position) { sentence_start_ = position; }

 private:
  Resolved ResolveDate(const Sem& sem, const TenseOf& tense, uint32_t position);
  Resolved ResolveShift(const Sem& sem, const TenseOf& tense, uint32_t position);
  Resolved ResolveQuarterRef(const Sem& sem, uint32_t position);
  std::string WeekdayDate(int weekday, int rel, Tense tense, Date* out) const;
  int YearFor(int month, int day, int rel, Tense tense) const;
  int SeasonYear(const char* season, int rel, Tense tense) const;

  bool has_dct_;
  Date dct_;
  uint32_t sentence_start_ = 0;
  void NoteAnchor(const Sem& sem, const std::string& value, uint32_t position);

  int last_quarter_year_ = 0, last_quarter_ = 0;
  uint32_t last_quarter_pos_ = 0;
  // The narrative reference time: for each granularity (1 year, 2 month,
  // 3 day) the last date mentioned at least that fine, and where. A later
  // coarser mention ("since 1983") does not hide an earlier day ("Friday")
  // from "the day", but does become the year of "the following year".
  struct Anchor {
    Date date{};
    uint32_t position = 0;
    bool set = false;
  };
  Anchor anchors_[4];
  // The anchor fine enough for granularity `need` mentioned within the memory window, or nullptr.
  const Anchor* AnchorFor(int need, uint32_t position) const;
  bool anchored_ = false;  // the last anaphoric shift counted from anchor_ (not the DCT)
};

// "P2Y6M", "PXY", "PT30M" for `amount` (fuzzy: unknown) of `unit`.
std::string FormatDuration(Unit unit, double amount, bool fuzzy);

}  // namespace parallax::time

#endif  // PARALLAX_ANNOTATE_TIME_RESOLVER_H_
