// Boilerplate rules. Paragraph-level rules look at where a paragraph sits
// (footers and tag clouds only near the end, counters anywhere) and at cue
// phrases; inline rules cut bracketed inserts out of a paragraph. Phrases are
// matched case-insensitively on ASCII; the lists are English today and are
// kept together so another language can add its own.
#include "text/clean.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <iterator>
#include <unordered_set>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <xxhash.h>

#include "core/ascii.h"
#include "core/byte_scan.h"
#include "core/unicode.h"
#include "text/signup_prompt.h"
#include "text/soft_hyphens.h"

namespace parallax::text {

namespace {

using core::AsciiLowered;

// Whether `cue` occurs in `s`. std::string::find stops at every occurrence
// of the cue's first byte, and the cues here mostly open with a common letter.
bool Has(std::string_view s, std::string_view cue) {
  return core::FindSubstring(s, cue, 0) != std::string_view::npos;
}

bool Contains(const std::string& lower, std::initializer_list<std::string_view> cues) {
  for (auto c : cues) if (Has(lower, c)) return true;
  return false;
}

// Cues of four bytes or more are compared by their first four first,
// without a call: "the", "this" and "tags" share a first byte, rarely four.
bool StartsWith(const std::string& lower, std::initializer_list<std::string_view> cues) {
  uint32_t head = 0;
  if (lower.size() >= 4) std::memcpy(&head, lower.data(), 4);
  for (auto c : cues) {
    if (c.size() >= 4) {
      uint32_t cue_head;
      std::memcpy(&cue_head, c.data(), 4);
      if (cue_head != head) continue;  // also when lower is shorter than four
    }
    if (lower.size() >= c.size() && std::memcmp(lower.data(), c.data(), c.size()) == 0) return true;
  }
  return false;
}

// Words of `s`, counted up to `limit` + 1: every caller only compares the
// count with a limit, so a long paragraph stops being counted early.
size_t CountWords(std::string_view s, size_t limit) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = core::IsAsciiSpace(c);
    n += !sp & !in;
    in = !sp;
    if (n > limit) break;
  }
  return n;
}

// A paragraph's word count (CountWords up to 25; 1000 for a paragraph over
// 400 bytes), taken when a rule first asks: most paragraphs match no rule's
// cue, and the rules test their cues first.
class LazyWords {
 public:
  explicit LazyWords(std::string_view text) : text_(text) {}
  size_t get() {
    if (n_ == kUnknown) n_ = text_.size() > 400 ? 1000 : CountWords(text_, 25);
    return n_;
  }

 private:
  static constexpr size_t kUnknown = static_cast<size_t>(-1);
  std::string_view text_;
  size_t n_ = kUnknown;
};

// Hash of the whitespace-collapsed, lower-cased text: equal for paragraphs
// that differ only in case and spacing. The normalized copy goes into a
// reused buffer and is hashed in one call.
uint64_t Fingerprint(std::string_view s) {
  thread_local std::string norm;
  norm.clear();
  core::AppendCollapsedFast(s, /*lower=*/true, &norm);
  return XXH64(norm.data(), norm.size(), 0);
}

bool IsUpdateNote(const std::string& lower) {
  return StartsWith(lower, {"this story has been updated", "this article has been updated",
                            "this story was updated", "this article was updated",
                            "this post has been updated", "this story has been corrected",
                            "this is a developing story", "this story is developing",
                            "editor's note: this", "editor\xe2\x80\x99s note: this"});
}

// Machine-written markers looked for in a whole paragraph, case-sensitive
// (embeds and galleries are machine-written): bit k of a marker set stands
// for kMarkers[k].
// The last nine are kSignupSpellings (signup_prompt.h), so that one pass
// also tells whether a paragraph may be a sign-up prompt.
constexpr std::string_view kMarkers[] = {"pic.twitter.com/", "A post shared by", "View this post on Instagram",
                                         "(@", "https://t.co/", "Hide",
                                         "ign up", "ign Up", "IGN UP", "igning up", "robot", "protected by",
                                         "ubscribe here", "nbox", "NBOX"};
