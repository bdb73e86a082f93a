// Bounds of number claims (claims.h).
//
// "The more than 30 million Americans who suffer from chronic kidney disease"
// and "the more than 37 million Americans with kidney disease" are two lower
// bounds on one figure: 37 million and more is also more than 30 million, so
// the two outlets do not contradict each other, though the number pass would
// otherwise call any two values more than 15% apart a disagreement. Two
// bounds in one direction are set against each other only when they lie
// twofold apart or more: a reader takes "more than 2,000 people" and "more
// than 4,000 people" in one caravan as estimates that disagree (session 14's
// labelling guideline, docs/story.md). A bound against an exact value, or
// against a bound the other way, is compared as before. NumberConflict asks
// this only of claims published on one day: on two days, close bounds one
// way are a running count's states ("more than 57,000" signatures one day,
// "more than 78,000" the next), reported as a count that moved.
#include <algorithm>
#include <cstdlib>

#include "synth/claims.h"

namespace parallax::synth::claims {

char BoundOf(const std::vector<std::string>& words, size_t i) {
  size_t j = i;
  while (j > 0 && i - j < 2 && (words[j - 1] == "$" || words[j - 1] == "a")) --j;
  if (j == 0) return 0;
  const std::string& w = words[j - 1];
  const std::string& before = j >= 2 ? words[j - 2] : w;
  if (w == "over" || (w == "than" && (before == "more" || before == "greater")) ||
      (w == "least" && before == "at")) {
    return '>';
  }
  if (w == "under" || (w == "than" && (before == "less" || before == "fewer")) || (w == "to" && before == "up")) {
    return '<';
  }
  return 0;
}

bool BoundsAgree(const Claim& a, const Claim& b) {
  if (a.bound == 0 || a.bound != b.bound) return false;
  if (a.value.find("..") != std::string::npos || b.value.find("..") != std::string::npos) return false;
  auto number = [](const std::string& v) { return std::atof(v.c_str() + (v.starts_with("~") ? 1 : 0)); };
  const double x = number(a.value), y = number(b.value);
  if (x <= 0 || y <= 0) return false;
  return std::max(x, y) < 2 * std::min(x, y);
}

}  // namespace parallax::synth::claims
