// Internal: the token matcher shared by recognizer.cc (dispatch) and
// recognizer_patterns.cc (the pattern families). Not part of the API.
#ifndef PARALLAX_ANNOTATE_TIME_RECOGNIZER_IMPL_H_
#define PARALLAX_ANNOTATE_TIME_RECOGNIZER_IMPL_H_

#include <string_view>
#include <vector>

#include "annotate/time/recognizer.h"

namespace parallax::time {

// Copies a lexicon code into a fixed, zero-terminated field, truncating to
// the field (codes are short ASCII: "SU", "MO", "NI").
inline void SetCode(char* dst, size_t size, const char* code) {
  size_t i = 0;
  for (; i + 1 < size && code[i] != 0; ++i) dst[i] = code[i];
  dst[i] = 0;
}

class Matcher {
 public:
  explicit Matcher(const Tokens& tokens)
      : tk_(tokens), n_(static_cast<uint32_t>(tokens.items.size())) {}

  // Longest expression starting at token i: its end token (exclusive), or 0.
  uint32_t Match(uint32_t i, Sem* sem);
  // Second halves of ranges ("July 16-19" -> "19") found by the last Match.
  const std::vector<Candidate>& Extra() const { return extra_; }
  void ClearExtra() { extra_.clear(); }

 private:
  uint32_t MatchAfterThe(uint32_t i, Sem* sem);
  uint32_t MatchTheOnly(uint32_t i, Sem* sem);
  uint32_t MatchPositioned(uint32_t i, Sem* sem);
  uint32_t MatchCore(uint32_t i, Sem* sem);
  // Pattern families (recognizer_patterns.cc).
  uint32_t MatchIsoDate(uint32_t i, Sem* sem);
  uint32_t MatchSlashDate(uint32_t i, Sem* sem);
  uint32_t MatchTimeOfDay(uint32_t i, Sem* sem);
  uint32_t MatchDayMonth(uint32_t i, Sem* sem);
  uint32_t MatchMonth(uint32_t i, Sem* sem);
  uint32_t MatchWeekday(uint32_t i, Sem* sem);
  uint32_t MatchModifier(uint32_t i, Sem* sem);
  uint32_t MatchDeictic(uint32_t i, Sem* sem);
  uint32_t MatchQuarter(uint32_t i, Sem* sem);
  uint32_t MatchAmount(uint32_t i, Sem* sem);
  uint32_t MatchYear(uint32_t i, Sem* sem);
  uint32_t MatchApostropheYear(uint32_t i, Sem* sem);
  uint32_t MatchSeason(uint32_t i, Sem* sem);
  uint32_t MatchSet(uint32_t i, Sem* sem);
  uint32_t MatchBarePlural(uint32_t i, Sem* sem);
  uint32_t MatchHoliday(uint32_t i, Sem* sem);
  uint32_t MatchCentury(uint32_t i, Sem* sem);
  uint32_t MatchBareDecade(uint32_t i, Sem* sem);
  uint32_t MatchClosingDay(uint32_t i, Sem* sem);
  uint32_t MatchTheYear(uint32_t i, Sem* sem);
  uint32_t MatchTheNoun(uint32_t i, Sem* sem);
  // Helpers.
  uint32_t ParseAmount(uint32_t i, double* amount, bool* fuzzy);
  uint32_t ParseDayNumber(uint32_t i, int* day);
  uint32_t ParseSpokenYear(uint32_t i, int* year);
  uint32_t ParseYear(uint32_t i, int* year);
  uint32_t SkipUnitAdjective(uint32_t i) const;
  uint32_t ParseTrailingTime(uint32_t i, Sem* sem);
  uint32_t ParseRelativeYear(uint32_t i, Sem* sem);
  uint32_t MatchSameUnit(uint32_t i, Sem* sem, bool after_the);
  uint32_t ParsePartOfDay(uint32_t i, Sem* sem);
  bool MonthInContext(uint32_t i);

  const Token& T(uint32_t i) const { return tk_.items[i]; }
  bool Has(uint32_t i) const { return i < n_; }
  std::string_view W(uint32_t i) const {
    return Has(i) && T(i).kind == Token::Kind::kWord ? tk_.Lower(T(i)) : std::string_view();
  }
  const WordInfo* Info(uint32_t i) const { return Has(i) ? T(i).info : nullptr; }
  uint32_t Flags(uint32_t i) const { return Has(i) ? T(i).flags : 0; }
  bool Punct(uint32_t i, char c) const {
    return Has(i) && T(i).kind == Token::Kind::kPunct && T(i).punct == c;
  }
  bool Num(uint32_t i) const {
    return Has(i) && T(i).kind == Token::Kind::kNumber && !T(i).has_separator() && T(i).value >= 0;
  }
  // Token i touches token i-1 (no whitespace between).
  bool Adj(uint32_t i) const { return Has(i) && !T(i).space_before(); }
  int64_t V(uint32_t i) const { return T(i).value; }

  const Tokens& tk_;
  const uint32_t n_;
  std::vector<Candidate> extra_;
};

}  // namespace parallax::time

#endif  // PARALLAX_ANNOTATE_TIME_RECOGNIZER_IMPL_H_