enum : unsigned { kPicTwitter = 1, kPostShared = 2, kViewOnInstagram = 4, kHandle = 8, kTco = 16, kHide = 32 };
constexpr unsigned kFirstSignupMarker = 6, kSignupMarkers = ((1u << std::size(kSignupSpellings)) - 1) << kFirstSignupMarker;
static_assert([] {
  if (std::size(kMarkers) != kFirstSignupMarker + std::size(kSignupSpellings)) return false;
  for (size_t k = 0; k < std::size(kSignupSpellings); ++k)
    if (kMarkers[kFirstSignupMarker + k] != kSignupSpellings[k]) return false;
  return true;
}());

// The phrases of `phrases` (at most 32, each of two to kLongestPhrase bytes,
// none holding a zero byte) that occur in `text`, as a bit set, in one pass
// over it instead of one per phrase: sixteen candidate starts at a time
// where SSE2 is available, a start checked in full only when some phrase's
// first and last bytes both match there. The last bytes are read from a
// zero-padded copy.
constexpr size_t kLongestPhrase = 64;
template <size_t N>
unsigned FindPhrases(std::string_view text, const std::string_view (&phrases)[N]) {
  static_assert(N <= 32);
  const size_t n = text.size();
  unsigned found = 0;
  auto check = [&](size_t at) {
    for (unsigned k = 0; k < N; ++k) {
      const std::string_view m = phrases[k];
      if (!(found >> k & 1) && at + m.size() <= n && std::memcmp(text.data() + at, m.data(), m.size()) == 0) {
        found |= 1u << k;
      }
    }
  };
#if defined(__SSE2__)
  __m128i first[N], last[N];
  size_t longest = 0;
  for (size_t k = 0; k < N; ++k) {
    first[k] = _mm_set1_epi8(phrases[k].front());
    last[k] = _mm_set1_epi8(phrases[k].back());
    longest = std::max(longest, phrases[k].size());
  }
  // Candidate starts base, ..., base + 15, whose bytes are at `data`.
  auto block = [&](const char* data, size_t base) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data));
    __m128i hit = _mm_setzero_si128();
    for (size_t k = 0; k < N; ++k) {
      const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + phrases[k].size() - 1));
      hit = _mm_or_si128(hit, _mm_and_si128(_mm_cmpeq_epi8(a, first[k]), _mm_cmpeq_epi8(b, last[k])));
    }
    for (unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hit)); mask != 0; mask &= mask - 1) {
      check(base + static_cast<size_t>(__builtin_ctz(mask)));
    }
  };
  size_t i = 0;
  for (; i + 16 + longest - 1 <= n; i += 16) block(text.data() + i, i);
  // The rest (under 16 + longest - 1 bytes), from a zero-padded copy.
  char tail[2 * (16 + kLongestPhrase)] = {};
  std::memcpy(tail, text.data() + i, n - i);
  for (size_t j = 0; i + j < n; j += 16) block(tail + j, i + j);
#else
  for (size_t i = 0; i < n; ++i) check(i);
#endif
  return found;
}

constexpr std::string_view kFooterCues[] = {"all content created by", "republished articles must include",
                                            "all rights reserved", "may not be published, broadcast, rewritten",
                                            "may not be reproduced", "licensing@", "for licensing", "reprint rights",
                                            "is available without charge to any legitimate news publisher",
                                            "copyright \xc2\xa9", "\xc2\xa9 20", "\xc2\xa9 19", "copyright 20"};

bool IsLicensingFooter(const std::string& lower) { return FindPhrases(lower, kFooterCues) != 0; }

bool IsSocialPost(unsigned markers) {
  if (markers & (kPicTwitter | kPostShared | kViewOnInstagram)) return true;
  // "— Name (@handle) September 25, 2019" closing an embedded tweet.
  return (markers & kHandle) && (markers & kTco);
}

bool IsPrompt(const std::string& lower, LazyWords* words) {
  return StartsWith(lower, {"sign up", "subscribe to", "click here", "follow us on", "follow us:",
                            "read more:", "read more at", "share this", "share on", "advertisement",
                            "download the app", "get the latest", "watch:", "listen:", "related:",
                            "related coverage", "more from", "recommended:", "support our journalism"}) &&
         words->get() <= 25;  // prompts are short
}

