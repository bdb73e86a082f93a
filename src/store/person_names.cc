// Person-name tests that compare initials (person_names.h).
#include "store/person_names.h"

#include "annotate/entity/names.h"
#include "core/ascii.h"

namespace parallax::store {

std::string InitialLetters(const std::string& word) {
  std::string letters;
  bool period = false;
  for (char ch : word) {
    if (ch == '.') {
      period = true;
      continue;
    }
    if (!core::IsAsciiUpper(ch)) return "";
    letters.push_back(ch);
  }
  if (letters.empty() || letters.size() > 2 || (letters.size() == 2 && !period)) return "";
  return letters;
}

namespace {

// The initials of the middle words of `words` (all but the first and last),
// or "" when there is none or a word starts with no capital.
std::string MiddleLetters(const std::vector<std::string>& words) {
  std::string out;
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    std::string letters = InitialLetters(words[i]);
    if (letters.empty()) {
      if (words[i].empty() || !core::IsAsciiUpper(words[i][0])) return "";
      letters = words[i].substr(0, 1);
    }
    out += letters;
  }
  return out;
}

// Whether `tail` equals the last tail.size() words of `name` (by key).
bool IsTailOf(const std::vector<std::string>& tail, const std::vector<std::string>& name) {
  if (tail.empty() || tail.size() >= name.size()) return false;
  const std::vector<std::string> end(name.end() - static_cast<std::ptrdiff_t>(tail.size()), name.end());
  return entity::NameKey(tail) == entity::NameKey(end);
}

}  // namespace

bool IsForeignInitialFragment(const std::vector<std::string>& alias, const std::vector<std::string>& name) {
  if (alias.size() < 2 || name.size() < 2) return false;
  size_t initials = 0;
  while (initials + 1 < alias.size() && !InitialLetters(alias[initials]).empty()) ++initials;
  if (initials == 0) return false;
  const std::vector<std::string> tail(alias.begin() + static_cast<std::ptrdiff_t>(initials), alias.end());
  if (!IsTailOf(tail, name)) return false;
  return name.front().empty() || InitialLetters(alias.front())[0] != name.front()[0];
}

bool MiddlesAgree(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.size() < 3 || b.size() < 3) return false;
  const std::string x = MiddleLetters(a), y = MiddleLetters(b);
  return !x.empty() && x == y;
}

bool InitialFitsPerson(const std::vector<std::string>& fragment, const std::vector<std::string>& person) {
  if (fragment.size() != 2 || person.size() < 2) return false;
  const std::string letters = InitialLetters(fragment.front());
  if (letters.size() != 1 || !IsTailOf({fragment.back()}, person)) return false;
  if (!person.front().empty() && person.front()[0] == letters[0]) return true;
  for (size_t i = 1; i + 1 < person.size(); ++i)
    if (!person[i].empty() && person[i][0] == letters[0]) return true;
  return false;
}

}  // namespace parallax::store
