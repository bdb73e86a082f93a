// Month names as news and web pages write them, in one place for every stage
// that reads dates out of words (the time lexicon, metadata and byline dates,
// synthesis' conflict rules). Header-only: a few tables and two lookups.
#ifndef PARALLAX_CORE_MONTHS_H_
#define PARALLAX_CORE_MONTHS_H_

#include <array>
#include <string_view>

namespace parallax::core {

// Row m (0-based) holds month m+1's full name and its abbreviations without
// the period ("sept" and "sep" for September; May has none). Lower case.
struct MonthNames {
  std::string_view full;
  std::array<std::string_view, 2> abbreviations;
};
inline constexpr std::array<MonthNames, 12> kEnglishMonths = {{
    {"january", {"jan", ""}},   {"february", {"feb", ""}}, {"march", {"mar", ""}},
    {"april", {"apr", ""}},     {"may", {"", ""}},         {"june", {"jun", ""}},
    {"july", {"jul", ""}},      {"august", {"aug", ""}},   {"september", {"sept", "sep"}},
    {"october", {"oct", ""}},   {"november", {"nov", ""}}, {"december", {"dec", ""}},
}};

// The month (1-12) that the lower-case word `w` names: a full name or an
// abbreviation of kEnglishMonths, optionally followed by a period ("jan",
// "jan.", "sept.", "may."). 0 for anything else, including words that merely
// begin like a month ("mayor", "decision", "marc").
inline int EnglishMonth(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() < 3) return 0;
  for (size_t m = 0; m < kEnglishMonths.size(); ++m) {
    const MonthNames& names = kEnglishMonths[m];
    if (w == names.full) return static_cast<int>(m) + 1;
    for (std::string_view a : names.abbreviations) {
      if (!a.empty() && w == a) return static_cast<int>(m) + 1;
    }
  }
  return 0;
}

// The month (1-12) named by a lower-case word of a date as web pages write
// it in their metadata or bylines: EnglishMonth's words, or a German, French
// or Spanish month name or its first three letters with an optional period
// ("oktober", "juin", "dic."). 0 for anything else ("mayor").
inline int PageMonth(std::string_view w) {
  if (int m = EnglishMonth(w)) return m;
  static constexpr std::string_view kOther[12][3] = {
      {"januar", "janvier", "enero"},     {"februar", "février", "febrero"},
      {"märz", "mars", "marzo"},    {"april", "avril", "abril"},
      {"mai", "mai", "mayo"},             {"juni", "juin", "junio"},
      {"juli", "juillet", "julio"},       {"august", "août", "agosto"},
      {"september", "septembre", "septiembre"}, {"oktober", "octobre", "octubre"},
      {"november", "novembre", "noviembre"},   {"dezember", "décembre", "diciembre"}};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  for (int m = 0; m < 12; ++m) {
    for (std::string_view name : kOther[m]) {
      if (w == name || (w.size() == 3 && name.substr(0, 3) == w)) return m + 1;
    }
  }
  return 0;
}

}  // namespace parallax::core

#endif  // PARALLAX_CORE_MONTHS_H_
