// Language identification.
//
// CLD2 is accurate but has a fixed cost per call (it sets up its script
// scanner and scoring buffers every time): ~0.1 ms even for a few hundred
// bytes, a tenth of everything else the reader does for an article. Most of
// what Parallax reads is English prose, which a much cheaper test recognises
// with no doubt: in running English text about a quarter to a half of the
// words are a handful of function words ("the", "of", "and", "to", "a",
// "in" ...), with "the" among them several times per kilobyte; no other
// language written in Latin script reaches those densities with these
// spellings. So the window is first scanned for that signature: enough words
// of ASCII letters, a high share of English function words, several "the",
// few non-ASCII bytes, and hardly any function word of another language (a
// German page quoting an English paragraph is CLD2's call). Only text without
// the signature goes to CLD2. The test is strict on purpose: a miss costs one
// CLD2 call, a false hit would be a wrong answer. docs/extraction.md gives its
// agreement with CLD2 on real pages in many languages.

#include "text/language.h"

#include <cld2/public/compact_lang_det.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

#include "core/ascii.h"

namespace CLD2 {
const char* LanguageCode(Language lang);  // declared in cld2/internal/lang_script.h
}

namespace parallax::text {
namespace {

// A kilobyte identifies the language of prose as reliably as the whole text
// and bounds the cost per article.
constexpr size_t kWindow = 1 << 10;

// The English signature (see the essay above).
constexpr int kMinWords = 40;             // words of letters only in the window
constexpr double kMinFunctionShare = 0.24;
constexpr int kMinThe = 3;
constexpr double kMaxNonAsciiShare = 0.06;  // bytes >= 0x80 in the window

// The function words packed little-endian into 32 bits (all have 1-4 letters).
constexpr uint32_t Pack(std::string_view w) {
  uint32_t v = 0;
  for (size_t i = 0; i < w.size(); ++i) v |= static_cast<uint32_t>(static_cast<unsigned char>(w[i])) << (8 * i);
  return v;
}
constexpr std::array<uint32_t, 24> kFunctionWords = {
    Pack("the"), Pack("of"),  Pack("and"), Pack("to"),   Pack("a"),   Pack("in"),   Pack("is"),   Pack("that"),
    Pack("for"), Pack("on"),  Pack("with"), Pack("was"), Pack("as"),  Pack("by"),   Pack("at"),   Pack("from"),
    Pack("his"), Pack("it"),  Pack("has"), Pack("have"), Pack("are"), Pack("were"), Pack("be"),   Pack("an")};
constexpr uint32_t kThe = Pack("the");
// Function words of other Latin-script languages (German, French, Spanish,
// Dutch, Italian, Scandinavian) that English prose almost never uses: a few of
// them mean a mixed text, which is CLD2's to judge.
constexpr std::array<uint32_t, 22> kForeignWords = {
    Pack("der"), Pack("die"), Pack("und"), Pack("das"), Pack("den"), Pack("ist"), Pack("le"),  Pack("la"),
    Pack("les"), Pack("des"), Pack("et"),  Pack("est"), Pack("une"), Pack("el"),  Pack("los"), Pack("las"),
    Pack("del"), Pack("que"), Pack("het"), Pack("een"), Pack("che"), Pack("och")};
constexpr int kMaxForeign = 2;

// Both lists in one open-addressing table (the lists share no word): a short
// word costs one probe, not a comparison with every entry.
enum : uint8_t { kFunction = 1, kForeign = 2 };
struct WordTable {
  static constexpr int kBits = 7;
  uint32_t key[1 << kBits] = {};  // 0: empty (a packed word is never 0)
  uint8_t kind[1 << kBits] = {};
  static constexpr uint32_t Home(uint32_t packed) { return (packed * 0x9E3779B1u) >> (32 - kBits); }
  constexpr void Add(uint32_t packed, uint8_t k) {
    uint32_t i = Home(packed);
    while (key[i] != 0) i = (i + 1) & ((1 << kBits) - 1);
    key[i] = packed;
    kind[i] = k;
  }
  constexpr WordTable() {
    for (uint32_t w : kFunctionWords) Add(w, kFunction);
    for (uint32_t w : kForeignWords) Add(w, kForeign);
  }
  uint8_t Of(uint32_t packed) const {
    for (uint32_t i = Home(packed);; i = (i + 1) & ((1 << kBits) - 1)) {
      if (key[i] == packed) return kind[i];
      if (key[i] == 0) return 0;
    }
  }
};
constexpr WordTable kWordTable;

// What a byte does to the word being read: a letter extends it; space and
// the punctuation listed end it; a byte from 0x80 on or any other ASCII byte
// makes it a non-word.
enum : uint8_t { kOtherByte = 0, kLetterByte, kEndByte, kHighByte };
struct ByteKinds {
  uint8_t of[256] = {};
  constexpr ByteKinds() {
    for (int c = 0; c < 256; ++c) {
      if (c >= 0x80) of[c] = kHighByte;
      else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) of[c] = kLetterByte;
    }
    for (char c : std::string_view(" \n\t\r.,;:\"()")) of[static_cast<unsigned char>(c)] = kEndByte;
  }
};
constexpr ByteKinds kByteKinds;

}  // namespace

bool LooksEnglish(std::string_view text) {
  text = text.substr(0, std::min(text.size(), kWindow));
  int words = 0, function = 0, the = 0, foreign = 0;
  size_t non_ascii = 0;
  uint32_t packed = 0;  // the word's first four letters, lower-cased
  size_t len = 0;
  bool letters_only = true;
  auto flush = [&] {
    if (len > 0 && letters_only) {
      ++words;
      if (len <= 4) {
        const uint8_t kind = kWordTable.Of(packed);
        function += kind == kFunction;
        the += packed == kThe;
        foreign += kind == kForeign;
      }
    }
    len = 0;
    packed = 0;
    letters_only = true;
  };
  for (unsigned char c : text) {
    switch (kByteKinds.of[c]) {
      case kLetterByte:
        if (len < 4) packed |= static_cast<uint32_t>(c | 0x20) << (8 * len);
        ++len;
        break;
      case kEndByte:
        flush();  // space and punctuation end a word without making it a non-word
        break;
      case kHighByte:
        ++non_ascii;
        letters_only = false;
        ++len;
        break;
      default:
        letters_only = false;
        ++len;
    }
  }
  flush();
  return words >= kMinWords && function >= kMinFunctionShare * words && the >= kMinThe && foreign <= kMaxForeign &&
         non_ascii <= kMaxNonAsciiShare * static_cast<double>(text.size());
}

std::string DetectLanguage(std::string_view text) {
  if (LooksEnglish(text)) return "en";
  return DetectLanguageCld2(text);
}

std::string DetectLanguageCld2(std::string_view text) {
  // Cut the window at a character boundary: CLD2's checked entry point
  // answers "unknown" for the whole text when its last character is cut.
  size_t n = std::min(text.size(), kWindow);
  if (n < text.size()) {
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  }
  text = text.substr(0, n);
  bool reliable = false;
  int valid_prefix = 0;
  // The checked variant still guards against invalid UTF-8 inside the text.
  CLD2::Language lang = CLD2::DetectLanguageCheckUTF8(text.data(), static_cast<int>(text.size()),
                                                      /*is_plain_text=*/true, &reliable, &valid_prefix);
  if (lang == CLD2::UNKNOWN_LANGUAGE) return "un";
  std::string code = CLD2::LanguageCode(lang);
  return code.empty() ? "un" : code;
}

}  // namespace parallax::text