// "Tags epus news china ..." / "Topics: ..." — a trailing keyword list.
bool IsTagCloud(const std::string& lower, std::string_view text) {
  if (!StartsWith(lower, {"tags", "topics:", "filed under", "related topics", "keywords:"})) return false;
  return text.find_first_of(".!?") == std::string_view::npos || StartsWith(lower, {"tags:", "topics:"});
}

bool IsCounter(const std::string& lower) {
  size_t words = CountWords(lower, 3);
  if (words > 3) return false;
  return StartsWith(lower, {"views:", "reads:", "comments:", "shares:"}) ||
         (words == 2 && std::isdigit(static_cast<unsigned char>(lower[0])) &&
          Contains(lower, {" views", " reads", " comments", " shares"}));
}

// A photo gallery's residue: "Photos: <title> Photos: <title> <caption> Hide
// Caption 1 of 15 Photos: <title> <caption> Hide Caption 2 of 15 ...",
// "Hide caption <caption> Previous Next <credit>". The gallery's button text
// is looked for in all of `text` (machine-written, so its case is fixed).
bool IsGalleryCaption(const std::string& lower, std::string_view text, unsigned markers) {
  if (StartsWith(lower, {"hide caption", "photos: photos:", "photo: photo:"}) || Contains(lower, {" previous next "})) {
    return true;
  }
  if (!(markers & kHide)) return false;
  // "Hide Caption " or "Hide caption ": one scan for the shared head.
  for (size_t at = 0; (at = core::FindSubstring(text, "Hide", at)) != std::string_view::npos; ++at) {
    const std::string_view rest = text.substr(at + 4);
    if (rest.starts_with(" Caption ") || rest.starts_with(" caption ")) return true;
  }
  return false;
}

// A list of the story's highlights set above it ("Story highlights <bullet>
// <bullet> ..."): the body says all of it again.
bool IsHighlightsBox(const std::string& lower) {
  return StartsWith(lower, {"story highlights", "key points:", "highlights:"});
}

// "The Associated Press contributed to this report." — a credit, not news.
bool IsCreditLine(const std::string& lower, LazyWords* words) {
  std::string_view t = core::TrimAscii(lower);
  bool cue = StartsWith(lower, {"contributing:", "reporting by ", "additional reporting by "});
  for (std::string_view end : {"contributed to this report.", "contributed to this story.",
                               "contributed reporting.", "contributed to this article."}) {
    cue = cue || t.ends_with(end);
  }
  return cue && words->get() <= 30;
}

// The length of the stamp a live blog opens an entry with ("[Updated 10:47
// p.m. ET] ", "Update at 9:54 p.m. ET. ") in `lower`, 0 when there is none.
// A bracketed stamp ends at its bracket; a bare one at its clock time
// ("a.m."/"p.m.") and time zone.
size_t UpdateStampLength(std::string_view lower) {
  size_t end = 0;
  if (lower.starts_with("[updated ") || lower.starts_with("[update ")) {
    end = lower.find(']');
    if (end == std::string_view::npos || end > 100) return 0;
    ++end;
  } else if (lower.starts_with("update at ") || lower.starts_with("updated at ") || lower.starts_with("updated ")) {
    size_t m = lower.find(".m.");
    if (m == std::string_view::npos || m > 30 || m < 2 || (lower[m - 1] != 'a' && lower[m - 1] != 'p')) return 0;
    end = m + 3;
    for (std::string_view zone : {" et", " edt", " est", " ct", " cdt", " pt", " pdt", " gmt", " bst", " utc"}) {
      if (lower.substr(end).starts_with(zone) &&
          (end + zone.size() == lower.size() || !core::IsAsciiAlpha(lower[end + zone.size()]))) {
        end += zone.size();
        break;
      }
    }
  } else {
    return 0;
  }
  while (end < lower.size() && (lower[end] == '.' || lower[end] == ':' || lower[end] == ' ')) ++end;
  return end;
}

