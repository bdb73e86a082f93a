// Recognition is a left-to-right scan. At each token the matcher tries the
// pattern families that can start there (a number, a month or weekday
// name, a modifier like "last", a position word like "early", "the") and
// keeps the longest match; the scan then resumes after it. Patterns consume
// a bounded number of tokens (at most a dozen or so), so the whole pass is
// linear. Families compose by calling each other at a later token: a
// position word ("late") wraps whatever core expression follows it, a
// weekday absorbs a following calendar date ("Monday, Oct. 26"), and "the"
// joins the extent of the expression after it when TimeML includes it
// ("the third quarter", "the past two months").
//
// Ambiguous words are only accepted in context: "May" and "March" need a
// day, a year or a temporal preposition; "fall" needs a determiner; a bare
// four-digit number is a year only in 1000..2099 and when it is not an
// amount ("$1998", "1998 percent").
#include "annotate/time/recognizer.h"

#include <cstring>
#include <vector>

#include "annotate/time/recognizer_impl.h"

namespace parallax::time {

namespace {

// A kStarter word at i is followed by what it can open: an amount after an
// approximator ("nearly two", "about a"), "than"/"least"/"most"/"to" after
// "more"/"at"/"up", a unit or "same" after "that".
bool StarterOpens(const Tokens& tokens, uint32_t i) {
  if (i + 1 >= tokens.items.size()) return false;
  const Token& next = tokens.items[i + 1];
  if (next.kind == Token::Kind::kNumber) return true;
  if (next.kind != Token::Kind::kWord) return false;
  if (next.flags & (kNumberWord | kFuzzyAmount | kUnitWord | kQuarterWord)) return true;  // "half an hour"
  const std::string_view w = tokens.Lower(next);
  return w == "than" || w == "least" || w == "most" || w == "to" || w == "same";
}

// Lexicon flags of words that never open an expression by themselves:
// function words and tense cues ("said", "would"), prepositions that only
// cue durations ("for", "over"), abbreviations ("Mr", "Sen") and shift
// words, which only close one ("ago", "after"; "later" opens as a position).
constexpr uint32_t kNoStart = kGlue | kFutureCue | kPastCue | kPresentCue | kReportingVerb | kDurationPrep |
                              kAbbreviation | kShiftWord;

// A token at which no pattern starts, judged from the token alone: such a
// word, or punctuation other than an apostrophe ("'90s"). Written without
// branches: the skip loop below runs over most tokens.
inline bool Inert(const Token& t) {
  const bool word = t.kind == Token::Kind::kWord;
  const bool punct = t.kind == Token::Kind::kPunct;
  return (word & ((t.flags & ~kNoStart) == 0)) | (punct & (t.punct != '\''));
}

// A token that could start an expression but cannot given the next one:
// "a" / "two" / "the" / "this" / "some" / "first" (not "current") followed by a word
// without a temporal reading (every amount, modifier and ordinal pattern
// needs a lexicon word, number or mark next), an apostrophe not followed
// by a two-digit number ("'90s", "'98"), and a starter ("nearly", "at",
// "that") before anything it cannot open.
bool CannotStart(const Tokens& tokens, uint32_t i) {
  const Token& t = tokens.items[i];
  const Token* next = i + 1 < tokens.items.size() ? &tokens.items[i + 1] : nullptr;
  if (t.kind == Token::Kind::kPunct) {
    return next == nullptr || next->kind != Token::Kind::kNumber || next->space_before() || next->digits != 2 ||
           next->has_separator() || next->value < 0;
  }
  if (t.kind != Token::Kind::kWord) return false;
  const uint32_t start_flags = t.flags & ~kNoStart;
  constexpr uint32_t kNeedsNext = kNumberWord | kAfterThe | kRelModifier | kFuzzyAmount | kOrdinalWord;
  if ((start_flags & ~kNeedsNext) == 0 && next != nullptr && next->kind == Token::Kind::kWord && next->flags == 0) {
    return tokens.Lower(t) != "current";  // "current management": PRESENT_REF on its own
  }
  return start_flags == kStarter && !StarterOpens(tokens, i);
}

}  // namespace

void Recognize(const Tokens& tokens, std::vector<Candidate>* out) {
  Matcher m(tokens);
  const uint32_t n = static_cast<uint32_t>(tokens.items.size());
  // The tokens that may open an expression, listed in one branch-free pass
  // (a loop that skipped the others token by token mispredicted its exit
  // at every listed token).
  thread_local std::vector<uint32_t> starts;
  starts.resize(n + 1);
  uint32_t count = 0;
  for (uint32_t k = 0; k < n; ++k) {
    starts[count] = k;
    count += !Inert(tokens.items[k]);
  }
  uint32_t i = 0;
  for (uint32_t s = 0; s < count; ++s) {
    if (starts[s] < i) continue;  // inside the last expression
    i = starts[s];
    if (CannotStart(tokens, i)) continue;
    Sem sem;
    m.ClearExtra();
    const uint32_t end = m.Match(i, &sem);
    if (end > i && sem.kind != Sem::Kind::kNone) {
      out->push_back(Candidate{i, end, sem});
      for (const Candidate& c : m.Extra()) out->push_back(c);
      i = m.Extra().empty() ? end : m.Extra().back().last;
    }
  }
}

// ---- Matcher: dispatch ----------------------------------------------------

uint32_t Matcher::Match(uint32_t i, Sem* sem) {
  // Approximators join the extent of an amount: "nearly two years", "more than a decade".
  const char* approx_mod = nullptr;
  uint32_t after = i;
  const std::string_view w = W(i);
  if (w == "nearly" || w == "almost") { approx_mod = "LESS_THAN"; after = i + 1; }
  else if (w == "about" || w == "around" || w == "roughly" || w == "approximately") { approx_mod = "APPROX"; after = i + 1; }
  else if ((w == "more" || w == "less" || w == "fewer") && W(i + 1) == "than") {
    approx_mod = w == "more" ? "MORE_THAN" : "LESS_THAN";
    after = i + 2;
  } else if (w == "at" && (W(i + 1) == "least" || W(i + 1) == "most")) {
    approx_mod = W(i + 1) == "least" ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS";
    after = i + 2;
  } else if (w == "up" && W(i + 1) == "to") { approx_mod = "EQUAL_OR_LESS"; after = i + 2; }
  if (approx_mod != nullptr) {
    Sem inner;
    const uint32_t end = MatchCore(after, &inner);
    if (end > after && (inner.kind == Sem::Kind::kDuration || inner.kind == Sem::Kind::kShift) &&
        !inner.fuzzy && inner.unit != Unit::kNone && Extra().empty()) {
      *sem = inner;
      sem->mod = approx_mod;
      return end;
    }
    ClearExtra();
    return 0;
  }
  if (W(i) == "the") {
    Sem inner;
    const uint32_t end = MatchAfterThe(i + 1, &inner);
    if (end > i + 1) {
      *sem = inner;
      return end;
    }
    return 0;
  }
  return MatchPositioned(i, sem);
}

// "the" + expression: included in the extent except before a plain calendar
// date ("the July meeting" tags "July").
uint32_t Matcher::MatchAfterThe(uint32_t i, Sem* sem) {
  // Every pattern after "the" starts with a lexicon word, a number or a
  // punctuation mark: "the" + other words (the common case) ends here.
  if (!Has(i) || (T(i).kind == Token::Kind::kWord && T(i).flags == 0)) return 0;
  if (uint32_t e = MatchTheOnly(i, sem)) return e;
  if (uint32_t e = MatchSameUnit(i, sem, true)) return e;
  const uint32_t end = MatchPositioned(i, sem);
  if (end == 0) return 0;
  const bool plain_date = sem->kind == Sem::Kind::kDate && sem->quarter == 0 && sem->half == 0 &&
                          sem->decade < 0 && sem->century < 0 && sem->season[0] == 0 &&
                          sem->mod[0] == 0 && !sem->anaphoric;
  if (plain_date || sem->adjective || sem->kind == Sem::Kind::kRef || sem->kind == Sem::Kind::kSet) {
    return 0;  // caller retries at i
  }
  return end;
}

// Expressions that only exist after "the".
uint32_t Matcher::MatchTheOnly(uint32_t i, Sem* sem) {
  const std::string_view w = W(i);
  if (uint32_t e = MatchTheNoun(i, sem)) return e;
  if (w == "weekend") {
    sem->kind = Sem::Kind::kShift;
    sem->unit = Unit::kWeekend;
    sem->by_tense = true;
    return i + 1;
  }
  if (w == "past" || w == "future" || w == "present") {
    // "the past two months" is a modifier phrase, handled elsewhere.
    const WordInfo* next = Info(i + 1);
    if (next && (next->flags & (kUnitWord | kNumberWord | kFuzzyAmount))) return 0;
    if (Num(i + 1)) return 0;
    sem->kind = Sem::Kind::kRef;
    sem->ref = w == "past" ? "PAST_REF" : w == "future" ? "FUTURE_REF" : "PRESENT_REF";
    return i + 1;
  }
  if (w == "week" && W(i + 1) == "of") {
    Sem date;
    const uint32_t end = MatchMonth(i + 2, &date);
    if (end > 0 && date.day > 0) {
      *sem = date;
      sem->unit = Unit::kWeek;  // resolver: the week containing (or starting at) the date
      ClearExtra();
      return end;
    }
    return 0;
  }
  // "the 1988 quarter", "the 1988 second quarter"
  if (Num(i) && T(i).digits == 4 && V(i) >= 1000 && V(i) <= 2999) {
    if (W(i + 1) == "quarter" || W(i + 1) == "period") {
      sem->kind = Sem::Kind::kQuarterRef;
      sem->year = static_cast<int>(V(i));
      return i + 2;
    }
    Sem q;
    const uint32_t end = MatchQuarter(i + 1, &q);
    if (end > 0 && q.quarter > 0 && q.year < 0) {
      *sem = q;
      sem->year = static_cast<int>(V(i));
      sem->rel = kRelNone;
      return end;
    }
    return 0;
  }
  // "the latest quarter", "the year-ago period", "the quarter"
  uint32_t j = i;
  bool year_ago = false;
  if (W(j) == "latest" || W(j) == "recent" || W(j) == "most") {
    j += W(j) == "most" ? 2 : 1;
  } else if (W(j) == "year" && Punct(j + 1, '-') && (W(j + 2) == "ago" || W(j + 2) == "earlier")) {
    year_ago = true;
    j += 3;
  }
  if (year_ago) {
    Sem q;
    const uint32_t end = MatchQuarter(j, &q);
    if (end > 0 && q.quarter > 0 && q.year < 0) {  // "the year-ago third quarter"
      *sem = q;
      sem->rel = -1;
      return end;
    }
  }
  if (W(j) == "quarter" || (j > i && W(j) == "period")) {
    sem->kind = Sem::Kind::kQuarterRef;
    sem->year_ago = year_ago;
    return j + 1;
  }
  return 0;
}

// Two-word phrases after "the": "the near term", "the long term", "the near
// future", "the time being", "the year 2000", "the year two thousand".
uint32_t Matcher::MatchTheNoun(uint32_t i, Sem* sem) {
  const std::string_view w = W(i);
  const std::string_view next = W(i + 1);
  if (((w == "near" || w == "short" || w == "long") && next == "term") ||
      ((w == "near" || w == "distant" || w == "immediate") && next == "future") ||
      (w == "time" && next == "being")) {
    sem->kind = Sem::Kind::kRef;
    sem->ref = w == "time" ? "PRESENT_REF" : "FUTURE_REF";
    return i + 2;
  }
  int year = 0;
  if (w == "year") {
    if (const uint32_t end = ParseYear(i + 1, &year)) {
      sem->kind = Sem::Kind::kDate;
      sem->year = year;
      return end;
    }
  }
  if (uint32_t e = MatchClosingDay(i, sem)) return e;
  return MatchTheYear(i, sem);
}

// "ended the day", "to finish the day" (i at "day"): market reports name the
// trading day under discussion, i.e. the reference time. So does a fronted
// "For the day," / "For the week," (like "For the year,").
uint32_t Matcher::MatchClosingDay(uint32_t i, Sem* sem) {
  if (i < 2) return 0;
  const std::string_view unit = W(i);
  if (unit != "day" && unit != "week") return 0;
  const std::string_view verb = W(i - 2);
  bool found = verb == "for" && Punct(i + 1, ',') && (i == 2 || T(i - 2).capitalized());
  if (unit == "day") {
    static const char* kVerbs[] = {"end", "ends", "ended", "ending", "finish", "finished",
                                   "finishing", "close", "closed", "closing"};
    for (const char* v : kVerbs) found = found || verb == v;
  }
  if (!found) return 0;
  sem->kind = Sem::Kind::kShift;
  sem->unit = unit == "day" ? Unit::kDay : Unit::kWeek;
  sem->amount = 0;
  sem->anaphoric = true;
  return i + 1;
}

// "the year", "the full year", "the fiscal year" (i after "the"): the year
// under discussion (the reference time's); "the year ended June 30" is a
// stretch of one year (TimeML annotates it as the duration P1Y).
uint32_t Matcher::MatchTheYear(uint32_t i, Sem* sem) {
  uint32_t y = i;
  const std::string_view w = W(i);
  if (w == "full" || w == "fiscal" || w == "entire" || w == "whole") ++y;
  if (W(y) != "year" || (Punct(y + 1, '-') && Adj(y + 1))) return 0;
  const std::string_view after = W(y + 1);
  if (after == "ended" || after == "ending") {
    sem->kind = Sem::Kind::kDuration;
    sem->unit = Unit::kYear;
    sem->amount = 1;
    return y + 1;
  }
  if ((Flags(y + 1) & (kShiftWord | kRelModifier)) || Punct(y + 1, '\'')) return 0;
  sem->kind = Sem::Kind::kShift;
  sem->unit = Unit::kYear;
  sem->amount = 0;
  sem->anaphoric = true;
  return y + 1;
}

// Position words wrap a core expression: "early next year", "mid-July",
// "the end of 1990", "late yesterday", "earlier this month".
uint32_t Matcher::MatchPositioned(uint32_t i, Sem* sem) {
  const WordInfo* info = Info(i);
  if (info && (info->flags & kPositionWord)) {
    uint32_t j = i + 1;
    const std::string_view w = W(i);
    if (Punct(j, '-') && Adj(j)) ++j;
    if ((w == "end" || w == "beginning" || w == "middle" || w == "start") ) {
      if (W(j) != "of") return MatchCore(i, sem);
      ++j;
      if (W(j) == "the" && (Flags(j + 1) & (kUnitWord))) {
        // "the end of the year": the current unit
        const WordInfo* u = Info(j + 1);
        if (!u->plural && u->unit >= Unit::kWeek) {
          sem->kind = Sem::Kind::kShift;
          sem->unit = u->unit;
          sem->amount = 0;
          sem->mod = info->code;
          return j + 2;
        }
      }
    }
    Sem inner;
    const uint32_t end = MatchCore(j, &inner);
    if (end > j && (inner.kind == Sem::Kind::kDate || inner.kind == Sem::Kind::kShift) &&
        inner.hour < 0) {
      if ((w == "earlier" || w == "later") && inner.kind != Sem::Kind::kShift) {
        return MatchCore(i, sem);
      }
      *sem = inner;
      sem->mod = info->code;
      ClearExtra();
      return end;
    }
  }
  return MatchCore(i, sem);
}

// "that day", "that same year", "the same week" (i at the word after "the"):
// the unit of the last mentioned date (the resolver's reference time), or of
// the DCT without one.
uint32_t Matcher::MatchSameUnit(uint32_t i, Sem* sem, bool after_the) {
  uint32_t j = i;
  if (!after_the) {
    if (W(i) != "that") return 0;
    ++j;
  }
  if (W(j) == "same") {
    ++j;
  } else if (after_the) {
    return 0;
  }
  if (!(Flags(j) & kUnitWord) || Info(j)->plural) return 0;
  const Unit u = Info(j)->unit;
  if (u != Unit::kDay && u != Unit::kWeek && u != Unit::kMonth && u != Unit::kYear) return 0;
  if (Punct(j + 1, '-') && Adj(j + 1)) return 0;  // "that day-long meeting"
  // "the same month a year ago", "that day last year": the shift names the time.
  const std::string_view next = W(j + 1);
  if (next == "a" || next == "last" || next == "one" || next == "of") return 0;
  sem->kind = Sem::Kind::kShift;
  sem->unit = u;
  sem->amount = 0;
  sem->anaphoric = true;
  return j + 1;
}

uint32_t Matcher::MatchCore(uint32_t i, Sem* sem) {
  if (i >= n_) return 0;
  const Token& t = T(i);
  if (t.kind == Token::Kind::kNumber) {
    uint32_t best = 0;
    Sem s;
    auto take = [&](uint32_t end, const Sem& cand) {
      if (end > best) { best = end; s = cand; }
    };
    Sem a;
    if (uint32_t e = MatchIsoDate(i, &a)) take(e, a);
    Sem a2;
    if (!best) if (uint32_t e = MatchCentury(i, &a2)) take(e, a2);
    Sem a3;
    if (!best) if (uint32_t e = MatchBareDecade(i, &a3)) take(e, a3);
    Sem b;
    if (!best) if (uint32_t e = MatchSlashDate(i, &b)) take(e, b);
    Sem c;
    if (!best) if (uint32_t e = MatchTimeOfDay(i, &c)) take(e, c);
    Sem d;
    if (!best) if (uint32_t e = MatchDayMonth(i, &d)) take(e, d);
    Sem f;
    if (!best) if (uint32_t e = MatchQuarter(i, &f)) take(e, f);
    Sem g;
    if (!best) if (uint32_t e = MatchAmount(i, &g)) take(e, g);
    Sem h;
    if (!best) if (uint32_t e = MatchYear(i, &h)) take(e, h);
    if (best) *sem = s;
    return best;
  }
  if (t.kind == Token::Kind::kPunct) {
    if (t.punct == '\'') return MatchApostropheYear(i, sem);
    return 0;
  }
  const uint32_t flags = t.info ? t.info->flags : 0;
  if (uint32_t e = MatchSameUnit(i, sem, false)) return e;
  if (W(i) == "recent" && (Flags(i + 1) & kUnitWord) && Info(i + 1)->plural) {
    sem->kind = Sem::Kind::kRef;  // "in recent weeks"
    sem->ref = "PAST_REF";
    return i + 2;
  }
  if (flags == 0) return 0;
  if (W(i) == "current" &&
      !(Flags(i + 1) & (kUnitWord | kFiscal | kMonthName | kSeasonWord | kQuarterWord))) {
    const std::string_view next = W(i + 1);
    if (next == "account" || next == "accounts" || next == "events") return 0;
    sem->kind = Sem::Kind::kRef;  // "current management" (bare "recent"/"future" mislead more often)
    sem->ref = "PRESENT_REF";
    return i + 1;
  }
  if (W(i) == "these" && W(i + 1) == "days") {
    sem->kind = Sem::Kind::kRef;
    sem->ref = "PRESENT_REF";
    return i + 2;
  }
  if ((flags & kHoliday) && T(i).capitalized()) {
    if (uint32_t e = MatchHoliday(i, sem)) return e;
  }
  if (flags & kWeekdayName) {
    if (uint32_t e = MatchWeekday(i, sem)) return e;
  }
  if (flags & kMonthName) {
    if (uint32_t e = MatchMonth(i, sem)) return e;
  }
  if (flags & kRelModifier) {
    if (uint32_t e = MatchModifier(i, sem)) return e;
  }
  if (flags & kDeictic) return MatchDeictic(i, sem);
  if (flags & kReference) {
    sem->kind = Sem::Kind::kRef;
    sem->ref = t.info->code;
    return i + 1;
  }
  if (flags & kNamedTime) {
    sem->kind = Sem::Kind::kDate;
    sem->hour = t.info->number;
    sem->minute = 0;
    sem->rel = 0;
    if ((Flags(i + 1) & kWeekdayName) && T(i + 1).capitalized() && W(i + 1).size() > 5) {
      sem->weekday = Info(i + 1)->number;  // "noon Thursday"
      sem->rel = kRelTense;
      return i + 2;
    }
    return i + 1;
  }
  if (flags & (kOrdinalWord | kFiscal)) {
    if (uint32_t e = MatchQuarter(i, sem)) return e;
    if (uint32_t e = MatchCentury(i, sem)) return e;
  }
  if (flags & kNumberWord) {
    int year = 0;
    if (uint32_t e = ParseSpokenYear(i, &year); e > 0 && Info(i)->number > 2) {
      sem->kind = Sem::Kind::kDate;  // "nineteen ninety-one" ("two thousand" only after "the year")
      sem->year = year;
      return e;
    }
  }
  if (flags & (kNumberWord | kFuzzyAmount | kQuarterWord | kOrdinalWord)) {
    if (uint32_t e = MatchAmount(i, sem)) return e;
  }
  if (flags & kFiscal) {
    if (Num(i + 1) && T(i + 1).digits == 4) {
      if (uint32_t e = MatchYear(i + 1, sem)) return e;
    }
  }
  if (flags & kSeasonWord) {
    if (uint32_t e = MatchSeason(i, sem)) return e;
  }
  if (flags & (kSetAdverb | kEveryWord)) {
    if (uint32_t e = MatchSet(i, sem)) return e;
  }
  if (flags & kDecadeWord) {
    sem->kind = Sem::Kind::kDate;
    sem->decade = 190 + T(i).info->number;
    return i + 1;
  }
  if (flags & kUnitWord) return MatchBarePlural(i, sem);
  return 0;
}

}  // namespace parallax::time
