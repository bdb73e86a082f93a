// English resources for the time tagger: month and weekday names (with the
// abbreviations news wires use), number words, calendar units, modifiers,
// seasons, parts of the day, reference words and tense cues. Derived from
// general knowledge of English news style, not from any corpus text.
#include "annotate/time/lexicon.h"

#include <string>

#include "core/months.h"

namespace parallax::time {
namespace {

void AddUnits(Lexicon* lx) {
  struct U { const char* singular; const char* plural; Unit unit; };
  static const U kUnits[] = {
      {"second", "seconds", Unit::kSecond}, {"sec", "secs", Unit::kSecond},
      {"minute", "minutes", Unit::kMinute}, {"min", "mins", Unit::kMinute},
      {"hour", "hours", Unit::kHour},       {"hr", "hrs", Unit::kHour},
      {"day", "days", Unit::kDay},          {"weekend", "weekends", Unit::kWeekend},
      {"week", "weeks", Unit::kWeek},       {"fortnight", "fortnights", Unit::kFortnight},
      {"month", "months", Unit::kMonth},    {"quarter", "quarters", Unit::kQuarter},
      {"year", "years", Unit::kYear},       {"yr", "yrs", Unit::kYear},
      {"decade", "decades", Unit::kDecade}, {"century", "centuries", Unit::kCentury},
  };
  for (const U& u : kUnits) {
    WordInfo& s = lx->Add(u.singular);
    s.flags |= kUnitWord;
    s.unit = u.unit;
    WordInfo& p = lx->Add(u.plural);
    p.flags |= kUnitWord;
    p.unit = u.unit;
    p.plural = true;
  }
  lx->AddFlag("quarter", kQuarterWord, 4);
  lx->AddFlag("half", kQuarterWord, 2);
}

void AddNames(Lexicon* lx) {
  for (size_t m = 0; m < core::kEnglishMonths.size(); ++m) {
    const int month = static_cast<int>(m) + 1;
    lx->AddFlag(core::kEnglishMonths[m].full, kMonthName, month);
    for (std::string_view a : core::kEnglishMonths[m].abbreviations) {
      if (!a.empty()) lx->AddFlag(a, kMonthName, month);
    }
  }
  static const char* kDays[7][3] = {
      {"monday", "mon", nullptr}, {"tuesday", "tues", "tue"}, {"wednesday", "wed", nullptr},
      {"thursday", "thurs", "thu"}, {"friday", "fri", nullptr}, {"saturday", nullptr, nullptr},
      {"sunday", nullptr, nullptr}};
  for (int d = 0; d < 7; ++d) {
    for (const char* name : kDays[d]) {
      if (name != nullptr) lx->AddFlag(name, kWeekdayName, d + 1);
    }
  }
  const char* seasons[][2] = {{"spring", "SP"}, {"summer", "SU"}, {"fall", "FA"},
                              {"autumn", "FA"}, {"winter", "WI"}};
  for (auto& s : seasons) lx->AddFlag(s[0], kSeasonWord, 0, 0, s[1]);
  const char* parts[][2] = {{"morning", "MO"}, {"afternoon", "AF"}, {"evening", "EV"},
                            {"night", "NI"},   {"overnight", "NI"}};
  for (auto& p : parts) lx->AddFlag(p[0], kPartOfDay, 0, 0, p[1]);
  lx->AddFlag("noon", kNamedTime, 12);
  lx->AddFlag("midday", kNamedTime, 12);
  lx->AddFlag("midnight", kNamedTime, 24);
  for (const char* z : {"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst",
                        "cet", "cest", "et", "pt", "ct"}) {
    lx->AddFlag(z, kTimeZone);
  }
  lx->AddFlag("am", kMeridiem, 0);
  lx->AddFlag("a.m.", kMeridiem, 0);
  lx->AddFlag("pm", kMeridiem, 12);
  lx->AddFlag("p.m.", kMeridiem, 12);
}

void AddNumbers(Lexicon* lx) {
  static const char* kOnes[] = {"zero", "one", "two", "three", "four", "five", "six", "seven",
                                "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                                "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                                "nineteen"};
  for (int i = 1; i < 20; ++i) lx->AddFlag(kOnes[i], kNumberWord, i);
  static const char* kTens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                                "eighty", "ninety"};
  for (int i = 0; i < 8; ++i) lx->AddFlag(kTens[i], kNumberWord, (i + 2) * 10);
  static const char* kDecades[] = {"twenties", "thirties", "forties", "fifties", "sixties",
                                   "seventies", "eighties", "nineties"};
  for (int i = 0; i < 8; ++i) lx->AddFlag(kDecades[i], kDecadeWord, i + 2);
  lx->AddFlag("a", kNumberWord, 1);
  lx->AddFlag("an", kNumberWord, 1);
  lx->AddFlag("single", kNumberWord, 1);
  lx->AddFlag("dozen", kMultiplier, 12);
  lx->AddFlag("hundred", kMultiplier, 100);
  lx->AddFlag("thousand", kMultiplier, 1000);
  static const char* kOrd[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                               "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                               "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                               "eighteenth", "nineteenth", "twentieth"};
  for (int i = 0; i < 20; ++i) lx->AddFlag(kOrd[i], kOrdinalWord, i + 1);
  lx->AddFlag("thirtieth", kOrdinalWord, 30);
  lx->AddFlag("final", kOrdinalWord, 4);  // "the final quarter" (only quarters use it)
  lx->AddFlag("last", kOrdinalWord, 99);  // "the last quarter" (ordinal sense, disambiguated)
  for (const char* w : {"several", "few", "many", "some", "multiple", "couple", "numerous"}) {
    lx->AddFlag(w, kFuzzyAmount);
  }
}

void AddRelations(Lexicon* lx) {
  for (const char* w : {"last", "previous", "past", "preceding", "prior"}) lx->AddFlag(w, kRelModifier, 0, -1);
  for (const char* w : {"this", "current", "present", "same"}) lx->AddFlag(w, kRelModifier, 0, 0);
  for (const char* w : {"next", "coming", "following", "upcoming"}) lx->AddFlag(w, kRelModifier, 0, 1);
  lx->AddFlag("today", kDeictic, 0, 0);
  lx->AddFlag("yesterday", kDeictic, 0, -1);
  lx->AddFlag("tomorrow", kDeictic, 0, 1);
  lx->AddFlag("tonight", kDeictic, 0, 0, "NI");
  lx->AddFlag("now", kReference, 0, 0, "PRESENT_REF");
  lx->AddFlag("currently", kReference, 0, 0, "PRESENT_REF");
  lx->AddFlag("nowadays", kReference, 0, 0, "PRESENT_REF");
  lx->AddFlag("recently", kReference, 0, 0, "PAST_REF");
  lx->AddFlag("lately", kReference, 0, 0, "PAST_REF");
  for (const char* w : {"ago", "earlier", "before", "prior"}) lx->AddFlag(w, kShiftWord, 0, -1);
  for (const char* w : {"later", "hence", "after", "afterwards"}) lx->AddFlag(w, kShiftWord, 0, 1);
  lx->AddFlag("daily", kSetAdverb)->unit = Unit::kDay;
  lx->AddFlag("weekly", kSetAdverb)->unit = Unit::kWeek;
  lx->AddFlag("monthly", kSetAdverb)->unit = Unit::kMonth;
  lx->AddFlag("hourly", kSetAdverb)->unit = Unit::kHour;
  for (const char* w : {"every", "each"}) lx->AddFlag(w, kEveryWord);
  for (const char* w : {"future", "latest", "most", "recent", "the", "these"}) lx->AddFlag(w, kAfterThe);
  const char* positions[][2] = {{"early", "START"}, {"beginning", "START"}, {"start", "START"},
                                {"mid", "MID"},     {"middle", "MID"},      {"late", "END"},
                                {"end", "END"},     {"earlier", "START"},   {"later", "END"}};
  for (auto& p : positions) lx->AddFlag(p[0], kPositionWord, 0, 0, p[1]);
  lx->AddFlag("fiscal", kFiscal);
  for (const char* w : {"for", "during", "over", "within", "throughout", "lasting", "spanning"}) {
    lx->AddFlag(w, kDurationPrep);
  }
  for (const char* w : {"mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "prof", "no",
                        "vs", "inc", "corp", "co", "jr", "sr", "lt", "col", "sgt", "capt"}) {
    lx->AddFlag(w, kAbbreviation);
  }
}

void AddTenseCues(Lexicon* lx) {
  for (const char* w : {"will", "ll", "shall", "going", "scheduled", "expected", "expects",
                        "plans", "planned", "planning", "plan", "due", "upcoming", "intends",
                        "aims", "set", "slated", "tomorrow", "next", "would", "forecast",
                        "forecasts", "anticipated", "hopes", "wants", "until", "starting",
                        "begins", "opens", "coming", "soon", "effective"}) {
    lx->AddFlag(w, kFutureCue);
  }
  for (const char* w : {"said", "was", "were", "had", "did", "ago", "told", "announced", "reported",
                        "came", "went", "met", "made", "took", "began", "gave", "left", "saw",
                        "yesterday", "last", "earlier", "won", "lost", "fell", "rose", "became",
                        "held", "spoke", "wrote", "sent", "got", "found", "hit", "led", "ran",
                        "paid", "sold", "bought", "kept", "brought", "thought", "felt", "been",
                        // irregular past forms that are never present tense
                        "shot", "broke", "struck", "fought", "drove", "flew", "fled", "caught", "chose",
                        "stood", "taught", "threw", "wore", "ate", "drew", "grew", "knew", "rode", "rang",
                        "sang", "sank", "swore", "tore", "woke", "arose", "built", "dealt", "dug",
                        "forgave", "froze", "hid", "heard", "meant", "sought", "shook", "slid", "spent",
                        "stole", "stuck", "swept", "swung", "understood", "withdrew", "overcame", "forbade",
                        "blew", "crept", "lent", "slept", "sprang",
                        "stank", "strove", "undertook", "upheld", "wept", "wrung"}) {
    lx->AddFlag(w, kPastCue);
  }
  for (const char* w : {"is", "are", "says", "am", "has", "have"}) lx->AddFlag(w, kPresentCue);
  for (const char* w : {"said", "told", "announced", "reported", "says", "added", "stated"}) {
    lx->AddFlag(w, kReportingVerb);
  }
}

// Holidays: number = month * 100 + day for fixed dates; for "n-th weekday of
// a month" rules, 10000 + month * 100 + n * 10 + weekday (n = 5: the last).
// `rel` = 1 when the name needs a following "day"/"eve" word to count.
void AddHolidays(Lexicon* lx) {
  lx->AddFlag("christmas", kHoliday, 1225);
  lx->AddFlag("halloween", kHoliday, 1031);
  lx->AddFlag("thanksgiving", kHoliday, 10000 + 1100 + 44);   // 4th Thursday of November
  lx->AddFlag("labor", kHoliday, 10000 + 900 + 11, 1);        // 1st Monday of September
  lx->AddFlag("memorial", kHoliday, 10000 + 500 + 51, 1);     // last Monday of May
  lx->AddFlag("independence", kHoliday, 704, 1);
  lx->AddFlag("valentine", kHoliday, 214, 1);
}

// Function words the patterns test literally ("of 2009", "than", "-old"):
// they must survive as tokens (words without any entry collapse into gaps).
void AddGlue(Lexicon* lx) {
  for (const char* w : {"of", "and", "to", "in", "on", "or", "at", "by", "since", "until", "till",
                        "from", "through", "between", "that", "than", "old", "percent", "period",
                        "account", "accounts", "events", "clock", "other", "more",
                        "take", "takes", "week", "st", "nd", "rd", "th", "days", "end", "start",
                        "middle", "beginning", "mid", "after", "before", "during", "is", "been",
                        "nearly", "almost", "about", "around", "roughly", "approximately", "less",
                        "fewer", "least", "most", "up", "eve", "near", "short", "long", "term",
                        "distant", "immediate", "full", "entire", "whole", "time", "being", "straight",
                        "consecutive", "trading", "business", "working", "ends",
                        "ended", "ending", "finish", "finished", "finishing", "closed", "close",
                        "closing"}) {
    lx->AddFlag(w, kGlue);
  }
  // Approximators ("nearly two years", "at least 72 hours", "more than a decade") and
  // "that" ("that day", "that same year") open expressions.
  for (const char* w : {"nearly", "almost", "about", "around", "roughly", "approximately", "more",
                        "less", "fewer", "at", "up", "that"}) {
    lx->AddFlag(w, kStarter);
  }
}

}  // namespace

void FillEnglish(Lexicon* lexicon) {
  AddGlue(lexicon);
  AddHolidays(lexicon);
  AddUnits(lexicon);
  AddNames(lexicon);
  AddNumbers(lexicon);
  AddRelations(lexicon);
  AddTenseCues(lexicon);
}

}  // namespace parallax::time
