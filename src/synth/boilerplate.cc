// Boilerplate sentences.
//
// Cleaning removes whole blocks of page furniture; what remains inside
// paragraphs is a handful of recurring forms that are never a statement of
// the story, and a summary or timeline that cites them looks broken:
//  * captions: wire captions name a full date with its weekday ("...,
//    Wednesday, Aug. 7, 2019, in El Paso") or end on a bare full date after
//    a comma ("... in Washington, D.C., July 15, 2019."), where prose says
//    "on July 15", or close on the place after a spelled-out date with no
//    comma ("... on April 4, 2019 in Madrid, Spain.") or close on the place
//    and the date with neither ("... in Westerville, Ohio October 15,
//    2019."); archive captions open
//    with "FILE -" or say "file photo"; picture captions open "From left:"
//    or "In this <date> photo," or show someone in the present tense at a
//    news event ("speaks during", "listens as", "gestures as", "looks on as",
//    "<Name> appears at a rally in <place>");
//  * embedded social posts: the post's signature, "— Name (@handle) February
//    12, 2020", closing the sentence;
//  * promotions and navigation: sign-up, subscribe, inbox, "read more:",
//    "click here", "follow us on", promotional offers, editor's notes,
//    donation appeals ("reader supported", "chip in $10"), privacy policy;
//  * notes about the reporting: no comment given or asked "for comment", the writer's bio ("X is a
//    columnist for ..."), credits ("Contributing:
//    ..."), updates ("Updated at 10:32 a.m."), share-button residue opening a
//    caption ("Facebook Twitter Pinterest ...");
//  * counters: "1,234 views", "played 9.9 million times" is prose and stays.
// Matching is on lower-cased text with fixed phrase lists and two small
// scanners for the caption dates; it is deliberately narrow (no words that
// also occur in ordinary reporting on their own).
#include "synth/boilerplate.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>

#include "core/ascii.h"
#include "core/word_list.h"

