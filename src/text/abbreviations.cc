#include "text/abbreviations.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace parallax::text {

namespace {

const std::unordered_map<std::string_view, AbbrevKind>& Table() {
  static const auto* t = new std::unordered_map<std::string_view, AbbrevKind>{
      // Titles and honorifics.
      {"Mr.", AbbrevKind::kTitle}, {"Mrs.", AbbrevKind::kTitle}, {"Ms.", AbbrevKind::kTitle},
      {"Dr.", AbbrevKind::kTitle}, {"Prof.", AbbrevKind::kTitle}, {"Rep.", AbbrevKind::kTitle},
      {"Reps.", AbbrevKind::kTitle}, {"Sen.", AbbrevKind::kTitle}, {"Sens.", AbbrevKind::kTitle},
      {"Gov.", AbbrevKind::kTitle}, {"Lt.", AbbrevKind::kTitle}, {"Col.", AbbrevKind::kTitle},
      {"Gen.", AbbrevKind::kTitle}, {"Maj.", AbbrevKind::kTitle}, {"Capt.", AbbrevKind::kTitle},
      {"Sgt.", AbbrevKind::kTitle}, {"Cmdr.", AbbrevKind::kTitle}, {"Adm.", AbbrevKind::kTitle},
      {"Pres.", AbbrevKind::kTitle}, {"Sec.", AbbrevKind::kTitle}, {"Atty.", AbbrevKind::kTitle},
      {"Rev.", AbbrevKind::kTitle}, {"Hon.", AbbrevKind::kTitle}, {"Amb.", AbbrevKind::kTitle},
      {"Supt.", AbbrevKind::kTitle}, {"Gens.", AbbrevKind::kTitle}, {"Msgr.", AbbrevKind::kTitle},
      {"St.", AbbrevKind::kTitle}, {"Mt.", AbbrevKind::kTitle}, {"Ft.", AbbrevKind::kTitle},
      {"vs.", AbbrevKind::kTitle}, {"v.", AbbrevKind::kTitle}, {"e.g.", AbbrevKind::kTitle},
      {"i.e.", AbbrevKind::kTitle}, {"approx.", AbbrevKind::kTitle}, {"cf.", AbbrevKind::kTitle},
      // May end a sentence.
      {"U.S.", AbbrevKind::kFinal}, {"U.N.", AbbrevKind::kFinal}, {"U.K.", AbbrevKind::kFinal},
      {"E.U.", AbbrevKind::kFinal}, {"D.C.", AbbrevKind::kFinal}, {"U.S.A.", AbbrevKind::kFinal},
      {"Inc.", AbbrevKind::kFinal}, {"Corp.", AbbrevKind::kFinal}, {"Co.", AbbrevKind::kFinal},
      {"Ltd.", AbbrevKind::kFinal}, {"Bros.", AbbrevKind::kFinal}, {"Jr.", AbbrevKind::kFinal},
      {"Sr.", AbbrevKind::kFinal}, {"etc.", AbbrevKind::kFinal}, {"a.m.", AbbrevKind::kFinal},
      {"p.m.", AbbrevKind::kFinal}, {"A.M.", AbbrevKind::kFinal}, {"P.M.", AbbrevKind::kFinal},
      {"Ph.D.", AbbrevKind::kFinal}, {"L.A.", AbbrevKind::kFinal}, {"N.Y.", AbbrevKind::kFinal},
      {"Calif.", AbbrevKind::kFinal}, {"Fla.", AbbrevKind::kFinal}, {"Mass.", AbbrevKind::kFinal},
      {"Wash.", AbbrevKind::kFinal}, {"Ariz.", AbbrevKind::kFinal}, {"Ill.", AbbrevKind::kFinal},
      {"Penn.", AbbrevKind::kFinal}, {"Pa.", AbbrevKind::kFinal}, {"Va.", AbbrevKind::kFinal},
      {"Mich.", AbbrevKind::kFinal}, {"Minn.", AbbrevKind::kFinal}, {"Wis.", AbbrevKind::kFinal},
      {"Ga.", AbbrevKind::kFinal}, {"Tenn.", AbbrevKind::kFinal}, {"Conn.", AbbrevKind::kFinal},
      {"Colo.", AbbrevKind::kFinal}, {"Ky.", AbbrevKind::kFinal}, {"La.", AbbrevKind::kFinal},
      {"Md.", AbbrevKind::kFinal}, {"Mo.", AbbrevKind::kFinal}, {"Nev.", AbbrevKind::kFinal},
      {"Okla.", AbbrevKind::kFinal}, {"Ore.", AbbrevKind::kFinal}, {"Tex.", AbbrevKind::kFinal},
      {"Ala.", AbbrevKind::kFinal}, {"Ark.", AbbrevKind::kFinal}, {"Del.", AbbrevKind::kFinal},
      {"Kan.", AbbrevKind::kFinal}, {"Miss.", AbbrevKind::kFinal}, {"Neb.", AbbrevKind::kFinal},
      {"Vt.", AbbrevKind::kFinal}, {"Wyo.", AbbrevKind::kFinal}, {"Ind.", AbbrevKind::kFinal},
      // Before numbers.
      {"Jan.", AbbrevKind::kBeforeNum}, {"Feb.", AbbrevKind::kBeforeNum}, {"Mar.", AbbrevKind::kBeforeNum},
      {"Apr.", AbbrevKind::kBeforeNum}, {"Jun.", AbbrevKind::kBeforeNum}, {"Jul.", AbbrevKind::kBeforeNum},
      {"Aug.", AbbrevKind::kBeforeNum}, {"Sep.", AbbrevKind::kBeforeNum}, {"Sept.", AbbrevKind::kBeforeNum},
      {"Oct.", AbbrevKind::kBeforeNum}, {"Nov.", AbbrevKind::kBeforeNum}, {"Dec.", AbbrevKind::kBeforeNum},
      {"No.", AbbrevKind::kBeforeNum}, {"Nos.", AbbrevKind::kBeforeNum}, {"Fig.", AbbrevKind::kBeforeNum},
      {"Vol.", AbbrevKind::kBeforeNum}, {"pp.", AbbrevKind::kBeforeNum}, {"p.", AbbrevKind::kBeforeNum},
      {"Art.", AbbrevKind::kBeforeNum}, {"Ch.", AbbrevKind::kBeforeNum}, {"ca.", AbbrevKind::kBeforeNum},
  };
  return *t;
}

bool IsLetterDotSequence(std::string_view w) {
  // "U.S.", "a.m.", "J.", "F.B.I.": letters each followed by a dot.
  if (w.size() < 2 || w.size() % 2 != 0) return false;
  for (size_t i = 0; i < w.size(); i += 2) {
    if (!std::isalpha(static_cast<unsigned char>(w[i])) || w[i + 1] != '.') return false;
  }
  return true;
}

// The longest word in Table(): a longer word skips the lookup (hashing a
// long chunk once per trailing mark would make tokenizing quadratic).
size_t LongestEntry() {
  static const size_t n = [] {
    size_t m = 0;
    for (const auto& [w, kind] : Table()) m = std::max(m, w.size());
    return m;
  }();
  return n;
}

thread_local size_t bytes_looked_up = 0;

}  // namespace

