// Per-language resources for the time tagger: what each (lower-cased) word
// means to the recogniser. A language is one table-filling function
// (lexicon_en.cc for English); the recogniser and the normaliser never
// hard-wire a word, so adding a language means adding a table (plus, where
// word order differs, patterns).
//
// Thread safety: a Lexicon is immutable after construction.
#ifndef PARALLAX_ANNOTATE_TIME_LEXICON_H_
#define PARALLAX_ANNOTATE_TIME_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parallax/status.h"

namespace parallax::time {

enum class Unit : uint8_t {
  kNone = 0, kSecond, kMinute, kHour, kDay, kWeekend, kWeek, kFortnight, kMonth,
  kQuarter, kHalfYear, kYear, kDecade, kCentury,
};

// Bits of WordInfo::flags.
enum WordFlag : uint32_t {
  kMonthName = 1u << 0,    // month: 1..12
  kWeekdayName = 1u << 1,  // weekday: 1..7 (ISO)
  kNumberWord = 1u << 2,   // number: "two" = 2, "twenty" = 20, "a" = 1
  kOrdinalWord = 1u << 3,  // number: "third" = 3
  kUnitWord = 1u << 4,     // unit (+ plural)
  kSeasonWord = 1u << 5,   // code: "SP", "SU", "FA", "WI"
  kPartOfDay = 1u << 6,    // code: "MO", "AF", "EV", "NI"
  kRelModifier = 1u << 7,  // rel: -1 last/previous, 0 this/current, +1 next/coming
  kDeictic = 1u << 8,      // today/yesterday/tomorrow/tonight: offset (days), code (part of day)
  kReference = 1u << 9,    // code: PRESENT_REF / PAST_REF / FUTURE_REF on its own
  kSetAdverb = 1u << 10,   // daily/weekly: unit
  kFutureCue = 1u << 11,   // tense cue words
  kPastCue = 1u << 12,
  kFuzzyAmount = 1u << 13,  // several/few/many/some: amount X
  kShiftWord = 1u << 14,    // ago/earlier/before (rel -1), later/hence/after (rel +1)
  kPositionWord = 1u << 15, // early/mid/late/end/beginning: code = TimeML mod
  kMeridiem = 1u << 16,     // am/pm: number 0 (am) or 12 (pm)
  kTimeZone = 1u << 17,     // EST, GMT, ...
  kMultiplier = 1u << 18,   // hundred/thousand/dozen: number
  kNamedTime = 1u << 19,    // noon/midnight: number = hour
  kFiscal = 1u << 20,       // fiscal
  kQuarterWord = 1u << 21,  // quarter/half as a period of the year: number = 4 or 2
  kEveryWord = 1u << 22,    // every/each/per
  kStarter = 1u << 23,      // a function word that opens an expression: "nearly", "at" (least),
                            // "more" (than), "that" (day): the recogniser must not skip it
  kDecadeWord = 1u << 24,   // twenties..nineties: number = 2..9
  kDurationPrep = 1u << 25, // for/during/over/within (cue for durations)
  kAbbreviation = 1u << 26, // Mr/Dr/St: a following '.' does not end a sentence
  kPresentCue = 1u << 27,
  kReportingVerb = 1u << 28,
  kAfterThe = 1u << 29,
  kGlue = 1u << 30,           // a function word patterns test literally
  kHoliday = 1u << 31,        // holiday name: number = month * 100 + day, or rule (see lexicon_en.cc)       // only temporal after "the": future, latest, most, recent  // said/told: a weak past cue (the reported clause may differ)
};

struct WordInfo {
  uint32_t flags = 0;
  int number = 0;      // month, weekday, number value, multiplier, ...
  int rel = 0;         // -1 / 0 / +1 (modifiers, shift words, deictic offset in days)
  Unit unit = Unit::kNone;
  bool plural = false;
  char code[12] = {};  // season / part of day / reference / mod code
};

class Lexicon {
 public:
  // Resources for `language` ("en"); NotFound for languages without tables.
  static Result<std::unique_ptr<Lexicon>> ForLanguage(std::string_view language);

  // nullptr when the word has no temporal meaning. `lower` must be lower-case.
  const WordInfo* Find(std::string_view lower) const { return Find(lower, HeadOf(lower)); }
  // The same with the key's head supplied by the caller: the first eight
  // bytes of `lower` as a little-endian integer, zero-padded (the scanner
  // has them in a register already). Called for every word of a text: one
  // multiplication and a 4 KB bitmap reject most words before the table.
  const WordInfo* Find(std::string_view lower, uint64_t head) const {
    const uint64_t h = HashOf(head, lower.size());
    const uint64_t bit = h >> (64 - kFilterBits);
    if (!(filter_[bit >> 6] >> (bit & 63) & 1)) return nullptr;
    // Most words that pass the filter are frequent function words sitting
    // in their home slot: decided inline, without the probe loop.
    const Slot& home = table_[h >> table_shift_];
    if (home.head == head && home.size == lower.size() && lower.size() <= 8) return home.info;
    return Probe(lower, head, h);
  }

  // Table filling (used by the per-language files).
  WordInfo& Add(std::string_view word);
  WordInfo* AddFlag(std::string_view word, uint32_t flag, int number = 0, int rel = 0,
                    const char* code = nullptr);

 private:
  // First eight bytes of s, little-endian, zero-padded.
  static uint64_t HeadOf(std::string_view s);
  static uint64_t HashOf(uint64_t head, size_t size) { return (head ^ size) * 0x9E3779B97F4A7C15ull; }
  // The filter: bit (hash >> (64 - kFilterBits)) is set for every entry.
  static constexpr int kFilterBits = 15;
  const WordInfo* Probe(std::string_view lower, uint64_t head, uint64_t hash) const;
  void Rebuild();  // re-creates the probe table after insertions

  std::unordered_map<std::string, WordInfo> words_;  // storage (stable addresses)
  // Open-addressing probe table over words_, indexed by the top bits of
  // HashOf(head, length): a key of at most eight bytes is compared in one
  // integer comparison, longer ones also compare their tail. Power-of-two size.
  struct Slot {
    uint64_t head = 0;
    uint32_t size = 0;
    const char* key = nullptr;
    const WordInfo* info = nullptr;
  };
  std::vector<Slot> table_;
  int table_shift_ = 64;  // 64 - log2(table size)
  std::vector<uint64_t> filter_;  // 2^kFilterBits bits
};

// Per-language table builders (one file each).
void FillEnglish(Lexicon* lexicon);

}  // namespace parallax::time

#endif  // PARALLAX_ANNOTATE_TIME_LEXICON_H_
