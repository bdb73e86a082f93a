#include "text/outlet_cues.h"

#include "core/ascii.h"
#include "core/byte_scan.h"
#include "core/word_list.h"

#include <algorithm>
#include <cctype>

namespace parallax::text {

namespace {

bool IsWordByte(char c) { return core::IsAsciiAlnum(c) || c == '-' || c == '\''; }

// FirstWordLength(s.substr(pos)) (core/outlets.cc), inline for the scan
// below, which asks it of every word of an article: a word byte is an ASCII
// letter or digit or any byte of a multi-byte character.
struct NameByteTable {
  bool is[256] = {};
  constexpr NameByteTable() {
    for (int c = 0; c < 256; ++c) {
      is[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
    }
  }
};
constexpr NameByteTable kNameByte;

size_t WordLengthAt(std::string_view text, size_t pos) {
  size_t n = pos;
  while (n < text.size() && kNameByte.is[static_cast<unsigned char>(text[n])]) ++n;
  return n == pos ? std::min<size_t>(1, text.size() - pos) : n - pos;
}

std::string_view TrimLeft(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

// Length of a dash token at the start of s ("--", "-", "—", "–"), or 0.
size_t DashLength(std::string_view s) {
  if (s.substr(0, 2) == "--") return 2;
  if (s.substr(0, 3) == "\u2014" || s.substr(0, 3) == "\u2013") return 3;
  if (s.substr(0, 1) == "-") return 1;
  return 0;
}

// A plausible dateline city part: upper-case words, commas, a short date.
bool LooksLikeDatelinePrefix(std::string_view s) {
  if (s.size() > 60) return false;
  size_t letters = 0, upper = 0;
  for (char c : s) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      ++letters;
      if (std::isupper(static_cast<unsigned char>(c))) ++upper;
    }
  }
  // "WASHINGTON", "BEIJING, July 19" — the place is in capitals.
  return letters == 0 || (upper >= 3 && std::isupper(static_cast<unsigned char>(s[0])));
}

bool IsShortProperName(std::string_view s) {
  if (s.empty() || s.size() > 40 || !std::isupper(static_cast<unsigned char>(s[0]))) return false;
  size_t words = 1;
  for (char c : s) {
    if (c == ' ') ++words;
    else if (!std::isalpha(static_cast<unsigned char>(c)) && c != '.' && c != '&' && c != '-') return false;
  }
  return words <= 4;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool EndsWithAny(std::string_view s, std::initializer_list<std::string_view> cues) {
  for (auto c : cues) {
    if (s.size() >= c.size() && s.substr(s.size() - c.size()) == c) return true;
  }
  return false;
}

bool StartsWithAny(std::string_view s, std::initializer_list<std::string_view> cues) {
  for (auto c : cues) if (s.substr(0, c.size()) == c) return true;
  return false;
}

// Cue words right before an outlet name that make it a cited source.
bool CiteCueBefore(std::string_view before) {
  std::string b = Lower(before.substr(before.size() > 48 ? before.size() - 48 : 0));
  while (!b.empty() && b.back() == ' ') b.pop_back();
  // A possessive ("China's Xinhua", "Russia’s Tass") or a qualifier sits between cue and name.
  size_t last_space = b.rfind(' ');
  std::string_view last_word = std::string_view(b).substr(last_space == std::string::npos ? 0 : last_space + 1);
  bool possessive = EndsWithAny(last_word, {"'s", "\u2019s"});
  if (possessive || EndsWithAny(b, {"the", "official", "state-run", "state media"})) {
    // "according to the AP", "according to China's Xinhua": look one word further back.
    size_t sp = b.rfind(' ');
    b = sp == std::string::npos ? "" : b.substr(0, sp);
    while (!b.empty() && b.back() == ' ') b.pop_back();
    if (EndsWithAny(b, {"the"})) {
      sp = b.rfind(' ');
      b = sp == std::string::npos ? "" : b.substr(0, sp);
    }
  }
  // "(except on Fox News)", "not on CNN": an outlet excluded is not cited.
  if (EndsWithAny(b, {"except on", "not on", "never on", "unlike on"})) return false;
  return EndsWithAny(b, {"according to", "told", "to", "per", "reports from", "report by", "reported by",
                         "interview with", "spoke to", "spoke with", "speaking to", "speaking with",
                         "cited by", "quoted by", "reports from", "via", "reporting by", "report from", "reports by",
                         "statement to", "confirmed to", "said to", "wrote in", "first reported by",
                         "writing in", "appearance on", "appeared on", "on", "with"});
}

// Cue words right after an outlet name.
bool CiteCueAfter(std::string_view after) {
  // "a Reuters/Ipsos poll", "the ABC News/Washington Post poll": a joint poll's partner names first.
  if (!after.empty() && after[0] == '/') {
    size_t n = 1;
    while (n < after.size() && n < 40 && after[n] != ' ') ++n;
    while (n + 1 < after.size() && n < 40 && std::isupper(static_cast<unsigned char>(after[n + 1]))) {
      ++n;
      while (n < after.size() && after[n] != ' ') ++n;
    }
    std::string a = Lower(after.substr(n, 20));
    return StartsWithAny(a, {" poll", " survey"});
  }
  std::string a = Lower(after.substr(0, 40));
  while (!a.empty() && (a[0] == ' ' || a[0] == ',')) a.erase(0, 1);
  return StartsWithAny(a, {"reported", "reports", "reporting", "first reported", "said", "says", "wrote",
                           "news agency", "has reported", "previously reported", "published",
                           "was first to report", "cited", "quoted", "noted",
                           // "an NBC News investigation revealed", "the latest Associated Press tally"
                           "poll", "tally", "analysis", "investigation", "survey", "count of", "review of"});
}

// True when the outlet name is glued to a longer proper name: "Michael
// Bloomberg", "Bloomberg Philanthropies". Dates may follow ("told CNN Tuesday").
bool PartOfLongerName(std::string_view before, std::string_view after) {
  static const std::string_view kDateWords[] = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
      "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December", "In", "On", "That", "The", "This", "Last", "Earlier"};
  if (!after.empty() && after[0] == ' ' && after.size() > 1 && std::isupper(static_cast<unsigned char>(after[1]))) {
    std::string_view w = after.substr(1);
    size_t end = 0;
    while (end < w.size() && std::isalpha(static_cast<unsigned char>(w[end]))) ++end;
    w = w.substr(0, end);
    if (!core::InList(w, kDateWords)) return true;
  }
  if (!before.empty() && before.back() == ' ') {
    std::string_view b = before.substr(0, before.size() - 1);
    size_t sp = b.find_last_of(" \n");
    std::string_view w = sp == std::string_view::npos ? b : b.substr(sp + 1);
    static const std::string_view kCueWords[] = {"According", "Per", "The", "By", "Via", "A", "An"};
    bool possessive = (w.size() > 2 && w.substr(w.size() - 2) == "'s") ||
                      (w.size() > 4 && w.substr(w.size() - 4) == "\u2019s");
    if (!w.empty() && !possessive && std::isupper(static_cast<unsigned char>(w[0])) &&
        !core::InList(w, kCueWords)) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool FindDateline(std::string_view paragraph, const OutletRegistry& registry, Dateline* out) {
  std::string_view head = paragraph.substr(0, 120);
  size_t open = head.find('(');
  if (open == std::string_view::npos) return false;
  size_t close = head.find(')', open);
  if (close == std::string_view::npos) return false;
  std::string_view prefix = head.substr(0, open);
  while (!prefix.empty() && prefix.back() == ' ') prefix.remove_suffix(1);
  if (!LooksLikeDatelinePrefix(prefix)) return false;
  std::string_view name = head.substr(open + 1, close - open - 1);
  std::string_view rest = TrimLeft(paragraph.substr(close + 1));
  size_t dash = DashLength(rest);
  if (dash == 0) return false;
  const Outlet* o = registry.FindByName(name);
  if (o == nullptr && !IsShortProperName(name)) return false;
  out->outlet = o ? o->name : std::string(name);
  out->text = std::string(paragraph.substr(0, close + 1));
  if (out->text.front() == ' ') out->text = std::string(TrimLeft(out->text));
  std::string_view after = TrimLeft(rest.substr(dash));
  out->length = paragraph.size() - after.size();
  return true;
}

std::string FooterOutlet(std::string_view footer, const OutletRegistry& registry) {
  for (const auto& [name, outlet] : registry.Names()) {
    size_t pos = footer.find(name);
    while (pos != std::string_view::npos) {
      bool left = pos == 0 || !IsWordByte(footer[pos - 1]);
      size_t end = pos + name.size();
      bool right = end >= footer.size() || !IsWordByte(footer[end]);
      if (left && right) return outlet->name;
      pos = footer.find(name, pos + 1);
    }
  }
  return "";
}

std::vector<std::string> CitedOutlets(std::string_view text, const OutletRegistry& registry,
                                      std::string_view publisher) {
  // One pass over word starts: each word is looked up among the first words
  // of registered names, and the longest name that matches here wins.
  std::vector<std::string> out;
  const auto& names = registry.Names();
  size_t pos = 0;
  while (pos < text.size()) {
    // Up to the next capital, digit or non-ASCII byte (`next`) the text holds
    // lower-case letters and ASCII punctuation: no name starts there, and the
    // steps below only walk over it. They visit every ASCII byte that is not
    // a letter or digit (a word's run stops at one; no name is matched before
    // `next`), so the walk resumes at the last of them before `next` having
    // examined the same word starts as a byte-by-byte walk.
    const size_t next = core::FindCapitalDigitOrHigh(text, pos, text.size());
    if (next == text.size()) break;
    size_t k = next;
    while (k > pos && core::IsAsciiLower(text[k - 1])) --k;
    if (k > pos) pos = k - 1;
    // Registered names start with a capital or a digit; other words are skipped cheaply.
    // (Inline ASCII tests: std::isupper is an out-of-line call per word, and
    // Parallax never changes the "C" locale, where the two agree.)
    bool word_start = (pos == 0 || !IsWordByte(text[pos - 1])) && IsWordByte(text[pos]);
    if (word_start && !core::IsAsciiUpper(text[pos]) && !core::IsAsciiDigit(text[pos])) {
      pos += WordLengthAt(text, pos);
      continue;
    }
    if (!word_start) {
      ++pos;
      continue;
    }
    size_t wlen = WordLengthAt(text, pos);
    const std::vector<size_t>* candidates = registry.NamesStartingWith(text.substr(pos, wlen));
    size_t matched_end = 0;
    if (candidates) {
      for (size_t idx : *candidates) {
        const auto& [name, outlet] = names[idx];
        size_t end = pos + name.size();
        if (text.compare(pos, name.size(), name) != 0 || (end < text.size() && IsWordByte(text[end]))) continue;
        matched_end = end;
        if (PartOfLongerName(text.substr(0, pos), text.substr(end))) break;
        if (!CiteCueBefore(text.substr(0, pos)) && !CiteCueAfter(text.substr(end))) break;
        if (outlet->name != publisher && std::find(out.begin(), out.end(), outlet->name) == out.end()) {
          out.push_back(outlet->name);
        }
        break;
      }
    }
    pos = matched_end ? matched_end : pos + std::max<size_t>(wlen, 1);
  }
  return out;
}

}  // namespace parallax::text