// Cuts a live blog's update stamp off the front of a paragraph. An entry
// title left behind ("'A Job Well Done':") becomes a heading.
void CutUpdateStamp(ingest::Block* b, std::vector<Removal>* removed) {
  if (b->text.size() < 8 || (b->text[0] != '[' && b->text[0] != 'U' && b->text[0] != 'u')) return;
  size_t n = UpdateStampLength(AsciiLowered(std::string_view(b->text).substr(0, 120)));
  if (n == 0) return;
  removed->push_back({"update stamp", b->text.substr(0, n)});
  b->text.erase(0, n);
  if (!b->text.empty() && b->text.back() == ':' && CountWords(b->text, 10) <= 10) b->heading = true;
}

// The length of a trailing media duration ("00:57", "3:03", "1:02:15") at
// the end of `text` (after trailing spaces), 0 when there is none.
size_t TrailingDuration(std::string_view text) {
  size_t end = text.size();
  while (end > 0 && core::IsAsciiSpace(text[end - 1])) --end;
  size_t begin = end;
  while (begin > 0 && !core::IsAsciiSpace(text[begin - 1])) --begin;
  // The token: 1-2 digits, then one or two ":dd" groups.
  std::string_view token = text.substr(begin, end - begin);
  size_t colon = token.find(':');
  if (colon == 0 || colon > 2 || (token.size() != colon + 3 && token.size() != colon + 6)) return 0;
  for (size_t i = 0; i < token.size(); ++i) {
    bool want_colon = i == colon || (token.size() == colon + 6 && i == colon + 3);
    if (want_colon ? token[i] != ':' : !std::isdigit(static_cast<unsigned char>(token[i]))) return 0;
  }
  return text.size() - begin;
}

// A player's control before a clip's duration ("Listen \u00b7 3:03"), lower case.
constexpr std::string_view kPlayerControls[] = {"listen \xc2\xb7", "listen\xc2\xb7", "watch \xc2\xb7",
                                                "watch\xc2\xb7"};

// A video or audio player's residue: "JUST WATCHED <title> Replay More
// Videos ... MUST WATCH <title> 00:57", "<section> <title> Listen · 3:03".
// It ends with the clip's duration and names a player control.
bool IsMediaWidget(const std::string& lower, std::string_view text, LazyWords* words) {
  if (TrailingDuration(text) == 0 || words->get() > 60) return false;
  for (std::string_view control : kPlayerControls) {
    if (Has(lower, control)) return true;
  }
  return Contains(lower, {"just watched", "must watch", "more videos", "play video"});
}

// An ad slot's label glued to the paragraph after it ("ADVERTISEMENT “The
// White House’s ...”"): the label is cut and the paragraph kept (as a
// prompt, a short one would go whole). Only the upper-case label counts.
void CutAdLabel(std::string* text, std::vector<Removal>* removed) {
  constexpr std::string_view kLabel = "ADVERTISEMENT ";
  if (!std::string_view(*text).starts_with(kLabel)) return;
  size_t end = kLabel.size();
  while (end < text->size() && (*text)[end] == ' ') ++end;
  if (end >= text->size()) return;
  removed->push_back({"ad label", text->substr(0, end)});
  text->erase(0, end);
}

// "CLOSE <blurb> USA TODAY", "CLOSE <blurb> (June 27) AP, AP": a video
// player's close button and clip blurb, ending on an upper-case credit.
bool IsVideoBlurb(std::string_view text, LazyWords* words) {
  if (!text.starts_with("CLOSE ")) return false;
  size_t begin = text.size();
  while (begin > 0 && core::IsAsciiUpper(text[begin - 1])) --begin;
  return text.size() - begin >= 2 && begin > 0 && text[begin - 1] == ' ' && words->get() <= 60;
}

// Whether `s` opens with the ASCII label `upper`, in any case.
bool StartsWithAnyCase(std::string_view s, std::string_view upper) {
  if (s.size() < upper.size()) return false;
  for (size_t i = 0; i < upper.size(); ++i) {
    if (core::AsciiLower(s[i]) != core::AsciiLower(upper[i])) return false;
  }
  return true;
}