size_t AbbreviationBytesLookedUp() { return bytes_looked_up; }

AbbrevKind ClassifyAbbreviation(std::string_view word) {
  if (word.size() <= LongestEntry()) {
    bytes_looked_up += word.size();
    auto it = Table().find(word);
    if (it != Table().end()) return it->second;
  }
  if (IsLetterDotSequence(word)) {
    // A single capital with a dot is an initial ("John F. Kennedy").
    if (word.size() == 2 && std::isupper(static_cast<unsigned char>(word[0]))) return AbbrevKind::kTitle;
    return AbbrevKind::kFinal;
  }
  return AbbrevKind::kNone;
}

bool IsSentenceOpener(std::string_view word) {
  static const auto* kOpeners = new std::unordered_set<std::string_view>{
      "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their",
      "Our", "This", "That", "These", "Those", "There", "But", "And", "Yet", "So", "Or", "In", "On",
      "At", "As", "For", "If", "When", "While", "After", "Before", "Since", "Although", "Though",
      "However", "Still", "Meanwhile", "Also", "Some", "Many", "Most", "No", "Not", "What", "Why",
      "How", "Who", "Where", "Officials", "Analysts", "Critics", "Last", "Next", "Earlier", "Later",
      "According", "Under", "With", "Without", "During", "Despite", "Both", "Each", "One", "Two",
  };
  return kOpeners->count(word) > 0;
}

}  // namespace parallax::text