namespace parallax::synth {
namespace {

constexpr std::array<std::string_view, 7> kWeekdays = {"monday", "tuesday", "wednesday", "thursday",
                                                        "friday", "saturday", "sunday"};
constexpr std::array<std::string_view, 21> kMonths = {
    "jan.", "feb.", "march", "april", "may", "june", "july", "aug.", "sept.", "oct.", "nov.",
    "dec.", "january", "february", "august", "september", "october", "november", "december",
    "jun.", "jul."};

constexpr std::array<std::string_view, 36> kPhrases = {
    "sign up for", "sign up to", "in your inbox", "to your inbox", "promotional offers",
    "editor's note", "editor\xE2\x80\x99s note", "read more:", "click here", "follow us on",
    "request for comment", "did not immediately respond", "could not be reached for comment",
    "contributed to this report", "this story has been updated", "all rights reserved", "file photo", "(photo",
    "subscribe to", "subscribe now", "privacy policy", "reader supported", "reader-supported", "chip in $",
    "be the first to hear", "be the first to know", "columnist for", "is a contributor to",
    "for comment", "speaks during", "listens during", "listens as", "gestures as", "gestures during",
    "looks on as", "looks on during"};
// HasPhrase reads the text in windows of this many bytes: no phrase is shorter.
constexpr size_t kPhraseWindow = 6;
constexpr bool AllFillTheWindow() {
  for (std::string_view p : kPhrases) if (p.size() < kPhraseWindow) return false;
  return true;
}
static_assert(AllFillTheWindow(), "HasPhrase reads the first kPhraseWindow bytes of every phrase");
constexpr std::array<std::string_view, 12> kOpenings = {
    "file -", "file \xE2\x80\x94", "reporting by", "editing by", "contributing:", "updated at ", "last updated",
    "facebook twitter pinterest", "from left:", "from left,", "from left to right", "see also "};

// Whether `word` starts `s` at `at`; the first byte is tested inline, so the
// scanners below call memcmp only where a month or weekday may begin (they
// run at every ", " of nearly every sentence of a story).
bool StartsAt(std::string_view s, size_t at, std::string_view word) {
  return at < s.size() && s[at] == word[0] && s.compare(at, word.size(), word) == 0;
}

// Whether byte `c` opens some month of kMonths: most places asked open none.
bool MayOpenMonth(char c) {
  static const std::array<bool, 256> opens = [] {
    std::array<bool, 256> o{};
    for (std::string_view m : kMonths) o[static_cast<uint8_t>(m[0])] = true;
    return o;
  }();
  return opens[static_cast<uint8_t>(c)];
}

// Position after "<month> <day>, <4-digit year>" starting at `at`, or npos.
size_t AfterFullDate(std::string_view s, size_t at) {
  if (at >= s.size() || !MayOpenMonth(s[at])) return std::string_view::npos;
  for (std::string_view m : kMonths) {
    if (!StartsAt(s, at, m) || at + m.size() >= s.size() || s[at + m.size()] != ' ') continue;
    size_t i = at + m.size() + 1, digits = 0;
    while (i < s.size() && core::IsAsciiDigit(s[i])) ++i, ++digits;
    if (digits == 0 || digits > 2 || s.compare(i, 2, ", ") != 0) return std::string_view::npos;
    i += 2;
    size_t year = i;
    while (i < s.size() && core::IsAsciiDigit(s[i])) ++i;
    return i - year == 4 ? i : std::string_view::npos;
  }
  return std::string_view::npos;
}

// s.find(" on ", from), by Horspool's rule: the byte under the last byte of
// the place tried says how far the next place can be (four bytes on when it
// is not in " on ", as most bytes of prose are not), so most bytes are never
// read. std::string_view::find stops at every space (a memchr and a memcmp
// call each), and this runs over every sentence asked.
size_t FindOn(std::string_view s, size_t from) {
  static const std::array<uint8_t, 256> skip = [] {
    std::array<uint8_t, 256> k;
    k.fill(4);
    k['o'] = 2, k['n'] = 1, k[' '] = 0;  // ' ' closes " on ": compare there
    return k;
  }();
  for (size_t i = from; i + 4 <= s.size();) {
    const uint8_t step = skip[static_cast<uint8_t>(s[i + 3])];
    if (step != 0) {
      i += step;
      continue;
    }
    if (s[i] == ' ' && s[i + 1] == 'o' && s[i + 2] == 'n') return i;
    i += 3;  // the space's place in " on " before the last
  }
  return std::string_view::npos;
}

// ", Wednesday, Aug. 7, 2019," anywhere, or ", July 15, 2019." at the end.
bool HasCaptionDate(std::string_view s) {
  for (size_t at = s.find(", "); at != std::string_view::npos; at = s.find(", ", at + 2)) {
    size_t p = at + 2;
    for (std::string_view d : kWeekdays) {
      if (StartsAt(s, p, d) && s.compare(p + d.size(), 2, ", ") == 0) {
        size_t end = AfterFullDate(s, p + d.size() + 2);
        if (end != std::string_view::npos) return true;
      }
    }
    size_t end = AfterFullDate(s, p);
    if (end != std::string_view::npos && end + 1 >= s.size()) return true;  // the date closes the sentence
  }
  // Wire photo captions that close with the place and the date: "... debate
  // in Westerville, Ohio October 15, 2019." (prose puts "on" or a comma there).
  // Only a sentence that ends ", <4-digit year>." can (most do not: the
  // month searches below are skipped).
  const size_t n = s.size();
  const bool ends_on_year = n >= 7 && s[n - 1] == '.' && s[n - 7] == ',' && s[n - 6] == ' ' &&
                            core::IsAsciiDigit(s[n - 5]) && core::IsAsciiDigit(s[n - 4]) &&
                            core::IsAsciiDigit(s[n - 3]) && core::IsAsciiDigit(s[n - 2]);
  for (size_t k = 0; ends_on_year && k < kMonths.size(); ++k) {
    const std::string_view m = kMonths[k];
    const size_t at = s.rfind(m);
    if (at == std::string_view::npos || at < 2 || s[at - 1] != ' ' || AfterFullDate(s, at) + 1 != s.size()) continue;
    size_t w = at - 1;
    while (w > 0 && s[w - 1] != ' ') --w;
    const std::string_view before = s.substr(w, at - 1 - w);
    static constexpr std::string_view kLinks[] = {"on", "of", "since", "until", "by", "before", "after", "from",
                                                  "to", "and", "through", "or", "than", "till"};
    if (before.empty() || before.back() == ',' || !core::IsAsciiAlpha(before.back())) continue;
    if (!core::InList(before, kLinks)) return true;
  }
  // Agency photo captions: "... attends the gala on April 4, 2019 in Madrid,
  // Spain." -- a month spelled out, no comma after the year, and the place
  // closing the sentence (prose writes "on Jan. 12, 2019, in San Antonio").
  for (size_t at = FindOn(s, 0); at != std::string_view::npos; at = FindOn(s, at + 4)) {
    const size_t p = at + 4;
    if (p + 3 < s.size() && s[p + 3] != '.' && s.compare(p, 3, "may") != 0) {  // no "Jan." or "May" (also a verb)
      const size_t end = AfterFullDate(s, p);
      if (end != std::string_view::npos && s.compare(end, 4, " in ") == 0) {
        size_t words = 1;
        for (size_t i = end + 4; i < s.size(); ++i) words += s[i] == ' ';
        if (words <= 5) return true;
      }
    }
  }
  return false;
}

// "Democratic presidential candidate Senator Bernie Sanders appears at an
// election night rally in Des Moines, Iowa.": a picture caption shows its
// subject in the present tense, at a place. The subject (capitalised words
// and lower-case title words, no article or function word) runs from the
// start to a depiction verb within the first 12 words, and " in " follows.
// `lower` is the sentence lower-cased, `text` as written.
bool IsPresentTenseCaption(std::string_view text, std::string_view lower) {
  static constexpr std::string_view kVerbs[] = {"speaks", "appears", "arrives", "attends", "waves", "smiles",
                                                "walks", "poses", "greets", "departs"};
  static constexpr std::string_view kStops[] = {"the", "a", "an", "who", "which", "that", "this", "it", "he",
                                                "she", "they", "and", "of", "to", "for", "with", "is", "was",
                                                "said", "says", "told", "when", "as", "if"};
  size_t at = 0;
  for (int words = 0; words < 12 && at < lower.size(); ++words) {
    size_t end = lower.find(' ', at);
    if (end == std::string_view::npos) return false;
    const std::string_view w = lower.substr(at, end - at);
    if (words > 0 && core::InList(w, kVerbs)) {
      return lower.find(" in ", end) != std::string_view::npos;
    }
    if (core::InList(w, kStops)) return false;
    if (!core::IsAsciiUpper(text[at]) && (w.back() == ',' || w.ends_with("ed") || w.ends_with("s"))) return false;
    at = end + 1;
  }
  return false;
}

bool IsCounter(std::string_view s) {
  for (std::string_view unit : {" views", " shares", " comments"}) {
    if (s.size() <= unit.size() + 1 || !s.ends_with(unit)) continue;
    char c = s[s.size() - unit.size() - 1];
    if (core::IsAsciiDigit(c) || c == 'k' || c == 'm') return true;
  }
  return false;
}

// Whether any of kPhrases occurs in `s`: Wu and Manber's multi-pattern
// search over two-byte blocks. A window of kPhraseWindow bytes moves along
// the text; the two bytes that close it say how far it can move without
// passing a place where some phrase's first kPhraseWindow bytes could
// begin: kPhraseWindow - 1 when the pair is in no phrase's first bytes
// (most pairs of prose), kPhraseWindow - 1 - q for a pair that closes at
// byte q of one, 0 for a pair that closes a phrase's window. Only there are
// phrases compared, those whose window closes on the pair. An earlier scan
// tested every byte pair against the phrases' first two bytes, and common
// pairs ("th", "in", "re") open several.
bool HasPhrase(std::string_view s) {
  static_assert(kPhrases.size() <= 64, "one bit per phrase");
  struct Index {
    std::array<uint8_t, 1 << 16> step;                  // by the pair's bytes, first | second << 8
    std::array<uint64_t, 256> next_to_last{}, last{};  // bit k: kPhrases[k]'s window closes on the byte
    Index() {
      step.fill(kPhraseWindow - 1);
      for (size_t k = 0; k < kPhrases.size(); ++k) {
        const auto* p = reinterpret_cast<const uint8_t*>(kPhrases[k].data());
        for (size_t q = 1; q < kPhraseWindow; ++q) {
          uint8_t& at = step[p[q - 1] | p[q] << 8];
          at = std::min<uint8_t>(at, static_cast<uint8_t>(kPhraseWindow - 1 - q));
        }
        next_to_last[p[kPhraseWindow - 2]] |= uint64_t{1} << k;
        last[p[kPhraseWindow - 1]] |= uint64_t{1} << k;
      }
    }
  };
  static const Index index;
  const auto* b = reinterpret_cast<const uint8_t*>(s.data());
  for (size_t end = kPhraseWindow - 1; end < s.size();) {  // `end`: the window's last byte
    const uint8_t step = index.step[b[end - 1] | b[end] << 8];
    if (step != 0) {
      end += step;
      continue;
    }
    const size_t begin = end - (kPhraseWindow - 1);
    uint64_t open = index.next_to_last[b[end - 1]] & index.last[b[end]];
    while (open != 0) {
      const int k = __builtin_ctzll(open);
      open &= open - 1;
      // The window's bytes first (a compare of constant size, inline): only a
      // phrase whose first bytes are there is compared to the end.
      if (std::memcmp(b + begin, kPhrases[k].data(), kPhraseWindow) == 0 &&
          s.compare(begin, kPhrases[k].size(), kPhrases[k]) == 0) {
        return true;
      }
    }
    ++end;
  }
  return false;
}

}  // namespace

bool IsBoilerplateSentence(std::string_view sentence) {
  // Summaries and timelines ask this of most sentences of a story: the
  // lowered copy goes into a reused buffer, and the phrases are looked for in
  // one pass (HasPhrase) rather than one search per phrase.
  // A video player's teaser: the close button's label, then the clip's blurb
  // ("CLOSE Bianca Austin makes remarks during a vigil ... Louisville Courier
  // Journal"); the label is upper case, the blurb opens with a capital.
  const std::string_view trimmed = core::TrimAscii(sentence);
  if (trimmed.size() > 6 && trimmed.starts_with("CLOSE ") && core::IsAsciiUpper(trimmed[6])) return true;
  thread_local std::string s;
  s.assign(trimmed);
  for (char& c : s) c = core::AsciiLower(c);
  for (std::string_view p : kOpenings) {
    if (StartsAt(s, 0, p)) return true;
  }
  // "In this Feb. 26, 2020 photo, ...", "In this file image, ...".
  if (s.starts_with("in this ")) {
    const std::string_view lead = std::string_view(s).substr(0, 48);
    if (lead.find(" photo,") != std::string_view::npos || lead.find(" image,") != std::string_view::npos) return true;
  }
  if (HasPhrase(s)) return true;
  if (core::IsAsciiUpper(sentence.empty() ? 'a' : core::TrimAscii(sentence)[0]) &&
      IsPresentTenseCaption(core::TrimAscii(sentence), s)) {
    return true;
  }
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
  if (IsCounter(s)) return true;
  // An embedded post's signature closes the sentence: "... — Donald J. Trump
  // (@realDonaldTrump) February 12, 2020".
  for (size_t at = s.find("(@"); at != std::string::npos; at = s.find("(@", at + 2)) {
    size_t end = at + 2;
    while (end < s.size() && (core::IsAsciiAlnum(s[end]) || s[end] == '_')) ++end;
    if (end < s.size() && s[end] == ')' && AfterFullDate(s, end + 2) == s.size() && s[end + 1] == ' ') return true;
  }
  s.push_back('.');
  return HasCaptionDate(s);
}

}  // namespace parallax::synth