// A paragraph rebuilt with spans cut out of it, reading it once: the text
// kept so far goes to a new string, built only once something is cut; the
// rest is still the paragraph's own (cutting in place would move the
// paragraph's tail once per cut). Counts the bytes copied into `*moved`
// (CleanOptions::bytes_moved).
class Splice {
 public:
  Splice(std::string* text, size_t* moved) : text_(text), src_(*text), moved_(moved) {}
  // The paragraph as it was; src()[0, copied()) is settled.
  std::string_view src() const { return src_; }
  size_t copied() const { return copied_; }
  // Keeps src()[copied(), begin) and drops src()[begin, end).
  void Cut(size_t begin, size_t end) {
    if (!cut_) {
      kept_.reserve(src_.size());
      cut_ = true;
    }
    kept_.append(src_.substr(copied_, begin - copied_));
    *moved_ += begin - copied_;
    copied_ = end;
  }
  // The text kept so far (valid after a Cut).
  std::string& kept() { return kept_; }
  // Keeps the rest and replaces the paragraph with the result.
  void Finish() {
    if (!cut_) return;
    kept_.append(src_.substr(copied_));
    *moved_ += src_.size() - copied_;
    *text_ = std::move(kept_);
  }

 private:
  std::string* text_;
  std::string_view src_;
  size_t* moved_;
  std::string kept_;
  bool cut_ = false;
  size_t copied_ = 0;
};

// Cuts "(RELATED: ...)", "[READ MORE: ...]", "( See also: ...)" and the like
// out of a paragraph, reading it once (Splice).
void CutInserts(std::string* text, std::vector<Removal>* removed, size_t* moved) {
  static const std::string_view kLabels[] = {"RELATED:", "READ MORE:", "SEE ALSO:", "WATCH:", "READ:",
                                             "MORE:", "SEE IT:", "LISTEN:", "PHOTOS:", "VIDEO:"};
  Splice splice(text, moved);
  const std::string_view src = splice.src();
  const size_t size = src.size();
  // The last closing bracket found for ')' and ']' and where its search
  // began: the paragraph's text never changes under the scan, so a later
  // search from a later start reuses it (a paragraph of unclosed
  // "(RELATED: " stays linear).
  size_t close_from[2] = {0, 0}, close_at[2] = {std::string_view::npos, std::string_view::npos};
  bool close_known[2] = {false, false};
  for (size_t pos = 0; pos < size;) {
    const size_t open = core::FindAnyOf3(src, pos, size, '(', '[', '[');
    if (open >= size) break;
    const int round = src[open] == '(' ? 0 : 1;
    const char close_ch = round == 0 ? ')' : ']';
    bool matched = false;
    size_t label_at = open + 1;  // "( WATCH: ...)" has a space inside the bracket
    while (label_at < size && src[label_at] == ' ') ++label_at;
    for (auto label : kLabels) {
      if (!StartsWithAnyCase(src.substr(std::min(label_at, size)), label)) continue;
      if (!close_known[round] || close_from[round] > open + 1 ||
          (close_at[round] != std::string_view::npos && close_at[round] < open + 1)) {
        close_at[round] = src.find(close_ch, open + 1);
        close_from[round] = open + 1;
        close_known[round] = true;
      }
      const size_t close = close_at[round];
      if (close == std::string_view::npos) break;
      splice.Cut(open, close + 1);
      std::string& out = splice.kept();
      while (!out.empty() && out.back() == ' ') out.pop_back();
      removed->push_back({"inline insert", std::string(src.substr(open, close + 1 - open))});
      pos = close + 1;
      if (!out.empty() && pos < size && src[pos] != ' ' && !std::ispunct(static_cast<unsigned char>(src[pos]))) {
        out.push_back(' ');
      }
      matched = true;
      break;
    }
    if (!matched) pos = open + 1;
  }
  splice.Finish();
  while (!text->empty() && std::isspace(static_cast<unsigned char>(text->back()))) text->pop_back();
}

// A name's hover card pasted into the text where the name was linked (one
// outlet's pages): the name as shown, then the person's full name glued to
// the titles of recent stories about them, closed by "MORE" — "Speaker Ann
// Lee Ann Marie LeeCouncil passes budget Mayor signs order MORE (D-Ohio)
// said". The card runs from the full name, which ends with the shown name's
// last word (glued to the first title or followed by a space), to "MORE";
// between the two last words only name words ("Marie", "(Annie)", "J."),
// at least one.

