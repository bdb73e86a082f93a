// Pattern families about amounts and plain numbers: "two and a half years
// ago", "the first nine months", "three-year", "several weeks", "1998",
// "the '90s", "every Monday", "for years". An amount phrase is read once by
// ParseAmount (digits, "2 1/2", number words up to 99, "a", "half a",
// "a few", "several") and the unit after it decides between a duration and
// a shift from the DCT ("ago", "earlier", "hence", "from now"). In "three days
// later" the narrative moves on from an event, not from the DCT: as in
// TimeML, the timex is the duration "three days" and "later" a signal.
// Years spoken as words ("nineteen ninety-one", "two thousand and two", as
// broadcast transcripts write them) are read by ParseSpokenYear.
#include <cstring>

#include "annotate/time/recognizer_impl.h"

namespace parallax::time {

uint32_t Matcher::ParseAmount(uint32_t i, double* amount, bool* fuzzy) {
  *fuzzy = false;
  if (Has(i) && T(i).kind == Token::Kind::kNumber) {
    const Token& t = T(i);
    if (t.value < 0 || t.digits > 6 || t.real < 0) return i;
    if (t.digits == 4 && !t.has_separator() && t.value >= 1000 && t.value <= 2999) return i;  // a year
    *amount = t.real;
    uint32_t j = i + 1;
    if (Num(j) && V(j) == 1 && Punct(j + 1, '/') && Adj(j + 1) && Num(j + 2) && Adj(j + 2) &&
        V(j + 2) >= 2 && V(j + 2) <= 4) {
      *amount += 1.0 / static_cast<double>(V(j + 2));
      j += 3;
    }
    return j;
  }
  const std::string_view w = W(i);
  const uint32_t f = Flags(i);
  if (w == "a" || w == "an") {
    const std::string_view next = W(i + 1);
    if (next == "few") { *fuzzy = true; return W(i + 2) == "more" ? i + 3 : i + 2; }
    if (next == "couple") { *amount = 2; return W(i + 2) == "of" ? i + 3 : i + 2; }
    if (next == "half") { *amount = 0.5; return Punct(i + 2, '-') ? i + 3 : i + 2; }
    if (next == "dozen") { *amount = 12; return i + 2; }
    if (Flags(i + 1) & kUnitWord) { *amount = 1; return i + 1; }
    return i;
  }
  if (w == "half") {
    *amount = 0.5;
    if (W(i + 1) == "a" || W(i + 1) == "an") return i + 2;
    if (Punct(i + 1, '-') && Adj(i + 1)) return i + 2;
    return i;
  }
  if (f & kFuzzyAmount) {
    *fuzzy = true;
    uint32_t j = i + 1;
    if (W(j) == "of") ++j;
    if (w == "couple") { *fuzzy = false; *amount = 2; }
    return j;
  }
  if (!(f & kNumberWord)) return i;
  int value = Info(i)->number;
  uint32_t j = i + 1;
  if (value >= 20 && value % 10 == 0 && Punct(j, '-') && Adj(j) && (Flags(j + 1) & kNumberWord) &&
      Info(j + 1)->number < 10 && W(j + 1) != "a" && W(j + 1) != "an") {
    value += Info(j + 1)->number;
    j += 2;
  } else if (value >= 20 && value % 10 == 0 && (Flags(j) & kNumberWord) && Info(j)->number < 10 &&
             W(j) != "a" && W(j) != "an") {
    value += Info(j)->number;
    j += 1;
  }
  *amount = value;
  if (W(j) == "and" && (W(j + 1) == "a" || W(j + 1) == "one") && W(j + 2) == "half") {
    *amount += 0.5;
    j += 3;
  }
  if (W(j) == "dozen") { *amount *= 12; ++j; }
  return j;
}

uint32_t Matcher::MatchAmount(uint32_t i, Sem* sem) {
  uint32_t j = i;
  if ((Flags(j) & kOrdinalWord) && Info(j)->number == 1 && W(j) == "first") ++j;
  double amount = 0;
  bool fuzzy = false;
  uint32_t k = ParseAmount(j, &amount, &fuzzy);
  if (k == j) return 0;
  if (j > i && fuzzy) return 0;
  k = SkipUnitAdjective(k);
  bool hyphen = false;
  if (Punct(k, '-') && Adj(k)) {
    ++k;
    hyphen = true;
  }
  if (!(Flags(k) & kUnitWord)) return 0;
  const Unit unit = Info(k)->unit;
  if (unit == Unit::kQuarter && hyphen && Info(k)->plural) return 0;  // "three-quarters"
  if (unit == Unit::kSecond && W(j) == "a") return 0;  // "a second plant"
  sem->adjective = hyphen;
  const bool a_word = W(j) == "a" || W(j) == "an" || W(j) == "one";
  ++k;
  if (W(k) == "and" && W(k + 1) == "a" && W(k + 2) == "half") {  // "a minute and a half"
    amount += 0.5;
    k += 3;
  }
  // Ages are not time expressions: "44-year-old", "three years old".
  if (W(k) == "old" || (Punct(k, '-') && W(k + 1) == "old")) return 0;
  int dir = 0;
  const std::string_view after = W(k);
  if (after == "ago") {
    dir = -1;
  } else if (after == "earlier" && W(k + 1) != "than") {
    dir = -1;
  } else if (after == "hence") {
    dir = 1;
  } else if (after == "from" && W(k + 1) == "now") {
    dir = 1;
    ++k;
  }
  if (dir != 0 && j == i) {
    sem->kind = Sem::Kind::kShift;
    sem->unit = unit;
    sem->amount = fuzzy ? dir : dir * amount;
    sem->fuzzy = fuzzy;
    sem->year_ago = a_word && unit == Unit::kYear && amount == 1;
    return k + 1;
  }
  sem->kind = Sem::Kind::kDuration;
  sem->unit = unit;
  sem->amount = amount;
  sem->fuzzy = fuzzy;
  return k;
}

uint32_t Matcher::MatchYear(uint32_t i, Sem* sem) {
  if (!Num(i) || T(i).digits != 4) return 0;
  const int64_t v = V(i);
  if (v < 1000 || v > 2099) return 0;
  if (i > 0 && T(i - 1).kind == Token::Kind::kPunct &&
      (T(i - 1).punct == '$' || T(i - 1).punct == '#' || T(i - 1).punct == '~')) {
    return 0;
  }
  if (v < 1900 && !(i > 0 && (W(i - 1) == "in" || W(i - 1) == "since" || W(i - 1) == "of" ||
                              W(i - 1) == "until" || W(i - 1) == "from" || W(i - 1) == "by"))) {
    return 0;
  }
  if (Punct(i + 1, '%') || W(i + 1) == "percent" || (Flags(i + 1) & kUnitWord)) return 0;
  if (Punct(i + 1, ':') && Adj(i + 1) && Num(i + 2)) return 0;
  if (W(i + 1) == "s" && Adj(i + 1)) {
    if (v % 10 != 0) return 0;
    sem->kind = Sem::Kind::kDate;
    sem->decade = static_cast<int>(v / 10);
    return i + 2;
  }
  sem->kind = Sem::Kind::kDate;
  sem->year = static_cast<int>(v);
  return i + 1;
}

uint32_t Matcher::MatchApostropheYear(uint32_t i, Sem* sem) {
  if (!(Num(i + 1) && Adj(i + 1) && T(i + 1).digits == 2)) return 0;
  const int v = static_cast<int>(V(i + 1));
  const int century = v < 30 ? 2000 : 1900;
  if (W(i + 2) == "s" && Adj(i + 2)) {
    if (v % 10 != 0) return 0;
    sem->kind = Sem::Kind::kDate;
    sem->decade = (century + v) / 10;
    return i + 3;
  }
  if (i > 0 && !T(i).space_before()) return 0;  // closing quote after a word
  // A quoted count of a unit ("'60 Minutes'", the TV show) is no year.
  if (Flags(i + 2) & kUnitWord) return 0;
  sem->kind = Sem::Kind::kDate;
  sem->year = century + v;
  return i + 2;
}

uint32_t Matcher::MatchSeason(uint32_t i, Sem* sem) {
  const std::string_view prev = i > 0 ? W(i - 1) : std::string_view();
  const bool determiner = prev == "the" || prev == "this" || prev == "last" || prev == "next" ||
                          prev == "early" || prev == "late" || (i > 0 && Punct(i - 1, '-'));
  const bool preposition = prev == "in" || prev == "during" || prev == "since" || prev == "by" ||
                           prev == "until" || prev == "of";
  uint32_t j = i + 1;
  int year = -1;
  if (W(j) == "of" && Num(j + 1) && T(j + 1).digits == 4) {
    year = static_cast<int>(V(j + 1));
    j += 2;
  } else if (uint32_t end = W(j) == "of" ? ParseSpokenYear(j + 1, &year) : 0) {
    j = end;  // "the winter of nineteen ninety-four"
  } else if (Num(j) && T(j).digits == 4) {
    year = static_cast<int>(V(j));
    j += 1;
  }
  const bool is_fall = W(i) == "fall";
  if (year < 0 && !determiner && (is_fall || !preposition)) return 0;
  // "the fall of the DOJ", "the winter of discontent": "of" with no year
  // after it makes the word a plain noun, not a season of the calendar.
  if (year < 0 && W(j) == "of") return 0;
  if (year >= 0 && (year < 1000 || year > 2999)) return 0;
  sem->kind = Sem::Kind::kDate;
  SetCode(sem->season, sizeof sem->season, Info(i)->code);
  sem->year = year;
  sem->rel = year >= 0 ? kRelNone : kRelTense;
  return j;
}

uint32_t Matcher::MatchSet(uint32_t i, Sem* sem) {
  const WordInfo* info = Info(i);
  if (info->flags & kSetAdverb) {
    sem->kind = Sem::Kind::kSet;
    sem->unit = info->unit;
    sem->amount = 1;
    return i + 1;
  }
  uint32_t j = i + 1;
  double amount = 1;
  if (W(j) == "other") { amount = 2; ++j; }
  if ((Flags(j) & kWeekdayName) && W(i) != "per" && T(j).capitalized()) {
    sem->kind = Sem::Kind::kSet;
    sem->weekday = Info(j)->number;
    return ParsePartOfDay(j + 1, sem);
  }
  bool fuzzy = false;
  if (W(i) == "every") {
    const uint32_t k = ParseAmount(j, &amount, &fuzzy);
    if (fuzzy) return 0;
    j = k;
  }
  if (!(Flags(j) & kUnitWord)) return 0;
  sem->kind = Sem::Kind::kSet;
  sem->unit = Info(j)->unit;
  sem->amount = amount;
  return j + 1;
}

// "Christmas", "Christmas Eve", "Thanksgiving Day", "Labor Day", "Valentine's Day".
uint32_t Matcher::MatchHoliday(uint32_t i, Sem* sem) {
  const WordInfo* info = Info(i);
  uint32_t j = i + 1;
  if (Punct(j, '\'') && W(j + 1) == "s") j += 2;
  const bool day_word = W(j) == "day" && T(j).capitalized();
  const bool eve = W(j) == "eve" && T(j).capitalized() && info->number == 1225;
  if (info->rel == 1 && !day_word) return 0;
  int code = info->number;
  sem->kind = Sem::Kind::kDate;
  sem->rel = kRelTense;
  if (code >= 10000) {
    sem->holiday_rule = code - 10000;
    sem->month = (code - 10000) / 100;
    sem->day = 1;  // replaced by the rule once the year is known
  } else {
    if (eve) code -= 1;
    sem->month = code / 100;
    sem->day = code % 100;
  }
  uint32_t end = (day_word || eve) ? j + 1 : i + 1;
  if (Punct(end, ',') && Num(end + 1) && T(end + 1).digits == 4) {
    sem->year = static_cast<int>(V(end + 1));
    sem->rel = kRelNone;
    end += 2;
  } else if (Num(end) && T(end).digits == 4) {
    sem->year = static_cast<int>(V(end));
    sem->rel = kRelNone;
    end += 1;
  }
  return end;
}

uint32_t Matcher::MatchBarePlural(uint32_t i, Sem* sem) {
  const WordInfo* info = Info(i);
  if (W(i) == "year" && Punct(i + 1, '-') && Adj(i + 1) && (W(i + 2) == "earlier" || W(i + 2) == "ago")) {
    sem->kind = Sem::Kind::kShift;
    sem->unit = Unit::kYear;
    sem->amount = -1;
    sem->year_ago = true;
    sem->adjective = true;  // "the year-earlier results": "the" belongs to the noun
    return i + 3;
  }
  if (!info->plural || i == 0) return 0;
  if (info->unit < Unit::kMinute || info->unit == Unit::kWeekend || info->unit == Unit::kQuarter) return 0;
  const std::string_view prev = W(i - 1);
  const bool cue = (Flags(i - 1) & kDurationPrep) || prev == "in" || prev == "after" ||
                   prev == "been" || prev == "takes" || prev == "take";
  if (!cue) return 0;
  if (Num(i + 1)) return 0;
  sem->kind = Sem::Kind::kDuration;
  sem->unit = info->unit;
  sem->fuzzy = true;
  return i + 1;
}

// "nineteen ninety-one" (a teen hundred + tens), "two thousand [and] five".
uint32_t Matcher::ParseSpokenYear(uint32_t i, int* year) {
  if (!(Flags(i) & kNumberWord)) return 0;
  const int first = Info(i)->number;
  if (first >= 11 && first <= 19 && (Flags(i + 1) & kNumberWord) && Info(i + 1)->number >= 10) {
    double rest = 0;
    bool fuzzy = false;
    const uint32_t end = ParseAmount(i + 1, &rest, &fuzzy);
    if (end == i + 1 || fuzzy || rest >= 100 || rest != static_cast<int>(rest)) return 0;
    *year = first * 100 + static_cast<int>(rest);
    return end;
  }
  if (first >= 1 && first <= 2 && W(i + 1) == "thousand") {
    *year = first * 1000;
    uint32_t j = i + 2;
    if (W(j) == "and") ++j;
    double rest = 0;
    bool fuzzy = false;
    const uint32_t end = (Flags(j) & kNumberWord) && W(j) != "a" ? ParseAmount(j, &rest, &fuzzy) : j;
    if (end > j && !fuzzy && rest < 100 && rest == static_cast<int>(rest)) {
      *year += static_cast<int>(rest);
      return end;
    }
    return i + 2;
  }
  return 0;
}

// A year in digits (1000..2999) or spoken; returns its end or 0.
uint32_t Matcher::ParseYear(uint32_t i, int* year) {
  if (Num(i) && T(i).digits == 4 && V(i) >= 1000 && V(i) <= 2999) {
    *year = static_cast<int>(V(i));
    return i + 1;
  }
  return ParseSpokenYear(i, year);
}

// Adjectives that may stand between an amount and its unit: "six straight
// days", "eight trading days", "two consecutive quarters".
uint32_t Matcher::SkipUnitAdjective(uint32_t i) const {
  const std::string_view w = W(i);
  const bool adjective = w == "straight" || w == "consecutive" || w == "trading" ||
                         w == "business" || w == "working";
  return adjective && (Flags(i + 1) & kUnitWord) ? i + 1 : i;
}

// "the 20th century", "the twentieth century" -> "19" (not the adjective "20th-century").
uint32_t Matcher::MatchCentury(uint32_t i, Sem* sem) {
  int n = 0;
  uint32_t j = i;
  if (Num(i) && T(i).digits <= 2 && Adj(i + 1) && (W(i + 1) == "st" || W(i + 1) == "nd" ||
                                                   W(i + 1) == "rd" || W(i + 1) == "th")) {
    n = static_cast<int>(V(i));
    j = i + 2;
  } else if (Flags(i) & kOrdinalWord) {
    n = Info(i)->number;
    j = i + 1;
  }
  if (n < 1 || n > 30 || W(j) != "century" || (Punct(j + 1, '-') && Adj(j + 1))) return 0;
  sem->kind = Sem::Kind::kDate;
  sem->century = n - 1;
  return j + 1;
}

// "the 70s", "the late 80s", "the 70s and 80s": a two-digit decade needs a
// determiner or position word before it ("in his 70s" is an age).
uint32_t Matcher::MatchBareDecade(uint32_t i, Sem* sem) {
  if (!(Num(i) && T(i).digits == 2 && V(i) % 10 == 0 && W(i + 1) == "s" && Adj(i + 1)) || i == 0) {
    return 0;
  }
  const std::string_view prev = W(i - 1);
  const bool determiner = prev == "the" || prev == "early" || prev == "late" || prev == "mid" ||
                          (Punct(i - 1, '-') && i >= 2 && W(i - 2) == "mid");
  const bool coordinated = (prev == "and" || prev == "or") && i >= 3 && W(i - 2) == "s" &&
                           Num(i - 3) && T(i - 3).digits == 2;
  if (!determiner && !coordinated) return 0;
  const int v = static_cast<int>(V(i));
  sem->kind = Sem::Kind::kDate;
  sem->decade = ((v < 30 ? 2000 : 1900) + v) / 10;
  return i + 2;
}

}  // namespace parallax::time
