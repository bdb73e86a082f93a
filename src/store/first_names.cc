// One-word person chains the text makes part of another name (entity_link.h:
// IsNameFragment, WithSharedSurname). Session 23.
#include <string>
#include <string_view>

#include "annotate/entity/lexicon.h"
#include "annotate/entity/names.h"
#include "core/ascii.h"
#include "core/word_list.h"
#include "store/entity_link.h"

namespace parallax::store::entity_link {

namespace {

bool IsWordByte(char ch) {
  return core::IsAsciiAlpha(ch) || ch == '.' || ch == '-' || ch == '\'' || (static_cast<unsigned char>(ch) & 0x80) != 0;
}

// The word that ends right before byte `end` of `body` after one space, or
// "" (none, or not separated by exactly one space); *start gets its start.
std::string_view WordBefore(std::string_view body, size_t end, size_t* start) {
  if (end < 2 || body[end - 1] != ' ') return {};
  size_t b = end - 1;
  while (b > 0 && IsWordByte(body[b - 1])) --b;
  *start = b;
  return body.substr(b, end - 1 - b);
}

// Whether the word starting at `start` opens a sentence: nothing but spaces
// between it and the start of the body, a line break, or a sentence's end
// or an opening quotation mark.
bool OpensSentence(std::string_view body, size_t start) {
  size_t i = start;
  while (i > 0 && body[i - 1] == ' ') --i;
  if (i == 0) return true;
  const char ch = body[i - 1];
  if (ch == '\n' || ch == '.' || ch == '!' || ch == '?' || ch == ':' || ch == '"' || ch == '(') return true;
  // "“" (E2 80 9C) and "‘" (E2 80 98) end in 0x9C / 0x98.
  return i >= 3 && static_cast<unsigned char>(body[i - 3]) == 0xE2 &&
         (static_cast<unsigned char>(ch) == 0x9C || static_cast<unsigned char>(ch) == 0x98);
}

// Whether the mention starting at byte `begin` of `body` is glued to a
// capitalised word before it that is no title, honorific, party or
// nationality and opens no sentence: the tagger's cut of a longer name
// ("The Hill", "Hurricane Harvey", "Joint Base Andrews", "Forest Whitaker").
bool GluedAfterAWord(std::string_view body, size_t begin) {
  size_t start = 0;
  const std::string_view before = WordBefore(body, begin, &start);
  if (before.empty() || !core::IsAsciiUpper(before.front()) || OpensSentence(body, start)) return false;
  // A sentence's last word ("Republicans. Obama"; "St." and "Ft." are
  // kept), a possessive ("Syria's Assad"), a word in capitals (headlines,
  // credits) or a conjunction opening a clause ("But If Pyongyang") is no
  // part of a name.
  if (before.size() > 3 && before.back() == '.') return false;
  if (before.ends_with("'s") || before.ends_with("\xE2\x80\x99s") || before.back() == '\'') return false;
  if (before.size() >= 2 && core::IsAsciiUpper(before[1])) return false;
  const std::string lower = entity::LowerWord(before);
  if (core::InList(lower, {"if", "but", "when", "while", "as", "after", "before", "so", "then", "because", "although",
                           "though", "since", "until", "unless", "where", "whether", "how", "what", "who", "and",
                           "or", "nor", "yet"}))
    return false;
  return !entity::IsHonorific(lower) && !entity::IsRoleHead(lower) &&
         !entity::IsRoleModifier(lower) &&
         entity::QualifierOf(lower).empty() && entity::PartyOf(lower).empty() &&
         entity::CountryOfDemonym(lower).empty();
}

// The surname of "and <First> <Surname>" right after byte `end` of `a`'s
// body when the tagger read "<First> <Surname>" as a person ("Bill and
// Melinda Gates" -> "Gates"; not "Trump and Senate Majority Leader ..."),
// or "".
std::string_view SharedSurnameAfter(const Article& a, size_t end) {
  const std::string_view body = a.body;
  std::string_view rest = body.substr(end);
  if (!rest.starts_with(" and ")) return {};
  const size_t from = end + 5;
  for (const EntityMention& m : a.entities) {
    if (m.span.begin != from || m.type != "PER" || m.span.end > body.size()) continue;
    const std::vector<std::string> words = entity::NameWords(m.span.Of(body));
    if (words.size() != 2 || words[1].size() < 2 || !core::IsAsciiUpper(words[1][0])) return {};
    const size_t at = body.find(words[1], from);
    return at == std::string_view::npos ? std::string_view() : body.substr(at, words[1].size());
  }
  return {};
}

// The mentions of a one-word person chain, or false when `c` is none or a
// mention's span is out of the body.
bool OneWordPersonSpans(const Article& a, const EntityChain& c) {
  if (c.type != "PER" || c.mentions.empty() || c.name.find(' ') != std::string::npos) return false;
  for (uint32_t m : c.mentions)
    if (m >= a.entities.size() || a.entities[m].span.end > a.body.size()) return false;
  return true;
}

}  // namespace

bool IsNameFragment(const Article& a, const EntityChain& c) {
  if (!OneWordPersonSpans(a, c)) return false;
  // A name in capitals ("MICHAEL FLYNN" in a headline) is left alone.
  if (c.name.size() >= 2 && core::IsAsciiUpper(c.name[1])) return false;
  for (uint32_t m : c.mentions)
    if (!GluedAfterAWord(a.body, a.entities[m].span.begin)) return false;
  return true;
}

std::string WithSharedSurname(const Article& a, const EntityChain& c) {
  if (!OneWordPersonSpans(a, c)) return {};
  std::string_view surname;
  for (uint32_t m : c.mentions) {
    const std::string_view s = SharedSurnameAfter(a, a.entities[m].span.end);
    if (s.empty() || (!surname.empty() && s != surname)) return {};
    surname = s;
  }
  return c.name + " " + std::string(surname);
}

}  // namespace parallax::store::entity_link