bool NameWord(std::string_view w) {
  if (w.empty()) return false;
  size_t i = w[0] == '(' ? 1 : 0;
  if (i >= w.size() || !core::IsAsciiUpper(w[i])) return false;
  for (char c : w) {
    if (!(core::IsAsciiAlpha(c) || c == '(' || c == ')' || c == '.' || c == '-' || c == '\'')) return false;
  }
  return true;
}

// Whether a title starts at `at`: a capital, perhaps after an opening quote
// ("'Saturday Night Live' ...").
bool OpensTitle(std::string_view text, size_t at) {
  if (text[at] == '\'' || text[at] == '"') ++at;
  else if (text.substr(at, 3) == "\xE2\x80\x98" || text.substr(at, 3) == "\xE2\x80\x9C") at += 3;
  return at < text.size() && core::IsAsciiUpper(text[at]);
}

// (begin, end) of the words of text[from, to): split at spaces and where a
// title opens right after a lower-case letter ("WolfChad", "Lee'Vote ...":
// two words, glued).
void WordsBetween(std::string_view text, size_t from, size_t to, std::vector<std::pair<size_t, size_t>>* words) {
  words->clear();
  for (size_t i = from; i < to;) {
    while (i < to && text[i] == ' ') ++i;
    size_t end = i;
    while (end < to && text[end] != ' ' && !(end > i && core::IsAsciiLower(text[end - 1]) && OpensTitle(text, end))) {
      ++end;
    }
    if (end > i) words->push_back({i, end});
    i = end;
  }
}

// Where the card closed by the "MORE" at `more` begins (the space after the
// shown name), or npos. Looks back at most 700 bytes and not before `floor`.
size_t NameCardStart(std::string_view text, size_t more, size_t floor) {
  const size_t from = std::max(floor, more > 700 ? more - 700 : 0);
  std::vector<std::pair<size_t, size_t>> words;
  WordsBetween(text, from, more, &words);
  for (size_t j = 1; j < words.size(); ++j) {
    const std::string_view wj = text.substr(words[j].first, words[j].second - words[j].first);
    for (size_t i = j >= 2 ? j - 2 : 0, n = 0; n < 5 && i + 1 < j; ++n) {
      const std::string_view last = text.substr(words[i].first, words[i].second - words[i].first);
      // The full name's last word: the shown one glued to a title, or alone
      // and not followed by another name word ("Ann Lee Ann Marie Lee": the
      // second "Ann" opens the full name, it does not end it).
      const bool glued = j + 1 < words.size() && words[j + 1].first == words[j].second;
      const bool alone = j + 1 == words.size() ||
                         !NameWord(text.substr(words[j + 1].first, words[j + 1].second - words[j + 1].first));
      const bool same = wj == last && (glued || alone);
      if (same && last.size() >= 2 && NameWord(last) && last.find('(') == std::string_view::npos) {
        bool names = true;
        for (size_t k = i + 1; k < j && names; ++k) {
          names = NameWord(text.substr(words[k].first, words[k].second - words[k].first));
        }
        if (names) return words[i].second;
      }
      if (i == 0) break;
      --i;
    }
  }
  return std::string_view::npos;
}

// Reads the paragraph once (Splice): a card's search never looks before the
// end of the last card cut (NameCardStart's floor).
void CutNameCards(std::string* text, std::vector<Removal>* removed, size_t* moved) {
  Splice splice(text, moved);
  const std::string_view src = splice.src();
  for (size_t pos = 0; (pos = core::FindSubstring(src, " MORE", pos)) != std::string_view::npos;) {
    const size_t more = pos + 1, end = more + 4;
    const bool word_end = end == src.size() || !core::IsAsciiAlnum(src[end]);
    const size_t begin = word_end ? NameCardStart(src, pos, splice.copied()) : std::string_view::npos;
    if (begin == std::string_view::npos || more - begin < 20) {
      pos = end;
      continue;
    }
    removed->push_back({"name card", std::string(src.substr(begin + 1, end - begin - 1))});
    splice.Cut(begin, end);
    pos = end;
  }
  splice.Finish();
}

}  // namespace

bool LooksLikeSubhead(std::string_view text) {
  if (text.empty() || text.size() > 90) return false;
  size_t words = CountWords(text, 10);
  if (words == 0 || words > 10) return false;
  size_t end = text.size();
  char last = text[end - 1];
  if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '?') return false;
  size_t i = 0;
  char32_t first = core::DecodeUtf8(text, &i);
  // Opening quote then a capital ("‘More Time’"), or a capital.
  if (first == U'\u2018' || first == U'\u201C' || first == '"' || first == '\'') {
    if (i >= text.size()) return false;
    first = core::DecodeUtf8(text, &i);
  }
  return core::IsUpper(first) || core::IsDigit(first);
}

void CleanBlocks(std::vector<ingest::Block>* blocks, const CleanOptions& options,
                 std::vector<Removal>* removed) {
  std::unordered_set<uint64_t> seen;
  std::vector<ingest::Block> kept;
  size_t moved = 0;
  std::string lower;  // the paragraph's text that cue phrases are looked for in, lower-cased
  const size_t n = blocks->size();
  for (size_t i = 0; i < n; ++i) {
    ingest::Block& b = (*blocks)[i];
    RemoveSoftHyphens(&b.text);  // before any rule reads the text (soft_hyphens.h)
    CutAdLabel(&b.text, removed);
    CutInserts(&b.text, removed, &moved);
    CutNameCards(&b.text, removed, &moved);
    CutUpdateStamp(&b, removed);
    if (b.text.empty()) continue;
    bool near_end = i + 4 >= n;
    // Cue phrases open a paragraph, except in footers: lower-case only what is looked at.
    lower.assign(near_end ? std::string_view(b.text) : std::string_view(b.text).substr(0, 160));
    for (char& c : lower) c = core::AsciiLower(c);
    // Only short paragraphs can be prompts or counters; skip counting long ones.
    LazyWords words(b.text);
    const unsigned markers = FindPhrases(b.text, kMarkers);
    const char* kind = nullptr;
    if (IsCounter(lower)) kind = "view counter";
    else if (near_end && IsTagCloud(lower, b.text)) kind = "tag cloud";
    else if (near_end && IsLicensingFooter(lower)) kind = "licensing footer";
    else if (IsUpdateNote(lower)) kind = "update note";
    else if (IsSocialPost(markers)) kind = "social post";
    else if (IsPrompt(lower, &words)) kind = "prompt";
    else if ((markers & kSignupMarkers) && IsSignupPrompt(b.text)) kind = "sign-up prompt";
    else if (IsMediaWidget(lower, b.text, &words) || IsVideoBlurb(b.text, &words)) kind = "media player";
    else if (IsGalleryCaption(lower, b.text, markers)) kind = "photo caption";
    else if (IsHighlightsBox(lower)) kind = "story highlights";
    else if (IsCreditLine(lower, &words)) kind = "credit line";
    else if (!seen.insert(Fingerprint(b.text)).second) kind = "repeated paragraph";
    if (kind) {
      removed->push_back({kind, b.text});
      continue;
    }
    kept.push_back(std::move(b));
  }
  if (options.detect_headings) {
    // A subhead sits between body paragraphs: not first, not last.
    for (size_t i = 1; i + 1 < kept.size(); ++i) {
      if (!kept[i].heading && LooksLikeSubhead(kept[i].text)) kept[i].heading = true;
    }
  }
  *blocks = std::move(kept);
  if (options.bytes_moved != nullptr) *options.bytes_moved += moved;
}

std::string CleanTitle(std::string_view title) {
  std::string_view t = core::TrimAscii(title);
  bool cut = false;
  for (size_t n; (n = TrailingDuration(t)) > 0;) t = core::TrimAscii(t.substr(0, t.size() - n)), cut = true;
  if (!cut) return std::string(title);
  std::string lower = AsciiLowered(t);
  for (std::string_view cue : kPlayerControls) {
    if (lower.ends_with(cue)) return std::string(core::TrimAscii(t.substr(0, t.size() - cue.size())));
  }
  return std::string(title);
}

}  // namespace parallax::text
